// A minimal SQL driver both backends implement, so the store logic (sql-store.ts) is written once.
// SQL uses `?` placeholders; the PostgreSQL driver rewrites them to $1, $2, ...
import type { Dialect } from './migrations.ts';

export type Param = string | number | null;
export type Row = Record<string, unknown>;

export interface Queryable {
  all<T = Row>(sql: string, params?: readonly Param[]): Promise<T[]>;
  get<T = Row>(sql: string, params?: readonly Param[]): Promise<T | undefined>;
  run(sql: string, params?: readonly Param[]): Promise<{ changes: number }>;
}

export interface TxOptions {
  readonly exclusive?: boolean;
  readonly locks?: readonly number[];
}

export interface Driver extends Queryable {
  readonly dialect: Dialect;
  /**
   * Runs fn in one transaction (committed when it resolves, rolled back when it throws).
   * `exclusive`: one writer at a time across processes (migrations). `locks`: advisory lock ids
   * (integers < 2^52) taken in ascending order first, so transactions touching the same story or
   * event serialise while the others run in parallel (PostgreSQL; SQLite has one writer anyway).
   */
  tx<T>(fn: (q: Queryable) => Promise<T>, opts?: TxOptions): Promise<T>;
  /**
   * Runs fn with group commit where the backend gains from it (SQLite: the transactions fn starts
   * become savepoints of one outer transaction, committed every GROUP_COMMIT.maxTx transactions or
   * GROUP_COMMIT.maxMs milliseconds, and when fn ends). Each transaction stays atomic; a crash loses
   * at most the last uncommitted group, never part of one. PostgreSQL runs fn as it is.
   */
  bulk<T>(fn: () => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** `IN (?, ?, ?)` for n values. */
export function inList(n: number): string {
  return `(${Array.from({ length: n }, () => '?').join(', ')})`;
}

/** Group-commit limits of Driver.bulk (SQLite). */
export const GROUP_COMMIT = { maxTx: 64, maxMs: 250 } as const;
