// Mentions and linking over a small fictional knowledge base merged over the bundled one, so the
// behaviour is tested independently of what the bundled data holds.
import test from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createEngine } from '../../src/pipeline/engine.ts';
import { segment } from '../../src/text/segment.ts';
import { findMatches } from '../../src/mentions/gazetteer.ts';
import { link, type NameSpan } from '../../src/link/link.ts';

const dir = mkdtempSync(join(tmpdir(), 'marsad-kb-'));
writeFileSync(
  join(dir, 'fictional.json'),
  JSON.stringify({
    source: 'fictional actors written for tests',
    actors: [
      { id: 'zqn', name: 'Zarqania', type: 'GPE', ar: ['زرقانيا'], nisba: ['زرقاني', 'زرقانية', 'زرقانيون', 'زرقانيين'], country: 'ZQN', sector: 'GOV' },
      { id: 'zarqan-city', name: 'Zarqan City', type: 'GPE', ar: ['زرقان'], country: 'ZQN', capitalOf: 'zqn' },
      {
        id: 'kamal-dory', name: 'Kamal Dory', type: 'PER', ar: ['كمال دوري'], arShort: ['دوري'], country: 'ZQN',
        roles: [{ role: 'Minister of Foreign Affairs', of: 'zqn', from: '2019-03-01', to: '2023-06-30', ar: 'وزير الخارجية' }],
      },
      {
        id: 'salma-tirez', name: 'Salma Tirez', type: 'PER', ar: ['سلمى تيريز'], arShort: ['تيريز'], country: 'ZQN',
        roles: [{ role: 'Minister of Foreign Affairs', of: 'zqn', from: '2023-07-01', to: null, ar: 'وزيرة الخارجية' }],
      },
      {
        id: 'nadim-qorsh-senior', name: 'Nadim Qorsh (senior)', type: 'PER', ar: ['نديم قرش'], country: 'ZQN', disambiguation: 'prefer the holder of a role on the publication date',
        roles: [{ role: 'President', of: 'zqn', from: '2001', to: '2015-12-31' }],
      },
      {
        id: 'nadim-qorsh-junior', name: 'Nadim Qorsh (junior)', type: 'PER', ar: ['نديم قرش'], country: 'ZQN', disambiguation: 'prefer the holder of a role on the publication date',
        roles: [{ role: 'President', of: 'zqn', from: '2016-01-01', to: null }],
      },
      { id: 'yusuf-ould-tarek-bazi', name: 'Yusuf Ould Tarek Bazi', type: 'PER', ar: ['يوسف ولد طارق بازي'], arShort: ['ولد طارق'], country: 'ZQN' },
      { id: 'zqn-government', name: 'Government of Zarqania', type: 'ORG', ar: ['الحكومة الزرقانية'], country: 'ZQN', sector: 'GOV' },
      { id: 'movement-of-dawn', name: 'Movement of Dawn', type: 'ORG', ar: ['حركة الفجر الزرقاني'], arShort: ['الفجر'], sector: 'REB', disambiguation: 'short form only after the full name' },
    ],
  }),
);
writeFileSync(
  join(dir, 'titles.json'),
  JSON.stringify({ source: 'test titles', titles: [{ ar: ['وزير الخارجية', 'وزيرة الخارجية'], role: 'Minister of Foreign Affairs' }] }),
);
const engine = createEngine({ kbDirs: [dir], ner: false });
const run = (text: string, published = '2024-03-10') => engine.run({ text, published });
const mentionsOf = (text: string, published?: string) => run(text, published).mentions.map((m) => [m.text, m.type, m.actor]);

test('title + nisba + name gives NORP and PER, the title recorded as role', () => {
  const text = 'وصل وزير الخارجية الزرقاني كمال دوري إلى المدينة.';
  const d = run(text, '2020-05-01');
  assert.deepEqual(d.mentions.map((m) => [m.text, m.type, m.actor]), [
    ['الزرقاني', 'NORP', 'zqn'],
    ['كمال دوري', 'PER', 'kamal-dory'],
  ]);
  assert.equal(d.mentions[1]!.role, 'وزير الخارجية');
});

test('the analysis lists roles held on the publication date only', () => {
  const a = engine.analyze({ text: 'قال كمال دوري إن المحادثات مستمرة.', published: '2020-05-01' });
  assert.deepEqual(a.actors.find((x) => x.id === 'kamal-dory')?.roles, ['Minister of Foreign Affairs, Zarqania']);
  const b = engine.analyze({ text: 'قال كمال دوري إن المحادثات مستمرة.', published: '2024-05-01' });
  assert.equal(b.actors.find((x) => x.id === 'kamal-dory')?.roles, undefined);
});

test('a bare title resolves to whoever held the role on that date', () => {
  const before = run('أعلن وزير الخارجية الزرقاني موقفا جديدا.', '2021-01-10');
  assert.equal(before.refs[0]?.actor, 'kamal-dory');
  const after = run('أعلنت وزيرة الخارجية الزرقانية موقفا جديدا.', '2024-01-10');
  assert.equal(after.refs[0]?.actor, 'salma-tirez');
});

test('proclitics are left out of spans: و ب ل and لل', () => {
  const m = mentionsOf('اتصل الرئيس بكمال دوري وبزرقانيا وللزرقانيين مطالب.');
  assert.deepEqual(m, [
    ['كمال دوري', 'PER', 'kamal-dory'],
    ['زرقانيا', 'GPE', 'zqn'],
    ['لزرقانيين', 'NORP', 'zqn'],
  ]);
});

test('a short form links only after the full name appears in the document', () => {
  assert.deepEqual(mentionsOf('قال دوري إن الوضع هادئ.'), []);
  const m = mentionsOf('التقى كمال دوري السفير. وقال دوري إن الوضع هادئ.');
  assert.deepEqual(m.map((x) => x[2]), ['kamal-dory', 'kamal-dory']);
});

test('a name shared by two actors goes to the one holding a role on the date', () => {
  assert.equal(run('صرح نديم قرش بأن الانتخابات ستجري.', '2010-01-01').mentions[0]!.actor, 'nadim-qorsh-senior');
  assert.equal(run('صرح نديم قرش بأن الانتخابات ستجري.', '2020-01-01').mentions[0]!.actor, 'nadim-qorsh-junior');
});

test('a capital acting as its government links to the country; as a place it stays the city', () => {
  assert.deepEqual(mentionsOf('ورفضت زرقان المقترح.')[0], ['زرقان', 'GPE', 'zqn']);
  assert.deepEqual(mentionsOf('وصل الوفد إلى زرقان أمس.')[0], ['زرقان', 'GPE', 'zarqan-city']);
  assert.deepEqual(mentionsOf('عقد الاجتماع في زرقان.')[0], ['زرقان', 'GPE', 'zarqan-city']);
});

test('a descriptor word before a name is not part of its span', () => {
  const m = mentionsOf('وأعلنت حركة الفجر الزرقاني مسؤوليتها.');
  assert.deepEqual(m, [['الفجر الزرقاني', 'ORG', 'movement-of-dawn']]);
});

test('an unknown name after a title (a known given name first) becomes a provisional actor, not dropped', () => {
  const d = run('وقال وزير الخارجية الزرقاني كمال منصوري إن بلاده مستعدة.', '2020-05-01');
  const per = d.mentions.find((m) => m.type === 'PER');
  assert.ok(per, 'a PER mention is made');
  assert.equal(per.text, 'كمال منصوري');
  assert.ok(per.actor && d.provisional.has(per.actor));
  const a = d.provisional.get(per.actor)!;
  assert.equal(a.provisional, true);
  assert.match(a.name, /^[A-Z][a-z]+ [A-Z][a-z]+$/);
});

test('same input, same output', () => {
  const text = 'وصل وزير الخارجية الزرقاني كمال دوري إلى زرقانيا.';
  assert.deepEqual(engine.analyze({ text, published: '2020-01-01' }), engine.analyze({ text, published: '2020-01-01' }));
});

test('a state government stands for the state; an administration + nisba is one ORG mention of the state', () => {
  assert.deepEqual(mentionsOf('وأعلنت الحكومة الزرقانية موقفها.'), [['الحكومة الزرقانية', 'ORG', 'zqn']]);
  assert.deepEqual(mentionsOf('وترى الإدارة الزرقانية أن الوقت مناسب.'), [['الإدارة الزرقانية', 'ORG', 'zqn']]);
});

test('a title followed by the first name of the role holder on that date links to the holder', () => {
  const d = run('وصل وزير الخارجية الزرقاني كمال إلى العاصمة.', '2020-05-01');
  const per = d.mentions.find((m) => m.type === 'PER');
  assert.equal(per?.text, 'كمال');
  assert.equal(per?.actor, 'kamal-dory');
});

test('a capital next to a preposition stays the city even beside a verb', () => {
  assert.deepEqual(mentionsOf('وصلت الطائرة إلى زرقان.')[0], ['زرقان', 'GPE', 'zarqan-city']);
  assert.deepEqual(mentionsOf('أعلنت زرقان رفضها.')[0], ['زرقان', 'GPE', 'zqn']);
});

test('a tagger span of one word right before a KB name is the head of a construct, not an actor; other unknown names stay', () => {
  const text = 'اشتبكت ميليشيات زرقانيا مع مسلحين يقودهم رامز غنطوس قرب الحدود.';
  const doc = segment(text, { published: '2024-03-10' });
  const span = (w: string, type: NameSpan['type']): NameSpan => ({ start: text.indexOf(w), end: text.indexOf(w) + w.length, type });
  const names = [span('ميليشيات', 'ORG'), span('رامز غنطوس', 'PER')];
  const linked = link(doc, findMatches(doc, engine.kb), engine.kb, names);
  const got = linked.mentions.map((m) => [m.text, m.via === 'ner' ? 'ner' : m.actor]);
  assert.deepEqual(got, [['زرقانيا', 'zqn'], ['رامز غنطوس', 'ner']]);
});

test('a given name before a short form is the person whose full name starts with it; the short form then links everywhere', () => {
  assert.deepEqual(mentionsOf('ولد طارق يصل إلى زرقان. ووصل المبعوث يوسف ولد طارق أمس إلى العاصمة.').filter((m) => m[1] === 'PER'), [
    ['ولد طارق', 'PER', 'yusuf-ould-tarek-bazi'],
    ['يوسف ولد طارق', 'PER', 'yusuf-ould-tarek-bazi'],
  ]);
  // another given name: somebody else, and the bare short form stays unlinked
  assert.ok(!mentionsOf('وصل سامي ولد طارق إلى زرقان.').some((m) => m[2] === 'yusuf-ould-tarek-bazi'));
});
