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

export interface Driver extends Queryable {
  readonly dialect: Dialect;
  /** Runs fn in one transaction (committed when it resolves, rolled back when it throws). */
  tx<T>(fn: (q: Queryable) => Promise<T>, opts?: { exclusive?: boolean }): Promise<T>;
  close(): Promise<void>;
}

/** `IN (?, ?, ?)` for n values. */
export function inList(n: number): string {
  return `(${Array.from({ length: n }, () => '?').join(', ')})`;
}
