// Ingest readers: every input kind, encodings, malformed inputs reported per file/line, feed URLs
// against a local HTTP server.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdirSync, writeFileSync, openSync, ftruncateSync, closeSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { readInputs, DEFAULT_MAX_BYTES, type ReadItem } from '../../src/ingest/read.ts';
import { extractHtml } from '../../src/ingest/html.ts';
import { parseFeed } from '../../src/ingest/feed.ts';
import { dayFromFileName, toDay } from '../../src/ingest/dates.ts';
import { tempDir } from './helpers.ts';

const t = tempDir('marsad-readers-');
after(() => t.cleanup());

async function readAll(paths: string[], opts = {}): Promise<ReadItem[]> {
  const out: ReadItem[] = [];
  for await (const i of readInputs(paths, opts)) out.push(i);
  return out;
}
const oks = (xs: ReadItem[]) => xs.filter((x): x is Extract<ReadItem, { ok: true }> => x.ok).map((x) => x.article);
const fails = (xs: ReadItem[]) => xs.filter((x): x is Extract<ReadItem, { ok: false }> => !x.ok);

const AR1 = 'وصل وزير الخارجية العماني إلى طهران صباح اليوم في زيارة رسمية تستغرق يومين.\n\nوسيلتقي خلالها كبار المسؤولين لبحث ملفات المنطقة.';
const AR2 = 'أعلنت الحكومة الأردنية عن خطة جديدة لدعم المزارعين في وادي الأردن بعد موسم جفاف طويل.';

test('text files take metadata from flags, a sidecar FILE.json, or the file name', async () => {
  const d = join(t.dir, 'text');
  mkdirSync(join(d, 'sub'), { recursive: true });
  writeFileSync(join(d, 'a.txt'), AR1);
  writeFileSync(join(d, 'a.json'), JSON.stringify({ id: 'oman-visit', published: '2025-05-11', outlet: 'وكالة الأنباء العمانية', title: 'زيارة' }));
  writeFileSync(join(d, 'sub', 'jordan-2025-03-02.txt'), AR2);
  const items = await readAll([d], { meta: { outlet: 'صحيفة الرأي', url: 'https://ignored.example/' } });
  assert.equal(fails(items).length, 0);
  const [a, b] = oks(items);
  assert.equal(items.length, 2, 'the sidecar is not an article');
  assert.equal(a!.id, 'oman-visit');
  assert.equal(a!.published, '2025-05-11');
  assert.equal(a!.outlet, 'وكالة الأنباء العمانية');
  assert.equal(a!.text, AR1);
  assert.equal(a!.url, null, '--url is ignored when several inputs are read');
  assert.equal(b!.published, '2025-03-02');
  assert.equal(b!.outlet, 'صحيفة الرأي');
  const single = oks(await readAll([join(d, 'sub', 'jordan-2025-03-02.txt')], { meta: { url: 'https://x.example/1', title: 'ت', published: '2025-03-05' } }));
  assert.equal(single[0]!.url, 'https://x.example/1');
  assert.equal(single[0]!.published, '2025-03-05', 'a flag beats the file name');
});

test('encodings: UTF-8 with BOM, UTF-16 LE/BE with BOM, windows-1256', async () => {
  const d = join(t.dir, 'enc');
  mkdirSync(d);
  writeFileSync(join(d, 'bom8.txt'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(AR2)]));
  writeFileSync(join(d, 'le.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(AR2, 'utf-16le')]));
  writeFileSync(join(d, 'be.txt'), Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(AR2, 'utf-16be')]));
  writeFileSync(join(d, 'cp.txt'), iconv.encode(AR2, 'windows-1256'));
  const arts = oks(await readAll([d]));
  assert.equal(arts.length, 4);
  for (const a of arts) assert.equal(a.text, AR2, a.origin ?? '');
});

test('JSONL: valid lines are read, a truncated line and schema errors are reported with file:line', async () => {
  const f = join(t.dir, 'batch.jsonl');
  const lines = [
    JSON.stringify({ id: 'j1', text: AR1, published: '2025-05-11', outlet: 'أ', url: 'https://a.example/1', title: 'ع' }),
    JSON.stringify({ id: 'j2', text: '   ' }),
    '',
    JSON.stringify({ id: 'j3', text: AR2, published: '11/05/2025' }),
    JSON.stringify({ id: 4, text: AR2, lang: 'ar' }),
    JSON.stringify({ id: 'j5', text: AR1 }).slice(0, 40),
  ];
  writeFileSync(f, lines.join('\n'));
  const items = await readAll([f], { meta: { outlet: 'افتراضي' } });
  const good = oks(items);
  assert.deepEqual(good.map((a) => a.id), ['j1', '4']);
  assert.equal(good[0]!.origin, `${f}:1`);
  assert.equal(good[1]!.outlet, 'افتراضي');
  const bad = fails(items);
  assert.deepEqual(bad.map((b) => b.origin), [`${f}:2`, `${f}:4`, `${f}:6`]);
  assert.match(bad[0]!.reason, /text is empty/);
  assert.match(bad[1]!.reason, /published/);
  assert.match(bad[2]!.reason, /invalid JSON/);
});

const PAGE = `<!doctype html><html lang="ar"><head><meta charset="utf-8"><title>عنوان الصفحة | الموقع</title>
<meta property="og:title" content="وزير الخارجية العماني في طهران">
<meta property="og:site_name" content="الموقع الإخباري">
<meta property="article:published_time" content="2025-05-11T08:30:00+04:00">
<link rel="canonical" href="/news/123"></head>
<body><nav><a href="/">الرئيسية</a> <a href="/world">العالم</a></nav>
<article><h1>وزير الخارجية العماني في طهران</h1>
<p>وصل وزير الخارجية العماني إلى طهران صباح اليوم في زيارة رسمية تستغرق يومين، يلتقي خلالها كبار المسؤولين.</p>
<p>وقال مصدر دبلوماسي إن الزيارة تأتي في إطار الوساطة العمانية<br>بين واشنطن وطهران.</p>
<script>var x = "لا تظهر";</script></article><footer>جميع الحقوق محفوظة</footer></body></html>`;

test('HTML: Readability keeps paragraph breaks; title, date, site name and canonical URL are read', () => {
  const h = extractHtml(PAGE, 'https://news.example/world/x?utm=1');
  assert.equal(h.title, 'وزير الخارجية العماني في طهران');
  assert.equal(h.published, '2025-05-11');
  assert.equal(h.outlet, 'الموقع الإخباري');
  assert.equal(h.url, 'https://news.example/news/123');
  assert.equal(h.lang, 'ar');
  assert.match(h.text, /يلتقي خلالها كبار المسؤولين\.\n\nوقال مصدر/);
  assert.match(h.text, /الوساطة العمانية\nبين واشنطن/);
  assert.doesNotMatch(h.text, /لا تظهر|الرئيسية|جميع الحقوق/);
});

test('malformed inputs are reported per file and skipped: broken HTML, binary, empty, white space, too large, missing', async () => {
  const d = join(t.dir, 'bad');
  mkdirSync(d);
  writeFileSync(join(d, 'broken.html'), '<html><head><title>نص مقطوع</title><meta name="x" content="');
  writeFileSync(join(d, 'unclosed.html'), '<html><body><div><p>نص عربي طويل بما يكفي ليكون خبرا حقيقيا عن اجتماع في عمان<p>وفقرة ثانية');
  writeFileSync(join(d, 'image.bin'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]));
  writeFileSync(join(d, 'empty.txt'), '');
  writeFileSync(join(d, 'blank.txt'), ' \n\t\n ');
  writeFileSync(join(d, 'good.txt'), AR2);
  // a 50 MB file, made sparse so the test stays fast
  const big = join(d, 'huge.txt');
  const fd = openSync(big, 'w');
  ftruncateSync(fd, 50 * 1024 * 1024);
  closeSync(fd);
  const items = await readAll([d, join(t.dir, 'nope.txt')]);
  const byFile = new Map(fails(items).map((f) => [f.origin.split('/').pop(), f.reason]));
  assert.match(byFile.get('nope.txt')!, /not found/);
  assert.match(byFile.get('broken.html')!, /no article text/);
  assert.match(byFile.get('image.bin')!, /binary/);
  assert.match(byFile.get('empty.txt')!, /empty/);
  assert.match(byFile.get('blank.txt')!, /white space/);
  assert.match(byFile.get('huge.txt')!, /50\.0 MB, above the 20\.0 MB limit/);
  assert.deepEqual(oks(items).map((a) => a.origin!.split('/').pop()), ['good.txt', 'unclosed.html']);
  assert.equal(DEFAULT_MAX_BYTES, 20 * 1024 * 1024);
});

const RSS = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>أخبار الخليج</title>
<item><title>اجتماع في مسقط</title><link>LINK1</link><guid>g-1</guid><pubDate>Sun, 11 May 2025 09:00:00 +0400</pubDate>
<description><![CDATA[<p>ملخص قصير</p>]]></description></item>
<item><title>قمة اقتصادية</title><link>LINK2</link><pubDate>Mon, 12 May 2025 22:30:00 GMT</pubDate>
<content:encoded><![CDATA[<p>انطلقت في الدوحة أعمال القمة الاقتصادية الخليجية بمشاركة وزراء المالية.</p><p>وتناقش القمة تنويع مصادر الدخل.</p>]]></content:encoded></item>
<item><title>بلا نص</title><link>http://127.0.0.1:1/none</link></item>
</channel></rss>`;

const ATOM = `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>موجز</title>
<entry><title>خبر أول</title><link rel="alternate" href="https://atom.example/1"/><id>urn:x:1</id><published>2025-04-02T10:00:00Z</published>
<content type="html">&lt;p&gt;أعلنت وزارة الصحة عن حملة تطعيم جديدة تشمل المحافظات الجنوبية كافة.&lt;/p&gt;</content></entry></feed>`;

test('RSS and Atom feed files: one article per item, outlet from the channel', async () => {
  const d = join(t.dir, 'feeds');
  mkdirSync(d);
  writeFileSync(join(d, 'gulf.rss'), RSS.replace('LINK1', 'https://gulf.example/1').replace('LINK2', 'https://gulf.example/2'));
  writeFileSync(join(d, 'brief.xml'), ATOM);
  const items = await readAll([d]);
  const arts = oks(items);
  assert.deepEqual(arts.map((a) => a.title), ['خبر أول', 'قمة اقتصادية']);
  assert.equal(arts[0]!.published, '2025-04-02');
  assert.equal(arts[0]!.outlet, 'موجز');
  assert.equal(arts[1]!.url, 'https://gulf.example/2');
  assert.equal(arts[1]!.published, '2025-05-12');
  assert.match(arts[1]!.text, /وزراء المالية\.\n\nوتناقش/);
  // feed files are read offline: a two-word summary is too short to be an article, the last item is empty
  assert.deepEqual(fails(items).map((f) => f.origin.split('#')[1]), ['item1', 'item3']);
  assert.equal(parseFeed(ATOM).kind, 'atom');
});

test('feed URLs: items with only a summary are fetched from their page (local HTTP server)', async () => {
  let hits = 0;
  const server = createServer((req, res) => {
    hits++;
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    if (req.url === '/feed.xml') {
      res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' });
      res.end(RSS.replace('LINK1', `${base}/article/1`).replace('LINK2', `${base}/article/2`));
    } else if (req.url === '/article/1') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(PAGE);
    } else if (req.url === '/page') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(PAGE);
    } else {
      res.writeHead(404);
      res.end();
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  try {
    const items = await readAll([`${base}/feed.xml`, `${base}/page`, `${base}/missing`]);
    const arts = oks(items);
    assert.equal(arts.length, 3);
    assert.match(arts[0]!.text, /يلتقي خلالها كبار المسؤولين/, 'summary replaced by the page text');
    assert.equal(arts[0]!.title, 'اجتماع في مسقط');
    assert.equal(arts[0]!.outlet, 'أخبار الخليج');
    assert.match(arts[1]!.text, /القمة الاقتصادية/, 'full content kept, page not needed');
    assert.equal(arts[2]!.url, `${base}/news/123`);
    assert.equal(arts[2]!.outlet, 'الموقع الإخباري');
    const bad = fails(items);
    assert.ok(bad.some((b) => b.origin === `${base}/missing` && /HTTP 404/.test(b.reason)));
    assert.ok(bad.some((b) => /item3/.test(b.origin)));
    assert.ok(hits >= 4);
  } finally {
    server.close();
  }
});

test('dates: ISO keeps the written day, RFC 822 parsed, file names', () => {
  assert.equal(toDay('2025-05-11T23:30:00-05:00'), '2025-05-11');
  assert.equal(toDay('Sun, 11 May 2025 09:00:00 +0400'), '2025-05-11');
  assert.equal(toDay('2025-02-30'), null);
  assert.equal(toDay('not a date'), null);
  assert.equal(dayFromFileName('snn-paper-2015-08-07-0129.txt'), '2015-08-07');
  assert.equal(dayFromFileName('wire-1101-20170605.txt'), '2017-06-05');
  assert.equal(dayFromFileName('notes-12345678.txt'), null);
});
