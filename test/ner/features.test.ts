import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sentenceFeatures, shapeOf, tokenInfo } from '../../src/ner/features.ts';
import { Gazetteer, lookupForms } from '../../src/ner/gazetteer.ts';
import { TOY_GAZ } from './toy.ts';

const gaz = new Gazetteer(TOY_GAZ);

test('token info peels clitics on the normalised form', () => {
  const t = tokenInfo('وبيروت');
  assert.equal(t.norm, 'وبيروت');
  assert.ok(lookupForms(t.norm).includes('بيروت'), 'و + بيروت is one reading');
  const a = tokenInfo('والإمارات');
  assert.equal(a.proclitic, 'و');
  assert.equal(a.article, true);
  assert.equal(a.base, 'امارات');
});

test('shape collapses character classes', () => {
  assert.equal(shapeOf('بيروت'), 'a');
  assert.equal(shapeOf('2024'), 'd');
  assert.equal(shapeOf('Reuters'), 'Ll');
  assert.equal(shapeOf('(أ'), '(a');
});

test('features of a word after a title, with gazetteer, nisba and neighbours', () => {
  const f = sentenceFeatures(['التقى', 'الرئيس', 'وبيروت', 'اللبناني'], gaz);
  const w = new Set(f[2]);
  for (const x of ['n=وبيروت', 'w=وبيروت', 'p1=و', 's2=وت', 'n-1=الرييس', 'n1=اللبناني', 'n-2=التقي', 'gt=GPE', 'gp=B-GPE', 'tt-1', 'nis1']) {
    assert.ok(w.has(x), `expected feature ${x} in ${[...w].join(' ')}`);
  }
  assert.ok(!w.has('tt0') && !w.has('nis'), 'the place itself is neither title nor nisba');
  assert.ok(new Set(f[3]).has('nis'), 'اللبناني is a nisba');
  assert.ok(new Set(f[0]).has('bos') && new Set(f[3]).has('eos'));
});

test('multi-word gazetteer names are matched as phrases, proclitic on the first word', () => {
  const f = sentenceFeatures(['قالت', 'ومنظمة', 'الغذاء', 'العالمية', 'إن'], gaz);
  assert.deepEqual(f.map((x) => x.find((s) => s.startsWith('gp='))), ['gp=O', 'gp=B-ORG', 'gp=I-ORG', 'gp=I-ORG', 'gp=O']);
  assert.ok(f[1]!.includes('gf=ORG') && f[3]!.includes('gl=ORG'));
});
