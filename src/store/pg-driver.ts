// node-postgres driver. Each store lives in one schema (search_path), so tests can use a fresh
// schema per run. Transactions take a dedicated client from the pool.
import pg from 'pg';
import type { Driver, Param, Queryable, Row, TxOptions } from './driver.ts';

// COUNT(*) and BIGINT come back as strings by default; every count here fits a JS number.
pg.types.setTypeParser(20, (v: string) => Number(v));

const rewrite = (sql: string): string => {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
};

class PgQ implements Queryable {
  constructor(private readonly c: pg.Pool | pg.PoolClient) {}
  async all<T = Row>(sql: string, params: readonly Param[] = []): Promise<T[]> {
    return (await this.c.query(rewrite(sql), params as Param[])).rows as T[];
  }
  async get<T = Row>(sql: string, params: readonly Param[] = []): Promise<T | undefined> {
    return (await this.all<T>(sql, params))[0];
  }
  async run(sql: string, params: readonly Param[] = []): Promise<{ changes: number }> {
    return { changes: (await this.c.query(rewrite(sql), params as Param[])).rowCount ?? 0 };
  }
}

/** Splits `postgres://…?schema=name` into a connection string and a schema (default `public`). */
export function parsePgTarget(url: string): { connectionString: string; schema: string } {
  const u = new URL(url);
  const schema = u.searchParams.get('schema') ?? 'public';
  u.searchParams.delete('schema');
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(schema)) throw new Error(`invalid schema name "${schema}" in --db URL`);
  return { connectionString: u.toString(), schema };
}

export class PgDriver implements Driver {
  readonly dialect = 'pg' as const;
  readonly pool: pg.Pool;
  readonly schema: string;
  private readonly q: PgQ;

  constructor(url: string, opts: { max?: number } = {}) {
    const { connectionString, schema } = parsePgTarget(url);
    this.schema = schema;
    this.pool = new pg.Pool({ connectionString, max: opts.max ?? 4, options: `-c search_path=${schema}` });
    this.pool.on('error', () => undefined); // idle client errors surface on the next query
    this.q = new PgQ(this.pool);
  }

  async ensureSchema(): Promise<void> {
    await this.pool.query(`CREATE SCHEMA IF NOT EXISTS ${this.schema}`);
  }

  all<T = Row>(sql: string, params?: readonly Param[]): Promise<T[]> {
    return this.q.all<T>(sql, params);
  }
  get<T = Row>(sql: string, params?: readonly Param[]): Promise<T | undefined> {
    return this.q.get<T>(sql, params);
  }
  run(sql: string, params?: readonly Param[]): Promise<{ changes: number }> {
    return this.q.run(sql, params);
  }

  async tx<T>(fn: (q: Queryable) => Promise<T>, opts: TxOptions = {}): Promise<T> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      // Workers on many machines share the database, not memory: transactions that could see the
      // same story (LSH bands, content hash, key) or the same event (merge key) take the same
      // advisory locks, in ascending order (a deadlock, if the order were not kept, aborts one
      // transaction and the queue retries it).
      if (opts.exclusive) await client.query('SELECT pg_advisory_xact_lock(7262736)');
      if (opts.locks?.length) {
        const ids = [...new Set(opts.locks)].sort((a, b) => a - b);
        await client.query('SELECT COUNT(pg_advisory_xact_lock(x)) FROM (SELECT unnest($1::bigint[]) AS x ORDER BY 1) s', [`{${ids.join(',')}}`]);
      }
      const r = await fn(new PgQ(client));
      await client.query('COMMIT');
      return r;
    } catch (e) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw e;
    } finally {
      client.release();
    }
  }

  /** Workers commit article by article: their transactions run in parallel. */
  bulk<T>(fn: () => Promise<T>): Promise<T> {
    return fn();
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}
