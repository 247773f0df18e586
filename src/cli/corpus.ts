// The corpus commands: ingest, events, actor, search, export, worker (see docs/corpus.md).
import { createWriteStream } from 'node:fs';
import { fork } from 'node:child_process';
import type { Command } from 'commander';
import cliProgress from 'cli-progress';
import { UserError } from './errors.ts';
import { PLOVER_TYPES, type Modality, type PloverType } from '../model/types.ts';
import { openStore, DEFAULT_DB, isPostgresTarget } from '../store/open.ts';
import type { EventFilters, Store, StoredEvent } from '../store/types.ts';
import { PublishedSchema, issueText } from '../io/schemas.ts';
import { DEFAULT_MAX_BYTES, estimateCount, expandInputs, readInputs, type IngestMeta, type ReadItem } from '../ingest/read.ts';
import { accepted, formatSummary, ingest, reanalyzeStored, type IngestSummary } from '../ingest/pipeline.ts';
import { createAnalyzer, type Analyzer } from '../ingest/analyzer.ts';
import { enqueue, startBoss, startWorker } from '../ingest/queue.ts';
import { EXPORT_FORMATS, exportCorpus, type ExportFormat } from '../export/formats.ts';
import type { ArticleInput } from '../store/types.ts';

const MODALITIES: readonly Modality[] = ['asserted', 'future', 'conditional', 'hypothetical', 'negated', 'denied'];

async function open(db: string | undefined): Promise<Store> {
  const target = db ?? process.env.MARSAD_DB ?? DEFAULT_DB;
  try {
    return await openStore(target);
  } catch (e) {
    const msg = (e as Error).message;
    if (isPostgresTarget(target)) throw new UserError(`cannot open PostgreSQL store ${target.replace(/:[^:@/]*@/, ':***@')}: ${msg} (see "npm run db:pg")`);
    throw new UserError(`cannot open SQLite store ${target}: ${msg}`);
  }
}

function makeAnalyzer(kb: string[] | undefined): Analyzer {
  try {
    return createAnalyzer(kb ? { kbDirs: kb } : {});
  } catch (e) {
    throw new UserError(`cannot load the engine: ${(e as Error).message}`);
  }
}

function day(v: string | undefined, flag: string, end = false): string | undefined {
  if (v === undefined) return undefined;
  if (/^\d{4}-\d{2}$/.test(v)) {
    if (!end) return `${v}-01`;
    const [y, m] = v.split('-').map(Number) as [number, number];
    return `${v}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0')}`;
  }
  if (/^\d{4}$/.test(v)) return end ? `${v}-12-31` : `${v}-01-01`;
  const r = PublishedSchema.safeParse(v);
  if (!r.success) throw new UserError(`${flag} "${v}": expected YYYY-MM-DD, YYYY-MM or YYYY`);
  return v.slice(0, 10);
}

function intOpt(v: string | undefined, flag: string, min = 0): number | undefined {
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!Number.isInteger(n) || n < min) throw new UserError(`${flag} "${v}": expected a whole number ≥ ${min}`);
  return n;
}

const splitList = (v: string): string[] => v.split(/[,،]/).map((s) => s.trim()).filter(Boolean);

async function actorIds(store: Store, name: string, flag: string): Promise<string[]> {
  const m = await store.resolveActor(name);
  if (m.length === 0) throw new UserError(`${flag} "${name}": no actor of that id or name in the corpus`);
  return m.map((x) => x.id);
}

interface FilterFlags {
  actor?: string[]; pair?: string; type?: string; modality?: string; from?: string; to?: string; outlet?: string; article?: string;
}

async function filtersFrom(store: Store, o: FilterFlags): Promise<Omit<EventFilters, 'limit' | 'offset'>> {
  const f: { -readonly [K in keyof EventFilters]: EventFilters[K] } = {};
  if (o.actor?.length) {
    const ids: string[] = [];
    for (const a of o.actor.flatMap(splitList)) ids.push(...(await actorIds(store, a, '--actor')));
    f.actor = ids;
  }
  if (o.pair) {
    const parts = splitList(o.pair);
    if (parts.length !== 2) throw new UserError(`--pair "${o.pair}": expected two actors separated by a comma, e.g. --pair usa,irn`);
    f.pair = [await actorIds(store, parts[0]!, '--pair'), await actorIds(store, parts[1]!, '--pair')];
  }
  if (o.type) {
    const types = splitList(o.type).map((t) => t.toUpperCase());
    const bad = types.find((t) => !(PLOVER_TYPES as readonly string[]).includes(t));
    if (bad) throw new UserError(`--type "${bad}": not a PLOVER type (${PLOVER_TYPES.join(', ')})`);
    f.type = types as PloverType[];
  }
  if (o.modality) {
    const ms = splitList(o.modality).map((t) => t.toLowerCase());
    const bad = ms.find((t) => !(MODALITIES as readonly string[]).includes(t));
    if (bad) throw new UserError(`--modality "${bad}": expected one of ${MODALITIES.join(', ')}`);
    f.modality = ms as Modality[];
  }
  const from = day(o.from, '--from');
  const to = day(o.to, '--to', true);
  if (from) f.from = from;
  if (to) f.to = to;
  if (o.outlet) f.outlet = o.outlet;
  if (o.article) f.article = o.article;
  return f;
}

function addFilterOptions(c: Command): Command {
  return c
    .option('--actor <idOrName...>', 'events involving this actor (id, English or Arabic name; repeatable)')
    .option('--pair <A,B>', 'events between two actors, either direction')
    .option('--type <TYPES>', 'PLOVER types, comma-separated')
    .option('--modality <MODALITIES>', 'asserted, future, conditional, hypothetical, negated, denied (comma-separated)')
    .option('--from <DATE>', 'event day on or after (YYYY-MM-DD, YYYY-MM or YYYY)')
    .option('--to <DATE>', 'event day on or before')
    .option('--outlet <NAME>', 'events reported by this outlet')
    .option('--article <ID>', 'events reported in this article');
}

async function withStore<T>(db: string | undefined, fn: (s: Store) => Promise<T>): Promise<T> {
  const store = await open(db);
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}

/** Writes to stdout, waiting when the pipe is full (so large exports do not buffer in memory). */
function stdoutSink(): (s: string) => Promise<void> {
  return (s) => new Promise((resolve, reject) => {
    if (process.stdout.write(s)) resolve();
    else process.stdout.once('drain', resolve);
    process.stdout.once('error', reject);
  });
}

const csvCell = (v: unknown): string => {
  const s = v === null || v === undefined ? '' : Array.isArray(v) ? v.join(';') : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

function pad(s: string, n: number): string {
  return s.length >= n ? s.slice(0, n) : s + ' '.repeat(n - s.length);
}

async function renderEvents(store: Store, rows: readonly StoredEvent[], format: string, total: number): Promise<string> {
  if (format === 'jsonl') return rows.map((r) => JSON.stringify(r)).join('\n') + (rows.length ? '\n' : '');
  const actors = await store.actorsById(rows.flatMap((r) => [...r.sources, ...r.targets, ...r.mediators]));
  const name = (id: string): string => actors.get(id)?.name ?? id;
  if (format === 'csv') {
    const head = ['id', 'date', 'day_start', 'day_end', 'type', 'mode', 'modality', 'sources', 'targets', 'mediators', 'source_names', 'target_names', 'num_reports', 'num_articles', 'num_sources'];
    const lines = rows.map((r) => [r.id, r.date, r.dayStart, r.dayEnd, r.type, r.mode, r.modality, r.sources, r.targets, r.mediators,
      r.sources.map(name), r.targets.map(name), r.numReports, r.numArticles, r.numSources].map(csvCell).join(','));
    return [head.join(','), ...lines].join('\n') + '\n';
  }
  const out = [`${pad('DATE', 11)} ${pad('TYPE', 10)} ${pad('MODALITY', 11)} ${pad('SOURCE → TARGET', 48)} ${pad('REPORTS', 8)} ${pad('OUTLETS', 8)} ID`];
  for (const r of rows) {
    const who = `${r.sources.map(name).join(', ') || '—'} ${r.symmetric ? '↔' : '→'} ${r.targets.map(name).join(', ') || '—'}`;
    const when = r.date ? (/^\d{4}-\d{2}-\d{2}/.test(r.date) ? r.date.slice(0, 10) : r.date) : r.dayStart ? `~${r.dayStart}` : '?';
    out.push(`${pad(when, 11)} ${pad(r.type, 10)} ${pad(r.modality, 11)} ${pad(who, 48)} ${pad(String(r.numReports), 8)} ${pad(String(r.numSources), 8)} ${r.id}`);
  }
  out.push(`(${rows.length} of ${total} event(s))`);
  return out.join('\n') + '\n';
}

function progressBar(total: number, enabled: boolean): { tick: () => void; stop: () => void } {
  if (!enabled || !process.stderr.isTTY) return { tick: () => undefined, stop: () => undefined };
  const bar = new cliProgress.SingleBar(
    { stream: process.stderr, format: 'ingest |{bar}| {value}/{total} articles | {eta_formatted} left', hideCursor: true, etaBuffer: 200 },
    cliProgress.Presets.shades_classic,
  );
  bar.start(Math.max(total, 1), 0);
  let n = 0;
  return {
    tick: () => {
      n++;
      if (n > total) bar.setTotal(n);
      bar.increment();
    },
    stop: () => bar.stop(),
  };
}

interface IngestFlags {
  db?: string; published?: string; outlet?: string; url?: string; title?: string; lang?: string; maxMb?: string;
  analyze: boolean; reanalyze?: boolean; all?: boolean; queue?: boolean; kb?: string[]; json?: boolean; progress: boolean;
}

async function runIngest(paths: string[], o: IngestFlags): Promise<void> {
  if (o.published !== undefined) {
    const r = PublishedSchema.safeParse(o.published);
    if (!r.success) throw new UserError(`--published "${o.published}": ${issueText(r.error)}`);
  }
  const maxMb = o.maxMb !== undefined ? Number(o.maxMb) : undefined;
  if (maxMb !== undefined && !(maxMb > 0)) throw new UserError(`--max-mb "${o.maxMb}": expected a positive number`);
  const meta: IngestMeta = { published: o.published ?? null, outlet: o.outlet ?? null, url: o.url ?? null, title: o.title ?? null, lang: o.lang ?? null };
  const readOpts = { meta, maxBytes: maxMb !== undefined ? Math.round(maxMb * 1048576) : DEFAULT_MAX_BYTES };
  const target = o.db ?? process.env.MARSAD_DB ?? DEFAULT_DB;

  if (o.queue) {
    if (!isPostgresTarget(target)) throw new UserError('--queue needs a PostgreSQL store: --db postgres://…');
    if (paths.length === 0) throw new UserError('give the files, folders or URLs to enqueue');
    const store = await open(target); // applies migrations once, before the workers start
    await store.close();
    const boss = await startBoss(target);
    let n = 0;
    const failed: { origin: string; reason: string }[] = [];
    try {
      let batch: ArticleInput[] = [];
      for await (const item of readInputs(paths, readOpts)) {
        if (!item.ok) { failed.push(item); continue; }
        batch.push(item.article);
        if (batch.length >= 500) { n += await enqueue(boss, batch, { reanalyze: o.reanalyze ?? false }); batch = []; }
      }
      n += await enqueue(boss, batch, { reanalyze: o.reanalyze ?? false });
    } finally {
      await boss.stop({ graceful: false, wait: true });
    }
    const lines = [`enqueued ${n} article(s) on the "marsad-ingest" queue; run "marsad worker --db …" to process them`];
    if (failed.length) lines.push(`failed ${failed.length}:`, ...failed.map((f) => `  ${f.origin}: ${f.reason}`));
    if (o.json) process.stdout.write(JSON.stringify({ enqueued: n, failed }) + '\n');
    process.stderr.write(lines.join('\n') + '\n');
    if (n === 0) process.exitCode = 1;
    return;
  }

  const analyzer = o.analyze ? makeAnalyzer(o.kb) : null;
  await withStore(target, async (store) => {
    let summary: IngestSummary;
    if (paths.length === 0) {
      if (!o.reanalyze) throw new UserError('give the files, folders or URLs to ingest (or --reanalyze to re-analyse the stored articles)');
      if (!analyzer) throw new UserError('--reanalyze needs the engine; drop --no-analyze');
      const stale = (await store.listArticles({ ...(o.all ? {} : { staleFor: analyzer.version }), limit: 1 })).total;
      const bar = progressBar(stale, o.progress && !o.json);
      summary = await reanalyzeStored(store, analyzer, { all: o.all ?? false, onItem: bar.tick });
      bar.stop();
    } else {
      const { inputs } = expandInputs(paths);
      const bar = progressBar(estimateCount(inputs), o.progress && !o.json);
      // Ctrl-C / SIGTERM: finish the article in hand, commit, print the summary (a second signal kills)
      let stop = false;
      const onSignal = (): void => {
        stop = true;
        process.stderr.write('\nmarsad ingest: stopping after the article in hand…\n');
      };
      process.once('SIGINT', onSignal);
      process.once('SIGTERM', onSignal);
      try {
        summary = await ingest(readInputs(paths, readOpts), {
          store, analyzer, reanalyze: o.reanalyze ?? false, onItem: (_i: ReadItem) => bar.tick(), stopRequested: () => stop,
        });
      } finally {
        process.off('SIGINT', onSignal);
        process.off('SIGTERM', onSignal);
      }
      bar.stop();
      if (summary.interrupted) process.exitCode = 130;
    }
    if (o.json) process.stdout.write(JSON.stringify(summary) + '\n');
    process.stderr.write(formatSummary(summary) + '\n');
    if (accepted(summary) === 0 && !summary.interrupted) {
      process.stderr.write('marsad: nothing could be ingested\n');
      process.exitCode = 1;
    }
  });
}

export function register(program: Command): void {
  program
    .command('ingest')
    .description('store articles (text files, JSONL, HTML, RSS/Atom feeds, folders, URLs) with their analysis in the corpus')
    .argument('[paths...]', 'files, folders (recursive) or http(s) URLs of pages/feeds')
    .option('--db <TARGET>', `SQLite file or postgres:// URL (default ${DEFAULT_DB}, or $MARSAD_DB)`)
    .option('--published <DATE>', 'publication date for inputs that do not carry one (YYYY-MM-DD)')
    .option('--outlet <NAME>', 'outlet for inputs that do not name one')
    .option('--url <URL>', 'URL of the article (one input file only)')
    .option('--title <TITLE>', 'title of the article (one input file only)')
    .option('--lang <CODE>', 'language code (ar, en, …) when known')
    .option('--max-mb <N>', `refuse single documents above N MB (default ${DEFAULT_MAX_BYTES / 1048576})`)
    .option('--no-analyze', 'store the text only (analyse later with --reanalyze)')
    .option('--reanalyze', 're-analyse: with paths, those articles even when stored; without, every stored article analysed by another engine version')
    .option('--all', 'with --reanalyze and no paths: every stored article')
    .option('--queue', 'enqueue for "marsad worker" instead of processing here (PostgreSQL only)')
    .option('--kb <DIR...>', 'extra knowledge-base folders')
    .option('--json', 'print the summary as JSON on stdout')
    .option('--no-progress', 'no progress bar')
    .action(async (paths: string[], o: IngestFlags) => runIngest(paths, o));

  addFilterOptions(
    program
      .command('events')
      .description('list corpus events (one per real-world event, with report counts)')
      .option('--db <TARGET>', `SQLite file or postgres:// URL (default ${DEFAULT_DB})`)
      .option('--limit <N>', 'at most N events (default 50; "all" for every event)', '50')
      .option('--offset <N>', 'skip the first N')
      .option('--order <ORDER>', 'date (newest first) or reports (most reported first)', 'date')
      .option('--reports', 'include every report (article, outlet, trigger, evidence) in jsonl output')
      .option('--format <FORMAT>', 'table, jsonl or csv', 'table'),
  ).action(async (o: FilterFlags & { db?: string; limit: string; offset?: string; order: string; format: string; reports?: boolean }) => {
    if (!['table', 'jsonl', 'csv'].includes(o.format)) throw new UserError(`--format "${o.format}": expected table, jsonl or csv`);
    if (!['date', 'reports'].includes(o.order)) throw new UserError(`--order "${o.order}": expected date or reports`);
    await withStore(o.db, async (store) => {
      const f = await filtersFrom(store, o);
      const offset = intOpt(o.offset, '--offset') ?? 0;
      if (o.limit === 'all') {
        const sink = stdoutSink();
        if (o.format === 'csv') await sink((await renderEvents(store, [], 'csv', 0)).split('\n')[0] + '\n');
        let batch: StoredEvent[] = [];
        let i = 0;
        for await (const e of store.streamEvents(f)) {
          if (i++ < offset) continue;
          batch.push(o.reports ? e : { ...e, reports: undefined } as StoredEvent);
          if (batch.length >= 500) { await sink(await renderBody(store, batch, o.format)); batch = []; }
        }
        await sink(await renderBody(store, batch, o.format));
        return;
      }
      const limit = intOpt(o.limit, '--limit', 1)!;
      const page = await store.queryEvents({ ...f, limit, offset, order: o.order as 'date' | 'reports' }, { withReports: o.reports ?? false });
      process.stdout.write(await renderEvents(store, page.rows, o.format, page.total));
    });
  });

  async function renderBody(store: Store, rows: StoredEvent[], format: string): Promise<string> {
    if (rows.length === 0) return '';
    const s = await renderEvents(store, rows, format, rows.length);
    if (format === 'csv') return s.slice(s.indexOf('\n') + 1);
    if (format === 'table') return s.split('\n').slice(1, -2).join('\n') + '\n';
    return s;
  }

  program
    .command('actor')
    .description("an actor's profile in the corpus: roles, counterparts, event timeline, sources")
    .argument('<name>', 'actor id, English or Arabic name')
    .option('--db <TARGET>', `SQLite file or postgres:// URL (default ${DEFAULT_DB})`)
    .option('--format <FORMAT>', 'text or json', 'text')
    .option('--limit <N>', 'timeline length', '30')
    .action(async (name: string, o: { db?: string; format: string; limit: string }) => {
      if (!['text', 'json'].includes(o.format)) throw new UserError(`--format "${o.format}": expected text or json`);
      await withStore(o.db, async (store) => {
        const ids = await actorIds(store, name, 'actor');
        const profiles = [];
        for (const id of ids.slice(0, 5)) profiles.push((await store.actorProfile(id, { timelineLimit: intOpt(o.limit, '--limit', 1)! }))!);
        if (o.format === 'json') {
          process.stdout.write(profiles.map((p) => JSON.stringify(p)).join('\n') + '\n');
          return;
        }
        const out: string[] = [];
        for (const p of profiles) {
          const a = p.actor;
          const names = await store.actorsById(p.timeline.flatMap((t) => t.counterparts));
          out.push(`${a.name}${a.names.ar ? ` (${a.names.ar})` : ''} — ${a.id}, ${a.type}${a.country ? `, ${a.country}` : ''}${a.provisional ? ', provisional' : ''}`);
          out.push(`  ${a.numEvents} event(s), ${a.numMentions} mention(s)${a.roles?.length ? `; roles: ${a.roles.join('; ')}` : ''}`);
          if (p.roles.length) out.push('  as: ' + p.roles.map((r) => `${r.role} of ${r.type} ×${r.count}`).join(', '));
          if (p.counterparts.length) {
            out.push('  counterparts:');
            for (const c of p.counterparts.slice(0, 15)) {
              out.push(`    ${pad(c.name, 32)} ${pad(String(c.count), 5)} ${Object.entries(c.types).map(([t, n]) => `${t} ${n}`).join(', ')}`);
            }
          }
          if (p.timeline.length) {
            out.push('  timeline:');
            for (const t of p.timeline) {
              out.push(`    ${pad(t.date ?? (t.day ? `~${t.day}` : '?'), 11)} ${pad(t.type, 10)} ${pad(t.modality, 11)} ${pad(t.role, 11)} ${t.counterparts.map((c) => names.get(c)?.name ?? c).join(', ')} (${t.numSources} outlet(s))`);
            }
          }
          if (p.sources.length) out.push('  sources: ' + p.sources.slice(0, 15).map((s) => `${s.outlet} (${s.reports})`).join(', '));
          out.push('');
        }
        process.stdout.write(out.join('\n'));
      });
    });

  program
    .command('search')
    .description('full-text search of the stored articles (Arabic-aware: hamza, diacritics, clitics)')
    .argument('<query>', 'words (all must match); "quoted phrases" match in order')
    .option('--db <TARGET>', `SQLite file or postgres:// URL (default ${DEFAULT_DB})`)
    .option('--limit <N>', 'at most N hits', '20')
    .option('--offset <N>', 'skip the first N hits')
    .option('--format <FORMAT>', 'table or jsonl', 'table')
    .action(async (q: string, o: { db?: string; limit: string; offset?: string; format: string }) => {
      if (!['table', 'jsonl'].includes(o.format)) throw new UserError(`--format "${o.format}": expected table or jsonl`);
      await withStore(o.db, async (store) => {
        const r = await store.search(q, { limit: intOpt(o.limit, '--limit', 1)!, offset: intOpt(o.offset, '--offset') ?? 0 });
        if (o.format === 'jsonl') {
          process.stdout.write(r.rows.map((h) => JSON.stringify(h)).join('\n') + (r.rows.length ? '\n' : ''));
          return;
        }
        const out = r.rows.map((h) => `${h.articleId}  ${h.published ?? '?'}  ${h.outlet ?? ''}  ${h.title ?? ''}\n    ${h.snippet}`);
        out.push(`(${r.rows.length} of ${r.total} article(s))`);
        process.stdout.write(out.join('\n') + '\n');
      });
    });

  addFilterOptions(
    program
      .command('export')
      .description('export the corpus events: PLOVER JSONL, GDELT-like TSV, ACLED-like CSV, or GraphML actor network')
      .option('--db <TARGET>', `SQLite file or postgres:// URL (default ${DEFAULT_DB})`)
      .requiredOption('--format <FORMAT>', EXPORT_FORMATS.join(', '))
      .option('--out <FILE>', 'write to FILE instead of stdout')
      .option('--top <N>', 'GraphML: keep the N actors with most events'),
  ).action(async (o: FilterFlags & { db?: string; format: string; out?: string; top?: string }) => {
    if (!(EXPORT_FORMATS as readonly string[]).includes(o.format)) throw new UserError(`--format "${o.format}": expected ${EXPORT_FORMATS.join(', ')}`);
    await withStore(o.db, async (store) => {
      const f = await filtersFrom(store, o);
      const top = intOpt(o.top, '--top', 1);
      if (o.out) {
        const ws = createWriteStream(o.out);
        const n = await exportCorpus(store, o.format as ExportFormat, (s) => new Promise<void>((res) => (ws.write(s) ? res() : ws.once('drain', () => res()))), f, top ? { topN: top } : {});
        await new Promise<void>((res, rej) => ws.end((e?: Error | null) => (e ? rej(e) : res())));
        process.stderr.write(`wrote ${n} ${o.format === 'graphml' ? 'edge(s)' : 'record(s)'} to ${o.out}\n`);
      } else {
        await exportCorpus(store, o.format as ExportFormat, stdoutSink(), f, top ? { topN: top } : {});
      }
    });
  });

  program
    .command('worker')
    .description('process the ingest queue (PostgreSQL): analyse and store enqueued articles; SIGTERM stops gracefully')
    .requiredOption('--db <URL>', 'postgres:// URL of the store (and queue)')
    .option('--concurrency <N>', 'worker processes on this machine (one per core)', '1')
    .option('--batch-size <N>', 'jobs fetched at a time', '20')
    .option('--exit-when-idle', 'exit once the queue is empty (batch runs, benchmarks)')
    .option('--kb <DIR...>', 'extra knowledge-base folders')
    .option('--no-analyze', 'store the text only')
    .option('--json', 'print the summary as JSON on stdout at exit')
    .action(async (o: { db: string; concurrency: string; batchSize: string; exitWhenIdle?: boolean; kb?: string[]; analyze: boolean; json?: boolean }) => {
      if (!isPostgresTarget(o.db)) throw new UserError('marsad worker needs a PostgreSQL store: --db postgres://…');
      const n = intOpt(o.concurrency, '--concurrency', 1)!;
      const batchSize = intOpt(o.batchSize, '--batch-size', 1)!;
      if (n > 1) {
        await runChildren(n, o);
        return;
      }
      const store = await open(o.db);
      const analyzer = o.analyze ? makeAnalyzer(o.kb) : null;
      const boss = await startBoss(o.db);
      const w = await startWorker({
        store, boss, analyzer, batchSize, ...(o.exitWhenIdle ? { exitWhenIdleMs: 1000 } : {}),
        log: (l) => process.stderr.write(`marsad worker: ${l}\n`),
      });
      const onSignal = (): void => {
        process.stderr.write('marsad worker: stopping after the jobs in hand…\n');
        void w.stop();
      };
      process.once('SIGTERM', onSignal);
      process.once('SIGINT', onSignal);
      const summary = await w.done;
      process.off('SIGTERM', onSignal);
      process.off('SIGINT', onSignal);
      await store.close();
      if (o.json) process.stdout.write(JSON.stringify(summary) + '\n');
      process.stderr.write(`marsad worker: ${formatSummary(summary)}\n`);
    });
}

/** `--concurrency N`: N worker processes, signals forwarded, exit when all have exited. */
async function runChildren(n: number, o: { db: string; batchSize: string; exitWhenIdle?: boolean; kb?: string[]; analyze: boolean; json?: boolean }): Promise<void> {
  const args = ['worker', '--db', o.db, '--concurrency', '1', '--batch-size', o.batchSize];
  if (o.exitWhenIdle) args.push('--exit-when-idle');
  if (!o.analyze) args.push('--no-analyze');
  if (o.json) args.push('--json');
  for (const k of o.kb ?? []) args.push('--kb', k);
  const children = Array.from({ length: n }, () => fork(process.argv[1]!, args, { stdio: 'inherit' }));
  const forward = (sig: NodeJS.Signals) => (): void => {
    for (const c of children) if (c.exitCode === null) c.kill(sig);
  };
  const onTerm = forward('SIGTERM');
  const onInt = forward('SIGINT');
  process.on('SIGTERM', onTerm);
  process.on('SIGINT', onInt);
  const codes = await Promise.all(children.map((c) => new Promise<number>((res) => c.once('exit', (code) => res(code ?? 1)))));
  process.off('SIGTERM', onTerm);
  process.off('SIGINT', onInt);
  if (codes.some((c) => c !== 0)) process.exitCode = 1;
}
