import { test } from 'node:test';
import assert from 'node:assert/strict';
import { documentContexts, hashSentence, sentenceFeatures, shapeOf, stackFeatures, stackInfo, tokenInfo } from '../../src/ner/features.ts';
import { fnv1a } from '../../src/ner/hash.ts';
import { normalize } from '../../src/text/normalize.ts';
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

test('stacked features: first-stage labels of the token, its neighbours, and of the same word elsewhere', () => {
  const sents = [['زار', 'سمير', 'طرابلس'], ['غادر', 'وطرابلس', 'أمس'], ['قال', 'سمير']];
  const labels = [['O', 'B-PERS', 'B-LOC'], ['O', 'O', 'O'], ['O', 'B-PERS']];
  const info = stackInfo(sents, labels, 1);
  assert.deepEqual([...info.doc.get('طرابلس')!], ['LOC'], 'طرابلس was a place in another sentence');
  assert.deepEqual([...info.doc.get('سمير')!], ['PERS']);
  const f = stackFeatures(sents[1]!, info);
  for (const x of ['y1=O', 'y1-1=O', 'y1+1=O', 'yd=LOC', 'yd|y1=LOC|O']) assert.ok(f[1]!.includes(x), `expected ${x} in ${f[1]!.join(' ')}`);
  assert.ok(!f[0]!.some((x) => x.startsWith('yd=')), 'غادر occurs nowhere else');
  assert.ok(f[0]!.includes('y1-1=<s>') && f[2]!.includes('y1+1=</s>'));
});

test('hashed features are the hashes of the feature strings, cached per word', () => {
  const toks = ['التقى', 'الرئيس', 'وبيروت'];
  const h1 = hashSentence(toks, gaz), h2 = hashSentence(toks, gaz);
  const strings = sentenceFeatures(toks, gaz);
  assert.deepEqual(Array.from(h1.offsets), [0, strings[0]!.length, strings[0]!.length + strings[1]!.length, strings.flat().length]);
  assert.deepEqual(Array.from(h1.hashes), strings.flat().map(fnv1a));
  assert.deepEqual(h2, h1);
});

test('document context: neighbours of the word elsewhere, a title before it, and whether it takes the article there', () => {
  const gaz = new Gazetteer(TOY_GAZ);
  const doc = [
    ['وصل', 'الرئيس', 'كمال', 'إلى', 'المطار'],
    ['وقال', 'كمال', 'إن', 'الاتفاق', 'قريب'],
    ['ورحب', 'الوزير', 'بالاتفاق', 'الجديد'],
  ];
  const ctx = documentContexts(doc, gaz);
  const f = sentenceFeatures(doc[1]!, gaz, ctx[1]);
  // كمال: seen once more, after "الرئيس" (a title), never with the article
  assert.ok(f[1]!.includes('dn=1'));
  assert.ok(f[1]!.includes('dl=' + normalize('الرئيس')));
  assert.ok(f[1]!.includes('dr=' + normalize('إلى')));
  assert.ok(f[1]!.includes('dtt'));
  assert.ok(f[1]!.includes('dart=b|b'));
  // الاتفاق: elsewhere with the article too (بالاتفاق), here with it
  assert.ok(f[3]!.includes('dart=a|a'), f[3]!.filter((x) => x.startsWith('d')).join(' '));
  // no context, no document features
  assert.ok(!sentenceFeatures(doc[1]!, gaz).flat().some((x) => x.startsWith('dart=')));
});
