// The ingest loop: read → (skip what is stored) → analyse → store, one transaction per article
// (group-committed on SQLite: store.bulk).
// Failures are collected per file/line with their reason; the run always goes on.
import type { ArticleInput, PutStatus, Store } from '../store/types.ts';
import { articleKey } from '../store/sql-store.ts';
import { contentHash } from '../store/dedup.ts';
import type { Analyzer } from './analyzer.ts';
import type { ReadItem } from './read.ts';

export interface Failure {
  readonly origin: string;
  readonly reason: string;
}

export interface IngestSummary {
  /** New articles that started a story. */
  ingested: number;
  /** New articles identical to a stored one (another source of its story). */
  duplicates: number;
  /** New articles close to a stored one (joined its story). */
  nearDuplicates: number;
  /** Already stored, nothing changed. */
  unchanged: number;
  /** Stored article replaced (new text under the same id, or re-analysed). */
  updated: number;
  failed: Failure[];
  /** Event reports written by this run. */
  reports: number;
  seconds: number;
  /** The run was stopped before its inputs were all read (SIGINT/SIGTERM). */
  interrupted?: boolean;
}

export function emptySummary(): IngestSummary {
  return { ingested: 0, duplicates: 0, nearDuplicates: 0, unchanged: 0, updated: 0, failed: [], reports: 0, seconds: 0 };
}

export function count(s: IngestSummary, status: PutStatus): void {
  if (status === 'ingested') s.ingested++;
  else if (status === 'duplicate') s.duplicates++;
  else if (status === 'near-duplicate') s.nearDuplicates++;
  else if (status === 'unchanged') s.unchanged++;
  else s.updated++;
}

/** Articles the run stored or found stored (the "something could be ingested" test). */
export function accepted(s: IngestSummary): number {
  return s.ingested + s.duplicates + s.nearDuplicates + s.unchanged + s.updated;
}

export interface IngestOptions {
  readonly store: Store;
  /** Null: store the text only (analyse later with --reanalyze). */
  readonly analyzer: Analyzer | null;
  /** Re-analyse articles even when they are stored unchanged. */
  readonly reanalyze?: boolean;
  readonly onItem?: (item: ReadItem, status: PutStatus | 'failed') => void;
  /** Checked before each item: true stops the run after the article in hand (Ctrl-C). */
  readonly stopRequested?: () => boolean;
}

/** Stores one article (analysing it first unless it is already stored). */
export async function ingestOne(article: ArticleInput, opts: IngestOptions): Promise<{ status: PutStatus; reports: number }> {
  const hash = contentHash(article.text);
  if (!opts.reanalyze && (await opts.store.hasArticle(articleKey(article, hash), hash))) return { status: 'unchanged', reports: 0 };
  let analysis = null;
  if (opts.analyzer) {
    try {
      analysis = opts.analyzer.analyze(article);
    } catch (e) {
      throw new Error(`analysis failed: ${(e as Error).message}`);
    }
  }
  const r = await opts.store.putArticle(article, analysis, {
    ...(opts.analyzer ? { engineVersion: opts.analyzer.version } : {}),
    replaceAnalysis: opts.reanalyze ?? false,
  });
  return { status: r.status, reports: r.status === 'unchanged' ? 0 : analysis?.events.length ?? 0 };
}

export async function ingest(items: AsyncIterable<ReadItem>, opts: IngestOptions): Promise<IngestSummary> {
  return opts.store.bulk(() => ingestAll(items, opts));
}

async function ingestAll(items: AsyncIterable<ReadItem>, opts: IngestOptions): Promise<IngestSummary> {
  const t0 = performance.now();
  const s = emptySummary();
  for await (const item of items) {
    if (opts.stopRequested?.()) {
      s.interrupted = true;
      break;
    }
    if (!item.ok) {
      s.failed.push({ origin: item.origin, reason: item.reason });
      opts.onItem?.(item, 'failed');
      continue;
    }
    try {
      const r = await ingestOne(item.article, opts);
      count(s, r.status);
      s.reports += r.reports;
      opts.onItem?.(item, r.status);
    } catch (e) {
      s.failed.push({ origin: item.article.origin ?? item.article.id ?? '(article)', reason: (e as Error).message });
      opts.onItem?.(item, 'failed');
    }
  }
  s.seconds = (performance.now() - t0) / 1000;
  return s;
}

/** Re-analyses stored articles (all, or those analysed by another engine version). */
export async function reanalyzeStored(store: Store, analyzer: Analyzer, opts: { all?: boolean; onItem?: () => void } = {}): Promise<IngestSummary> {
  const t0 = performance.now();
  const s = emptySummary();
  // page by position: re-analysed rows leave the "stale" set, so stale pages restart at 0
  let offset = 0;
  for (;;) {
    const page = await store.listArticles({ ...(opts.all ? {} : { staleFor: analyzer.version }), limit: 200, offset });
    if (page.rows.length === 0) break;
    for (const a of page.rows) {
      const full = await store.getArticle(a.id);
      if (!full) continue;
      try {
        const an = analyzer.analyze({ id: full.id, text: full.text, published: full.published, lang: full.lang });
        const r = await store.putAnalysis(full.id, an, { engineVersion: analyzer.version });
        count(s, r.status);
        s.reports += an.events.length;
      } catch (e) {
        s.failed.push({ origin: a.id, reason: (e as Error).message });
      }
      opts.onItem?.();
    }
    offset = opts.all ? offset + page.rows.length : s.failed.length;
  }
  s.seconds = (performance.now() - t0) / 1000;
  return s;
}

export function formatSummary(s: IngestSummary): string {
  const lines: string[] = [];
  const n = accepted(s);
  if (s.interrupted) lines.push('interrupted: what is listed below is stored; run the same command again to ingest the rest');
  const rate = s.seconds > 0 ? ` in ${s.seconds.toFixed(1)} s (${(n / s.seconds).toFixed(0)} articles/s)` : '';
  lines.push(
    `ingested ${s.ingested} new article(s), ${s.duplicates} exact duplicate(s) and ${s.nearDuplicates} near-duplicate(s) joined stored stories, ` +
      `${s.updated} updated, ${s.unchanged} already stored${rate}; ${s.reports} event report(s) written`,
  );
  if (s.failed.length) {
    lines.push(`failed ${s.failed.length}:`);
    for (const f of s.failed.slice(0, 200)) lines.push(`  ${f.origin}: ${f.reason}`);
    if (s.failed.length > 200) lines.push(`  … and ${s.failed.length - 200} more`);
  }
  return lines.join('\n');
}
