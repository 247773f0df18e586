import test from 'node:test';
import assert from 'node:assert/strict';
import { segment, tokenize } from '../../src/text/segment.ts';

const sentTexts = (text: string) => segment(text).sentences.map((s) => text.slice(s.start, s.end));
const tokTexts = (text: string) => tokenize(text).map((t) => text.slice(t.start, t.end));

test('tokens keep exact offsets into the original text', () => {
  const text = 'التقى وزيرُ الخارجيّة نظيرَه في القاهرة، أمس.';
  const doc = segment(text);
  for (const t of doc.tokens) assert.equal(text.slice(t.start, t.end), t.text);
  assert.deepEqual(doc.tokens.map((t) => t.text), ['التقى', 'وزيرُ', 'الخارجيّة', 'نظيرَه', 'في', 'القاهرة', '،', 'أمس', '.']);
});

test('punctuation is split off words, Arabic and Latin', () => {
  assert.deepEqual(tokTexts('قال: «لن نقبل»؛ وأضاف؟'), ['قال', ':', '«', 'لن', 'نقبل', '»', '؛', 'وأضاف', '؟']);
  assert.deepEqual(tokTexts('(رويترز) - Reuters, AFP.'), ['(', 'رويترز', ')', '-', 'Reuters', ',', 'AFP', '.']);
});

test('numbers keep dates, times and decimals together', () => {
  assert.deepEqual(tokTexts('في 5/8/2015 الساعة 10:30 بنسبة 3.5%'), ['في', '5/8/2015', 'الساعة', '10:30', 'بنسبة', '3.5', '%']);
  assert.deepEqual(tokTexts('يوم ١٢/٣/٢٠٢٤'), ['يوم', '١٢/٣/٢٠٢٤']);
});

test('normalised token fields never leak into the surface', () => {
  const doc = segment('وبالولايات المتحدة');
  const t = doc.tokens[0]!;
  assert.equal(t.text, 'وبالولايات');
  assert.equal(t.proclitic, 'وب');
  assert.equal(t.key, 'ولايات');
  assert.equal(doc.text.slice(t.bareStart, t.end), 'الولايات');
});

test('bareStart skips diacritics on a peeled proclitic', () => {
  const doc = segment('وَإيران');
  assert.equal(doc.text.slice(doc.tokens[0]!.bareStart, doc.tokens[0]!.end), 'إيران');
  const l = segment('للأمم المتحدة');
  assert.equal(l.text.slice(l.tokens[0]!.bareStart, l.tokens[0]!.end), 'لأمم');
});

test('sentences end at . ! ? ؟ and keep a closing quote', () => {
  const text = 'وصل الوفد إلى الرياض. هل ستنجح المحادثات؟ قال المتحدث: «نحن متفائلون.» ثم غادر!';
  assert.deepEqual(sentTexts(text), ['وصل الوفد إلى الرياض.', 'هل ستنجح المحادثات؟', 'قال المتحدث: «نحن متفائلون.»', 'ثم غادر!']);
});

test('Arabic commas and semicolons do not end a sentence', () => {
  assert.equal(sentTexts('وصل الرئيس، ثم التقى رئيس الوزراء؛ وبحثا الأزمة.').length, 1);
});

test('a period after an abbreviation or between digits does not end the sentence', () => {
  assert.equal(sentTexts('قال د. أحمد سالم إن النمو بلغ 3.5 بالمئة هذا العام.').length, 1);
  assert.equal(sentTexts('وصرح أ. محمود في المؤتمر.').length, 1);
  assert.equal(sentTexts('Dr. Smith met Mr. Jones in Geneva.').length, 1);
});

test('a full stop inside an open quotation does not split it', () => {
  const text = 'وقال «لن نتراجع. سنواصل الضغط» في كلمته.';
  assert.equal(sentTexts(text).length, 1);
});

test('paragraphs and the headline are separate units', () => {
  const text = 'الرئيس يستقبل وفدا أوروبيا\n\nاستقبل الرئيس اليوم وفدا. وبحث معه التعاون.\nوفي سياق آخر، أعلنت الحكومة خطة جديدة';
  const doc = segment(text);
  assert.equal(doc.sentences.length, 4);
  assert.equal(doc.sentences[0]!.headline, true);
  assert.equal(doc.sentences[1]!.headline, false);
  assert.deepEqual(doc.sentences.map((s) => s.paragraph), [0, 1, 1, 2]);
  assert.equal(text.slice(doc.sentences[3]!.start, doc.sentences[3]!.end), 'وفي سياق آخر، أعلنت الحكومة خطة جديدة');
});

test('every token belongs to exactly one sentence, in order', () => {
  const text = 'أولا. ثانيا؟ ثالثا!\nرابعا';
  const doc = segment(text);
  let next = 0;
  for (const s of doc.sentences) {
    assert.equal(s.tokenStart, next);
    next = s.tokenEnd;
    for (let t = s.tokenStart; t < s.tokenEnd; t++) assert.equal(doc.tokens[t]!.sentence, s.index);
  }
  assert.equal(next, doc.tokens.length);
});

test('language detection: Arabic vs English', () => {
  assert.equal(segment('اجتمع الوزيران في جنيف').lang, 'ar');
  assert.equal(segment('The ministers met in Geneva on Monday').lang, 'en');
});

test('empty and whitespace-only text give an empty document', () => {
  assert.equal(segment('').tokens.length, 0);
  assert.equal(segment('  \n\t ').sentences.length, 0);
});
