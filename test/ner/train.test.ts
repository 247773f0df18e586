import { test } from 'node:test';
import assert from 'node:assert/strict';
import { train, labelSet } from '../../src/ner/train.ts';
import { NerModel } from '../../src/ner/model.ts';
import { scoreEntities } from '../../src/ner/conll.ts';
import { tagConllText } from '../../src/ner/stream.ts';
import { ModelTagger } from '../../src/ner/index.ts';
import { TOY, TOY_GAZ } from './toy.ts';
import { propagateAt } from '../../src/ner/propagate.ts';

const model = train(TOY, { epochs: 10, seed: 3, gazetteer: TOY_GAZ });

test('label set is O then B-/I- per type in ANERcorp order', () => {
  assert.deepEqual(labelSet(TOY), ['O', 'B-PERS', 'I-PERS', 'B-LOC', 'I-LOC', 'B-ORG', 'I-ORG', 'B-MISC', 'I-MISC']);
});

test('a small training run learns the toy corpus', () => {
  const pred = TOY.map((s) => model.tag(s.tokens));
  assert.equal(scoreEntities(TOY.map((s) => s.labels), pred).all.f1, 1);
});

test('it generalises to a new sentence from context and gazetteer', () => {
  assert.deepEqual(model.tag(['غادر', 'سمير', 'حداد', 'طرابلس', '.']), ['O', 'B-PERS', 'I-PERS', 'B-LOC', 'O']);
});

test('training is deterministic for a seed', () => {
  const again = train(TOY, { epochs: 10, seed: 3, gazetteer: TOY_GAZ });
  assert.deepEqual(again.serialize(), model.serialize());
});

test('save/load round trip keeps the predictions and the metadata', () => {
  const m = new NerModel({ ...model.parts, meta: { epochs: 10, note: 'toy' } });
  const back = NerModel.deserialize(m.serialize());
  assert.deepEqual(back.parts.meta, { epochs: 10, note: 'toy' });
  assert.deepEqual(Array.from(back.parts.hashes), Array.from(m.parts.hashes));
  for (const s of [...TOY, { tokens: ['وصل', 'سمير', 'إلى', 'بيروت'], labels: [] }]) assert.deepEqual(back.tag(s.tokens), m.tag(s.tokens));
  assert.throws(() => NerModel.deserialize(Buffer.from('not a model')), /gzipped/);
});

test('an ensemble of runs averages the runs\' weights and stays deterministic', () => {
  const one = train(TOY, { epochs: 5, seed: 3, gazetteer: TOY_GAZ, dropout: 0.3 });
  const other = train(TOY, { epochs: 5, seed: 3 + 1000003, gazetteer: TOY_GAZ, dropout: 0.3 });
  const both = train(TOY, { epochs: 5, seed: 3, gazetteer: TOY_GAZ, dropout: 0.3, runs: 2 });
  assert.notDeepEqual(Array.from(one.parts.trans), Array.from(other.parts.trans), 'different seeds give different runs');
  both.parts.trans.forEach((t, k) => assert.ok(Math.abs(t - (one.parts.trans[k]! + other.parts.trans[k]!) / 2) < 1e-4, `transition ${k}`));
  assert.deepEqual(train(TOY, { epochs: 5, seed: 3, gazetteer: TOY_GAZ, dropout: 0.3, runs: 2 }).serialize(), both.serialize());
  assert.equal(scoreEntities(TOY.map((s) => s.labels), TOY.map((s) => both.tag(s.tokens))).all.f1, 1);
});

test('a stacked model keeps its first stage through save/load and tags the same in a stream', () => {
  const m = train(TOY, { epochs: 8, seed: 5, gazetteer: TOY_GAZ, stack: { folds: 3 } });
  assert.ok(m.stage1, 'has a first stage');
  assert.equal(m.contextSize, 20, 'a stream must hold the first stage\'s context too');
  const back = NerModel.deserialize(m.serialize());
  assert.ok(back.stage1);
  assert.deepEqual(Array.from(back.stage1.parts.hashes), Array.from(m.stage1.parts.hashes));
  const doc = TOY.map((s) => s.tokens);
  assert.deepEqual(back.tagDocument(doc), m.tagDocument(doc));
  assert.equal(scoreEntities(TOY.map((s) => s.labels), m.tagDocument(doc)).all.f1, 1);
  const text = TOY.map((s) => s.tokens.map((t, i) => `${t} ${s.labels[i]}`).join('\n')).join('\n\n') + '\n';
  const streamed = tagConllText(text, new ModelTagger(back)).split('\n\n').map((b) => b.trim().split('\n').map((l) => l.split(' ')[2]!));
  assert.deepEqual(streamed, m.tagDocument(doc));
});

test('cost-augmented training keeps updating until the gold path wins by the margin', () => {
  const mistakes = (margin?: { entity: number; o: number }): number[] => {
    const out: number[] = [];
    train(TOY, { epochs: 12, seed: 3, gazetteer: TOY_GAZ, ...(margin ? { margin } : {}), onEpoch: (r) => out.push(r.mistakes) });
    return out;
  };
  assert.equal(mistakes().at(-1), 0, 'without a margin the toy corpus is separated and updates stop');
  assert.ok(mistakes({ entity: 1000, o: 1000 }).at(-1)! > 0, 'an unreachable margin keeps every epoch updating');
  const m = train(TOY, { epochs: 10, seed: 3, gazetteer: TOY_GAZ, margin: { entity: 2, o: 1 } });
  assert.notDeepEqual(m.serialize(), model.serialize());
  assert.deepEqual(train(TOY, { epochs: 10, seed: 3, gazetteer: TOY_GAZ, margin: { entity: 2, o: 1 } }).serialize(), m.serialize(), 'deterministic');
  assert.equal(scoreEntities(TOY.map((s) => s.labels), TOY.map((s) => m.tag(s.tokens))).all.f1, 1);
});

test('label propagation copies a name found nearby onto its untagged repeats, not onto conflicting or short ones', () => {
  const sents = [
    ['وصل', 'سمير', 'حداد', 'إلى', 'بيروت'],
    ['وقال', 'حداد', 'إن', 'سمير', 'حداد', 'سيعود'],
    ['زار', 'دو', 'المدينة', 'ثم', 'دو'],
    ['غادر', 'بيروت', 'إلى', 'طرابلس'],
  ];
  const labels = [
    ['O', 'B-PERS', 'I-PERS', 'O', 'B-LOC'],
    ['O', 'B-PERS', 'O', 'O', 'O', 'O'],
    ['O', 'B-PERS', 'O', 'O', 'O'],
    ['O', 'B-ORG', 'O', 'B-LOC'],
  ];
  // the two-word name first, then the one-word one; بيروت is LOC and ORG in the window: left alone
  assert.deepEqual(propagateAt(sents, labels, 1, 10), ['O', 'B-PERS', 'O', 'B-PERS', 'I-PERS', 'O']);
  assert.deepEqual(propagateAt(sents, labels, 2, 10), ['O', 'B-PERS', 'O', 'O', 'O'], 'a two-letter name is not propagated');
  assert.deepEqual(propagateAt(sents, labels, 3, 10), labels[3]);
  assert.deepEqual(propagateAt(sents, labels, 3, 0), labels[3], 'window 0 looks at the sentence itself only');
});

test('a propagating model keeps its window through save/load and tags a stream as it tags the document', () => {
  const m = train(TOY, { epochs: 8, seed: 5, gazetteer: TOY_GAZ, propagate: 3 });
  assert.equal(m.contextSize, 13);
  const back = NerModel.deserialize(m.serialize());
  assert.equal(back.parts.propagate, 3);
  const doc = [...TOY.map((s) => s.tokens), ['ثم', 'عاد', 'ناصر', 'عيسى', 'وحيدا']];
  assert.deepEqual(back.tagDocument(doc), m.tagDocument(doc));
  const text = doc.map((s) => s.join('\n')).join('\n\n') + '\n';
  const streamed = tagConllText(text, new ModelTagger(back)).split('\n\n').map((b) => b.trim().split('\n').map((l) => l.split(' ').at(-1)!));
  assert.deepEqual(streamed, m.tagDocument(doc));
});

test('a BIOES model learns the toy corpus, decodes with E-/S- labels inside and speaks IOB2 outside', () => {
  const m = train(TOY, { epochs: 10, seed: 3, gazetteer: TOY_GAZ, scheme: 'bioes' });
  assert.deepEqual(labelSet(TOY, 'bioes').slice(0, 5), ['O', 'B-PERS', 'I-PERS', 'E-PERS', 'S-PERS']);
  assert.deepEqual(m.labels, labelSet(TOY, 'bioes'));
  const pred = TOY.map((s) => m.tag(s.tokens));
  assert.ok(pred.flat().every((l) => /^(O|[BI]-[A-Z]+)$/.test(l)), 'only IOB2 labels come out');
  assert.equal(scoreEntities(TOY.map((s) => s.labels), pred).all.f1, 1);
  const back = NerModel.deserialize(m.serialize());
  assert.deepEqual(TOY.map((s) => back.tag(s.tokens)), pred);
});
