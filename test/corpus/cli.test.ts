// The corpus commands end to end (spawned `marsad` processes): ingest summaries, idempotency,
// exit codes, a SIGKILLed ingest, queries and exports.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { openStore } from '../../src/store/open.ts';
import { analysis, tempDir } from './helpers.ts';
import { generateArticles, toJsonl } from './generate.ts';
import { checkXml } from './xml.ts';
import { GDELT_COLUMNS, ACLED_COLUMNS } from '../../src/export/formats.ts';

const BIN = resolve(dirname(fileURLToPath(import.meta.url)), '../../bin/marsad.mjs');
const t = tempDir('marsad-cli-');
after(() => t.cleanup());

function marsad(args: string[]): { code: number; out: string; err: string } {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', cwd: t.dir, maxBuffer: 64 * 1024 * 1024 });
  return { code: r.status ?? -1, out: r.stdout, err: r.stderr };
}

const AR = (i: number): string =>
  `أعلنت وزارة الزراعة في الأردن عن خطة رقم ${i} لدعم المزارعين في وادي الأردن بعد موسم جفاف طويل أثر على المحاصيل.`;


/** Polls a SQLite store (read-only, as another process) until it holds n committed articles (60 s at most). */
/** A rerun of an interrupted ingest finds the `stored` articles unchanged and takes the rest of `total`. */
function assertRerunTakesTheRest(file: string, db: string, stored: number, total: number): void {
  const again = marsad(['ingest', file, '--db', db, '--json']);
  assert.equal(again.code, 0, again.err);
  const s = JSON.parse(again.out);
  assert.equal(s.unchanged, stored);
  assert.equal(s.ingested + s.duplicates + s.nearDuplicates, total - stored);
}

async function waitForArticles(db: string, n: number): Promise<void> {
  for (let i = 0; i < 600; i++) {
    await new Promise((r) => setTimeout(r, 100));
    try {
      const ro = new Database(db, { readonly: true, fileMustExist: true });
      const seen = (ro.prepare('SELECT COUNT(*) AS n FROM articles').get() as { n: number }).n;
      ro.close();
      if (seen >= n) return;
    } catch {
      // not created yet
    }
  }
}

test('ingest: summary with per-file failures, idempotent second run, exit 1 only when nothing could be ingested', () => {
  const d = join(t.dir, 'in');
  mkdirSync(join(d, 'deep'), { recursive: true });
  writeFileSync(join(d, 'one.txt'), AR(1));
  writeFileSync(join(d, 'deep', 'two.txt'), AR(2));
  writeFileSync(join(d, 'batch.jsonl'), [
    JSON.stringify({ id: 'j1', text: AR(3), published: '2025-02-01', outlet: 'أ' }),
    '{"id": "j2", "text": "مقطوع',
    JSON.stringify({ id: 'j3', text: AR(1), outlet: 'ب' }), // same text as one.txt: an exact duplicate
  ].join('\n'));
  writeFileSync(join(d, 'empty.txt'), '');
  writeFileSync(join(d, 'bin.dat'), Buffer.from([0, 1, 2, 3, 0, 0, 255, 254, 0]));
  const db = join(t.dir, 'c1.db');
  const r1 = marsad(['ingest', d, '--db', db, '--no-analyze', '--json', '--published', '2025-01-15']);
  assert.equal(r1.code, 0, r1.err);
  const s1 = JSON.parse(r1.out);
  assert.equal(s1.ingested, 3);
  assert.equal(s1.duplicates, 1);
  assert.deepEqual(s1.failed.map((f: { origin: string }) => f.origin.replace(d + '/', '')).sort(), ['batch.jsonl:2', 'bin.dat', 'empty.txt']);
  assert.match(r1.err, /failed 3:/);
  assert.match(r1.err, /batch\.jsonl:2: invalid JSON/);
  const r2 = marsad(['ingest', d, '--db', db, '--no-analyze', '--json', '--published', '2025-01-15']);
  assert.equal(r2.code, 0, r2.err);
  const s2 = JSON.parse(r2.out);
  assert.equal(s2.unchanged, 4);
  assert.equal(s2.ingested + s2.duplicates + s2.nearDuplicates + s2.updated, 0);
  const bad = join(t.dir, 'bad');
  mkdirSync(bad);
  writeFileSync(join(bad, 'x.txt'), '   ');
  const r3 = marsad(['ingest', bad, '--db', db, '--no-analyze']);
  assert.equal(r3.code, 1);
  assert.match(r3.err, /nothing could be ingested/);
  const r4 = marsad(['ingest', d, '--db', db, '--published', '2025-13-01']);
  assert.equal(r4.code, 2);
  assert.match(r4.err, /--published "2025-13-01"/);
});

test('a SIGKILLed ingest loses nothing committed, leaves no half-written article, and a restart ends equal to a clean run', async () => {
  const file = join(t.dir, 'big.jsonl');
  writeFileSync(file, toJsonl(generateArticles(900, 7)));
  const db = join(t.dir, 'killed.db');
  const child = spawn(process.execPath, [BIN, 'ingest', file, '--db', db, '--no-progress'], { cwd: t.dir, stdio: 'ignore' });
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  await waitForArticles(db, 120);
  child.kill('SIGKILL');
  await exited;
  const check = new Database(db, { readonly: true });
  const n = (sql: string): number => (check.prepare(sql).get() as { n: number }).n;
  const committed = n('SELECT COUNT(*) AS n FROM articles');
  assert.ok(committed >= 120 && committed < 900, `killed after ${committed} articles`);
  assert.equal(n('SELECT COUNT(*) AS n FROM articles WHERE analysed = 0'), 0, 'every committed article carries its analysis');
  assert.equal(n('SELECT COUNT(*) AS n FROM articles a WHERE a.n_mentions <> (SELECT COUNT(*) FROM mentions m WHERE m.article_seq = a.seq)'), 0);
  assert.equal(n('SELECT COUNT(*) AS n FROM articles a WHERE a.n_times <> (SELECT COUNT(*) FROM times m WHERE m.article_seq = a.seq)'), 0);
  assert.equal(n('SELECT COUNT(*) AS n FROM articles a WHERE a.n_events <> (SELECT COUNT(*) FROM event_reports r WHERE r.article_seq = a.seq)'), 0);
  assert.equal(n('SELECT COUNT(*) AS n FROM event_reports r WHERE r.article_seq NOT IN (SELECT seq FROM articles)'), 0);
  assert.equal(n('SELECT COUNT(*) AS n FROM events e WHERE e.num_reports <> (SELECT COUNT(*) FROM event_reports r WHERE r.event_seq = e.seq)'), 0);
  assert.ok(n('SELECT COUNT(*) AS n FROM mentions') > 0);
  check.close();
  assertRerunTakesTheRest(file, db, committed, 900);
  const clean = join(t.dir, 'clean.db');
  assert.equal(marsad(['ingest', file, '--db', clean, '--json']).code, 0);
  const a = await openStore(db);
  const b = await openStore(clean);
  try {
    assert.deepEqual(await a.stats(), await b.stats());
    assert.equal((await a.stats()).articles, 900);
  } finally {
    await a.close();
    await b.close();
  }
});

test('Ctrl-C stops an ingest after the article in hand: everything it reports is stored, exit code 130, a rerun takes the rest', async () => {
  const file = join(t.dir, 'int.jsonl');
  writeFileSync(file, toJsonl(generateArticles(600, 11)));
  const db = join(t.dir, 'interrupted.db');
  const child = spawn(process.execPath, [BIN, 'ingest', file, '--db', db, '--no-progress', '--json'], { cwd: t.dir, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stdout.on('data', (d) => (out += d));
  child.stderr.on('data', (d) => (err += d));
  const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
  await waitForArticles(db, 64);
  child.kill('SIGINT');
  assert.equal(await exited, 130, err);
  assert.match(err, /stopping after the article in hand/);
  assert.match(err, /interrupted: what is listed below is stored/);
  const s = JSON.parse(out);
  assert.equal(s.interrupted, true);
  const stored = s.ingested + s.duplicates + s.nearDuplicates;
  assert.ok(stored >= 64 && stored < 600, `stopped after ${stored}`);
  const check = new Database(db, { readonly: true });
  assert.equal((check.prepare('SELECT COUNT(*) AS n FROM articles').get() as { n: number }).n, stored, 'the summary counts exactly what was committed');
  check.close();
  assertRerunTakesTheRest(file, db, stored, 600);
});

test('events, actor, search and export on a small corpus', async () => {
  const db = join(t.dir, 'q.db');
  const s = await openStore(db);
  const A = 'استقبل الرئيس عبد الفتاح السيسي في القاهرة وزير الخارجية عباس عراقجي وبحثا العلاقات بين مصر وإيران.';
  const B = 'التقى عباس عراقجي الرئيس عبد الفتاح السيسي أمس في العاصمة المصرية، وهدد عراقجي بالرد على أي هجوم.';
  await s.putArticle({ id: 'a', text: A, published: '2025-05-08', outlet: 'أ', url: 'https://a.example/1' },
    analysis(A, '2025-05-08', ['sisi', 'araghchi', 'egy', 'irn'], [
      { type: 'CONSULT', sources: ['abbas-araghchi'], targets: ['abdel-fattah-el-sisi'], trigger: 'استقبل', date: '2025-05-08', mode: 'visit' },
    ]));
  await s.putArticle({ id: 'b', text: B, published: '2025-05-09', outlet: 'ب' },
    analysis(B, '2025-05-09', ['sisi', 'araghchi', 'usa'], [
      { type: 'CONSULT', sources: ['abdel-fattah-el-sisi'], targets: ['abbas-araghchi'], trigger: 'التقى', date: '2025-05-08' },
      { type: 'ASSAULT', sources: ['abbas-araghchi'], targets: ['usa'], trigger: 'بالرد', modality: 'conditional' },
      { type: 'CONSULT', sources: ['usa'], targets: ['abbas-araghchi'], trigger: 'هجوم', modality: 'denied' },
    ]));
  await s.close();

  const ev = marsad(['events', '--db', db, '--actor', 'إيران', '--actor', 'عباس عراقجى', '--format', 'jsonl']);
  assert.equal(ev.code, 0, ev.err);
  const rows = ev.out.trim().split('\n').map((l) => JSON.parse(l));
  assert.equal(rows.length, 3);
  const consult = rows.find((r) => r.type === 'CONSULT' && r.modality === 'asserted');
  assert.equal(consult.numReports, 2);
  const pair = marsad(['events', '--db', db, '--pair', 'Abdel Fattah el-Sisi,عراقجي', '--format', 'csv']);
  assert.equal(pair.code, 0, pair.err);
  const csvLines = pair.out.trim().split('\n');
  assert.equal(csvLines.length, 2);
  assert.match(csvLines[0]!, /^id,date,day_start/);
  const table = marsad(['events', '--db', db, '--type', 'consult', '--from', '2025-05', '--to', '2025-05']);
  assert.match(table.out, /Abbas Araghchi ↔ Abdel Fattah el-Sisi/);
  assert.match(table.out, /\(2 of 2 event\(s\)\)/);
  const all = marsad(['events', '--db', db, '--limit', 'all', '--format', 'jsonl']);
  assert.equal(all.out.trim().split('\n').length, 3);
  assert.equal(marsad(['events', '--db', db, '--actor', 'لا أحد']).code, 2);
  assert.equal(marsad(['events', '--db', db, '--type', 'MEET']).code, 2);

  const actor = marsad(['actor', 'Abbas Araghchi', '--db', db]);
  assert.equal(actor.code, 0, actor.err);
  assert.match(actor.out, /counterparts:/);
  assert.match(actor.out, /Abdel Fattah el-Sisi\s+1\s+CONSULT 1/);
  assert.match(actor.out, /sources: ب \(3\), أ \(1\)/);

  const search = marsad(['search', 'العاصمة المصرية', '--db', db, '--format', 'jsonl']);
  const hits = search.out.trim().split('\n').map((l) => JSON.parse(l));
  assert.deepEqual(hits.map((h) => h.articleId), ['b']);

  const plover = marsad(['export', '--db', db, '--format', 'plover']);
  assert.equal(plover.code, 0, plover.err);
  const recs = plover.out.trim().split('\n').map((l) => JSON.parse(l));
  assert.deepEqual(recs.map((r) => r.event[0]).sort(), ['CONSULT', 'THREATEN'], 'denied dropped, conditional ASSAULT → THREATEN');
  const meet = recs.find((r) => r.event[0] === 'CONSULT');
  assert.equal(meet.date, '2025-05-08');
  assert.equal(meet.marsad.num_reports, 2);
  assert.equal(meet.actor[0].code, 'IRN');
  assert.equal(meet.cite_info.url, 'https://a.example/1');
  const threat = recs.find((r) => r.event[0] === 'THREATEN');
  assert.deepEqual(threat.mode, ['violence']);
  assert.equal(threat.quad_code, 3);

  const gdelt = marsad(['export', '--db', db, '--format', 'gdelt']).out.trim().split('\n');
  assert.equal(gdelt.length, 3);
  assert.deepEqual(gdelt[0]!.split('\t'), [...GDELT_COLUMNS]);
  for (const l of gdelt.slice(1)) assert.equal(l.split('\t').length, GDELT_COLUMNS.length);
  const g = gdelt.find((l) => l.includes('CONSULT'))!.split('\t');
  assert.equal(g[GDELT_COLUMNS.indexOf('SQLDATE')], '20250508');
  assert.equal(g[GDELT_COLUMNS.indexOf('NumArticles')], '2');
  assert.equal(g[GDELT_COLUMNS.indexOf('QuadClass')], '1');

  const acled = marsad(['export', '--db', db, '--format', 'acled']).out.trim().split('\n');
  assert.equal(acled.length, 3);
  assert.equal(acled[0], ACLED_COLUMNS.join(','));

  const out = join(t.dir, 'net.graphml');
  const gm = marsad(['export', '--db', db, '--format', 'graphml', '--out', out]);
  assert.equal(gm.code, 0, gm.err);
  const xml = readFileSync(out, 'utf8');
  checkXml(xml);
  assert.match(xml, /<edge id="e1" source="abbas-araghchi" target="abdel-fattah-el-sisi">\s*<data key="weight">1<\/data>/);
  assert.match(xml, /<data key="name_ar">عباس عراقجي<\/data>/);
});
