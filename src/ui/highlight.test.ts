// The text layout the Analyse view renders: entity chunks never split, evidence and trigger marked.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { layout, resolveEntities } from './highlight.ts';

const TEXT = 'التقى بدر عبد العاطي أمس عباس عراقجي في القاهرة. ثم غادر.';
const span = (s: string, from = 0): { start: number; end: number } => {
  const i = TEXT.indexOf(s, from);
  assert.ok(i >= 0, s);
  return { start: i, end: i + s.length };
};

test('pieces cover the text exactly, in order, with entities as single pieces', () => {
  const mentions = [span('بدر عبد العاطي'), span('عباس عراقجي'), span('القاهرة')];
  const times = [span('أمس')];
  const pieces = layout(TEXT, mentions, times, span('التقى بدر عبد العاطي أمس عباس عراقجي في القاهرة.'), span('التقى'));
  assert.equal(pieces.map((p) => p.text).join(''), TEXT);
  for (let i = 1; i < pieces.length; i++) assert.equal(pieces[i]!.start, pieces[i - 1]!.end);
  const ents = pieces.filter((p) => p.entity);
  assert.deepEqual(ents.map((p) => p.text), ['بدر عبد العاطي', 'أمس', 'عباس عراقجي', 'القاهرة']);
  assert.deepEqual(ents.map((p) => p.entity!.kind), ['mention', 'time', 'mention', 'mention']);
  assert.ok(ents.every((p) => p.inEvidence));
  const trig = pieces.filter((p) => p.isTrigger);
  assert.deepEqual(trig.map((p) => p.text), ['التقى']);
  const after = pieces.filter((p) => p.start >= TEXT.indexOf('ثم'));
  assert.ok(after.every((p) => !p.inEvidence));
});

test('an evidence boundary inside an entity does not split it', () => {
  const m = span('عباس عراقجي');
  const pieces = layout(TEXT, [m], [], { start: 0, end: m.start + 3 });
  const ent = pieces.find((p) => p.entity)!;
  assert.equal(ent.text, 'عباس عراقجي');
  assert.equal(ent.inEvidence, true);
  assert.equal(pieces.map((p) => p.text).join(''), TEXT);
});

test('overlapping spans: mentions win over times, longer over shorter; invalid spans are dropped', () => {
  const kept = resolveEntities(TEXT, [span('بدر عبد العاطي'), span('عبد العاطي'), { start: 5, end: 2 }, { start: 0, end: 999 }], [span('العاطي أمس')]);
  assert.deepEqual(kept.map((k) => TEXT.slice(k.start, k.end)), ['بدر عبد العاطي']);
  assert.deepEqual(layout('', [], []), []);
  assert.deepEqual(layout('نص', [], []).map((p) => [p.text, p.entity]), [['نص', null]]);
});
