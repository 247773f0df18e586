import test from 'node:test';
import assert from 'node:assert/strict';
import { segment, candidates, stripSuffix, lightStem } from '../../src/text/clitics.ts';
import { normalize } from '../../src/text/normalize.ts';

const seg = (w: string) => segment(normalize(w));

test('conjunction و before a name', () => {
  const s = seg('وإيران');
  assert.equal(s.proclitic, 'و');
  assert.equal(s.bare, 'ايران');
  assert.equal(s.article, false);
});

test('stacked proclitics with the article: وبال، بال، فال، كال', () => {
  assert.deepEqual({ ...seg('وبالولايات') }, { proclitic: 'وب', article: true, bare: 'الولايات', base: 'ولايات' });
  assert.deepEqual({ ...seg('بالعاصمة') }, { proclitic: 'ب', article: true, bare: 'العاصمه', base: 'عاصمه' });
  assert.equal(seg('فالحكومة').proclitic, 'ف');
  assert.equal(seg('كالعادة').base, 'عاده');
});

test('lam before the article: لل is ل + (ا)ل', () => {
  const s = seg('للأمم');
  assert.equal(s.proclitic, 'ل');
  assert.equal(s.article, true);
  assert.equal(s.base, 'امم');
  const w = seg('وللحكومة');
  assert.equal(w.proclitic, 'ول');
  assert.equal(w.base, 'حكومه');
});

test('the article alone is kept in bare and dropped in base', () => {
  const s = seg('الأميركي');
  assert.equal(s.proclitic, '');
  assert.equal(s.bare, 'الاميركي');
  assert.equal(s.base, 'اميركي');
});

test('frequent words that begin with a clitic letter are not peeled', () => {
  for (const w of ['وزير', 'وزارة', 'وفد', 'فلسطين', 'بيان', 'لبنان', 'كتائب', 'واشنطن']) {
    assert.equal(seg(w).proclitic, '', w);
  }
});

test('short words are not over-segmented', () => {
  assert.equal(seg('بين').proclitic, '');
  assert.equal(seg('لم').proclitic, '');
  assert.equal(seg('وهو').proclitic, '');
});

test('candidates offer every reading, most literal first', () => {
  const c = candidates(normalize('وزير'));
  assert.equal(c[0]!.bare, 'وزير');
  assert.ok(c.some((x) => x.proclitic === 'و' && x.bare === 'زير'));
  const l = candidates(normalize('لإسرائيل'));
  assert.ok(l.some((x) => x.proclitic === 'ل' && x.bare === 'اسراييل'));
  const b = candidates(normalize('وبالقاهرة'));
  assert.ok(b.some((x) => x.proclitic === 'وب' && x.base === 'قاهره'));
});

test('pronoun suffixes are stripped when a stem of three letters remains', () => {
  assert.deepEqual(stripSuffix('وفده'), { stem: 'وفد', suffix: 'ه' });
  assert.deepEqual(stripSuffix('حكومتها'), { stem: 'حكومت', suffix: 'ها' });
  assert.deepEqual(stripSuffix('بلادهم'), { stem: 'بلاد', suffix: 'هم' });
  assert.deepEqual(stripSuffix('مصر'), { stem: 'مصر', suffix: '' });
});

test('lightStem combines proclitic, article and suffix removal', () => {
  assert.equal(lightStem(normalize('وبمفاوضاتهم')), 'مفاوضات');
  assert.equal(lightStem(normalize('والاجتماع')), 'اجتماع');
});
