// The tagger's own gazetteer lists (data/ner/gazetteer): schema, errors, merging with the KB.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readNerLists, type NerList } from '../../src/ner/lists.ts';
import { Gazetteer, gazetteerFromKb, typesOf } from '../../src/ner/gazetteer.ts';
import { sentenceFeatures } from '../../src/ner/features.ts';
import type { RawKb } from '../../src/kb/load.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

const KB: RawKb = {
  actors: [{ id: 'lyon', type: 'GPE', en: 'Lyon', ar: ['ليون'] } as unknown as RawKb['actors'][number]],
  titles: [],
  files: [],
};
const LIST: NerList = {
  about: 'test list', source: 'written for this test',
  entries: [
    { type: 'ORG', en: 'Olympique Lyonnais', ar: ['ليون', 'أولمبيك ليون'] },
    { type: 'MISC', en: 'Golden Ball', ar: ['الكرة الذهبية'] },
  ],
};

test('a phrase keeps every type it has in the KB and the lists; MISC is a gazetteer type', () => {
  const data = gazetteerFromKb(KB, [LIST]);
  assert.deepEqual(data.names.filter(([n]) => n === 'ليون'), [['ليون', 'GPE'], ['ليون', 'ORG']]);
  const gaz = new Gazetteer(data);
  assert.deepEqual(typesOf(gaz.mask(gaz.token, ['ليون'])), ['ORG', 'GPE']);
  const f = sentenceFeatures(['فاز', 'اللاعب', 'بالكرة', 'الذهبية'], gaz);
  assert.ok(f[2]!.includes('gp=B-MISC') && f[3]!.includes('gp=I-MISC'), 'the MISC phrase is matched behind the clitic ب');
  assert.ok(f[3]!.includes('gt=MISC'));
  assert.deepEqual(gazetteerFromKb(KB, [LIST]), data, 'deterministic');
});

test('readNerLists validates each file and says which file and field is wrong', () => {
  const dir = mkdtempSync(join(tmpdir(), 'marsad-lists-'));
  try {
    assert.deepEqual(readNerLists(join(dir, 'missing')), []);
    writeFileSync(join(dir, 'a.json'), JSON.stringify(LIST));
    assert.equal(readNerLists(dir)[0]!.entries.length, 2);
    writeFileSync(join(dir, 'b.json'), JSON.stringify({ ...LIST, entries: [{ type: 'GPE', en: 'x', ar: ['س'] }] }));
    assert.throws(() => readNerLists(dir), /b\.json: entries\.0\.type/);
    writeFileSync(join(dir, 'b.json'), '{ "about": ');
    assert.throws(() => readNerLists(dir), /b\.json: not valid JSON/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the shipped lists are valid, and no Arabic form repeats within a file', () => {
  const lists = readNerLists(join(ROOT, 'data/ner/gazetteer'));
  assert.ok(lists.length >= 4);
  for (const l of lists) {
    const seen = new Set<string>();
    for (const e of l.entries) for (const a of e.ar) {
      assert.ok(!seen.has(a + e.type), `${l.about}: ${a} (${e.type}) twice`);
      seen.add(a + e.type);
    }
  }
});

test('GIVEN entries are given names: a token feature of their own (and of the neighbours), never entity phrases', () => {
  const given: NerList = { about: 'given names', source: 'written for this test', entries: [{ type: 'GIVEN', en: 'given names', ar: ['سمير', 'جون', 'عبد الله'] }] };
  const data = gazetteerFromKb(KB, [LIST, given]);
  assert.deepEqual(data.given, ['جون', 'سمير'], 'one-token names only, normalised and sorted');
  assert.ok(!data.names.some(([n]) => n === 'سمير'), 'not a name phrase');
  const gaz = new Gazetteer(data);
  const f = sentenceFeatures(['وصل', 'وسمير', 'كرم', 'أمس'], gaz);
  assert.ok(f[1]!.includes('gn'), 'found behind the clitic و');
  assert.ok(f[2]!.includes('gn-1') && f[0]!.includes('gn1'));
  assert.ok(!f[1]!.some((x) => x.startsWith('gp=') && x !== 'gp=O'));
  assert.equal(gazetteerFromKb(KB, [LIST]).given, undefined, 'no GIVEN entries, no field (older models load unchanged)');
});
