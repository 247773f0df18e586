// 100,000 events in a temp SQLite store (seeded through the Store interface): the events, network
// and timeline endpoints answer, paginated and aggregated server-side, within a generous bound.
// This is a sanity check only; the speed figures come from `node --import tsx scripts/bench-api.ts`.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { testServer, type TestServer } from './helpers.ts';
import { seedSynthetic } from '../../src/server/synthetic.ts';

const N = 100_000;
const BOUND_MS = 20_000; // generous: shared CI machines are slow; the bench measures the real figures

let s: TestServer;
before(async () => {
  s = await testServer({ cacheMs: 0, seedWith: (store) => seedSynthetic(store, N, { perArticle: 500 }).then(() => undefined) });
}, { timeout: 15 * 60_000 });
after(async () => {
  await s?.close();
});

async function timed<T>(path: string): Promise<{ ms: number; body: T }> {
  const t0 = performance.now();
  const r = await s.json<T>(path);
  const ms = performance.now() - t0;
  assert.equal(r.status, 200, `${path}: ${JSON.stringify(r.body).slice(0, 300)}`);
  assert.ok(ms < BOUND_MS, `${path} took ${ms.toFixed(0)} ms (bound ${BOUND_MS} ms)`);
  return { ms, body: r.body };
}

test('events: a page of 50 out of 100,000 (first, deep, filtered)', { timeout: 5 * 60_000 }, async () => {
  type P = { rows: unknown[]; total: number };
  const first = await timed<P>('/api/events?limit=50');
  assert.equal(first.body.total, N);
  assert.equal(first.body.rows.length, 50);
  const deep = await timed<P>('/api/events?limit=50&offset=99950');
  assert.equal(deep.body.rows.length, 50);
  const byActor = await timed<P>('/api/events?actor=syn-egy&type=CONSULT,REQUEST&limit=50');
  assert.ok(byActor.body.total > 0 && byActor.body.total < N);
  const big = await s.json<{ error: string }>('/api/events?limit=100000');
  assert.equal(big.status, 400, 'pages are capped');
});

test('network: only the top-N actors come back, however many events', { timeout: 5 * 60_000 }, async () => {
  type Net = { nodes: { id: string }[]; edges: { source: string; target: string; weight: number }[] };
  const { body } = await timed<Net>('/api/network?topN=25');
  assert.equal(body.nodes.length, 25);
  const ids = new Set(body.nodes.map((n) => n.id));
  assert.ok(body.edges.length > 0 && body.edges.every((e) => ids.has(e.source) && ids.has(e.target)));
});

test('timeline: monthly counts for an actor and a pair', { timeout: 5 * 60_000 }, async () => {
  type TL = { points: { bucket: string; count: number }[] };
  const one = await timed<TL>('/api/timeline?actor=syn-egy');
  assert.ok(one.body.points.length >= 20 && one.body.points.length <= 24, `${one.body.points.length} months`);
  const pair = await timed<TL>('/api/timeline?pair=syn-egy,syn-irn&bucket=day');
  assert.ok(pair.body.points.length > 0);
  const sum = one.body.points.reduce((a, p) => a + p.count, 0);
  const ev = await s.json<{ total: number }>('/api/events?actor=syn-egy&limit=1');
  assert.equal(sum, ev.body.total, 'the timeline counts every event of the actor once');
});
