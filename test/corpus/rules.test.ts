// The documented rules as pure functions: duplicate thresholds, the event merge rule, the PLOVER
// mapping, GraphML escaping.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  contentHash, fingerprint, nearDuplicate, jaccard, NEAR_JACCARD, NEAR_CONTAINMENT, MIN_SHINGLES, shingles,
} from '../../src/store/dedup.ts';
import { actorKey, dayRange, mergeKey, modalityGroup, overlaps, pickCandidate, timexRange, eventModality } from '../../src/store/merge.ts';
import { ploverCategory, toPlover, QUAD_CODE } from '../../src/export/plover.ts';
import { toGraphml, xmlEscape } from '../../src/export/formats.ts';
import { ftsTerms, parseQuery, snippet, tsQuery, fts5Query } from '../../src/store/fts.ts';
import { checkXml } from './xml.ts';
import { analysis } from './helpers.ts';

const BODY = [
  'قالت وزارة الخارجية القطرية في بيان صدر مساء اليوم إن الوسطاء توصلوا إلى تفاهم مبدئي حول تبادل الأسرى بين الطرفين،',
  'على أن يبدأ تنفيذ المرحلة الأولى منه خلال الأيام المقبلة بإشراف اللجنة الدولية للصليب الأحمر وبمشاركة ممثلين عن الدول الضامنة.',
  'وأضاف البيان أن المحادثات التي استمرت ثلاثة أيام في الدوحة تناولت أيضا إدخال المساعدات الإنسانية وإعادة فتح المعابر الحدودية،',
  'مشيرا إلى أن الجولة المقبلة ستخصص لبحث الترتيبات الأمنية في المناطق الحدودية وآليات مراقبة وقف إطلاق النار بين الجانبين.',
].join(' ');

test('exact duplicates: the hash ignores diacritics, hamza forms, punctuation and spacing', () => {
  const a = 'أعلنت الحكومةُ، اليومَ: خطةً جديدة!';
  const b = 'اعلنت   الحكومة اليوم خطة جديدة';
  assert.equal(contentHash(a), contentHash(b));
  assert.notEqual(contentHash(a), contentHash('أعلنت الحكومة اليوم خطة قديمة'));
});

test('near duplicates: a syndicated copy with small edits matches, a trimmed copy matches by containment, another text does not', () => {
  const orig = shingles(BODY);
  assert.ok(orig.size >= MIN_SHINGLES);
  const edited = shingles('الدوحة (وكالات) - ' + BODY.replace('مساء اليوم', 'ليل الأحد').replace('ثلاثة أيام', 'أربعة أيام'));
  const j = jaccard(orig, edited);
  assert.ok(j >= NEAR_JACCARD && j < 1, `jaccard ${j}`);
  assert.equal(nearDuplicate(orig, edited), j);
  const half = shingles(BODY.slice(0, Math.floor(BODY.length * 0.55)));
  assert.ok(jaccard(orig, half) < NEAR_JACCARD);
  assert.ok(nearDuplicate(orig, half)! >= NEAR_CONTAINMENT);
  const other = shingles(BODY.split(' ').reverse().join(' '));
  assert.equal(nearDuplicate(orig, other), null);
  const short = shingles('خبر قصير جدا من خمس كلمات');
  assert.equal(nearDuplicate(short, short), null, 'too short for near matching');
  // LSH: the edited copy shares bands with the original
  const fa = fingerprint(BODY);
  const fb = fingerprint('الدوحة (وكالات) - ' + BODY.replace('مساء اليوم', 'ليل الأحد'));
  assert.ok(fa.bands.some((b) => fb.bands.includes(b)));
});

test('merge rule: types, modality groups, symmetric pairs, actorless events', () => {
  const base = { type: 'CONSULT' as const, modality: 'asserted' as const, sources: ['b', 'a'], targets: ['c'] };
  assert.equal(actorKey(base), '~a,b,c');
  assert.equal(actorKey({ ...base, sources: ['c'], targets: ['a', 'b'] }), '~a,b,c', 'CONSULT is symmetric');
  assert.equal(actorKey({ ...base, type: 'ACCUSE' }), 'a,b>c');
  assert.notEqual(actorKey({ ...base, type: 'ACCUSE' }), actorKey({ ...base, type: 'ACCUSE', sources: ['c'], targets: ['a', 'b'] }));
  assert.equal(actorKey({ ...base, type: 'ACCUSE', symmetric: true }), '~a,b,c', 'the event can say it is symmetric');
  assert.equal(actorKey({ ...base, sources: [], targets: [] }), null);
  assert.equal(mergeKey({ ...base, modality: 'future' }, 'x'), mergeKey(base, 'y'), 'future and asserted merge');
  assert.notEqual(mergeKey({ ...base, modality: 'denied' }, 'x'), mergeKey(base, 'x'));
  assert.equal(modalityGroup('hypothetical'), modalityGroup('conditional'));
  assert.notEqual(mergeKey({ ...base, sources: [], targets: [] }, 'doc1#e1'), mergeKey({ ...base, sources: [], targets: [] }, 'doc2#e1'));
  assert.equal(eventModality(['future', 'asserted']), 'asserted');
  assert.equal(eventModality(['future', 'conditional', 'future']), 'future');
});

test('merge rule: dates — same day, coarser or missing dates are compatible, different days are not', () => {
  assert.deepEqual(timexRange('2025-05'), { start: '2025-05-01', end: '2025-05-31' });
  assert.deepEqual(timexRange('2024-02'), { start: '2024-02-01', end: '2024-02-29' });
  assert.deepEqual(timexRange('2025-W19'), { start: '2025-05-05', end: '2025-05-11' });
  assert.deepEqual(timexRange('2025-05-08T10:30'), { start: '2025-05-08', end: '2025-05-08' });
  assert.deepEqual(timexRange('2025-Q2'), { start: '2025-04-01', end: '2025-06-30' });
  assert.equal(timexRange('PAST_REF'), null);
  const day = dayRange('2025-05-08', '2025-05-09');
  assert.ok(overlaps(day, dayRange('2025-05-08', '2025-05-20')));
  assert.ok(overlaps(day, dayRange('2025-05', '2025-05-20')));
  assert.ok(!overlaps(day, dayRange('2025-05-09', null)));
  assert.ok(overlaps(day, dayRange(null, '2025-05-09')), 'undated: reported within two days');
  assert.ok(!overlaps(day, dayRange(null, '2025-05-20')));
  assert.ok(overlaps(day, dayRange('PAST_REF', '2025-05-30')));
  assert.ok(overlaps(day, dayRange(null, null)), 'nothing known: compatible');
  const cands = [
    { id: 'month', date: '2025-05', seq: 1, range: dayRange('2025-05', null) },
    { id: 'd8', date: '2025-05-08', seq: 2, range: dayRange('2025-05-08', null) },
    { id: 'd9', date: '2025-05-09', seq: 3, range: dayRange('2025-05-09', null) },
  ];
  assert.equal(pickCandidate({ date: '2025-05-09', range: dayRange('2025-05-09', null) }, cands)!.id, 'd9');
  assert.equal(pickCandidate({ date: '2025-05', range: dayRange('2025-05', null) }, cands)!.id, 'month', 'same date string first');
  assert.equal(pickCandidate({ date: null, range: dayRange(null, '2025-05-10') }, cands)!.id, 'd8', 'narrowest, then oldest');
  assert.equal(pickCandidate({ date: '2025-06-01', range: dayRange('2025-06-01', null) }, cands), null);
});

test('PLOVER mapping of type + modality is deterministic and documented', () => {
  const cases: [string, string, string | null][] = [
    ['CONSULT', 'future', 'AGREE'], ['SUPPORT', 'future', 'AGREE'], ['COOPERATE', 'future', 'AGREE'], ['AID', 'future', 'AGREE'],
    ['CONSULT', 'asserted', 'CONSULT'], ['RETREAT', 'future', 'CONCEDE'], ['RETREAT', 'asserted', 'RETREAT'],
    ['ASSAULT', 'conditional', 'THREATEN'], ['ASSAULT', 'future', 'THREATEN'], ['ASSAULT', 'asserted', 'ASSAULT'],
    ['SANCTION', 'conditional', 'THREATEN'], ['REQUEST', 'future', 'REQUEST'],
    ['CONSULT', 'denied', null], ['ASSAULT', 'negated', null], ['AID', 'hypothetical', null],
  ];
  for (const [type, modality, want] of cases) {
    const got = ploverCategory(type as never, null, modality as never);
    assert.equal(got?.event ?? null, want, `${type} + ${modality}`);
  }
  assert.deepEqual(ploverCategory('ASSAULT', 'aerial', 'conditional'), { event: 'THREATEN', mode: 'violence', negated: false });
  assert.deepEqual(ploverCategory('COERCE', 'arrest', 'conditional'), { event: 'THREATEN', mode: 'arrest', negated: false });
  assert.deepEqual(ploverCategory('CONSULT', 'visit', 'denied', { keepNegated: true }), { event: 'CONSULT', mode: 'visit', negated: true });
  assert.equal(QUAD_CODE.AGREE, 1);
  assert.equal(QUAD_CODE.ASSAULT, 4);
});

test('toPlover on one analysis (what `analyze --format plover` uses)', () => {
  const text = 'أعلن عباس عراقجي أنه سيزور القاهرة الأسبوع المقبل للقاء عبد الفتاح السيسي.';
  const an = analysis(text, '2025-05-08', ['araghchi', 'sisi'], [
    { type: 'CONSULT', sources: ['abbas-araghchi'], targets: ['abdel-fattah-el-sisi'], trigger: 'سيزور', date: '2025-W20', modality: 'future', mode: 'visit' },
    { type: 'CONSULT', sources: ['abbas-araghchi'], targets: ['abdel-fattah-el-sisi'], trigger: 'للقاء', date: null, modality: 'denied' },
  ]);
  const withId = { ...an, document: { ...an.document, id: 'doc-7' } };
  const r = toPlover(withId.events[0]!, withId);
  assert.ok(r);
  assert.deepEqual(r.event, ['AGREE']);
  assert.deepEqual(r.mode, []);
  assert.equal(r.id, 'doc-7:e1');
  assert.equal(r.date, '2025-05-08', 'a week is not a day: the publication date');
  assert.equal(r.actor[0]!.entity_text, 'Abbas Araghchi');
  assert.equal(r.actor[0]!.code, 'IRN');
  assert.equal(r.recipient[0]!.identifier_id, 'Q57413');
  assert.equal(r.event_text, 'سيزور');
  assert.equal(r.marsad.type, 'CONSULT');
  assert.equal(r.marsad.modality, 'future');
  assert.equal(toPlover(withId.events[1]!, withId), null);
  assert.equal(toPlover(withId.events[1]!, withId, { keepNegated: true })!.negated, true);
  const ctx = toPlover(withId.events[0]!, { actors: withId.actors, text, published: '2025-05-08', cite: { url: 'https://x.example/' } });
  assert.equal(ctx!.text, text.slice(withId.events[0]!.evidence.start, withId.events[0]!.evidence.end));
  assert.equal(ctx!.cite_info!.url, 'https://x.example/');
});

test('GraphML: escaped labels, well-formed, undirected pair weights summed', () => {
  const xml = toGraphml({
    nodes: [
      { id: 'a&b', name: 'A <&> "B"', names: { ar: 'أ' }, type: 'ORG', country: null, events: 3 },
      { id: 'c', name: "C's", names: {}, type: 'GPE', country: 'IRN', events: 2 },
    ],
    edges: [
      { source: 'a&b', target: 'c', weight: 2, byQuad: { verbalCoop: 2, materialCoop: 0, verbalConflict: 0, materialConflict: 0 }, byType: { CONSULT: 2 } },
      { source: 'c', target: 'a&b', weight: 1, byQuad: { verbalCoop: 0, materialCoop: 0, verbalConflict: 1, materialConflict: 0 }, byType: { ACCUSE: 1 } },
    ],
  });
  checkXml(xml);
  assert.match(xml, /<edge id="e1" source="a&amp;b" target="c">\s*<data key="weight">3<\/data>/);
  assert.match(xml, /A &lt;&amp;&gt; &quot;B&quot;/);
  assert.equal(xmlEscape('x\u0001y'), 'xy');
  assert.throws(() => checkXml('<a><b></a></b>'));
  assert.throws(() => checkXml('<a x="1 & 2"/>'));
  assert.throws(() => checkXml('<a/><b/>'));
});

test('full-text terms: normalised, clitics stripped, phrases; snippets are original text', () => {
  assert.deepEqual(ftsTerms('وبالمفاوضات الإيرانيّة'), ftsTerms('مفاوضات الايرانية'));
  const p = parseQuery('"الملف النووي" وطهران');
  assert.equal(p.groups.length, 2);
  assert.equal(fts5Query(p), `"${ftsTerms('الملف النووي').join(' ')}" AND "${ftsTerms('طهران')[0]}"`);
  assert.equal(tsQuery(p), `(${ftsTerms('الملف النووي').join(' <-> ')}) & ${ftsTerms('طهران')[0]}`);
  assert.equal(fts5Query(parseQuery('a" OR b')), '"a" AND "or" AND "b"');
  const text = 'مقدمة طويلة. ' + 'كلام '.repeat(40) + 'وصل الوفد إلى طهرانَ أمس. ' + 'ختام '.repeat(40);
  const s = snippet(text, parseQuery('طهران'));
  assert.match(s, /طهرانَ/, 'the original, diacritised form is shown');
  assert.ok(s.startsWith('… ') && s.endsWith(' …'));
});
