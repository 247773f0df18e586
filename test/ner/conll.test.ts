import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import { tagConllText, tagConllStream, BinaryInputError, ConllTagging } from '../../src/ner/stream.ts';
import { readConll, entities, scoreEntities } from '../../src/ner/conll.ts';
import { ModelTagger, type Tagger } from '../../src/ner/index.ts';
import { train } from '../../src/ner/train.ts';
import { TOY, TOY_GAZ } from './toy.ts';

/** Tags every token B-LOC, so that alignment is visible. */
const stub: Tagger = { tag: (tokens) => tokens.map(() => 'B-LOC') };

test('conll mode keeps every line: count, blank positions, tokens and gold', () => {
  const input = 'زار O\nبيروت B-LOC\n\n\nالتقى\n   \nسمير x y B-PERS\nحداد I-PERS';
  const out = tagConllText(input, stub);
  const inLines = input.split('\n');
  const outLines = out.split('\n');
  assert.equal(outLines.pop(), '', 'output ends with a newline');
  assert.equal(outLines.length, inLines.length);
  inLines.forEach((l, i) => {
    if (!l.trim()) assert.equal(outLines[i], '', `line ${i + 1} blank`);
    else assert.equal(outLines[i]!.split(' ')[0], l.trim().split(/\s+/)[0]);
  });
  assert.deepEqual(outLines.slice(0, 2), ['زار O B-LOC', 'بيروت B-LOC B-LOC']);
  assert.equal(outLines[4], 'التقى O B-LOC', 'missing gold becomes O');
  assert.equal(outLines[6], 'سمير B-PERS B-LOC', 'first column is the token, last the gold');
});

test('CRLF line ends and a final line without newline', () => {
  const out = tagConllText('أ O\r\nب O\r\n\r\nج O', stub);
  assert.equal(out, 'أ O B-LOC\nب O B-LOC\n\nج O B-LOC\n');
});

test('streaming gives the same output as the whole-text version, across chunk borders', async () => {
  const text = 'زار O\nبيروت B-LOC\n\nالتقى\r\nسمير B-PERS\n\n\nحداد';
  const chunks = [text.slice(0, 7), text.slice(7, 20), text.slice(20)];
  let out = '';
  await tagConllStream(Readable.from(chunks.map((c) => Buffer.from(c))), stub, async (s) => { out += s; });
  assert.equal(out, tagConllText(text, stub));
});

test('with a context tagger, each sentence is tagged with its neighbours and lines stay aligned', () => {
  const windows: string[] = [];
  const ctxTagger: Tagger = {
    tag: (tokens) => tokens.map(() => 'O'),
    tagWindow: (window, j) => {
      windows.push(`${window.map((s) => s[0]).join(',')}@${j}`);
      return window[j]!.map(() => 'B-ORG');
    },
  };
  const input = 'a\n\nb\nb2\n\n\nc\n\nd\n';
  const out = tagConllText(input, ctxTagger);
  assert.equal(out, 'a O B-ORG\n\nb O B-ORG\nb2 O B-ORG\n\n\nc O B-ORG\n\nd O B-ORG\n');
  assert.deepEqual(windows, ['a,b,c,d@0', 'a,b,c,d@1', 'a,b,c,d@2', 'a,b,c,d@3']);
  // a context of 1 keeps at most one sentence on each side in memory
  windows.length = 0;
  const t = new ConllTagging(ctxTagger, 1);
  let o = '';
  for (const l of input.split('\n').slice(0, -1)) o += t.line(l);
  assert.equal(o + t.flush(), out);
  assert.deepEqual(windows, ['a,b@0', 'a,b,c@1', 'b,c,d@1', 'c,d@1']);
});

test('a NUL byte is reported as binary input with its line', () => {
  assert.throws(() => tagConllText('أ O\nب\0\n', stub), (e: unknown) => e instanceof BinaryInputError && e.line === 2);
});

test('the trained tagger in conll mode reproduces its training corpus', () => {
  const tagger = new ModelTagger(train(TOY, { epochs: 10, seed: 1, gazetteer: TOY_GAZ }));
  const text = TOY.map((s) => s.tokens.map((t, i) => `${t} ${s.labels[i]}`).join('\n')).join('\n\n') + '\n';
  const rows = tagConllText(text, tagger).split('\n\n').map((b) => b.trim().split('\n').map((l) => l.split(' ')));
  assert.equal(rows.length, TOY.length);
  assert.equal(scoreEntities(rows.map((r) => r.map((c) => c[1]!)), rows.map((r) => r.map((c) => c[2]!))).all.f1, 1);
});

test('conlleval entities: I- after O or another type opens an entity', () => {
  assert.deepEqual(entities(['B-PERS', 'I-PERS', 'O', 'I-LOC', 'I-ORG', 'B-ORG']).map((e) => `${e.start}:${e.end}:${e.type}`), [
    '0:2:PERS', '3:4:LOC', '4:5:ORG', '5:6:ORG',
  ]);
  assert.equal(readConll('a O\n\n\nb B-LOC\n').length, 2);
});
