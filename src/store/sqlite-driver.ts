// better-sqlite3 driver: WAL journal, one connection, prepared statements cached by SQL text.
// Transactions are BEGIN IMMEDIATE … COMMIT; since better-sqlite3 is synchronous, the awaited
// statements inside run back to back, and a process-local mutex keeps transactions from interleaving.
// In bulk mode (ingest) transactions are savepoints of a group committed together: a WAL commit
// rewrites every page the transaction touched, so one commit per article cost more than storing it.
import Database from 'better-sqlite3';
import { GROUP_COMMIT, type Driver, type Param, type Queryable, type Row, type TxOptions } from './driver.ts';

export class SqliteDriver implements Driver {
  readonly dialect = 'sqlite' as const;
  readonly db: Database.Database;
  private readonly cache = new Map<string, Database.Statement>();
  private chain: Promise<unknown> = Promise.resolve();

  constructor(readonly file: string) {
    this.db = new Database(file);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = NORMAL'); // durable across process crashes in WAL mode
    this.db.pragma('busy_timeout = 10000');
    this.db.pragma('cache_size = -65536');
    this.db.pragma('temp_store = MEMORY');
    this.db.pragma('wal_autocheckpoint = 10000'); // fewer checkpoints (and fsyncs) during bulk ingest
  }

  private stmt(sql: string): Database.Statement {
    let s = this.cache.get(sql);
    if (!s) {
      s = this.db.prepare(sql);
      this.cache.set(sql, s);
    }
    return s;
  }

  allSync<T = Row>(sql: string, params: readonly Param[] = []): T[] {
    return this.stmt(sql).all(...params) as T[];
  }

  async all<T = Row>(sql: string, params: readonly Param[] = []): Promise<T[]> {
    return this.stmt(sql).all(...params) as T[];
  }

  async get<T = Row>(sql: string, params: readonly Param[] = []): Promise<T | undefined> {
    return this.stmt(sql).get(...params) as T | undefined;
  }

  async run(sql: string, params: readonly Param[] = []): Promise<{ changes: number }> {
    const s = this.stmt(sql);
    if (!s.reader) return { changes: s.run(...params).changes };
    s.all(...params);
    return { changes: 0 };
  }

  private bulkDepth = 0;
  /** The open group (bulk mode): transactions in it and the timer that commits it. */
  private group: { n: number; timer: NodeJS.Timeout } | null = null;

  async tx<T>(fn: (q: Queryable) => Promise<T>, _opts?: TxOptions): Promise<T> {
    const next = this.chain.then(async () => {
      if (this.bulkDepth > 0) return this.savepoint(fn);
      this.db.exec('BEGIN IMMEDIATE');
      try {
        const r = await fn(this);
        this.db.exec('COMMIT');
        return r;
      } catch (e) {
        if (this.db.inTransaction) this.db.exec('ROLLBACK');
        throw e;
      }
    });
    this.chain = next.catch(() => undefined);
    return next;
  }

  /** One transaction of a group: a savepoint, released on success, rolled back alone on failure. */
  private async savepoint<T>(fn: (q: Queryable) => Promise<T>): Promise<T> {
    if (!this.group) {
      this.db.exec('BEGIN IMMEDIATE');
      const timer = setTimeout(() => void this.flush(), GROUP_COMMIT.maxMs);
      timer.unref();
      this.group = { n: 0, timer };
    }
    this.db.exec('SAVEPOINT marsad_tx');
    try {
      const r = await fn(this);
      this.db.exec('RELEASE marsad_tx');
      if (++this.group.n >= GROUP_COMMIT.maxTx) this.commitGroup();
      return r;
    } catch (e) {
      if (this.db.inTransaction) this.db.exec('ROLLBACK TO marsad_tx; RELEASE marsad_tx');
      throw e;
    }
  }

  private commitGroup(): void {
    if (!this.group) return;
    clearTimeout(this.group.timer);
    this.group = null;
    if (this.db.inTransaction) this.db.exec('COMMIT');
  }

  /** Commits the open group, after the transaction in progress. */
  private flush(): Promise<void> {
    const next = this.chain.then(() => this.commitGroup());
    this.chain = next.catch(() => undefined);
    return next;
  }

  async bulk<T>(fn: () => Promise<T>): Promise<T> {
    this.bulkDepth++;
    try {
      return await fn();
    } finally {
      if (--this.bulkDepth === 0) await this.flush();
    }
  }

  async close(): Promise<void> {
    await this.flush();
    this.db.close();
  }
}
