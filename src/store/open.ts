// Opens a store from a --db target: a postgres:// URL (optionally ?schema=name) or a SQLite file
// path (default ./marsad.db). Migrations are applied on open.
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Store, StoreTarget } from './types.ts';
import { SqlStore } from './sql-store.ts';
import { SqliteDriver } from './sqlite-driver.ts';
import { PgDriver } from './pg-driver.ts';

export const DEFAULT_DB = './marsad.db';

export function isPostgresTarget(target: string): boolean {
  return /^postgres(ql)?:\/\//i.test(target);
}

export interface OpenOptions {
  /** PostgreSQL pool size (default 4). */
  readonly poolSize?: number;
}

export async function openStore(target: StoreTarget = DEFAULT_DB, opts: OpenOptions = {}): Promise<Store> {
  if (isPostgresTarget(target)) {
    const driver = new PgDriver(target, opts.poolSize !== undefined ? { max: opts.poolSize } : {});
    try {
      await driver.ensureSchema();
      const store = new SqlStore(driver);
      await store.migrate();
      return store;
    } catch (e) {
      await driver.close().catch(() => undefined);
      throw e;
    }
  }
  const file = resolve(target);
  mkdirSync(dirname(file), { recursive: true });
  const driver = new SqliteDriver(file);
  const store = new SqlStore(driver);
  try {
    await store.migrate();
  } catch (e) {
    await driver.close();
    throw e;
  }
  return store;
}

export type { Store };
