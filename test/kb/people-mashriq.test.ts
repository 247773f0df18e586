// data/kb/people-mashriq.json: ids, dated roles, office holders by date, Arabic names.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readKbDirs, checkKb, BUNDLED_KB_DIR } from '../../src/kb/load.ts';
import type { KbActor } from '../../src/kb/schema.ts';
import { normalize } from '../../src/text/normalize.ts';

const FILE = join(BUNDLED_KB_DIR, 'people-mashriq.json');
const TEXT = readFileSync(FILE, 'utf8');
const RAW = JSON.parse(TEXT) as { actors: { id: string }[] };
const MY_IDS = new Set(RAW.actors.map((a) => a.id));
const KB = readKbDirs([BUNDLED_KB_DIR]);
const MINE: KbActor[] = KB.actors.filter((a) => MY_IDS.has(a.id));
const BY_ID = new Map(MINE.map((a) => [a.id, a]));

/** `from` as the first day of its period */
function start(d: string): string {
  return d.length === 4 ? `${d}-01-01` : d.length === 7 ? `${d}-01` : d;
}

/** Ids of the people holding `role` (or `Acting <role>`) of `of` on `date` (YYYY-MM-DD); `to` is exclusive. */
function holders(role: string, of: string, date: string): string[] {
  const out: string[] = [];
  for (const a of MINE) {
    const hit = (a.roles ?? []).some(
      (r) =>
        (r.role === role || r.role === `Acting ${role}`) &&
        r.of === of &&
        start(r.from) <= date &&
        (r.to == null || date < start(r.to)),
    );
    if (hit) out.push(a.id);
  }
  return out;
}

test('the file holds one actor per line and at least 360 people', () => {
  const lines = TEXT.trim().split('\n');
  assert.equal(lines.length, RAW.actors.length + 2); // header line, actors, closing line
  for (const line of lines.slice(1, -1)) assert.match(line, /^\{"id":"[a-z0-9.-]+".*\},?$/);
  assert.ok(RAW.actors.length >= 360, `only ${RAW.actors.length} people`);
  assert.equal(MINE.length, RAW.actors.length);
});

test('ids are unique and every actor is a person with a country-coded sector', () => {
  assert.equal(MY_IDS.size, RAW.actors.length);
  for (const a of MINE) {
    assert.equal(a.type, 'PER', a.id);
    assert.ok(a.sector, `${a.id} has no sector`);
    assert.ok(a.ar.length > 0, `${a.id} has no Arabic name`);
  }
});

test('every person has at least one dated role, with an Arabic title and a sane interval', () => {
  for (const a of MINE) {
    assert.ok((a.roles ?? []).length >= 1, `${a.id} has no role`);
    for (const r of a.roles ?? []) {
      assert.ok(r.from, `${a.id}: ${r.role} undated`);
      assert.ok(r.ar && /[\u0600-\u06ff]/.test(r.ar), `${a.id}: ${r.role} has no Arabic title`);
      if (r.to) assert.ok(start(r.to) > start(r.from) || r.to >= r.from, `${a.id}: ${r.role} ends before it starts`);
    }
  }
});

test('cross-record checks find nothing wrong with these people except references to not-yet-written organisations', () => {
  const FIXED = new Set([
    'hamas', 'fatah', 'plo', 'palestinian-authority', 'palestinian-islamic-jihad', 'hezbollah', 'irgc', 'quds-force', 'idf',
    'mossad', 'shin-bet', 'knesset', 'likud', 'islamic-state', 'hayat-tahrir-al-sham', 'sdf', 'pmf-iraq', 'arab-league',
    'muslim-brotherhood', 'iaea', 'icj', 'un', 'al-qaeda',
  ]);
  const problems = checkKb({ actors: MINE, titles: [], files: [] }).filter((p) => {
    const m = /is of unknown actor "([^"]+)"/.exec(p.message);
    return !(m && (FIXED.has(m[1]!) || KB.actors.some((a) => a.id === m[1])));
  });
  assert.deepEqual(problems, []);
});

const CASES: readonly [role: string, of: string, date: string, id: string][] = [
  // Iran
  ['Supreme Leader', 'irn', '2015-07-14', 'ali-khamenei'],
  ['Supreme Leader', 'irn', '2026-04-01', 'mojtaba-khamenei'],
  ['President', 'irn', '2012-05-01', 'mahmoud-ahmadinejad'],
  ['President', 'irn', '2015-07-14', 'hassan-rouhani'],
  ['President', 'irn', '2022-09-01', 'ebrahim-raisi'],
  ['President', 'irn', '2024-06-15', 'mohammad-mokhber'],
  ['President', 'irn', '2025-06-20', 'masoud-pezeshkian'],
  ['Minister of Foreign Affairs', 'irn', '2012-03-01', 'ali-akbar-salehi'],
  ['Minister of Foreign Affairs', 'irn', '2015-07-14', 'mohammad-javad-zarif'],
  ['Minister of Foreign Affairs', 'irn', '2023-03-10', 'hossein-amir-abdollahian'],
  ['Minister of Foreign Affairs', 'irn', '2024-07-01', 'ali-bagheri-kani'],
  ['Minister of Foreign Affairs', 'irn', '2025-05-09', 'abbas-araghchi'],
  ['Commander', 'irgc', '2015-01-01', 'mohammad-ali-jafari'],
  ['Commander', 'irgc', '2024-04-14', 'hossein-salami'],
  ['Commander', 'irgc', '2025-09-01', 'mohammad-pakpour'],
  ['Commander', 'irgc', '2026-04-01', 'ahmad-vahidi'],
  ['Commander', 'quds-force', '2019-06-01', 'qasem-soleimani'],
  ['Commander', 'quds-force', '2023-06-01', 'esmail-qaani'],
  ['Speaker of Parliament', 'irn', '2016-01-01', 'ali-larijani'],
  ['Speaker of Parliament', 'irn', '2025-01-01', 'mohammad-bagher-ghalibaf'],
  ['Secretary of the Supreme National Security Council', 'irn', '2012-10-01', 'saeed-jalili'],
  ['Secretary of the Supreme National Security Council', 'irn', '2020-01-01', 'ali-shamkhani'],
  ['Secretary of the Supreme National Security Council', 'irn', '2024-01-01', 'ali-akbar-ahmadian'],
  ['Secretary of the Supreme National Security Council', 'irn', '2025-12-01', 'ali-larijani'],
  ['Head of the Atomic Energy Organization', 'irn', '2018-01-01', 'ali-akbar-salehi'],
  ['Head of the Atomic Energy Organization', 'irn', '2023-01-01', 'mohammad-eslami'],
  ['Minister of Defense', 'irn', '2015-01-01', 'hossein-dehghan'],
  ['Minister of Defense', 'irn', '2025-01-01', 'aziz-nasirzadeh'],
  ['Ambassador to the United Nations', 'irn', '2024-01-01', 'amir-saeid-iravani'],
  // Israel
  ['Prime Minister', 'isr', '2015-03-01', 'benjamin-netanyahu'],
  ['Prime Minister', 'isr', '2022-01-01', 'naftali-bennett'],
  ['Prime Minister', 'isr', '2022-10-01', 'yair-lapid'],
  ['Prime Minister', 'isr', '2024-05-01', 'benjamin-netanyahu'],
  ['President', 'isr', '2012-01-01', 'shimon-peres'],
  ['President', 'isr', '2018-01-01', 'reuven-rivlin'],
  ['President', 'isr', '2023-01-01', 'isaac-herzog'],
  ['Minister of Foreign Affairs', 'isr', '2011-06-01', 'avigdor-lieberman'],
  ['Minister of Foreign Affairs', 'isr', '2017-06-01', 'benjamin-netanyahu'],
  ['Minister of Foreign Affairs', 'isr', '2020-12-01', 'gabi-ashkenazi'],
  ['Minister of Foreign Affairs', 'isr', '2023-06-01', 'eli-cohen'],
  ['Minister of Foreign Affairs', 'isr', '2024-06-01', 'israel-katz'],
  ['Minister of Foreign Affairs', 'isr', '2025-06-01', 'gideon-saar'],
  ['Minister of Defense', 'isr', '2012-06-01', 'ehud-barak'],
  ['Minister of Defense', 'isr', '2014-07-15', 'moshe-yaalon'],
  ['Minister of Defense', 'isr', '2017-06-01', 'avigdor-lieberman'],
  ['Minister of Defense', 'isr', '2020-01-01', 'naftali-bennett'],
  ['Minister of Defense', 'isr', '2021-06-01', 'benny-gantz'],
  ['Minister of Defense', 'isr', '2023-10-07', 'yoav-gallant'],
  ['Minister of Defense', 'isr', '2025-06-13', 'israel-katz'],
  ['Minister of Strategic Affairs', 'isr', '2024-03-01', 'ron-dermer'],
  ['Head of Intelligence', 'mossad', '2014-01-01', 'tamir-pardo'],
  ['Head of Intelligence', 'mossad', '2020-01-03', 'yossi-cohen'],
  ['Head of Intelligence', 'mossad', '2024-01-01', 'david-barnea'],
  ['Head of Intelligence', 'shin-bet', '2019-01-01', 'nadav-argaman'],
  ['Head of Intelligence', 'shin-bet', '2023-10-07', 'ronen-bar'],
  ['Head of Intelligence', 'shin-bet', '2026-01-01', 'david-zini'],
  ['Chief of General Staff', 'idf', '2014-07-15', 'benny-gantz'],
  ['Chief of General Staff', 'idf', '2017-01-01', 'gadi-eisenkot'],
  ['Chief of General Staff', 'idf', '2021-05-15', 'aviv-kochavi'],
  ['Chief of General Staff', 'idf', '2023-10-07', 'herzi-halevi'],
  ['Chief of General Staff', 'idf', '2025-06-13', 'eyal-zamir'],
  ['Minister of National Security', 'isr', '2024-01-01', 'itamar-ben-gvir'],
  ['Ambassador to the United Nations', 'isr', '2022-01-01', 'gilad-erdan'],
  // Palestine
  ['President', 'pse', '2020-01-01', 'mahmoud-abbas'],
  ['President', 'palestinian-authority', '2014-07-15', 'mahmoud-abbas'],
  ['Chairman', 'plo', '2023-10-07', 'mahmoud-abbas'],
  ['Vice President', 'pse', '2025-09-01', 'hussein-al-sheikh'],
  ['Prime Minister', 'palestinian-authority', '2012-01-01', 'salam-fayyad'],
  ['Prime Minister', 'palestinian-authority', '2016-01-01', 'rami-hamdallah'],
  ['Prime Minister', 'palestinian-authority', '2021-05-10', 'mohammad-shtayyeh'],
  ['Prime Minister', 'palestinian-authority', '2025-01-01', 'mohammad-mustafa'],
  ['Minister of Foreign Affairs', 'palestinian-authority', '2015-01-01', 'riyad-al-maliki'],
  ['Minister of Foreign Affairs', 'palestinian-authority', '2025-09-01', 'varsen-aghabekian-shahin'],
  ['Head of Political Bureau', 'hamas', '2012-11-20', 'khaled-mashal'],
  ['Head of Political Bureau', 'hamas', '2021-05-10', 'ismail-haniyeh'],
  ['Head of Political Bureau', 'hamas', '2024-09-01', 'yahya-sinwar'],
  ['Head of Hamas in Gaza', 'hamas', '2023-10-07', 'yahya-sinwar'],
  ['Commander', 'qassam-brigades', '2023-10-07', 'mohammed-deif'],
  ['Commander', 'qassam-brigades', '2025-01-15', 'mohammed-sinwar'],
  ['Secretary-General', 'palestinian-islamic-jihad', '2014-07-15', 'ramadan-shalah'],
  ['Secretary-General', 'palestinian-islamic-jihad', '2022-08-06', 'ziyad-al-nakhalah'],
  ['Deputy Head of Political Bureau', 'hamas', '2023-01-01', 'saleh-al-arouri'],
  // Egypt and the Arab League
  ['President', 'egy', '2011-01-25', 'hosni-mubarak'],
  ['President', 'egy', '2013-01-01', 'mohamed-morsi'],
  ['President', 'egy', '2013-12-01', 'adly-mansour'],
  ['President', 'egy', '2020-01-01', 'abdel-fattah-el-sisi'],
  ['Prime Minister', 'egy', '2013-01-01', 'hesham-qandil'],
  ['Prime Minister', 'egy', '2014-01-01', 'hazem-el-beblawi'],
  ['Prime Minister', 'egy', '2015-01-01', 'ibrahim-mahlab'],
  ['Prime Minister', 'egy', '2017-01-01', 'sherif-ismail'],
  ['Prime Minister', 'egy', '2024-01-01', 'mostafa-madbouly'],
  ['Minister of Foreign Affairs', 'egy', '2012-06-01', 'mohamed-kamel-amr'],
  ['Minister of Foreign Affairs', 'egy', '2014-01-01', 'nabil-fahmy'],
  ['Minister of Foreign Affairs', 'egy', '2020-01-01', 'sameh-shoukry'],
  ['Minister of Foreign Affairs', 'egy', '2025-01-01', 'badr-abdelatty'],
  ['Minister of Defense', 'egy', '2013-07-03', 'abdel-fattah-el-sisi'],
  ['Minister of Defense', 'egy', '2020-01-01', 'mohamed-ahmed-zaki'],
  ['Head of Intelligence', 'egy', '2021-05-20', 'abbas-kamel'],
  ['Head of Intelligence', 'egy', '2025-01-19', 'hassan-rashad'],
  ['Secretary-General', 'arab-league', '2013-01-01', 'nabil-elaraby'],
  ['Secretary-General', 'arab-league', '2020-01-01', 'ahmed-aboul-gheit'],
  ['Grand Imam of al-Azhar', 'egy', '2020-01-01', 'ahmed-al-tayeb'],
  // Jordan
  ['King', 'jor', '2020-01-01', 'abdullah-ii-of-jordan'],
  ['Crown Prince', 'jor', '2020-01-01', 'hussein-bin-abdullah'],
  ['Prime Minister', 'jor', '2012-01-01', 'awn-shawkat-al-khasawneh'],
  ['Prime Minister', 'jor', '2014-01-01', 'abdullah-ensour'],
  ['Prime Minister', 'jor', '2017-01-01', 'hani-mulki'],
  ['Prime Minister', 'jor', '2019-01-01', 'omar-razzaz'],
  ['Prime Minister', 'jor', '2022-01-01', 'bisher-al-khasawneh'],
  ['Prime Minister', 'jor', '2025-01-01', 'jafar-hassan'],
  ['Minister of Foreign Affairs', 'jor', '2014-01-01', 'nasser-judeh'],
  ['Minister of Foreign Affairs', 'jor', '2024-01-01', 'ayman-safadi'],
  // Lebanon
  ['President', 'lbn', '2012-01-01', 'michel-suleiman'],
  ['President', 'lbn', '2019-10-17', 'michel-aoun'],
  ['President', 'lbn', '2025-06-01', 'joseph-aoun'],
  ['Prime Minister', 'lbn', '2012-01-01', 'najib-mikati'],
  ['Prime Minister', 'lbn', '2015-01-01', 'tammam-salam'],
  ['Prime Minister', 'lbn', '2018-01-01', 'saad-hariri'],
  ['Prime Minister', 'lbn', '2020-08-04', 'hassan-diab'],
  ['Prime Minister', 'lbn', '2023-01-01', 'najib-mikati'],
  ['Prime Minister', 'lbn', '2025-06-01', 'nawaf-salam'],
  ['Speaker of Parliament', 'lbn', '2020-01-01', 'nabih-berri'],
  ['Minister of Foreign Affairs', 'lbn', '2017-01-01', 'gebran-bassil'],
  ['Minister of Foreign Affairs', 'lbn', '2023-01-01', 'abdallah-bou-habib'],
  ['Minister of Foreign Affairs', 'lbn', '2025-06-01', 'youssef-rajji'],
  ['Commander', 'lbn', '2020-01-01', 'joseph-aoun'],
  ['Secretary-General', 'hezbollah', '2006-07-12', 'hassan-nasrallah'],
  ['Secretary-General', 'hezbollah', '2025-01-01', 'naim-qassem'],
  // Syria
  ['President', 'syr', '2015-09-30', 'bashar-al-assad'],
  ['President', 'syr', '2025-06-01', 'ahmed-al-sharaa'],
  ['Leader', 'hayat-tahrir-al-sham', '2020-03-05', 'ahmed-al-sharaa'],
  ['Prime Minister', 'syr', '2014-01-01', 'wael-al-halqi'],
  ['Prime Minister', 'syr', '2018-01-01', 'imad-khamis'],
  ['Prime Minister', 'syr', '2022-01-01', 'hussein-arnous'],
  ['Prime Minister', 'syr', '2025-02-01', 'mohammed-al-bashir'],
  ['Minister of Foreign Affairs', 'syr', '2015-09-30', 'walid-muallem'],
  ['Minister of Foreign Affairs', 'syr', '2022-01-01', 'faisal-mekdad'],
  ['Minister of Foreign Affairs', 'syr', '2025-06-01', 'asaad-al-shaibani'],
  ['Minister of Defense', 'syr', '2015-01-01', 'fahd-jassem-al-freij'],
  ['Minister of Defense', 'syr', '2025-06-01', 'murhaf-abu-qasra'],
  ['Commander', 'sdf', '2019-10-09', 'mazloum-abdi'],
  ['President', 'syrian-national-coalition', '2022-01-01', 'salem-al-meslet'],
  ['Leader', 'al-nusra-front', '2014-01-01', 'ahmed-al-sharaa'],
  ['Leader', 'badr-organization', '2015-01-01', 'hadi-al-amiri'],
  ['Leader', 'islamic-state', '2014-06-29', 'abu-bakr-al-baghdadi'],
  ['Leader', 'islamic-state', '2024-01-01', 'abu-hafs-al-hashimi-al-qurashi'],
  // Iraq
  ['Prime Minister', 'irq', '2012-01-01', 'nouri-al-maliki'],
  ['Prime Minister', 'irq', '2016-01-01', 'haider-al-abadi'],
  ['Prime Minister', 'irq', '2019-10-01', 'adil-abdul-mahdi'],
  ['Prime Minister', 'irq', '2021-01-01', 'mustafa-al-kadhimi'],
  ['Prime Minister', 'irq', '2024-01-01', 'mohammed-shia-al-sudani'],
  ['President', 'irq', '2012-01-01', 'jalal-talabani'],
  ['President', 'irq', '2016-01-01', 'fuad-masum'],
  ['President', 'irq', '2020-01-01', 'barham-salih'],
  ['President', 'irq', '2024-01-01', 'abdul-latif-rashid'],
  ['Minister of Foreign Affairs', 'irq', '2012-01-01', 'hoshyar-zebari'],
  ['Minister of Foreign Affairs', 'irq', '2016-01-01', 'ibrahim-al-jaafari'],
  ['Minister of Foreign Affairs', 'irq', '2019-06-01', 'mohamed-ali-alhakim'],
  ['Minister of Foreign Affairs', 'irq', '2024-01-01', 'fuad-hussein'],
  ['Speaker of Parliament', 'irq', '2020-01-01', 'mohamed-al-halbousi'],
  ['Speaker of Parliament', 'irq', '2026-02-01', 'haibat-al-halbousi'],
  ['Chairman', 'pmf-iraq', '2020-01-01', 'falih-al-fayyadh'],
  ['President of the Kurdistan Region', 'irq', '2015-01-01', 'masoud-barzani'],
  ['President of the Kurdistan Region', 'irq', '2022-01-01', 'nechirvan-barzani'],
  ['Prime Minister of the Kurdistan Region', 'irq', '2022-01-01', 'masrour-barzani'],
];

test('an office on a date resolves to exactly one expected person', () => {
  for (const [role, of, date, id] of CASES) {
    assert.ok(BY_ID.has(id), `unknown id ${id}`);
    assert.deepEqual(holders(role, of, date), [id], `${role} of ${of} on ${date}`);
  }
});

/** offices that must have at most one holder every month, and exactly one outside the listed gaps */
const OFFICES: readonly [role: string, of: string, first: string, last: string, gaps: readonly (readonly [string, string])[]][] = [
  ['Supreme Leader', 'irn', '2011-01', '2026-06', []],
  ['President', 'irn', '2011-01', '2026-06', []],
  ['Minister of Foreign Affairs', 'irn', '2011-01', '2026-06', []],
  ['Minister of Defense', 'irn', '2011-01', '2026-06', []],
  ['Commander', 'irgc', '2011-01', '2026-06', []],
  ['Commander', 'quds-force', '2011-01', '2026-06', []],
  ['Speaker of Parliament', 'irn', '2011-01', '2026-06', []],
  ['Secretary of the Supreme National Security Council', 'irn', '2011-01', '2026-03', []],
  ['Chief of General Staff', 'irn', '2011-01', '2026-02', []],
  ['Prime Minister', 'isr', '2011-01', '2026-06', []],
  ['President', 'isr', '2011-01', '2026-06', []],
  ['Minister of Foreign Affairs', 'isr', '2011-01', '2026-06', []],
  ['Minister of Defense', 'isr', '2011-01', '2026-06', []],
  ['Chief of General Staff', 'idf', '2011-01', '2026-06', []],
  ['Head of Intelligence', 'mossad', '2011-01', '2026-06', []],
  ['Head of Intelligence', 'shin-bet', '2011-01', '2026-06', [['2025-06', '2025-09']]],
  ['President', 'palestinian-authority', '2011-01', '2026-06', []],
  ['Prime Minister', 'palestinian-authority', '2011-01', '2026-06', []],
  ['Minister of Foreign Affairs', 'palestinian-authority', '2011-01', '2026-06', []],
  ['Head of Political Bureau', 'hamas', '2011-01', '2024-09', []],
  ['Secretary-General', 'palestinian-islamic-jihad', '2011-01', '2026-06', []],
  ['President', 'egy', '2011-01', '2026-06', [['2011-02', '2012-06']]],
  ['Prime Minister', 'egy', '2011-02', '2026-06', []],
  ['Minister of Foreign Affairs', 'egy', '2011-01', '2026-06', []],
  ['Minister of Defense', 'egy', '2011-01', '2026-06', []],
  ['Head of Intelligence', 'egy', '2011-01', '2026-06', []],
  ['Secretary-General', 'arab-league', '2011-01', '2026-06', []],
  ['King', 'jor', '2011-01', '2026-06', []],
  ['Prime Minister', 'jor', '2011-01', '2026-06', []],
  ['Minister of Foreign Affairs', 'jor', '2011-01', '2026-06', []],
  ['President', 'lbn', '2011-01', '2026-06', [['2014-06', '2016-10'], ['2022-11', '2024-12']]],
  ['Prime Minister', 'lbn', '2011-01', '2026-06', []],
  ['Speaker of Parliament', 'lbn', '2011-01', '2026-06', []],
  ['Minister of Foreign Affairs', 'lbn', '2011-07', '2026-06', []],
  ['Commander', 'lbn', '2011-01', '2026-06', [['2025-01', '2025-02']]],
  ['Secretary-General', 'hezbollah', '2011-01', '2026-06', [['2024-10', '2024-10']]],
  ['President', 'syr', '2011-01', '2026-06', [['2024-12', '2025-01']]],
  ['Prime Minister', 'syr', '2011-01', '2025-03', []],
  ['Minister of Foreign Affairs', 'syr', '2011-01', '2026-06', [['2024-12', '2024-12']]],
  ['Minister of Defense', 'syr', '2011-01', '2026-06', [['2024-12', '2024-12']]],
  ['Leader', 'islamic-state', '2011-01', '2026-06', [['2022-02', '2022-02'], ['2022-10', '2022-11'], ['2023-04', '2023-07']]],
  ['Prime Minister', 'irq', '2011-01', '2026-06', []],
  ['President', 'irq', '2011-01', '2026-06', []],
  ['Minister of Foreign Affairs', 'irq', '2011-01', '2026-06', [['2020-05', '2020-05']]],
  ['Speaker of Parliament', 'irq', '2011-01', '2026-06', []],
  ['Minister of Defense', 'irq', '2011-01', '2026-06', [['2011-01', '2011-08'], ['2014-09', '2014-10'], ['2016-08', '2017-01'], ['2018-10', '2019-06']]],
  ['President of the Kurdistan Region', 'irq', '2011-01', '2026-06', [['2017-11', '2019-05']]],
];

function months(first: string, last: string): string[] {
  const out: string[] = [];
  let [y, m] = first.split('-').map(Number) as [number, number];
  const [ly, lm] = last.split('-').map(Number) as [number, number];
  while (y < ly || (y === ly && m <= lm)) {
    out.push(`${y}-${String(m).padStart(2, '0')}`);
    m++;
    if (m > 12) { m = 1; y++; }
  }
  return out;
}

test('key offices have one holder in every month of 2011-2026, apart from known vacancies', () => {
  for (const [role, of, first, last, gaps] of OFFICES) {
    for (const ym of months(first, last)) {
      const found = holders(role, of, `${ym}-15`);
      assert.ok(found.length <= 1, `${role} of ${of} in ${ym}: ${found.join(', ')}`);
      const vacancy = gaps.some(([a, b]) => ym >= a && ym <= b);
      if (!vacancy) assert.equal(found.length, 1, `${role} of ${of} in ${ym}: nobody`);
    }
  }
});

test('Arabic names as Arab outlets write them find the right person', () => {
  const byName = new Map<string, string[]>();
  for (const a of MINE) for (const n of a.ar) {
    const k = normalize(n);
    byName.set(k, [...(byName.get(k) ?? []), a.id]);
  }
  const names: readonly [string, string][] = [
    ['بنيامين نتنياهو', 'benjamin-netanyahu'], ['نتانياهو', 'benjamin-netanyahu'], ['رون ديرمر', 'ron-dermer'],
    ['ديرمر', 'ron-dermer'], ['محمد جواد ظريف', 'mohammad-javad-zarif'], ['عباس عراقجي', 'abbas-araghchi'],
    ['عراقجي', 'abbas-araghchi'], ['حسن روحاني', 'hassan-rouhani'], ['إبراهيم رئيسي', 'ebrahim-raisi'],
    ['مسعود بزشكيان', 'masoud-pezeshkian'], ['علي خامنئي', 'ali-khamenei'], ['مجتبى خامنئي', 'mojtaba-khamenei'],
    ['خالد مشعل', 'khaled-mashal'], ['إسماعيل هنيّة', 'ismail-haniyeh'], ['هنية', 'ismail-haniyeh'],
    ['يحيى السنوار', 'yahya-sinwar'], ['محمود عباس', 'mahmoud-abbas'], ['أبو مازن', 'mahmoud-abbas'],
    ['عبد الفتاح السيسي', 'abdel-fattah-el-sisi'], ['السيسي', 'abdel-fattah-el-sisi'], ['سامح شكري', 'sameh-shoukry'],
    ['بشار الأسد', 'bashar-al-assad'], ['أحمد الشرع', 'ahmed-al-sharaa'], ['أبو محمد الجولاني', 'ahmed-al-sharaa'],
    ['حسن نصر الله', 'hassan-nasrallah'], ['نصرالله', 'hassan-nasrallah'], ['نبيه برّي', 'nabih-berri'],
    ['أفيخاي أدرعي', 'avichay-adraee'], ['فارسين أغابكيان', 'varsen-aghabekian-shahin'], ['قاسم سليماني', 'qasem-soleimani'],
    ['إسماعيل قاآني', 'esmail-qaani'], ['مقتدى الصدر', 'muqtada-al-sadr'], ['محمد شياع السوداني', 'mohammed-shia-al-sudani'],
    ['مظلوم عبدي', 'mazloum-abdi'], ['أيمن الصفدي', 'ayman-safadi'], ['نعيم قاسم', 'naim-qassem'],
  ];
  for (const [n, id] of names) assert.deepEqual(byName.get(normalize(n)), [id], n);
});

test('ambiguous short forms are kept out of full names and every person sharing one says how to choose', () => {
  const shared: readonly [string, readonly string[]][] = [
    ['الأسد', ['bashar-al-assad', 'maher-al-assad', 'hafez-al-assad']],
    ['السنوار', ['yahya-sinwar', 'mohammed-sinwar']],
    ['عون', ['michel-aoun', 'joseph-aoun']],
    ['عباس', ['mahmoud-abbas', 'mansour-abbas']],
    ['البرغوثي', ['marwan-barghouti', 'mustafa-barghouti']],
    ['الحكيم', ['ammar-al-hakim', 'mohamed-ali-alhakim']],
    ['بارزاني', ['masoud-barzani', 'nechirvan-barzani', 'masrour-barzani']],
    ['خامنئي', ['ali-khamenei', 'mojtaba-khamenei']],
    ['الحريري', ['saad-hariri', 'rafic-hariri', 'nasr-al-hariri']],
    ['لاريجاني', ['ali-larijani', 'sadegh-larijani']],
  ];
  for (const [short, ids] of shared) {
    for (const id of ids) {
      const a = BY_ID.get(id)!;
      assert.ok(a.arShort?.some((n) => normalize(n) === normalize(short)), `${id} lacks short form ${short}`);
      assert.ok(!a.ar.some((n) => normalize(n) === normalize(short)), `${id} lists ${short} as a full name`);
      assert.match(a.disambiguation ?? '', /publication date/, `${id} has no disambiguation`);
    }
  }
  // words that are ordinary Arabic too stay out of the full names
  for (const word of ['بري', 'رئيسي', 'الحية', 'الضيف', 'مبارك', 'مرسي', 'الشرع', 'باراك', 'سلام', 'الشيخ']) {
    const owners = MINE.filter((a) => a.ar.some((n) => normalize(n) === normalize(word))).map((a) => a.id);
    assert.deepEqual(owners, [], `${word} is a full name of ${owners.join(', ')}`);
  }
});
