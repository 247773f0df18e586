// The store against real databases: SQLite in a temp dir, PostgreSQL in a fresh schema.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { openStore } from '../../src/store/open.ts';
import type { Store } from '../../src/store/types.ts';
import { analysis, pgSchema, pgSkipMessage, pgUnreachable, tempDir } from './helpers.ts';
import { SCHEMA_VERSION } from '../../src/store/migrations.ts';
import { PLOVER_TYPES } from '../../src/model/types.ts';

// Two reports of the same meeting, in different words, from two outlets.
const MEET_A = 'استقبل الرئيس عبد الفتاح السيسي في القاهرة يوم الخميس وزير الخارجية عباس عراقجي. وبحث الجانبان تطورات الأوضاع في المنطقة والعلاقات الثنائية بين مصر وإيران.';
const MEET_B = 'التقى عباس عراقجي أمس بالرئيس المصري عبد الفتاح السيسي في العاصمة المصرية. وناقش اللقاء الملف النووي ومستقبل التعاون بين البلدين في مجالات التجارة والسياحة.';
const MEET_C = 'قالت مصادر دبلوماسية إن عبد الفتاح السيسي اجتمع هذا الشهر مع عباس عراقجي في القاهرة لبحث ملفات إقليمية.';
const MEET_LATER = 'اجتمع عبد الفتاح السيسي مرة أخرى مع عباس عراقجي في العشرين من مايو لمتابعة ما اتفق عليه سابقا.';
const DENIAL = 'نفت الرئاسة أن يكون عبد الفتاح السيسي قد التقى عباس عراقجي، مؤكدة أن الزيارة لم تتم.';

const LONG = [
  'أعلنت وزارة الخارجية العمانية أن جولة جديدة من المفاوضات غير المباشرة بين الولايات المتحدة وإيران ستعقد في مسقط الأسبوع المقبل،',
  'وذلك بعد أن أبدى الطرفان رغبتهما في مواصلة الحوار حول البرنامج النووي ورفع العقوبات الاقتصادية المفروضة على طهران منذ سنوات.',
  'وأضافت الوزارة في بيان رسمي أن الوفدين سيتبادلان الرسائل عبر الوسيط العماني كما جرى في الجولات السابقة التي وصفت بأنها بناءة،',
  'فيما أكد مسؤولون أميركيون أن واشنطن تنتظر ردا مكتوبا على مقترحها الأخير قبل تحديد موعد الجولة التالية من المحادثات.',
].join(' ');
// a syndicated copy: a different lead-in, two words changed, the same body
const LONG_COPY = 'مسقط - وكالات: ' + LONG.replace('جديدة', 'خامسة').replace('بناءة', 'إيجابية');
const OTHER = [
  'شهدت العاصمة الأردنية عمان اليوم مؤتمرا اقتصاديا إقليميا بمشاركة وزراء المالية في عدد من الدول العربية،',
  'ناقش خلاله المشاركون سبل تعزيز التجارة البينية وتسهيل حركة الاستثمارات عبر الحدود وتطوير شبكات النقل والطاقة المشتركة،',
  'كما بحثوا أثر ارتفاع أسعار الفائدة العالمية على موازنات الدول المستوردة للنفط وخطط دعم الشركات الصغيرة والمتوسطة.',
].join(' ');

function backendSuite(name: string, open: () => Promise<{ store: Store; reopen: () => Promise<Store>; cleanup: () => Promise<void> }>): void {
  describe(`store (${name})`, () => {
    let store: Store;
    let reopen: () => Promise<Store>;
    let cleanup: () => Promise<void>;
    before(async () => {
      ({ store, reopen, cleanup } = await open());
    });
    after(async () => {
      await store.close();
      await cleanup();
    });

    test('an article and its analysis round-trip; putting it again changes nothing', async () => {
      const an = analysis(MEET_A, '2025-05-08', ['sisi', 'araghchi', 'egy', 'irn'], [
        { type: 'CONSULT', sources: ['abbas-araghchi'], targets: ['abdel-fattah-el-sisi'], trigger: 'استقبل', date: '2025-05-08' },
      ]);
      const r1 = await store.putArticle({ id: 'meet-a', text: MEET_A, published: '2025-05-08', outlet: 'وكالة الأنباء أ', url: 'https://a.example/1', title: 'لقاء في القاهرة' }, an, { engineVersion: 't1' });
      assert.equal(r1.status, 'ingested');
      assert.equal(r1.articleId, 'meet-a');
      assert.equal(r1.events.length, 1);
      const before = await store.stats();
      const r2 = await store.putArticle({ id: 'meet-a', text: MEET_A, published: '2025-05-08', outlet: 'وكالة الأنباء أ' }, an, { engineVersion: 't1' });
      assert.equal(r2.status, 'unchanged');
      assert.deepEqual(r2.events, r1.events);
      assert.deepEqual(await store.stats(), before);
      const got = await store.getArticle('meet-a');
      assert.ok(got);
      assert.equal(got.text, MEET_A);
      assert.equal(got.title, 'لقاء في القاهرة');
      assert.equal(got.analysed, true);
      assert.equal(got.engineVersion, 't1');
      assert.equal(got.analysis?.events.length, 1);
      assert.equal(got.counts.mentions, 4);
      assert.equal(before.articles, 1);
      assert.equal(before.actors, 4);
    });

    test('two reports of the same meeting in different words merge into one event with two reports', async () => {
      // B: the visitor/host order is reversed (CONSULT is symmetric) and the date is "yesterday"
      const an = analysis(MEET_B, '2025-05-09', ['sisi', 'araghchi'], [
        { type: 'CONSULT', sources: ['abdel-fattah-el-sisi'], targets: ['abbas-araghchi'], trigger: 'التقى', date: '2025-05-08' },
      ]);
      const r = await store.putArticle({ id: 'meet-b', text: MEET_B, published: '2025-05-09', outlet: 'صحيفة ب' }, an);
      assert.equal(r.status, 'ingested');
      const a = await store.getArticle('meet-a');
      const evA = (await store.queryEvents({ article: 'meet-a' })).rows;
      assert.equal(evA.length, 1);
      assert.deepEqual(r.events, [evA[0]!.id]);
      const ev = await store.getEvent(evA[0]!.id);
      assert.ok(ev && a);
      assert.equal(ev.type, 'CONSULT');
      assert.equal(ev.numReports, 2);
      assert.equal(ev.numArticles, 2);
      assert.equal(ev.numSources, 2);
      assert.equal(ev.date, '2025-05-08');
      assert.deepEqual(ev.reports!.map((x) => x.articleId), ['meet-a', 'meet-b']);
      assert.equal(ev.reports![1]!.trigger!.text, 'التقى');
      assert.equal(MEET_B.slice(ev.reports![1]!.evidence!.start, ev.reports![1]!.evidence!.end), ev.reports![1]!.evidence!.text);
    });

    test('a vaguer date (the month) merges; another day and a denial do not', async () => {
      const c = await store.putArticle({ id: 'meet-c', text: MEET_C, published: '2025-05-12', outlet: 'وكالة الأنباء أ' },
        analysis(MEET_C, '2025-05-12', ['sisi', 'araghchi'], [
          { type: 'CONSULT', sources: ['abdel-fattah-el-sisi'], targets: ['abbas-araghchi'], trigger: 'اجتمع', date: '2025-05', attribution: ['مصادر دبلوماسية'] },
        ]));
      const later = await store.putArticle({ id: 'meet-later', text: MEET_LATER, published: '2025-05-21', outlet: 'صحيفة ب' },
        analysis(MEET_LATER, '2025-05-21', ['sisi', 'araghchi'], [
          { type: 'CONSULT', sources: ['abdel-fattah-el-sisi'], targets: ['abbas-araghchi'], trigger: 'اجتمع', date: '2025-05-20' },
        ]));
      const denial = await store.putArticle({ id: 'denial', text: DENIAL, published: '2025-05-09', outlet: 'صحيفة ج' },
        analysis(DENIAL, '2025-05-09', ['sisi', 'araghchi'], [
          { type: 'CONSULT', sources: ['abdel-fattah-el-sisi'], targets: ['abbas-araghchi'], trigger: 'التقى', date: null, modality: 'denied' },
        ]));
      const first = (await store.queryEvents({ article: 'meet-a' })).rows[0]!;
      assert.deepEqual(c.events, [first.id]);
      assert.notEqual(later.events[0], first.id);
      assert.notEqual(denial.events[0], first.id);
      const merged = await store.getEvent(first.id);
      assert.equal(merged!.numReports, 3);
      assert.equal(merged!.numSources, 2); // outlets أ and ب
      assert.equal(merged!.date, '2025-05-08'); // the most precise date wins
      assert.deepEqual(merged!.reports![2]!.attribution, ['مصادر دبلوماسية']);
      const all = await store.queryEvents({ type: 'CONSULT' });
      assert.equal(all.total, 3);
      const neg = await store.queryEvents({ modality: 'denied' });
      assert.equal(neg.total, 1);
    });

    test('query filters: actor, pair, type, dates, outlet, paging', async () => {
      await store.putArticle({ id: 'oman', text: LONG, published: '2025-04-10', outlet: 'صحيفة ج' },
        analysis(LONG, '2025-04-10', ['omn', 'usa', 'irn'], [
          { type: 'CONSULT', sources: ['usa'], targets: ['irn'], mediators: ['omn'], trigger: 'المفاوضات', date: '2025-04-19', modality: 'future', mode: 'third-party' },
          { type: 'REQUEST', sources: ['usa'], targets: ['irn'], trigger: 'تنتظر', date: null },
        ]));
      assert.equal((await store.queryEvents({ actor: 'usa' })).total, 2);
      assert.equal((await store.queryEvents({ actor: ['usa', 'abbas-araghchi'] })).total, 5);
      assert.equal((await store.queryEvents({ pair: ['irn', 'usa'] })).total, 2);
      assert.equal((await store.queryEvents({ pair: ['usa', 'omn'] })).total, 1); // mediator counts
      assert.equal((await store.queryEvents({ pair: ['usa', 'egy'] })).total, 0);
      assert.equal((await store.queryEvents({ type: ['REQUEST', 'ACCUSE'] })).total, 1);
      assert.equal((await store.queryEvents({ modality: 'future' })).total, 1);
      assert.equal((await store.queryEvents({ from: '2025-05-01', to: '2025-05-31' })).total, 3);
      assert.equal((await store.queryEvents({ from: '2025-04-01', to: '2025-04-30' })).total, 2);
      assert.equal((await store.queryEvents({ to: '2025-04-09' })).total, 1); // the undated request: published window
      assert.equal((await store.queryEvents({ outlet: 'صحيفة ب' })).total, 2);
      const p1 = await store.queryEvents({ limit: 2 });
      const p2 = await store.queryEvents({ limit: 2, offset: 2 });
      assert.equal(p1.total, 5);
      assert.equal(p1.rows.length, 2);
      assert.equal(p2.rows.length, 2);
      assert.equal(new Set([...p1.rows, ...p2.rows].map((e) => e.id)).size, 4);
      assert.equal(p1.rows[0]!.dayStart, '2025-05-20'); // newest first
      const withReps = await store.queryEvents({ actor: 'omn' }, { withReports: true });
      assert.equal(withReps.rows[0]!.reports!.length, 1);
      assert.equal(withReps.rows[0]!.reports![0]!.outlet, 'صحيفة ج');
      const streamed: string[] = [];
      for await (const e of store.streamEvents({})) streamed.push(e.id);
      assert.equal(streamed.length, 5);
    });

    test('actors resolve by id, English or Arabic name (spelling variants), and have a profile', async () => {
      assert.deepEqual((await store.resolveActor('irn')).map((m) => m.id), ['irn']);
      assert.deepEqual((await store.resolveActor('iran')).map((m) => m.id), ['irn']);
      assert.deepEqual((await store.resolveActor('ايران')).map((m) => m.id), ['irn']); // hamza folded
      assert.deepEqual((await store.resolveActor('عبد الفتاح السيسى')).map((m) => m.id), ['abdel-fattah-el-sisi']);
      assert.deepEqual(await store.resolveActor('nobody at all'), []);
      const p = await store.actorProfile('abdel-fattah-el-sisi');
      assert.ok(p);
      assert.equal(p.actor.numEvents, 3);
      assert.equal(p.actor.numMentions, 5);
      assert.equal(p.counterparts[0]!.actor, 'abbas-araghchi');
      assert.equal(p.counterparts[0]!.count, 3);
      assert.equal(p.counterparts[0]!.types.CONSULT, 3);
      assert.equal(p.timeline.length, 3);
      assert.equal(p.timeline[0]!.day, '2025-05-20');
      assert.deepEqual(p.sources.map((s) => s.outlet).sort(), ['صحيفة ب', 'صحيفة ج', 'وكالة الأنباء أ'].sort());
      const net = await store.network({ topN: 10 });
      const e = net.edges.find((x) => [x.source, x.target].sort().join() === 'abbas-araghchi,abdel-fattah-el-sisi');
      assert.equal(e?.weight, 3);
      assert.equal(e?.byQuad.verbalCoop, 3);
      const tl = await store.timeline({ pair: ['abdel-fattah-el-sisi', 'abbas-araghchi'], bucket: 'month' });
      assert.deepEqual(tl.map((x) => [x.bucket, x.count]), [['2025-05', 3]]);
    });

    test('exact and near duplicates join the story; a different article starts its own', async () => {
      const orig = await store.putArticle({ id: 'long-1', text: LONG, published: '2025-04-10', outlet: 'موقع د' }, null);
      assert.equal(orig.status, 'duplicate'); // the same text as "oman", from another outlet
      assert.equal(orig.duplicateOf, 'oman');
      const copy = await store.putArticle({ id: 'long-copy', text: LONG_COPY, published: '2025-04-10', outlet: 'موقع هـ' }, null);
      assert.equal(copy.status, 'near-duplicate');
      assert.equal(copy.storyId, 'oman');
      assert.ok(copy.similarity! >= 0.6 && copy.similarity! < 1);
      const other = await store.putArticle({ id: 'other', text: OTHER, published: '2025-04-10', outlet: 'موقع هـ' }, null);
      assert.equal(other.status, 'ingested');
      assert.equal(other.storyId, 'other');
      const st = await store.stats();
      assert.equal(st.exactDuplicates, 1);
      assert.equal(st.nearDuplicates, 1);
      assert.equal((await store.listArticles({ storyId: 'oman' })).total, 3);
    });

    test('Arabic-aware search: hamza, clitics, phrases; snippets from the original text', async () => {
      const r = await store.search('مفاوضات');
      assert.ok(r.total >= 3, `found ${r.total}`);
      assert.ok(r.rows[0]!.snippet.includes('المفاوضات'));
      const hamza = await store.search('ايران');
      assert.ok(hamza.rows.some((h) => h.articleId === 'meet-a'));
      const clitic = await store.search('البلدين');
      assert.deepEqual(clitic.rows.map((h) => h.articleId), ['meet-b']);
      const phrase = await store.search('"الملف النووي"');
      assert.deepEqual(phrase.rows.map((h) => h.articleId), ['meet-b']);
      assert.equal((await store.search('"النووي الملف"')).total, 0);
      assert.equal((await store.search('زلزال')).total, 0);
      assert.equal((await store.search('  ')).total, 0);
    });

    test('re-analysis replaces reports and re-merges; a text-only article is filled in later', async () => {
      // re-analyse B with no events: the merged meeting keeps A and C
      const first = (await store.queryEvents({ article: 'meet-a' })).rows[0]!;
      const r = await store.putAnalysis('meet-b', analysis(MEET_B, '2025-05-09', ['sisi'], []), { engineVersion: 't2' });
      assert.equal(r.status, 'updated');
      assert.equal((await store.getEvent(first.id))!.numReports, 2);
      // re-analyse "later" with no events: its event disappears
      const laterEv = (await store.queryEvents({ article: 'meet-later' })).rows[0]!.id;
      await store.putAnalysis('meet-later', analysis(MEET_LATER, '2025-05-21', [], []));
      assert.equal(await store.getEvent(laterEv), null);
      const stale = await store.listArticles({ staleFor: 't2' });
      assert.ok(stale.rows.every((a) => a.engineVersion !== 't2'));
      assert.ok(!stale.rows.some((a) => a.id === 'meet-b'));
      // text-only "other" gets its analysis
      const filled = await store.putArticle({ id: 'other', text: OTHER, published: '2025-04-10', outlet: 'موقع هـ' },
        analysis(OTHER, '2025-04-10', [], [{ type: 'COOPERATE', sources: ['egy'], targets: ['irn'], trigger: 'التجارة' }]));
      assert.equal(filled.status, 'updated');
      assert.equal(filled.events.length, 1);
      // changed text under the same id replaces the article
      const changed = await store.putArticle({ id: 'other', text: OTHER + ' وفي ختام المؤتمر صدر بيان مشترك.', published: '2025-04-10' }, null);
      assert.equal(changed.status, 'updated');
      assert.equal((await store.getArticle('other'))!.analysed, false);
      assert.equal((await store.queryEvents({ type: 'COOPERATE' })).total, 0);
    });

    test('the maintained network aggregates equal the network computed from the events', async () => {
      const fast = await store.network({ topN: 100 });
      const slow = await store.network({ topN: 100, type: [...PLOVER_TYPES] });
      assert.ok(fast.nodes.length > 0 && fast.edges.length > 0);
      assert.deepEqual(fast, slow);
    });

    test('dead letters are recorded; migrations are idempotent', async () => {
      await store.recordDeadLetter({ key: 'id:bad', error: 'boom', attempts: 3, payload: { id: 'bad' } });
      const d = await store.listDeadLetters();
      assert.equal(d[0]!.key, 'id:bad');
      assert.equal(d[0]!.attempts, 3);
      const st = await store.stats();
      assert.equal(st.deadLetters, 1);
      assert.equal(st.schemaVersion, SCHEMA_VERSION);
      const again = await reopen();
      assert.equal(await again.migrate(), 0);
      assert.equal((await again.stats()).articles, st.articles);
      await again.close();
    });
  });
}

backendSuite('sqlite', async () => {
  const t = tempDir();
  const file = join(t.dir, 'corpus.db');
  return { store: await openStore(file), reopen: () => openStore(file), cleanup: async () => t.cleanup() };
});

const why = await pgUnreachable();
if (why !== null && process.env.MARSAD_REQUIRE_PG !== '1') {
  test('store (postgres)', { skip: pgSkipMessage(why) }, () => undefined);
} else {
  backendSuite('postgres', async () => {
    const s = (await pgSchema())!;
    return { store: await openStore(s.url), reopen: () => openStore(s.url), cleanup: s.drop };
  });
}
