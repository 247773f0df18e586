// Checks data/kb/people-gulf-maghreb.json: shape, dated roles, Arabic forms, and that "the holder of
// office X of country Y on date D" resolves to exactly one person across 2011-2026.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readKbDirs, BUNDLED_KB_DIR } from '../../src/kb/load.ts';
import { KbFileSchema, type KbActor } from '../../src/kb/schema.ts';
import { normalize } from '../../src/text/normalize.ts';
import { ALL_SPECS, toActor, render } from '../../scripts/kb/people-gulf-maghreb.ts';

const FILE = join(BUNDLED_KB_DIR, 'people-gulf-maghreb.json');
const fileText = readFileSync(FILE, 'utf8');
const mine = KbFileSchema.parse(JSON.parse(fileText)).actors;
const myIds = new Set(mine.map((a) => a.id));
const kb = readKbDirs([BUNDLED_KB_DIR]); // throws if an id is defined twice anywhere in the bundled KB
const people = kb.actors.filter((a) => myIds.has(a.id));

/** Ids every KB helper may reference before the file that defines them is written (data/kb conventions). */
const FIXED_ORG_IDS = new Set([
  'un', 'un-security-council', 'un-general-assembly', 'arab-league', 'gcc', 'oic', 'opec', 'african-union', 'houthis',
  'rsf-sudan', 'sudanese-armed-forces', 'libyan-national-army', 'presidential-leadership-council-yemen',
  // movements defined in organisations.json
  'saudi-led-coalition', 'muslim-world-league', 'arab-maghreb-union', 'southern-transitional-council', 'national-resistance-yemen',
  'giants-brigades', 'pkk', 'gulen-movement', 'polisario-front', 'splm-n', 'jem-sudan', 'taqaddum', 'tasis',
]);

/** First and last calendar day covered by a partial date (YYYY, YYYY-MM or YYYY-MM-DD). */
function startOf(d: string): string {
  return d.length === 4 ? `${d}-01-01` : d.length === 7 ? `${d}-01` : d;
}
function endOf(d: string): string {
  return d.length === 4 ? `${d}-12-31` : d.length === 7 ? `${d}-31` : d;
}

/** Ids of the people holding `role` of `of` on `date` (YYYY-MM-DD). */
function holders(actors: readonly KbActor[], role: string, of: string, date: string): string[] {
  return actors
    .filter((a) => (a.roles ?? []).some((r) => r.role === role && r.of === of && startOf(r.from) <= date && (!r.to || date <= endOf(r.to))))
    .map((a) => a.id);
}

test('the file is what the generator produces, one actor per line', () => {
  assert.equal(render(ALL_SPECS.map(toActor)), fileText);
  const lines = fileText.trimEnd().split('\n');
  assert.equal(lines.length, mine.length + 2); // header line, one line per actor, closing line
  for (const line of lines.slice(1, -1)) assert.match(line, /^\{"id":"[a-z0-9.-]+".*\},?$/);
});

test('at least 330 people, all PER, ids unique and loaded from the bundled KB', () => {
  assert.ok(mine.length >= 330, `only ${mine.length} people`);
  assert.equal(myIds.size, mine.length, 'duplicate id inside the file');
  assert.equal(people.length, mine.length);
  for (const a of mine) {
    assert.equal(a.type, 'PER', a.id);
    assert.match(a.country ?? '', /^[A-Z]{3}$/, `${a.id} has no country`);
    assert.ok(a.sector, `${a.id} has no sector`);
  }
});

test('the ids named in the brief exist with their encyclopedia names', () => {
  const names: Record<string, string> = {
    'salman-of-saudi-arabia': 'Salman of Saudi Arabia', 'mohammed-bin-salman': 'Mohammed bin Salman', 'faisal-bin-farhan': 'Faisal bin Farhan Al Saud',
    'adel-al-jubeir': 'Adel al-Jubeir', 'tamim-bin-hamad-al-thani': 'Tamim bin Hamad Al Thani', 'mohammed-bin-abdulrahman-al-thani': 'Mohammed bin Abdulrahman bin Jassim Al Thani',
    'badr-albusaidi': 'Badr Albusaidi', 'recep-tayyip-erdogan': 'Recep Tayyip Erdoğan', 'hakan-fidan': 'Hakan Fidan', 'abdel-fattah-al-burhan': 'Abdel Fattah al-Burhan',
    'mohamed-hamdan-dagalo': 'Mohamed Hamdan Dagalo', 'khalifa-haftar': 'Khalifa Haftar', 'kais-saied': 'Kais Saied', 'abdelmadjid-tebboune': 'Abdelmadjid Tebboune',
    'mohammed-vi-of-morocco': 'Mohammed VI of Morocco', 'abdul-malik-al-houthi': 'Abdul-Malik al-Houthi', 'rashad-al-alimi': 'Rashad al-Alimi',
  };
  const byId = new Map(people.map((a) => [a.id, a]));
  for (const [id, name] of Object.entries(names)) assert.equal(byId.get(id)?.name, name, id);
  assert.ok(byId.get('recep-tayyip-erdogan')!.aliases!.includes('Erdogan'));
  assert.ok(byId.get('mohammed-bin-salman')!.aliases!.includes('MBS'));
  assert.ok(byId.get('mohamed-bin-zayed-al-nahyan')!.aliases!.includes('MBZ'));
});

test('every person has dated roles with a known target and an Arabic title', () => {
  const known = new Set(kb.actors.map((a) => a.id));
  for (const a of people) {
    assert.ok((a.roles ?? []).length >= 1, `${a.id} has no role`);
    for (const r of a.roles!) {
      assert.match(r.from, /^\d{4}(-\d{2}(-\d{2})?)?$/, `${a.id} ${r.role}`);
      if (r.to) assert.ok(startOf(r.from) <= endOf(r.to), `${a.id} ${r.role} ends before it starts`);
      assert.ok(r.ar && /[\u0600-\u06ff]/.test(r.ar), `${a.id} ${r.role} has no Arabic title`);
      if (r.of) assert.ok(known.has(r.of) || FIXED_ORG_IDS.has(r.of), `${a.id} ${r.role} of unknown "${r.of}"`);
    }
  }
});

test('Arabic names: both spellings of عبد ال names, shared forms disambiguated', () => {
  const owners = new Map<string, string[]>();
  for (const a of kb.actors) {
    for (const n of new Set([...a.ar, ...(a.arShort ?? [])].map(normalize))) owners.set(n, [...(owners.get(n) ?? []), a.id]);
  }
  for (const a of people) {
    const forms = new Set([...a.ar, ...(a.arShort ?? [])].map(normalize));
    for (const n of forms) {
      // عبدالعزيز / عبد العزيز: normalisation does not fold the space, so both must be listed
      const joined = n.replace(/عبد ال(?=\S)/g, 'عبدال');
      const spaced = n.replace(/عبدال/g, 'عبد ال');
      if (joined !== n || spaced !== n) assert.ok(forms.has(joined) && forms.has(spaced), `${a.id}: "${n}" lacks its عبد ال / عبدال variant`);
      const shared = owners.get(n)!;
      if (shared.length > 1) assert.ok(a.disambiguation, `${a.id}: "${n}" is shared with ${shared.join(', ')} but has no disambiguation`);
    }
  }
});

test('distinctive short forms name one person; ambiguous ones are arShort only', () => {
  const byName = (s: string, field: 'ar' | 'arShort') =>
    people.filter((a) => (a[field] ?? []).some((n) => normalize(n) === normalize(s))).map((a) => a.id).sort();
  const distinctive: Record<string, string> = {
    'أردوغان': 'recep-tayyip-erdogan', 'حفتر': 'khalifa-haftar', 'حميدتي': 'mohamed-hamdan-dagalo', 'البرهان': 'abdel-fattah-al-burhan',
    'تبون': 'abdelmadjid-tebboune', 'الجبير': 'adel-al-jubeir', 'البوسعيدي': 'badr-albusaidi', 'العليمي': 'rashad-al-alimi', 'فيدان': 'hakan-fidan',
    'بوريطة': 'nasser-bourita', 'الدبيبة': 'abdul-hamid-dbeibeh', 'قرقاش': 'anwar-gargash', 'حمدوك': 'abdalla-hamdok', 'محمد بن سلمان': 'mohammed-bin-salman',
    'سلمان بن عبد العزيز': 'salman-of-saudi-arabia', 'سلمان بن عبدالعزيز': 'salman-of-saudi-arabia', 'تميم بن حمد': 'tamim-bin-hamad-al-thani',
    'محمد بن عبد الرحمن آل ثاني': 'mohammed-bin-abdulrahman-al-thani', 'عبدالملك الحوثي': 'abdul-malik-al-houthi', 'قيس سعيد': 'kais-saied',
    'محمد السادس': 'mohammed-vi-of-morocco', 'هاكان فيدان': 'hakan-fidan', 'رجب طيب إردوغان': 'recep-tayyip-erdogan', 'محمد حمدان دقلو': 'mohamed-hamdan-dagalo',
  };
  for (const [name, id] of Object.entries(distinctive)) assert.deepEqual(byName(name, 'ar'), [id], name);
  for (const ambiguous of ['سلمان', 'الحوثي', 'آل ثاني', 'بن زايد', 'القذافي', 'الغنوشي', 'صالح', 'دقلو']) {
    assert.deepEqual(byName(ambiguous, 'ar'), [], `${ambiguous} must not be a full name`);
    const owners = byName(ambiguous, 'arShort');
    assert.ok(owners.length >= 1, `${ambiguous} is nobody's short form`);
  }
  assert.deepEqual(byName('الحوثي', 'arShort'), ['abdul-malik-al-houthi', 'mohammed-ali-al-houthi']);
});

// [role, of, date, expected holder]
const OFFICE_TABLE: readonly (readonly [string, string, string, string])[] = [
  // Saudi Arabia
  ['King', 'sau', '2014-01-01', 'abdullah-of-saudi-arabia'], ['King', 'sau', '2016-01-01', 'salman-of-saudi-arabia'],
  ['Crown Prince', 'sau', '2011-06-01', 'sultan-bin-abdulaziz'], ['Crown Prince', 'sau', '2012-01-01', 'nayef-bin-abdulaziz'],
  ['Crown Prince', 'sau', '2013-01-01', 'salman-of-saudi-arabia'], ['Crown Prince', 'sau', '2015-03-01', 'muqrin-bin-abdulaziz'],
  ['Crown Prince', 'sau', '2016-01-01', 'muhammad-bin-nayef'], ['Crown Prince', 'sau', '2018-01-01', 'mohammed-bin-salman'],
  ['Prime Minister', 'sau', '2014-01-01', 'abdullah-of-saudi-arabia'], ['Prime Minister', 'sau', '2020-01-01', 'salman-of-saudi-arabia'],
  ['Prime Minister', 'sau', '2023-01-01', 'mohammed-bin-salman'],
  ['Minister of Foreign Affairs', 'sau', '2012-06-01', 'saud-al-faisal'], ['Minister of Foreign Affairs', 'sau', '2016-01-01', 'adel-al-jubeir'],
  ['Minister of Foreign Affairs', 'sau', '2019-06-01', 'ibrahim-al-assaf'], ['Minister of Foreign Affairs', 'sau', '2020-01-01', 'faisal-bin-farhan'],
  ['Minister of Foreign Affairs', 'sau', '2025-06-01', 'faisal-bin-farhan'], ['Minister of State for Foreign Affairs', 'sau', '2020-01-01', 'adel-al-jubeir'],
  ['Minister of Defense', 'sau', '2011-06-01', 'sultan-bin-abdulaziz'], ['Minister of Defense', 'sau', '2013-01-01', 'salman-of-saudi-arabia'],
  ['Minister of Defense', 'sau', '2016-01-01', 'mohammed-bin-salman'], ['Minister of Defense', 'sau', '2023-01-01', 'khalid-bin-salman'],
  ['Minister of the Interior', 'sau', '2011-06-01', 'nayef-bin-abdulaziz'], ['Minister of the Interior', 'sau', '2012-08-01', 'ahmed-bin-abdulaziz'],
  ['Minister of the Interior', 'sau', '2014-01-01', 'muhammad-bin-nayef'], ['Minister of the Interior', 'sau', '2019-01-01', 'abdulaziz-bin-saud-bin-nayef'],
  ['Head of Intelligence', 'sau', '2013-01-01', 'bandar-bin-sultan'], ['Head of Intelligence', 'sau', '2016-01-01', 'khalid-al-humaidan'],
  ['Spokesperson', 'saudi-led-coalition', '2016-01-01', 'ahmed-asiri'], ['Spokesperson', 'saudi-led-coalition', '2020-01-01', 'turki-al-maliki'],
  // UAE, Qatar, Kuwait, Bahrain, Oman
  ['President', 'are', '2020-01-01', 'khalifa-bin-zayed-al-nahyan'], ['President', 'are', '2023-01-01', 'mohamed-bin-zayed-al-nahyan'],
  ['Prime Minister', 'are', '2015-01-01', 'mohammed-bin-rashid-al-maktoum'], ['Minister of Foreign Affairs', 'are', '2015-01-01', 'abdullah-bin-zayed-al-nahyan'],
  ['Minister of State for Foreign Affairs', 'are', '2015-01-01', 'anwar-gargash'],
  ['Emir', 'qat', '2012-01-01', 'hamad-bin-khalifa-al-thani'], ['Emir', 'qat', '2015-01-01', 'tamim-bin-hamad-al-thani'],
  ['Prime Minister', 'qat', '2012-01-01', 'hamad-bin-jassim-al-thani'], ['Prime Minister', 'qat', '2015-01-01', 'abdullah-bin-nasser-al-thani'],
  ['Prime Minister', 'qat', '2021-01-01', 'khalid-bin-khalifa-al-thani'], ['Prime Minister', 'qat', '2024-01-01', 'mohammed-bin-abdulrahman-al-thani'],
  ['Minister of Foreign Affairs', 'qat', '2014-01-01', 'khalid-bin-mohammad-al-attiyah'], ['Minister of Foreign Affairs', 'qat', '2020-01-01', 'mohammed-bin-abdulrahman-al-thani'],
  ['Minister of Defense', 'qat', '2020-01-01', 'khalid-bin-mohammad-al-attiyah'], ['Minister of Defense', 'qat', '2025-06-01', 'saoud-bin-abdulrahman-al-thani'],
  ['Emir', 'kwt', '2015-01-01', 'sabah-al-ahmad-al-jaber-al-sabah'], ['Emir', 'kwt', '2022-01-01', 'nawaf-al-ahmad-al-jaber-al-sabah'],
  ['Emir', 'kwt', '2024-06-01', 'mishal-al-ahmad-al-jaber-al-sabah'], ['Crown Prince', 'kwt', '2021-01-01', 'mishal-al-ahmad-al-jaber-al-sabah'],
  ['Crown Prince', 'kwt', '2025-01-01', 'sabah-al-khalid-al-sabah'],
  ['Prime Minister', 'kwt', '2015-01-01', 'jaber-al-mubarak-al-hamad-al-sabah'], ['Prime Minister', 'kwt', '2021-01-01', 'sabah-al-khalid-al-sabah'],
  ['Prime Minister', 'kwt', '2023-01-01', 'ahmad-nawaf-al-ahmad-al-sabah'], ['Prime Minister', 'kwt', '2025-01-01', 'ahmad-abdullah-al-ahmad-al-sabah'],
  ['Minister of Foreign Affairs', 'kwt', '2015-01-01', 'sabah-al-khalid-al-sabah'], ['Minister of Foreign Affairs', 'kwt', '2021-01-01', 'ahmad-nasser-al-mohammad-al-sabah'],
  ['Minister of Foreign Affairs', 'kwt', '2023-01-01', 'salem-abdullah-al-jaber-al-sabah'], ['Minister of Foreign Affairs', 'kwt', '2025-01-01', 'abdullah-al-yahya'],
  ['King', 'bhr', '2020-01-01', 'hamad-bin-isa-al-khalifa'], ['Prime Minister', 'bhr', '2015-01-01', 'khalifa-bin-salman-al-khalifa'],
  ['Prime Minister', 'bhr', '2021-01-01', 'salman-bin-hamad-al-khalifa'], ['Minister of Foreign Affairs', 'bhr', '2015-01-01', 'khalid-bin-ahmed-al-khalifa'],
  ['Minister of Foreign Affairs', 'bhr', '2021-01-01', 'abdullatif-bin-rashid-al-zayani'],
  ['Sultan', 'omn', '2019-01-01', 'qaboos-bin-said'], ['Sultan', 'omn', '2021-01-01', 'haitham-bin-tariq'],
  ['Minister of Foreign Affairs', 'omn', '2019-01-01', 'yusuf-bin-alawi-bin-abdullah'], ['Minister of Foreign Affairs', 'omn', '2021-01-01', 'badr-albusaidi'],
  // organisations
  ['Secretary-General', 'gcc', '2010-01-01', 'abdulrahman-al-attiyah'], ['Secretary-General', 'gcc', '2015-01-01', 'abdullatif-bin-rashid-al-zayani'],
  ['Secretary-General', 'gcc', '2021-01-01', 'nayef-al-hajraf'], ['Secretary-General', 'gcc', '2024-01-01', 'jasem-albudaiwi'],
  ['Secretary-General', 'oic', '2012-01-01', 'ekmeleddin-ihsanoglu'], ['Secretary-General', 'oic', '2015-01-01', 'iyad-ameen-madani'],
  ['Secretary-General', 'oic', '2019-01-01', 'yousef-al-othaimeen'], ['Secretary-General', 'oic', '2023-01-01', 'hissein-brahim-taha'],
  // Yemen
  ['President', 'yem', '2011-06-01', 'ali-abdullah-saleh'], ['President', 'yem', '2015-01-01', 'abdrabbuh-mansur-hadi'],
  ['Chairman', 'presidential-leadership-council-yemen', '2023-01-01', 'rashad-al-alimi'],
  ['Prime Minister', 'yem', '2013-01-01', 'mohammed-basindawa'], ['Prime Minister', 'yem', '2015-06-01', 'khaled-bahah'],
  ['Prime Minister', 'yem', '2017-01-01', 'ahmed-obeid-bin-daghr'], ['Prime Minister', 'yem', '2020-01-01', 'maeen-abdulmalik-saeed'],
  ['Prime Minister', 'yem', '2024-06-01', 'ahmad-awad-bin-mubarak'], ['Prime Minister', 'yem', '2025-08-01', 'salem-bin-breik'],
  ['Prime Minister', 'yem', '2026-03-01', 'shaya-al-zindani'],
  ['Minister of Foreign Affairs', 'yem', '2012-01-01', 'abu-bakr-al-qirbi'], ['Minister of Foreign Affairs', 'yem', '2017-01-01', 'abdulmalik-al-mekhlafi'],
  ['Minister of Foreign Affairs', 'yem', '2019-01-01', 'khaled-al-yamani'], ['Minister of Foreign Affairs', 'yem', '2020-01-01', 'mohammed-al-hadhrami'],
  ['Minister of Foreign Affairs', 'yem', '2022-01-01', 'ahmad-awad-bin-mubarak'], ['Minister of Foreign Affairs', 'yem', '2025-01-01', 'shaya-al-zindani'],
  ['Leader', 'houthis', '2020-01-01', 'abdul-malik-al-houthi'], ['President of the Supreme Political Council', 'houthis', '2017-01-01', 'saleh-ali-al-sammad'],
  ['President of the Supreme Political Council', 'houthis', '2020-01-01', 'mahdi-al-mashat'], ['Prime Minister', 'houthis', '2020-01-01', 'abdulaziz-bin-habtour'],
  ['Prime Minister', 'houthis', '2025-01-01', 'ahmed-al-rahawi'], ['Prime Minister', 'houthis', '2025-12-01', 'mohammed-miftah'],
  // Turkey
  ['President', 'tur', '2012-01-01', 'abdullah-gul'], ['President', 'tur', '2015-01-01', 'recep-tayyip-erdogan'], ['President', 'tur', '2025-01-01', 'recep-tayyip-erdogan'],
  ['Prime Minister', 'tur', '2012-01-01', 'recep-tayyip-erdogan'], ['Prime Minister', 'tur', '2015-01-01', 'ahmet-davutoglu'], ['Prime Minister', 'tur', '2017-01-01', 'binali-yildirim'],
  ['Minister of Foreign Affairs', 'tur', '2012-01-01', 'ahmet-davutoglu'], ['Minister of Foreign Affairs', 'tur', '2015-10-01', 'feridun-sinirlioglu'],
  ['Minister of Foreign Affairs', 'tur', '2020-01-01', 'mevlut-cavusoglu'], ['Minister of Foreign Affairs', 'tur', '2024-01-01', 'hakan-fidan'],
  ['Head of Intelligence', 'tur', '2020-01-01', 'hakan-fidan'], ['Head of Intelligence', 'tur', '2024-01-01', 'ibrahim-kalin'],
  ['Minister of Defense', 'tur', '2020-01-01', 'hulusi-akar'], ['Minister of Defense', 'tur', '2024-01-01', 'yasar-guler'],
  ['Chief of General Staff', 'tur', '2016-01-01', 'hulusi-akar'], ['Chief of General Staff', 'tur', '2020-01-01', 'yasar-guler'],
  ['Chief of General Staff', 'tur', '2024-01-01', 'metin-gurak'], ['Chief of General Staff', 'tur', '2026-01-01', 'selcuk-bayraktaroglu'],
  ['Minister of the Interior', 'tur', '2020-01-01', 'suleyman-soylu'], ['Minister of the Interior', 'tur', '2024-01-01', 'ali-yerlikaya'],
  ['Vice President', 'tur', '2020-01-01', 'fuat-oktay'], ['Vice President', 'tur', '2024-01-01', 'cevdet-yilmaz'],
  // Libya
  ['Prime Minister', 'lby', '2012-06-01', 'abdurrahim-el-keib'], ['Prime Minister', 'lby', '2013-06-01', 'ali-zeidan'],
  ['Prime Minister', 'lby', '2015-01-01', 'abdullah-al-thani'], ['Prime Minister', 'lby', '2018-01-01', 'fayez-al-sarraj'],
  ['Prime Minister', 'lby', '2022-01-01', 'abdul-hamid-dbeibeh'], ['Chairman', 'lby', '2012-01-01', 'mustafa-abdul-jalil'],
  ['Chairman', 'lby', '2018-01-01', 'fayez-al-sarraj'], ['Chairman', 'lby', '2022-01-01', 'mohamed-al-menfi'],
  ['Commander-in-Chief', 'libyan-national-army', '2020-01-01', 'khalifa-haftar'], ['Speaker of Parliament', 'lby', '2020-01-01', 'aguila-saleh-issa'],
  ['Minister of Foreign Affairs', 'lby', '2022-01-01', 'najla-mangoush'],
  // Tunisia
  ['President', 'tun', '2013-01-01', 'moncef-marzouki'], ['President', 'tun', '2016-01-01', 'beji-caid-essebsi'], ['President', 'tun', '2020-01-01', 'kais-saied'],
  ['Prime Minister', 'tun', '2012-01-01', 'hamadi-jebali'], ['Prime Minister', 'tun', '2013-06-01', 'ali-laarayedh'], ['Prime Minister', 'tun', '2014-06-01', 'mehdi-jomaa'],
  ['Prime Minister', 'tun', '2016-01-01', 'habib-essid'], ['Prime Minister', 'tun', '2018-01-01', 'youssef-chahed'], ['Prime Minister', 'tun', '2020-06-01', 'elyes-fakhfakh'],
  ['Prime Minister', 'tun', '2021-01-01', 'hichem-mechichi'], ['Prime Minister', 'tun', '2022-01-01', 'najla-bouden'], ['Prime Minister', 'tun', '2024-01-01', 'ahmed-hachani'],
  ['Prime Minister', 'tun', '2025-01-01', 'kamel-madouri'], ['Prime Minister', 'tun', '2025-06-01', 'sara-zaafrani-zenzri'],
  ['Minister of Foreign Affairs', 'tun', '2017-01-01', 'khemaies-jhinaoui'], ['Minister of Foreign Affairs', 'tun', '2021-01-01', 'othman-jerandi'],
  ['Minister of Foreign Affairs', 'tun', '2024-01-01', 'nabil-ammar'], ['Minister of Foreign Affairs', 'tun', '2025-01-01', 'mohamed-ali-nafti'],
  ['Speaker of Parliament', 'tun', '2020-01-01', 'rached-ghannouchi'],
  // Algeria
  ['President', 'dza', '2015-01-01', 'abdelaziz-bouteflika'], ['President', 'dza', '2019-06-01', 'abdelkader-bensalah'], ['President', 'dza', '2021-01-01', 'abdelmadjid-tebboune'],
  ['Prime Minister', 'dza', '2013-01-01', 'abdelmalek-sellal'], ['Prime Minister', 'dza', '2017-06-01', 'abdelmadjid-tebboune'], ['Prime Minister', 'dza', '2018-01-01', 'ahmed-ouyahia'],
  ['Prime Minister', 'dza', '2019-06-01', 'noureddine-bedoui'], ['Prime Minister', 'dza', '2020-01-01', 'abdelaziz-djerad'],
  ['Prime Minister', 'dza', '2022-01-01', 'aymen-benabderrahmane'], ['Prime Minister', 'dza', '2024-01-01', 'nadir-larbaoui'], ['Prime Minister', 'dza', '2025-10-01', 'sifi-ghrieb'],
  ['Minister of Foreign Affairs', 'dza', '2012-01-01', 'mourad-medelci'], ['Minister of Foreign Affairs', 'dza', '2015-01-01', 'ramtane-lamamra'],
  ['Minister of Foreign Affairs', 'dza', '2018-01-01', 'abdelkader-messahel'], ['Minister of Foreign Affairs', 'dza', '2020-01-01', 'sabri-boukadoum'],
  ['Minister of Foreign Affairs', 'dza', '2022-01-01', 'ramtane-lamamra'], ['Minister of Foreign Affairs', 'dza', '2024-01-01', 'ahmed-attaf'],
  ['Chief of General Staff', 'dza', '2015-01-01', 'ahmed-gaid-salah'], ['Chief of General Staff', 'dza', '2021-01-01', 'said-chanegriha'],
  // Morocco, Mauritania
  ['King', 'mar', '2020-01-01', 'mohammed-vi-of-morocco'], ['Prime Minister', 'mar', '2010-01-01', 'abbas-el-fassi'],
  ['Prime Minister', 'mar', '2014-01-01', 'abdelilah-benkirane'], ['Prime Minister', 'mar', '2019-01-01', 'saadeddine-othmani'],
  ['Prime Minister', 'mar', '2023-01-01', 'aziz-akhannouch'], ['Minister of Foreign Affairs', 'mar', '2015-01-01', 'salaheddine-mezouar'],
  ['Minister of Foreign Affairs', 'mar', '2020-01-01', 'nasser-bourita'],
  ['President', 'mrt', '2015-01-01', 'mohamed-ould-abdel-aziz'], ['President', 'mrt', '2021-01-01', 'mohamed-ould-ghazouani'],
  // Sudan, South Sudan
  ['President', 'sdn', '2015-01-01', 'omar-al-bashir'], ['Chairman', 'sdn', '2021-01-01', 'abdel-fattah-al-burhan'],
  ['Prime Minister', 'sdn', '2020-01-01', 'abdalla-hamdok'], ['Prime Minister', 'sdn', '2025-08-01', 'kamil-idris'],
  ['Commander', 'rsf-sudan', '2020-01-01', 'mohamed-hamdan-dagalo'], ['Prime Minister', 'tasis', '2025-10-01', 'mohamed-hassan-al-taayshi'],
  ['Leader', 'pkk', '2020-01-01', 'abdullah-ocalan'], ['Leader', 'southern-transitional-council', '2020-01-01', 'aidarus-al-zoubaidi'], ['Commander-in-Chief', 'sudanese-armed-forces', '2024-01-01', 'abdel-fattah-al-burhan'],
  ['Minister of Foreign Affairs', 'sdn', '2016-01-01', 'ibrahim-ghandour'], ['President', 'ssd', '2015-01-01', 'salva-kiir-mayardit'],
];

test('the holder of an office on a date is exactly one person', () => {
  for (const [role, of, date, expected] of OFFICE_TABLE) {
    assert.deepEqual(holders(people, role, of, date), [expected], `${role} of ${of} on ${date}`);
  }
});

test('the date helper respects partial dates and open ends', () => {
  // Qaboos died 2020-01-10, Haitham took the oath the next day
  assert.deepEqual(holders(people, 'Sultan', 'omn', '2020-01-10'), ['qaboos-bin-said']);
  assert.deepEqual(holders(people, 'Sultan', 'omn', '2020-01-11'), ['haitham-bin-tariq']);
  assert.deepEqual(holders(people, 'Sultan', 'omn', '1960-01-01'), []);
  // month precision: Metin Gürak's term is given as 2023-06 … 2025-08
  assert.ok(holders(people, 'Chief of General Staff', 'tur', '2025-08-31').includes('metin-gurak'));
  assert.ok(!holders(people, 'Chief of General Staff', 'tur', '2025-09-01').includes('metin-gurak'));
});
