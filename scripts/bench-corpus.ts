// Corpus benchmark (docs/corpus.md records the figures):
//   1. ingest throughput into SQLite, real engine, one process (= one core), ≥ 10,000 generated articles
//   2. `marsad events` filter latency (the store query the CLI and the API run), p50/p95 over many
//      filter combinations, on ≥ 100,000 events generated directly into the store
//   3. PostgreSQL queue: throughput of 1 vs 2 worker processes (`marsad worker --concurrency N`)
// Usage: node --import tsx scripts/bench-corpus.ts [--articles N] [--events N] [--pg-articles N] [--pg URL] [--no-pg]
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir, cpus } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawn } from 'node:child_process';
import pg from 'pg';
import { openStore } from '../src/store/open.ts';
import type { EventFilters, Store } from '../src/store/types.ts';
import { PLOVER_TYPES, type Analysis, type EventRecord, type Modality, type PloverType } from '../src/model/types.ts';
import { createAnalyzer } from '../src/ingest/analyzer.ts';
import { ingest } from '../src/ingest/pipeline.ts';
import { readInputs } from '../src/ingest/read.ts';
import { generateArticles, rng, toJsonl } from '../test/corpus/generate.ts';
import { enqueue, startBoss } from '../src/ingest/queue.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const BIN = join(ROOT, 'bin/marsad.mjs');

function arg(name: string, def: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : def;
}
const ARTICLES = Number(arg('articles', '10000'));
const EVENTS = Number(arg('events', '100000'));
const PG_ARTICLES = Number(arg('pg-articles', '2000'));
const PG_URL = arg('pg', process.env.MARSAD_TEST_PG ?? 'postgres://postgres@127.0.0.1:5432/test');
const NO_PG = process.argv.includes('--no-pg');
/** Run one part only: ingest, queries or pg. */
const ONLY = arg('only', '');
/** Keep (and reuse) the generated events store at this path, for query tuning. */
const EVENTS_DB = arg('events-db', '');

const results: Record<string, unknown> = { cpus: cpus().length, node: process.version };
const line = (s: string): void => void process.stdout.write(s + '\n');
const pct = (xs: number[], p: number): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!;
};

const dir = mkdtempSync(join(tmpdir(), 'marsad-bench-'));

async function benchIngest(): Promise<void> {
  const file = join(dir, 'corpus.jsonl');
  writeFileSync(file, toJsonl(generateArticles(ARTICLES, 2025)));
  const engine = createAnalyzer();
  let engineMs = 0;
  const analyzer = {
    version: engine.version,
    analyze: (a: Parameters<typeof engine.analyze>[0]) => {
      const t = performance.now();
      try {
        return engine.analyze(a);
      } finally {
        engineMs += performance.now() - t;
      }
    },
  };
  const store = await openStore(join(dir, 'ingest.db'));
  const s = await ingest(readInputs([file]), { store, analyzer });
  const stats = await store.stats();
  await store.close();
  const n = s.ingested + s.duplicates + s.nearDuplicates;
  const rate = n / s.seconds;
  const engineS = engineMs / 1000;
  const corpusRate = n / (s.seconds - engineS);
  results.ingest = {
    articles: n, seconds: +s.seconds.toFixed(1), perSecond: +rate.toFixed(1), engineSeconds: +engineS.toFixed(1),
    corpusLayerPerSecond: +corpusRate.toFixed(1), events: stats.events, reports: stats.reports, mentions: stats.mentions, failed: s.failed.length,
  };
  line(`ingest (SQLite, real engine, 1 process): ${n} articles in ${s.seconds.toFixed(1)} s = ${rate.toFixed(1)} articles/s ` +
    `(${stats.mentions} mentions, ${stats.reports} event reports → ${stats.events} events) ${rate >= 100 ? 'PASS' : 'FAIL'} (target ≥ 100/s)`);
  line(`  of which the engine's analysis ${engineS.toFixed(1)} s (${((100 * engineS) / s.seconds).toFixed(0)} %); ` +
    `reading + dedup + storing alone: ${corpusRate.toFixed(1)} articles/s`);
}

/** Synthetic analyses with many events, put through the normal store path (merging included). */
async function fillEvents(store: Store, target: number): Promise<{ actors: string[]; outlets: string[] }> {
  const r = rng(99);
  const actors = Array.from({ length: 400 }, (_, i) => `actor-${i}`);
  const outlets = Array.from({ length: 30 }, (_, i) => `outlet-${i}`);
  const mods: Modality[] = ['asserted', 'asserted', 'asserted', 'asserted', 'future', 'conditional', 'denied'];
  // a few actors are far more frequent, as in news
  const who = (): string => (r() < 0.3 ? actors[Math.floor(r() * 10)]! : actors[Math.floor(r() * actors.length)]!);
  let art = 0;
  let events = 0;
  while (events < target) {
    const text = `مقال تجريبي رقم ${art} عن أحداث اليوم.`;
    const day = new Date(Date.UTC(2023, 0, 1) + Math.floor(r() * 3 * 365) * 86_400_000).toISOString().slice(0, 10);
    const evs: EventRecord[] = [];
    const ids = new Set<string>();
    for (let k = 0; k < 10; k++) {
      const a = who();
      let b = who();
      if (b === a) b = actors[(actors.indexOf(a) + 1) % actors.length]!;
      ids.add(a).add(b);
      evs.push({
        id: `e${k + 1}`, type: PLOVER_TYPES[Math.floor(r() * PLOVER_TYPES.length)] as PloverType, sources: [a], targets: [b],
        date: day, location: null, modality: mods[Math.floor(r() * mods.length)]!,
        trigger: { start: 0, end: 4, text: text.slice(0, 4) }, evidence: { start: 0, end: text.length },
      });
    }
    const an: Analysis = {
      document: { lang: 'ar', published: day },
      actors: [...ids].map((id) => ({ id, name: `Actor ${id.slice(6)}`, type: 'GPE', names: { en: `Actor ${id.slice(6)}` } })),
      mentions: [], times: [], events: evs,
    };
    await store.putArticle({ id: `bench-${art}`, text, published: day, outlet: outlets[Math.floor(r() * outlets.length)]! }, an);
    art++;
    if (art % 500 === 0) events = (await store.stats()).events;
  }
  return { actors, outlets };
}

async function benchQueries(): Promise<void> {
  const store = await openStore(EVENTS_DB || join(dir, 'events.db'));
  const t0 = performance.now();
  let actors = Array.from({ length: 400 }, (_, i) => `actor-${i}`);
  let outlets = Array.from({ length: 30 }, (_, i) => `outlet-${i}`);
  if ((await store.stats()).events < EVENTS) ({ actors, outlets } = await fillEvents(store, EVENTS));
  const st = await store.stats();
  line(`events store: ${st.events} events (${st.reports} reports, ${st.articles} articles) generated in ${((performance.now() - t0) / 1000).toFixed(0)} s`);
  const r = rng(7);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const month = (): [string, string] => {
    const y = 2023 + Math.floor(r() * 3);
    const m = String(1 + Math.floor(r() * 12)).padStart(2, '0');
    return [`${y}-${m}-01`, `${y}-${m}-28`];
  };
  const makers: [string, () => EventFilters][] = [
    ['actor (frequent)', () => ({ actor: actors[Math.floor(r() * 10)]! })],
    ['actor (any)', () => ({ actor: pick(actors) })],
    ['pair', () => ({ pair: [actors[Math.floor(r() * 10)]!, pick(actors)] })],
    ['type', () => ({ type: pick(PLOVER_TYPES) })],
    ['modality', () => ({ modality: pick(['future', 'denied', 'conditional'] as Modality[]) })],
    ['date range', () => { const [from, to] = month(); return { from, to }; }],
    ['outlet', () => ({ outlet: pick(outlets) })],
    ['actor+type+dates', () => { const [from] = month(); return { actor: actors[Math.floor(r() * 10)]!, type: ['CONSULT', 'AGREE'] as PloverType[], from, to: `${from.slice(0, 4)}-12-31` }; }],
    ['pair+modality', () => ({ pair: [actors[Math.floor(r() * 10)]!, actors[Math.floor(r() * 10)]!], modality: 'asserted' as Modality })],
    ['none (latest 50)', () => ({})],
  ];
  const all: number[] = [];
  const per: Record<string, { p50: number; p95: number }> = {};
  for (const [name, make] of makers) {
    const times: number[] = [];
    for (let i = 0; i < 60; i++) {
      const f = make();
      const q0 = performance.now();
      await store.queryEvents({ ...f, limit: 50 });
      times.push(performance.now() - q0);
    }
    all.push(...times.slice(5)); // first few warm the cache
    per[name] = { p50: +pct(times, 50).toFixed(1), p95: +pct(times, 95).toFixed(1) };
  }
  await store.close();
  const p95 = pct(all, 95);
  results.queries = { events: st.events, p50: +pct(all, 50).toFixed(1), p95: +p95.toFixed(1), per };
  for (const [k, v] of Object.entries(per)) line(`  ${k.padEnd(20)} p50 ${v.p50.toFixed(1)} ms  p95 ${v.p95.toFixed(1)} ms`);
  line(`events filters on ${st.events} events: p50 ${pct(all, 50).toFixed(1)} ms, p95 ${p95.toFixed(1)} ms ${p95 < 50 ? 'PASS' : 'FAIL'} (target p95 < 50 ms)`);
}

async function pgWorkers(concurrency: number): Promise<number> {
  const schema = `marsad_bench_${process.pid}_${concurrency}`;
  const url = `${PG_URL}${PG_URL.includes('?') ? '&' : '?'}schema=${schema}`;
  const admin = new pg.Client({ connectionString: PG_URL });
  await admin.connect();
  const drop = async (): Promise<void> => {
    await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await admin.query(`DROP SCHEMA IF EXISTS ${schema}_boss CASCADE`);
  };
  await drop();
  try {
    const store = await openStore(url);
    const boss = await startBoss(url);
    const arts = generateArticles(PG_ARTICLES, 77);
    for (let i = 0; i < arts.length; i += 500) await enqueue(boss, arts.slice(i, i + 500));
    await boss.stop({ graceful: false, wait: true });
    const child = spawn(process.execPath, [BIN, 'worker', '--db', url, '--concurrency', String(concurrency), '--exit-when-idle'], { stdio: 'ignore' });
    const exited = new Promise<void>((r) => child.once('exit', () => r()));
    // throughput between 10 % and 100 % stored: process start-up and engine loading excluded.
    // The probe is one index-only count every 200 ms, so the harness takes next to no CPU from
    // the workers and the database (store.stats() runs 13 counts over every table).
    let tStart = 0;
    let tEnd = 0;
    const from = Math.floor(PG_ARTICLES * 0.1);
    for (;;) {
      await new Promise((r) => setTimeout(r, 200));
      const n = Number((await admin.query<{ n: string }>(`SELECT COUNT(*) AS n FROM ${schema}.articles`)).rows[0]!.n);
      if (!tStart && n >= from) tStart = performance.now();
      if (n >= PG_ARTICLES) { tEnd = performance.now(); break; }
      if (child.exitCode !== null) throw new Error(`worker exited early with ${n}/${PG_ARTICLES} stored`);
    }
    await exited;
    await store.close();
    return (PG_ARTICLES - from) / ((tEnd - tStart) / 1000);
  } finally {
    await drop();
    await admin.end();
  }
}

async function benchPg(): Promise<void> {
  try {
    const c = new pg.Client({ connectionString: PG_URL, connectionTimeoutMillis: 3000 });
    await c.connect();
    await c.end();
  } catch (e) {
    line(`PostgreSQL workers: skipped (${PG_URL} unreachable: ${(e as Error).message}; see npm run db:pg)`);
    return;
  }
  const one = await pgWorkers(1);
  const two = await pgWorkers(2);
  const ratio = two / one;
  results.pg = { articles: PG_ARTICLES, oneWorker: +one.toFixed(1), twoWorkers: +two.toFixed(1), ratio: +ratio.toFixed(2) };
  line(`PostgreSQL queue (${PG_ARTICLES} articles): 1 worker ${one.toFixed(1)}/s, 2 workers ${two.toFixed(1)}/s = ${ratio.toFixed(2)}× ${ratio >= 1.6 ? 'PASS' : 'FAIL'} (target ≥ 1.6×, ${cpus().length} CPUs)`);
}

try {
  line(`marsad corpus bench — ${cpus().length} CPU(s), Node ${process.version}`);
  if (!ONLY || ONLY === 'ingest') await benchIngest();
  if (!ONLY || ONLY === 'queries') await benchQueries();
  if ((!ONLY || ONLY === 'pg') && !NO_PG) await benchPg();
  line(JSON.stringify(results));
} finally {
  rmSync(dir, { recursive: true, force: true });
}
