// API latency on a 100,000-event corpus: p50/p95 of the events, network, timeline and actor
// endpoints over HTTP on loopback, with the aggregate cache off (every request hits the store).
//
//   node --import tsx scripts/bench-api.ts [--events N] [--runs R] [--db FILE]
//
// Without --db the synthetic corpus is built in .tmp/bench-api-<N>.db (reused when it already holds
// N events, so a second run skips the seeding).
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cpus, loadavg } from 'node:os';
import { openStore } from '../src/store/open.ts';
import { startServer } from '../src/server/server.ts';
import { seedSynthetic } from '../src/server/synthetic.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

function arg(name: string, def: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 && process.argv[i + 1] ? process.argv[i + 1]! : def;
}

const N = Number(arg('events', '100000'));
const RUNS = Number(arg('runs', '20'));
const dbFile = resolve(arg('db', join(ROOT, '.tmp', `bench-api-${N}.db`)));
mkdirSync(dirname(dbFile), { recursive: true });

let store = await openStore(dbFile);
if ((await store.stats()).events !== N) {
  await store.close();
  for (const ext of ['', '-wal', '-shm']) rmSync(dbFile + ext, { force: true });
  store = await openStore(dbFile);
  const t0 = performance.now();
  process.stderr.write(`seeding ${N.toLocaleString()} events into ${dbFile} …\n`);
  await seedSynthetic(store, N, { perArticle: 500, onProgress: (d) => { if (d % 10000 === 0) process.stderr.write(`  ${d.toLocaleString()}\n`); } });
  process.stderr.write(`seeded in ${((performance.now() - t0) / 1000).toFixed(1)} s\n`);
}

const srv = await startServer({ store, port: 0, uiDir: null, cacheMs: 0 });
const base = srv.url.replace(/\/$/, '');

const ENDPOINTS: [string, string][] = [
  ['events, first page (50)', '/api/events?limit=50'],
  ['events, deep page (offset 90,000)', '/api/events?limit=50&offset=90000'],
  ['events, actor + types filter', '/api/events?actor=syn-egy&type=CONSULT,REQUEST&limit=50'],
  ['events, pair filter', '/api/events?pair=syn-egy,syn-irn&limit=50'],
  ['network, top 50 actors', '/api/network?topN=50'],
  ['network, top 50, one type', '/api/network?topN=50&type=ASSAULT'],
  ['timeline, actor by month', '/api/timeline?actor=syn-egy&bucket=month'],
  ['timeline, pair by day', '/api/timeline?pair=syn-egy,syn-irn&bucket=day'],
  ['actor profile', '/api/actors/syn-egy'],
  ['actors list', '/api/actors?limit=50'],
];

const pct = (xs: number[], p: number): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]!;
};

console.log(`API latency, ${N.toLocaleString()} events (SQLite ${dbFile}), ${RUNS} runs each after 2 warm-up, cache off`);
console.log(`machine: ${cpus().length} CPU(s) ${cpus()[0]?.model ?? ''}, load average ${loadavg().map((x) => x.toFixed(1)).join(' ')}`);
console.log(`${'endpoint'.padEnd(36)} ${'p50 ms'.padStart(8)} ${'p95 ms'.padStart(8)} ${'bytes'.padStart(9)}`);
for (const [label, path] of ENDPOINTS) {
  const times: number[] = [];
  let bytes = 0;
  for (let i = 0; i < RUNS + 2; i++) {
    const t0 = performance.now();
    const r = await fetch(base + path);
    const body = await r.arrayBuffer();
    const ms = performance.now() - t0;
    if (r.status !== 200) throw new Error(`${path}: HTTP ${r.status} ${Buffer.from(body).toString().slice(0, 200)}`);
    bytes = body.byteLength;
    if (i >= 2) times.push(ms);
  }
  console.log(`${label.padEnd(36)} ${pct(times, 50).toFixed(1).padStart(8)} ${pct(times, 95).toFixed(1).padStart(8)} ${String(bytes).padStart(9)}`);
}
await srv.close();
await store.close();
if (!existsSync(dbFile)) process.exitCode = 1;
