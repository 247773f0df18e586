import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Doc } from '../../src/model/types.ts';
import { segment } from '../../src/text/segment.ts';
import { nerSpans, type Tagger } from '../../src/ner/index.ts';
import { originalPrefixLength } from '../../src/ner/spans.ts';

/** The project's segmenter makes the Doc (tokens with proclitic and bareStart). */
function doc(text: string): Doc {
  return segment(text, { lang: 'ar' });
}

/** Fixed labels per token text, and a vocabulary for `knows`. */
function fixed(map: Record<string, string>, known: string[] = []): Tagger {
  return { tag: (ts) => ts.map((t) => map[t] ?? 'O'), knows: (n) => known.includes(n) };
}

test('spans leave out an attached proclitic, as ANERcorp gold does', () => {
  const d = doc('زار الوزير طهران وإيران مرتين');
  const spans = nerSpans(d, fixed({ 'طهران': 'B-LOC', 'وإيران': 'B-LOC' }));
  assert.deepEqual(spans.map((s) => [d.text.slice(s.start, s.end), s.type]), [['طهران', 'LOC'], ['إيران', 'LOC']]);
});

test('a known name starting with a clitic letter stays whole; PERS maps to PER; multi-token spans', () => {
  const d = doc('غادر لبنان سمير حداد وبالقاهرة');
  const t = fixed({ 'لبنان': 'B-LOC', 'سمير': 'B-PERS', 'حداد': 'I-PERS', 'وبالقاهرة': 'B-LOC' }, ['لبنان']);
  assert.deepEqual(nerSpans(d, t).map((s) => [d.text.slice(s.start, s.end), s.type]), [
    ['لبنان', 'LOC'], ['سمير حداد', 'PER'], ['القاهرة', 'LOC'],
  ]);
});

test('every sentence of a multi-sentence Doc is tagged with its own tokens', () => {
  const d = doc('وصل سمير حداد. ثم زار بيروت.');
  assert.equal(d.sentences.length, 2);
  const seen: string[][] = [];
  const spans = nerSpans(d, { tag: (ts) => (seen.push([...ts]), ts.map((t) => (t === 'بيروت' ? 'B-LOC' : 'O'))) });
  assert.deepEqual(seen.map((s) => s.join(' ')), ['وصل سمير حداد .', 'ثم زار بيروت .']);
  assert.deepEqual(spans.map((s) => d.text.slice(s.start, s.end)), ['بيروت']);
});

test('proclitic length is mapped onto the original text across diacritics', () => {
  assert.equal(originalPrefixLength('وَإيران', 1), 2); // و + fatha
  assert.equal('وَإيران'.slice(originalPrefixLength('وَإيران', 1)), 'إيران');
  assert.equal(originalPrefixLength('وبالقاهرة', 2), 2);
});
