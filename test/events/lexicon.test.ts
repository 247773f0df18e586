// The trigger lexicon: validated data, every PLOVER type covered, generated forms of regular and
// irregular verbs, and forms that must never be triggers.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PLOVER_TYPES } from '../../src/model/types.ts';
import { loadLexicon, perfectForms, imperfectForms, nounForms } from '../../src/events/lexicon.ts';
import { normalize } from '../../src/text/normalize.ts';

const lex = loadLexicon();
const idsOf = (form: string): string[] => (lex.forms.get(normalize(form)) ?? []).map((f) => `${f.entry.id}:${f.pos}${f.rest.length ? ':' + f.rest.join(' ') : ''}`);

test('every PLOVER type has verbs or nouns, and the lexicon is broad', () => {
  for (const type of PLOVER_TYPES) {
    const entries = lex.entries.filter((e) => e.type === type);
    const n = entries.reduce((k, e) => k + e.verbs.length + e.nouns.length, 0);
    assert.ok(n >= 8, `${type} has ${n} lemmas/expressions`);
  }
  const total = lex.entries.reduce((k, e) => k + e.verbs.length + e.nouns.length + e.literal.length, 0);
  assert.ok(total >= 500, `${total} lemmas/expressions`);
  assert.equal(new Set(lex.entries.map((e) => e.id)).size, lex.entries.length, 'entry ids are unique');
});

test('regular verbs: person, number and object pronoun forms', () => {
  const p = perfectForms(normalize('اتهم'));
  for (const f of ['اتهمت', 'اتهموا', 'اتهما', 'اتهمه', 'اتهمتها']) assert.ok(p.includes(normalize(f)), f);
  const i = imperfectForms(normalize('يتهم'));
  for (const f of ['تتهم', 'يتهمون', 'يتهمان', 'نتهم', 'تتهمه']) assert.ok(i.includes(normalize(f)), f);
});

test('defective verbs: التقى/يلتقي، دعا/يدعو (and the jussive لم يلتق)', () => {
  const p = perfectForms(normalize('التقى'));
  for (const f of ['التقت', 'التقوا', 'التقاه']) assert.ok(p.includes(normalize(f)), f);
  const i = imperfectForms(normalize('يلتقي'));
  for (const f of ['تلتقي', 'يلتقون', 'يلتق']) assert.ok(i.includes(normalize(f)), f);
  assert.ok(perfectForms(normalize('دعا')).includes(normalize('دعت')));
  assert.ok(imperfectForms(normalize('يدعو')).includes(normalize('يدعون')));
  // literal forms the generator misses are listed in the data
  assert.ok(idsOf('التقيا').includes('consult-meet:verb'));
  assert.ok(idsOf('دعاه').some((x) => x.startsWith('request:verb')));
});

test('hollow and doubled verbs: زار/يزور، شن/يشن، أصر/يصر', () => {
  assert.ok(perfectForms(normalize('زار')).includes(normalize('زارت')));
  assert.ok(imperfectForms(normalize('يزور')).includes(normalize('تزور')));
  assert.ok(idsOf('زرت').includes('consult-visit:verb'));
  const shn = imperfectForms(normalize('يشن'));
  assert.ok(shn.includes(normalize('تشن')) && shn.includes(normalize('يشنون')));
  // two-letter stems get no 1st-person prefixes: نصر (a name) is not "we insist"
  assert.ok(!imperfectForms(normalize('يصر')).includes(normalize('نصر')));
  assert.deepEqual(idsOf('نصر'), []);
});

test('noun forms: dual, construct with suffixes, accusative', () => {
  const f = nounForms(normalize('زيارة'));
  for (const w of ['زيارتان', 'زيارته', 'زيارتها', 'زيارة']) assert.ok(f.includes(normalize(w)), w);
  assert.ok(nounForms(normalize('اتفاق')).includes(normalize('اتفاقا')));
});

test('multi-word expressions are keyed on their first word', () => {
  assert.ok(idsOf('أطلق').some((x) => x === 'retreat-release:verb:سراح'));
  assert.ok(idsOf('فرضت').some((x) => x.startsWith('sanction:verb:عقوبات')));
  assert.ok(idsOf('قطع').some((x) => x.startsWith('sanction:noun:علاقات')));
  assert.ok(idsOf('إضراب').some((x) => x === 'protest-hunger:noun:عن طعام'));
});

test('excluded and stop forms are never triggers', () => {
  for (const w of ['هناك', 'اثنين', 'الشرطة', 'فجر', 'وزارة', 'فيصل']) {
    assert.ok(lex.stopForms.has(normalize(w)) || idsOf(w).length === 0, w);
  }
  assert.ok(!idsOf('هنا').includes('support:verb'));
  assert.ok(!idsOf('يعد').some((x) => x.startsWith('agree-promise')), 'يعد "is considered" is not a promise');
});

test('a lexicon file that breaks the schema is refused with its path and field', () => {
  const dir = mkdtempSync(join(tmpdir(), 'marsad-lex-'));
  writeFileSync(join(dir, 'bad.json'), JSON.stringify({ source: 'test', entries: [{ id: 'x', type: 'MEET', verbs: [] }] }));
  assert.throws(() => loadLexicon(dir), /bad\.json: entries\.0\.type/);
});
