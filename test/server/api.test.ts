// The HTTP API over a real server (random loopback port, temp SQLite store, hand-built analyses).
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { request as httpRequest } from 'node:http';
import { testServer, seed, postJson, XSS_IMG, XSS_SCRIPT, HOSTILE, type TestServer } from './helpers.ts';
import { refuseReason, startServer, isLoopback } from '../../src/server/server.ts';
import { openStore } from '../../src/store/open.ts';

type EventsPage = { rows: { id: string; type: string; sources: string[]; targets: string[]; numReports: number; numSources: number; modality: string }[]; total: number; limit: number; offset: number; actors: Record<string, { name: string; names: Record<string, string> }> };

describe('HTTP API (seeded store)', () => {
  let s: TestServer;
  before(async () => {
    s = await testServer({ seedWith: seed });
  });
  after(async () => {
    await s.close();
  });

  test('meta: types, quad classes, counts; JSON with nosniff', async () => {
    const { status, body, res } = await s.json<{ types: string[]; quads: Record<string, string>; stats: { articles: number; events: number } }>('/api/meta');
    assert.equal(status, 200);
    assert.match(res.headers.get('content-type') ?? '', /^application\/json/);
    assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
    assert.equal(body.types.length, 16);
    assert.equal(body.quads.CONSULT, 'verbalCoop');
    assert.equal(body.quads.AID, 'materialCoop');
    assert.equal(body.quads.THREATEN, 'verbalConflict');
    assert.equal(body.quads.ASSAULT, 'materialConflict');
    assert.equal(body.stats.articles, 4);
    assert.equal(body.stats.events, 5);
  });

  test('events: the same meeting from two outlets is one event with two reports; names of actors come along', async () => {
    const { status, body } = await s.json<EventsPage>('/api/events?type=CONSULT');
    assert.equal(status, 200);
    assert.equal(body.total, 1);
    const e = body.rows[0]!;
    assert.equal(e.numReports, 2);
    assert.equal(e.numSources, 2);
    assert.equal(body.actors['badr-abdelatty']!.names.ar, 'بدر عبد العاطي');
  });

  test('events: pagination gives disjoint pages and the total', async () => {
    const all = (await s.json<EventsPage>('/api/events?limit=100')).body;
    assert.equal(all.total, 5);
    const p1 = (await s.json<EventsPage>('/api/events?limit=2&offset=0')).body;
    const p2 = (await s.json<EventsPage>('/api/events?limit=2&offset=2')).body;
    const p3 = (await s.json<EventsPage>('/api/events?limit=2&offset=4')).body;
    assert.equal(p1.total, 5);
    assert.deepEqual([p1.rows.length, p2.rows.length, p3.rows.length], [2, 2, 1]);
    const ids = [...p1.rows, ...p2.rows, ...p3.rows].map((r) => r.id);
    assert.equal(new Set(ids).size, 5);
    assert.deepEqual(new Set(ids), new Set(all.rows.map((r) => r.id)));
  });

  test('events: filters by actor (id or Arabic name), pair, type list, modality, dates, outlet', async () => {
    const q = async (qs: string): Promise<EventsPage> => {
      const r = await s.json<EventsPage>(`/api/events?${qs}`);
      assert.equal(r.status, 200, `${qs}: ${JSON.stringify(r.body)}`);
      return r.body;
    };
    assert.equal((await q('actor=usa')).total, 3);
    assert.equal((await q(`actor=${encodeURIComponent('الولايات المتحدة')}`)).total, 3);
    assert.equal((await q('actor=United%20States')).total, 3);
    assert.equal((await q('pair=usa,irn')).total, 3); // REQUEST, THREATEN, SUPPORT (Oman → US and Iran)
    assert.equal((await q('pair=irn,usa&type=REQUEST')).total, 1);
    assert.equal((await q('type=REQUEST,THREATEN')).total, 3);
    assert.equal((await q('type=request&type=threaten')).total, 3);
    assert.equal((await q('modality=future')).total, 1);
    assert.equal((await q('from=2025-03-01&to=2025-03-31')).total, 3);
    assert.equal((await q('to=2025-02-28')).total, 1);
    assert.equal((await q(`outlet=${encodeURIComponent('وكالة المشرق')}`)).total, 1);
    assert.equal((await q('article=demand')).total, 3);
  });

  test('bad input: one 400 JSON error naming the field', async () => {
    const cases: [string, RegExp][] = [
      ['/api/events?limit=0', /"limit".*at least 1/],
      ['/api/events?limit=abc', /"limit"/],
      ['/api/events?limit=5000', /"limit".*at most 1000/],
      ['/api/events?offset=-1', /"offset"/],
      ['/api/events?type=MEET', /"type".*PLOVER/],
      ['/api/events?modality=maybe', /"modality"/],
      ['/api/events?from=2025-02-30', /"from".*calendar/],
      ['/api/events?from=2025-5-1', /"from".*YYYY-MM-DD/],
      ['/api/events?from=2025-05-02&to=2025-05-01', /"to"/],
      ['/api/events?pair=usa', /"pair".*A,B/],
      ['/api/events?actor=nobody-at-all', /"actor".*no stored actor matches "nobody-at-all"/],
      ['/api/events?tpye=CONSULT', /unknown query parameter "tpye"/],
      ['/api/network?topN=1', /"topN"/],
      ['/api/timeline', /"actor" or "pair"/],
      ['/api/timeline?actor=usa&bucket=year', /"bucket".*day, month/],
      ['/api/search', /"q".*required/],
      ['/api/export?format=xml', /"format".*csv, plover/],
      ['/api/actors?limit=x', /"limit"/],
    ];
    for (const [path, re] of cases) {
      const { status, body, res } = await s.json<{ error: string }>(path);
      assert.equal(status, 400, path);
      assert.match(res.headers.get('content-type') ?? '', /^application\/json/, path);
      assert.deepEqual(Object.keys(body), ['error'], path);
      assert.match(body.error, re, `${path}: ${body.error}`);
    }
  });

  test('unknown endpoints and ids: 404 JSON', async () => {
    for (const path of ['/api/nope', '/api/events/ev_missing', '/api/articles/missing', '/api/actors/nobody-at-all']) {
      const { status, body } = await s.json<{ error: string }>(path);
      assert.equal(status, 404, path);
      assert.equal(typeof body.error, 'string');
    }
  });

  test('event detail: every report with its outlet and evidence', async () => {
    const ev = (await s.json<EventsPage>('/api/events?type=CONSULT')).body.rows[0]!;
    const { status, body } = await s.json<{ quad: string; reports: { outlet: string; articleId: string; evidence: { text: string } }[] }>(`/api/events/${ev.id}`);
    assert.equal(status, 200);
    assert.equal(body.quad, 'verbalCoop');
    assert.deepEqual(body.reports.map((r) => r.articleId).sort(), ['meet-1', 'meet-2']);
    assert.ok(body.reports.every((r) => r.evidence.text.length > 0));
  });

  test('articles: list with pagination; one article with annotations and its corpus events', async () => {
    const list = (await s.json<{ rows: { id: string }[]; total: number }>('/api/articles?limit=2')).body;
    assert.equal(list.total, 4);
    assert.equal(list.rows.length, 2);
    const a = (await s.json<{ text: string; analysis: { mentions: unknown[]; events: unknown[] }; corpusEvents: { type: string }[] }>('/api/articles/demand')).body;
    assert.ok(a.text.startsWith('طالبت'));
    assert.equal(a.analysis.mentions.length, 3);
    assert.equal(a.analysis.events.length, 3);
    assert.deepEqual(a.corpusEvents.map((e) => e.type).sort(), ['REQUEST', 'SUPPORT', 'THREATEN']);
  });

  test('actors: search by English and Arabic name; profile with names in both scripts, counterparts, sources', async () => {
    const en = (await s.json<{ rows: { id: string }[] }>('/api/actors?q=araghchi')).body;
    assert.deepEqual(en.rows.map((r) => r.id), ['abbas-araghchi']);
    const ar = (await s.json<{ rows: { id: string }[] }>(`/api/actors?q=${encodeURIComponent('عراقجي')}`)).body;
    assert.deepEqual(ar.rows.map((r) => r.id), ['abbas-araghchi']);
    const p = (await s.json<{
      actor: { name: string; names: Record<string, string> }; counterparts: { actor: string; count: number }[];
      sources: { outlet: string; reports: number }[]; timeline: { type: string }[]; roleSpells: unknown[]; arNames: string[];
    }>('/api/actors/irn')).body;
    assert.equal(p.actor.names.ar, 'إيران');
    assert.equal(p.actor.name, 'Iran');
    assert.ok(Array.isArray(p.roleSpells));
    assert.equal(p.counterparts[0]!.actor, 'usa');
    assert.equal(p.counterparts[0]!.count, 3);
    assert.equal(p.timeline.length, 4);
    assert.ok(p.sources.some((x) => x.outlet === 'صحيفة الأفق'));
  });

  test('network: top-N actors, weighted edges, quad colour of each edge', async () => {
    type Net = { nodes: { id: string; events: number }[]; edges: { source: string; target: string; weight: number; quad: string; byQuad: Record<string, number> }[] };
    const full = (await s.json<Net>('/api/network?topN=50')).body;
    const usaIrn = full.edges.find((e) => e.source === 'usa' && e.target === 'irn')!;
    assert.equal(usaIrn.weight, 2);
    assert.equal(usaIrn.quad, 'verbalConflict');
    assert.equal(usaIrn.byQuad.verbalConflict, 2);
    const top2 = (await s.json<Net>('/api/network?topN=2')).body;
    assert.equal(top2.nodes.length, 2);
    assert.deepEqual(top2.nodes.map((n) => n.id).sort(), ['irn', 'usa']);
    assert.ok(top2.edges.every((e) => ['irn', 'usa'].includes(e.source) && ['irn', 'usa'].includes(e.target)));
    const one = (await s.json<Net & { totalEdges: number }>('/api/network?maxEdges=1')).body;
    assert.equal(one.edges.length, 1);
    assert.ok(one.totalEdges > 1);
    assert.equal(one.edges[0]!.weight, Math.max(...full.edges.map((e) => e.weight)));
    const coop = (await s.json<Net>('/api/network?type=CONSULT')).body;
    assert.equal(coop.edges.length, 1);
    assert.equal(coop.edges[0]!.quad, 'verbalCoop');
  });

  test('timeline: counts per month or day for an actor and for a pair', async () => {
    type TL = { bucket: string; points: { bucket: string; count: number; byQuad: Record<string, number> }[] };
    const m = (await s.json<TL>('/api/timeline?actor=irn')).body;
    assert.equal(m.bucket, 'month');
    assert.deepEqual(m.points.map((p) => [p.bucket, p.count]), [['2025-03', 3], ['2025-04', 1]]);
    const per = (await s.json<TL>('/api/timeline?actor=badr-abdelatty')).body;
    assert.deepEqual(per.points.map((p) => [p.bucket, p.count]), [['2025-02', 1]]);
    const d = (await s.json<TL>('/api/timeline?pair=usa,irn&bucket=day')).body;
    assert.deepEqual(d.points.map((p) => [p.bucket, p.count]), [['2025-03-18', 3]]);
    assert.equal(d.points[0]!.byQuad.verbalConflict, 2);
    assert.equal(d.points[0]!.byQuad.verbalCoop, 1);
  });

  test('search: Arabic words find the article', async () => {
    const r = (await s.json<{ rows: { articleId: string; snippet: string }[]; total: number }>(`/api/search?q=${encodeURIComponent('التخصيب')}`)).body;
    assert.equal(r.total, 1);
    assert.equal(r.rows[0]!.articleId, 'demand');
  });

  test('export: CSV with one row per filtered event; PLOVER JSONL records', async () => {
    const csv = await s.get('/api/export?format=csv&actor=usa');
    assert.equal(csv.status, 200);
    assert.match(csv.headers.get('content-type') ?? '', /^text\/csv/);
    assert.match(csv.headers.get('content-disposition') ?? '', /attachment; filename="marsad-events.csv"/);
    const lines = (await csv.text()).replace(/^\uFEFF/, '').trim().split('\r\n');
    assert.equal(lines.length, 1 + 3);
    assert.ok(lines[0]!.startsWith('event_id,date,'));
    assert.ok(lines.slice(1).every((l) => /REQUEST|THREATEN|SUPPORT/.test(l)));
    const pl = await s.get('/api/export?format=plover&pair=usa,irn');
    assert.match(pl.headers.get('content-type') ?? '', /^application\/x-ndjson/);
    const recs = (await pl.text()).trim().split('\n').map((l) => JSON.parse(l) as { event: string[]; date: string; actor: { code?: string }[]; quad_code: number });
    assert.equal(recs.length, 3);
    // a threatened (future) sanction stays THREATEN; the asserted demand is REQUEST
    assert.deepEqual(recs.map((r) => r.event[0]).sort(), ['REQUEST', 'SUPPORT', 'THREATEN']);
    assert.ok(recs.every((r) => r.date === '2025-03-18'));
  });

  test('untrusted text and metadata come back as JSON data, never as markup', async () => {
    const res = await s.get('/api/articles/hostile');
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type') ?? '', /^application\/json/);
    assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
    assert.match(res.headers.get('content-security-policy') ?? '', /default-src 'none'/);
    const a = (await res.json()) as { text: string; title: string; outlet: string; url: string };
    assert.equal(a.text, HOSTILE);
    assert.equal(a.title, XSS_SCRIPT);
    assert.equal(a.outlet, XSS_IMG);
    const list = (await s.json<{ rows: { title: string }[] }>('/api/articles?limit=10')).body;
    assert.ok(list.rows.some((r) => r.title === XSS_SCRIPT));
    const csv = await (await s.get('/api/export?format=csv&article=hostile')).text();
    assert.ok(csv.includes(XSS_IMG.replace(/"/g, '""')), 'the outlet is exported as quoted CSV data');
  });
});

describe('HTTP API: analysis, bodies, writes, tokens, hosts, UI', () => {
  test('POST /api/analyze validates the body: content type, JSON, text, published', async () => {
    const s = await testServer();
    try {
      let r = await s.json<{ error: string }>('/api/analyze', { method: 'POST', body: '{"text":"x"}', headers: { 'Content-Type': 'text/plain' } });
      assert.equal(r.status, 415);
      r = await s.json('/api/analyze', postJson('{"text": '));
      assert.equal(r.status, 400);
      assert.match(r.body.error, /not valid JSON/);
      r = await s.json('/api/analyze', postJson([1, 2]));
      assert.equal(r.status, 400);
      r = await s.json('/api/analyze', postJson({ published: '2025-01-01' }));
      assert.equal(r.status, 400);
      assert.match(r.body.error, /"text": is required/);
      r = await s.json('/api/analyze', postJson({ text: '   ' }));
      assert.match(r.body.error, /"text": must not be empty/);
      r = await s.json('/api/analyze', postJson({ text: 'نص', published: '2025-13-01' }));
      assert.equal(r.status, 400);
      assert.match(r.body.error, /"published"/);
      r = await s.json('/api/analyze', postJson({ text: 'نص', published: 20250101 }));
      assert.match(r.body.error, /"published"/);
      // over the body limit (4 MB): 413 before parsing
      r = await s.json('/api/analyze', postJson({ text: 'ب'.repeat(2_500_000) }));
      assert.equal(r.status, 413);
      assert.match(r.body.error, /larger than 4 MB/);
    } finally {
      await s.close();
    }
  });

  test('write endpoints: open on loopback without a token; with a token they need "Authorization: Bearer"', async () => {
    const token = 'a-long-test-token-0123456789';
    const s = await testServer({ token, engine: undefined });
    try {
      const article = { id: 'w1', text: 'طالبت مصر إيران بالتهدئة في المنطقة.', published: '2025-05-01', outlet: 'اختبار' };
      let r = await s.json<{ error: string }>('/api/articles', postJson(article));
      assert.equal(r.status, 401);
      assert.match(r.body.error, /Bearer/);
      r = await s.json('/api/articles', postJson(article, { Authorization: 'Bearer wrong-token-wrong-token' }));
      assert.equal(r.status, 401);
      const ok = await s.json<{ status: string }>('/api/articles', postJson(article, { Authorization: `Bearer ${token}` }));
      assert.equal(ok.status, 200, JSON.stringify(ok.body));
      assert.equal(ok.body.status, 'ingested');
      const again = await s.json<{ status: string }>('/api/articles', postJson(article, { Authorization: `Bearer ${token}` }));
      assert.equal(again.body.status, 'unchanged');
      const ing = await s.json<{ results: { status: string }[] }>('/api/ingest', postJson({ articles: [article, { ...article, id: 'w2', text: 'رفضت إيران المطالب الأميركية بوقف التخصيب.' }] }, { Authorization: `Bearer ${token}` }));
      assert.deepEqual(ing.body.results.map((x) => x.status), ['unchanged', 'ingested']);
      // reads stay open
      assert.equal((await s.get('/api/articles')).status, 200);
      assert.equal((await s.json<{ total: number }>('/api/articles')).body.total, 2);
      const bad = await s.json<{ error: string }>('/api/ingest', postJson({ articles: [] }, { Authorization: `Bearer ${token}` }));
      assert.equal(bad.status, 400);
      assert.match(bad.body.error, /"articles"/);
    } finally {
      await s.close();
    }
  });

  test('a non-loopback host without a token is refused; loopback needs none', async () => {
    assert.ok(isLoopback('127.0.0.1') && isLoopback('localhost') && isLoopback('::1') && isLoopback('127.1.2.3'));
    assert.ok(!isLoopback('0.0.0.0') && !isLoopback('192.168.1.5'));
    assert.equal(refuseReason('127.0.0.1', null), null);
    assert.match(refuseReason('0.0.0.0', null) ?? '', /--token or MARSAD_TOKEN/);
    assert.match(refuseReason('0.0.0.0', 'short') ?? '', /shorter than 16/);
    assert.equal(refuseReason('0.0.0.0', 'x'.repeat(24)), null);
    const dir = mkdtempSync(join(tmpdir(), 'marsad-server-'));
    const store = await openStore(join(dir, 'a.db'));
    try {
      await assert.rejects(startServer({ store, host: '0.0.0.0', port: 0, uiDir: null }), /not a loopback address/);
    } finally {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('on loopback, requests addressed to another host name are refused (DNS rebinding)', async () => {
    const s = await testServer();
    try {
      const port = new URL(s.url).port;
      const status = await new Promise<number>((res, rej) => {
        const req = httpRequest({ host: '127.0.0.1', port, path: '/api/meta', headers: { Host: 'attacker.example' } }, (r) => { r.resume(); res(r.statusCode ?? 0); });
        req.on('error', rej);
        req.end();
      });
      assert.equal(status, 421);
      assert.equal((await s.get('/api/meta', { headers: { Host: `localhost:${port}` } })).status, 200);
    } finally {
      await s.close();
    }
  });

  test('the UI: a clear page when not built; the built files with a strict CSP; no path escapes', async () => {
    const none = await testServer({ uiDir: join(tmpdir(), 'marsad-no-such-ui-dir') });
    try {
      const r = await none.get('/');
      assert.equal(r.status, 503);
      assert.match(await r.text(), /npm run build/);
    } finally {
      await none.close();
    }
    const ui = mkdtempSync(join(tmpdir(), 'marsad-ui-'));
    writeFileSync(join(ui, 'index.html'), '<!doctype html><title>ui</title><div id="root"></div>');
    writeFileSync(join(ui, 'app.js'), 'console.log(1)');
    const s = await testServer({ uiDir: ui });
    try {
      const r = await s.get('/');
      assert.equal(r.status, 200);
      assert.match(r.headers.get('content-type') ?? '', /^text\/html/);
      assert.match(r.headers.get('content-security-policy') ?? '', /script-src 'self'/);
      assert.match(await r.text(), /id="root"/);
      const js = await s.get('/app.js');
      assert.match(js.headers.get('content-type') ?? '', /^text\/javascript/);
      // unknown paths fall back to the app; encoded traversal never leaves the folder
      assert.match(await (await s.get('/some/route')).text(), /id="root"/);
      const esc = await s.get('/..%2f..%2f..%2fetc%2fpasswd');
      assert.ok([200, 403].includes(esc.status));
      assert.doesNotMatch(await esc.text(), /root:x:0/);
    } finally {
      await s.close();
      rmSync(ui, { recursive: true, force: true });
    }
  });
});
