// Scale-out: `marsad ingest --queue` puts articles on a pg-boss queue in PostgreSQL, and any number
// of `marsad worker` processes (on any machines reaching the database) analyse and store them.
// Retries back off exponentially; an article that keeps failing goes to pg-boss's dead-letter queue
// and is recorded in the store's `dead_letters` table. SIGTERM/SIGINT stop a worker gracefully:
// it finishes the jobs it holds, then exits.
import PgBoss from 'pg-boss';
import { z } from 'zod';
import type { ArticleInput, Store } from '../store/types.ts';
import { parsePgTarget } from '../store/pg-driver.ts';
import { articleKey } from '../store/sql-store.ts';
import { contentHash } from '../store/dedup.ts';
import type { Analyzer } from './analyzer.ts';
import { ingestOne, type IngestSummary, count, emptySummary } from './pipeline.ts';

export const QUEUE = 'marsad-ingest';
export const DEAD_QUEUE = 'marsad-ingest-dead';
export const RETRY_LIMIT = 3;
export const RETRY_DELAY_S = 2;

/** pg-boss keeps its tables in `<store schema>_boss` (or `pgboss` for the public schema). */
export function bossSchema(dbUrl: string): string {
  const { schema } = parsePgTarget(dbUrl);
  return schema === 'public' ? 'pgboss' : `${schema}_boss`;
}

export async function startBoss(dbUrl: string, opts: { max?: number } = {}): Promise<PgBoss> {
  const { connectionString } = parsePgTarget(dbUrl);
  const boss = new PgBoss({ connectionString, schema: bossSchema(dbUrl), max: opts.max ?? 4, supervise: true, schedule: false });
  boss.on('error', (e: Error) => process.stderr.write(`marsad worker: queue error: ${e.message}\n`));
  await boss.start();
  if (!(await boss.getQueue(DEAD_QUEUE))) await boss.createQueue(DEAD_QUEUE, { name: DEAD_QUEUE, retryLimit: 0 });
  if (!(await boss.getQueue(QUEUE))) {
    await boss.createQueue(QUEUE, {
      name: QUEUE, retryLimit: RETRY_LIMIT, retryDelay: RETRY_DELAY_S, retryBackoff: true, deadLetter: DEAD_QUEUE, expireInSeconds: 15 * 60,
    });
  }
  return boss;
}

const optStr = z.string().nullable().optional();
export const JobSchema = z.object({
  article: z.object({
    id: optStr, text: z.string().min(1), published: optStr, outlet: optStr, url: optStr, title: optStr, lang: optStr, origin: optStr,
  }),
  reanalyze: z.boolean().optional(),
});
export type IngestJob = z.infer<typeof JobSchema>;

/** Enqueues articles in bulk; returns how many were put on the queue. */
export async function enqueue(
  boss: PgBoss, articles: readonly ArticleInput[], opts: { reanalyze?: boolean; retryLimit?: number; retryDelaySeconds?: number } = {},
): Promise<number> {
  if (articles.length === 0) return 0;
  await boss.insert(articles.map((a) => ({
    name: QUEUE,
    data: { article: a, ...(opts.reanalyze ? { reanalyze: true } : {}) },
    retryLimit: opts.retryLimit ?? RETRY_LIMIT, retryDelay: opts.retryDelaySeconds ?? RETRY_DELAY_S, retryBackoff: true, deadLetter: DEAD_QUEUE,
  })));
  return articles.length;
}

/** Jobs not yet completed (waiting, retrying or running). */
export async function pending(boss: PgBoss): Promise<number> {
  return boss.getQueueSize(QUEUE, { before: 'completed' });
}

export interface WorkerOptions {
  readonly store: Store;
  readonly boss: PgBoss;
  readonly analyzer: Analyzer | null;
  /** Pollers in this process (default 1); run more processes to use more cores. */
  readonly pollers?: number;
  readonly batchSize?: number;
  /** Stop when the queue has been empty this long (ms); undefined = run until signalled. */
  readonly exitWhenIdleMs?: number;
  readonly log?: (line: string) => void;
}

export interface WorkerHandle {
  readonly done: Promise<IngestSummary>;
  stop(): Promise<void>;
}

/** Starts processing the queue; `stop()` (or SIGTERM wiring by the caller) ends it gracefully. */
export async function startWorker(o: WorkerOptions): Promise<WorkerHandle> {
  const summary = emptySummary();
  const t0 = performance.now();
  const batchSize = o.batchSize ?? 20;
  const log = o.log ?? (() => undefined);
  let stopping = false;
  let resolveDone!: (s: IngestSummary) => void;
  const done = new Promise<IngestSummary>((r) => (resolveDone = r));

  const handle = async (jobs: PgBoss.JobWithMetadata<unknown>[], workerId: () => string): Promise<void> => {
    for (const job of jobs) {
      const parsed = JobSchema.safeParse(job.data);
      if (!parsed.success) {
        await o.store.recordDeadLetter({ key: `job:${job.id}`, error: `malformed job: ${parsed.error.issues[0]?.message}`, attempts: job.retryCount + 1, payload: job.data });
        summary.failed.push({ origin: `job:${job.id}`, reason: 'malformed job' });
        continue; // completed: retrying a malformed job cannot help
      }
      const article = parsed.data.article as ArticleInput;
      try {
        const r = await ingestOne(article, { store: o.store, analyzer: o.analyzer, reanalyze: parsed.data.reanalyze ?? false });
        count(summary, r.status);
        summary.reports += r.reports;
      } catch (e) {
        const msg = (e as Error).message;
        const last = job.retryCount >= job.retryLimit;
        if (last) {
          await o.store.recordDeadLetter({
            key: articleKey(article, contentHash(article.text)), error: msg, attempts: job.retryCount + 1,
            payload: { ...article, text: article.text.slice(0, 2000) },
          });
          summary.failed.push({ origin: article.origin ?? article.id ?? `job:${job.id}`, reason: msg });
          log(`dead letter after ${job.retryCount + 1} attempts: ${article.origin ?? article.id ?? job.id}: ${msg}`);
        }
        await o.boss.fail(QUEUE, job.id, { message: msg });
      }
    }
    // a full batch means more is waiting: skip the polling delay
    if (jobs.length === batchSize && !stopping) o.boss.notifyWorker(workerId());
  };

  const ids: string[] = [];
  for (let i = 0; i < Math.max(1, o.pollers ?? 1); i++) {
    let id = '';
    id = await o.boss.work<unknown>(QUEUE, { batchSize, includeMetadata: true, pollingIntervalSeconds: 0.5 }, (jobs) => handle(jobs, () => id));
    ids.push(id);
  }

  let idleTimer: NodeJS.Timeout | null = null;
  const stop = async (): Promise<void> => {
    if (stopping) return;
    stopping = true;
    if (idleTimer) clearInterval(idleTimer);
    await o.boss.offWork(QUEUE);
    // graceful: wait for the jobs in hand, then close the connections
    await o.boss.stop({ graceful: true, wait: true, timeout: 30_000 });
    summary.seconds = (performance.now() - t0) / 1000;
    resolveDone(summary);
  };

  if (o.exitWhenIdleMs !== undefined) {
    let idleSince: number | null = null;
    idleTimer = setInterval(() => {
      void pending(o.boss).then((n) => {
        if (n > 0) {
          idleSince = null;
          return;
        }
        idleSince ??= Date.now();
        if (Date.now() - idleSince >= o.exitWhenIdleMs!) void stop();
      }).catch(() => undefined);
    }, 250);
  }
  return { done, stop };
}
