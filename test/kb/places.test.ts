// Checks of the bundled countries, places and titles knowledge base.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readKbDirs, checkKb, BUNDLED_KB_DIR } from '../../src/kb/load.ts';
import { normalize } from '../../src/text/normalize.ts';
import type { KbActor } from '../../src/kb/schema.ts';
import { buildCountries, serializeKb, COUNTRIES_SOURCE, inflectNisba } from '../../scripts/kb/countries.ts';
import { buildPlaces, capitalIds, PLACES_SOURCE } from '../../scripts/kb/places.ts';

const kb = readKbDirs([BUNDLED_KB_DIR]);
const byId = new Map(kb.actors.map((a) => [a.id, a]));
const get = (id: string): KbActor => {
  const a = byId.get(id);
  assert.ok(a, `actor ${id} missing`);
  return a;
};
const norm = (xs: readonly string[] | undefined): Set<string> => new Set((xs ?? []).map((x) => normalize(x)));
const hasAr = (id: string, name: string): boolean => norm(get(id).ar).has(normalize(name));
const hasNisba = (id: string, form: string): boolean => norm(get(id).nisba).has(normalize(form));

// The 193 UN member states (ISO 3166-1 alpha-3).
const UN_MEMBERS = (
  'AFG ALB DZA AND AGO ATG ARG ARM AUS AUT AZE BHS BHR BGD BRB BLR BEL BLZ BEN BTN BOL BIH BWA BRA BRN BGR BFA BDI ' +
  'CPV KHM CMR CAN CAF TCD CHL CHN COL COM COG COD CRI CIV HRV CUB CYP CZE DNK DJI DMA DOM ECU EGY SLV GNQ ERI EST ' +
  'SWZ ETH FJI FIN FRA GAB GMB GEO DEU GHA GRC GRD GTM GIN GNB GUY HTI HND HUN ISL IND IDN IRN IRQ IRL ISR ITA JAM ' +
  'JPN JOR KAZ KEN KIR PRK KOR KWT KGZ LAO LVA LBN LSO LBR LBY LIE LTU LUX MDG MWI MYS MDV MLI MLT MHL MRT MUS MEX ' +
  'FSM MDA MCO MNG MNE MAR MOZ MMR NAM NRU NPL NLD NZL NIC NER NGA MKD NOR OMN PAK PLW PAN PNG PRY PER PHL POL PRT ' +
  'QAT ROU RUS RWA KNA LCA VCT WSM SMR STP SAU SEN SRB SYC SLE SGP SVK SVN SLB SOM ZAF SSD ESP LKA SDN SUR SWE CHE ' +
  'SYR TJK TZA THA TLS TGO TON TTO TUN TUR TKM TUV UGA UKR ARE GBR USA URY UZB VUT VEN VNM YEM ZMB ZWE'
).split(' ');

const ARAB_LEAGUE = 'DZA BHR COM DJI EGY IRQ JOR KWT LBN LBY MRT MAR OMN PSE QAT SAU SOM SDN SYR TUN ARE YEM'.split(' ');
const EU = 'AUT BEL BGR HRV CYP CZE DNK EST FIN FRA DEU GRC HUN IRL ITA LVA LTU LUX MLT NLD POL PRT ROU SVK SVN ESP SWE'.split(' ');
const CITY_STATES = new Set(['SGP', 'MCO', 'VAT']);

test('the committed files are what the generators write', () => {
  const countries = buildCountries();
  assert.equal(readFileSync(join(BUNDLED_KB_DIR, 'countries.json'), 'utf8'), serializeKb(COUNTRIES_SOURCE, countries));
  assert.equal(readFileSync(join(BUNDLED_KB_DIR, 'places.json'), 'utf8'), serializeKb(PLACES_SOURCE, buildPlaces(countries)));
});

test('one actor per line in countries.json and places.json', () => {
  for (const f of ['countries.json', 'places.json']) {
    const lines = readFileSync(join(BUNDLED_KB_DIR, f), 'utf8').trim().split('\n');
    const actors = (JSON.parse(lines.join('\n')) as { actors: unknown[] }).actors;
    assert.equal(lines.length, actors.length + 2, f);
  }
});

test('at least 250 countries and territories with unique ISO ids', () => {
  const countries = kb.actors.filter((a) => a.country && a.id === a.country.toLowerCase());
  assert.ok(countries.length >= 249, `only ${countries.length} countries`);
  const file = JSON.parse(readFileSync(join(BUNDLED_KB_DIR, 'countries.json'), 'utf8')) as { actors: KbActor[] };
  assert.ok(file.actors.length >= 250);
  const ids = file.actors.map((a) => a.id);
  assert.equal(new Set(ids).size, ids.length);
  for (const a of file.actors) assert.match(a.id, /^[a-z]{3}$/, a.id);
});

test('every UN member is present with an Arabic name and nisba', () => {
  assert.equal(UN_MEMBERS.length, 193);
  for (const iso of UN_MEMBERS) {
    const a = get(iso.toLowerCase());
    assert.equal(a.type, 'GPE', iso);
    assert.equal(a.country, iso);
    assert.equal(a.sector, 'GOV');
    assert.ok(a.ar.length > 0, `${iso} has no Arabic name`);
    assert.ok(a.ar.every((n) => /[\u0621-\u064a]/.test(n)), `${iso} Arabic names must be Arabic`);
  }
  // nisba for all but a few small states whose adjective the author left out
  const without = UN_MEMBERS.filter((iso) => !get(iso.toLowerCase()).nisba?.length);
  assert.ok(without.length <= 40, `too many UN members without nisba: ${without.join(' ')}`);
});

test('canonical names and required Arabic variants', () => {
  assert.equal(get('usa').name, 'United States');
  assert.equal(get('gbr').name, 'United Kingdom');
  assert.equal(get('rus').name, 'Russia');
  assert.equal(get('pse').name, 'Palestine');
  assert.equal(get('tur').name, 'Turkey');
  assert.ok(get('usa').aliases?.includes('USA'));
  for (const n of ['الولايات المتحدة', 'الولايات المتحدة الأميركية', 'الولايات المتحدة الأمريكية', 'أميركا', 'أمريكا']) assert.ok(hasAr('usa', n), n);
  assert.ok(!hasAr('usa', 'واشنطن'), 'capitals are places, not the country');
  for (const [id, n] of [
    ['sau', 'السعودية'], ['sau', 'المملكة العربية السعودية'], ['are', 'الإمارات'], ['omn', 'سلطنة عمان'], ['irn', 'ايران'],
    ['syr', 'سورية'], ['syr', 'سوريا'], ['pse', 'دولة فلسطين'], ['isr', 'اسرائيل'], ['rus', 'روسيا الاتحادية'], ['gbr', 'بريطانيا'],
    ['egy', 'مصر'], ['lby', 'ليبيا'], ['yem', 'اليمن'], ['irq', 'العراق'], ['tur', 'تركيا'], ['chn', 'الصين'],
  ] as const) assert.ok(hasAr(id, n), `${id}: ${n}`);
});

test('nisba forms: both US spellings, Arab League and EU members inflected', () => {
  for (const f of ['أميركي', 'أميركية', 'أميركيان', 'أميركيون', 'أميركيين', 'أميركيات', 'أمريكي', 'أمريكية', 'أمريكيان', 'أمريكيون', 'أمريكيين', 'أمريكيات']) {
    assert.ok(hasNisba('usa', f), f);
  }
  for (const f of ['إسرائيلي', 'إسرائيلية', 'إسرائيليون', 'إسرائيليين', 'صهيوني', 'صهاينة']) assert.ok(hasNisba('isr', f), f);
  for (const [id, f] of [['irn', 'إيرانيون'], ['qat', 'قطريين'], ['omn', 'عمانية'], ['sau', 'سعودية'], ['sau', 'سعوديون'], ['pse', 'فلسطينيين'], ['gbr', 'بريطانية'], ['rus', 'روسي'], ['egy', 'مصريون']] as const) {
    assert.ok(hasNisba(id, f), `${id}: ${f}`);
  }
  for (const iso of [...ARAB_LEAGUE, ...EU]) {
    const a = get(iso.toLowerCase());
    const masc = (a.nisba ?? []).filter((n) => n.endsWith('ي') && !n.includes(' '));
    assert.ok(masc.length > 0, `${iso} has no masculine nisba`);
    for (const m of masc) {
      assert.ok(hasNisba(a.id, `${m}ة`), `${iso}: feminine of ${m}`);
      assert.ok(hasNisba(a.id, `${m}ون`), `${iso}: plural of ${m}`);
      assert.ok(hasNisba(a.id, `${m}ين`), `${iso}: oblique plural of ${m}`);
    }
  }
  assert.deepEqual(inflectNisba('قطري').slice(0, 4), ['قطري', 'قطرية', 'قطريان', 'قطريين']);
});

test('no nisba form is given to two countries', () => {
  const owner = new Map<string, string>();
  for (const a of kb.actors) {
    for (const n of a.nisba ?? []) {
      const k = normalize(n);
      const prev = owner.get(k);
      assert.ok(!prev || prev === a.id, `"${n}" is nisba of ${prev} and ${a.id}`);
      owner.set(k, a.id);
    }
  }
});

test('capitals exist, with their country', () => {
  const caps = capitalIds();
  for (const iso of [...UN_MEMBERS, 'PSE', 'XKX', 'TWN']) {
    if (CITY_STATES.has(iso)) continue;
    const id = caps.get(iso);
    assert.ok(id, `${iso} has no capital`);
    const c = get(id);
    assert.equal(c.type, 'GPE', id);
    if (id === 'jerusalem') assert.equal(c.country, undefined, 'Jerusalem is contested: no country');
    else assert.equal(c.country, iso, `${id} country`);
  }
  assert.ok(hasAr('washington-dc', 'واشنطن'));
  assert.equal(get('washington-dc').capitalOf, 'usa');
  assert.equal(get('muscat').capitalOf, 'omn');
  assert.equal(get('tehran').capitalOf, 'irn');
  assert.equal(get('tel-aviv').capitalOf, 'isr');
  assert.equal(get('jerusalem').capitalOf, undefined);
  assert.equal(get('ramallah').country, 'PSE');
  for (const a of kb.actors) if (a.capitalOf) assert.ok(byId.get(a.capitalOf)?.type === 'GPE', `${a.id} capitalOf ${a.capitalOf}`);
});

test('places: size, types and the key MENA entries', () => {
  const file = JSON.parse(readFileSync(join(BUNDLED_KB_DIR, 'places.json'), 'utf8')) as { actors: KbActor[] };
  assert.ok(file.actors.length >= 300, `only ${file.actors.length} places`);
  const mena = file.actors.filter((a) => a.type === 'GPE' && ['SYR', 'IRQ', 'YEM', 'SAU', 'ARE', 'QAT', 'BHR', 'KWT', 'OMN', 'PSE', 'ISR', 'LBN', 'JOR', 'EGY', 'LBY', 'SDN', 'IRN', 'TUR', 'TUN', 'DZA', 'MAR', 'MRT', 'SOM', 'DJI'].includes(a.country ?? ''));
  assert.ok(mena.length >= 150, `only ${mena.length} MENA cities/governorates`);
  for (const [id, n] of [
    ['aleppo', 'حلب'], ['mosul', 'الموصل'], ['aden', 'عدن'], ['hodeidah', 'الحديدة'], ['benghazi', 'بنغازي'], ['jeddah', 'جدة'],
    ['mecca', 'مكة المكرمة'], ['medina', 'المدينة المنورة'], ['khan-yunis', 'خان يونس'], ['ramallah', 'رام الله'], ['tel-aviv', 'تل أبيب'],
    ['beirut', 'بيروت'], ['amman', 'عمان'], ['cairo', 'القاهرة'], ['khartoum', 'الخرطوم'], ['tehran', 'طهران'], ['istanbul', 'إسطنبول'],
    ['damascus', 'دمشق'], ['kobani', 'عين العرب'], ['geneva', 'جنيف'], ['camp-david', 'كامب ديفيد'], ['muscat', 'مسقط'], ['doha', 'الدوحة'],
  ] as const) assert.ok(hasAr(id, n), `${id}: ${n}`);
  assert.equal(get('gaza-strip').type, 'LOC');
  assert.ok(hasAr('gaza-strip', 'غزة') && hasAr('gaza-strip', 'قطاع غزة'));
  assert.ok(hasAr('gaza-city', 'مدينة غزة') && !hasAr('gaza-city', 'غزة'), 'plain غزة is the Strip');
  assert.ok(get('gaza-strip').disambiguation && get('gaza-city').disambiguation);
  for (const id of ['west-bank', 'golan-heights', 'sinai-peninsula', 'middle-east', 'persian-gulf', 'red-sea', 'strait-of-hormuz', 'western-world', 'anbar-governorate']) {
    assert.ok(['LOC', 'GPE'].includes(get(id).type), id);
  }
  for (const id of ['white-house', 'kremlin', 'elysee-palace', 'the-pentagon', 'al-aqsa-mosque', 'rafah-border-crossing', 'natanz-facility']) {
    assert.equal(get(id).type, 'FAC', id);
  }
  // a governorate named like its city is named with محافظة only
  assert.ok(hasAr('aden-governorate', 'محافظة عدن') && !hasAr('aden-governorate', 'عدن'));
});

test('names shared between actors carry disambiguation (checkKb)', () => {
  const problems = checkKb(kb);
  const mine = new Set([...buildCountries(), ...buildPlaces()].map((a) => a.id));
  const own = problems.filter((p) => mine.has(p.id) && !p.message.includes('unknown actor'));
  assert.deepEqual(own, []);
  for (const [a, b] of [['omn', 'amman'], ['kwt', 'kuwait-city'], ['tun', 'tunis'], ['dza', 'algiers'], ['tripoli', 'tripoli-lebanon']]) {
    const shared = [...norm(get(a!).ar)].filter((n) => norm(get(b!).ar).has(n));
    assert.ok(shared.length > 0, `${a} and ${b} share a name`);
    assert.ok(get(a!).disambiguation && get(b!).disambiguation, `${a}/${b} disambiguation`);
  }
  assert.match(get('sau').disambiguation ?? '', /السعودية/);
});

test('titles map Arabic forms to non-empty English roles', () => {
  assert.ok(kb.titles.length >= 60);
  for (const t of kb.titles) {
    assert.ok(t.role.trim().length >= 2);
    assert.match(t.role, /^[A-Z]/, t.role);
    assert.ok(t.ar.length > 0);
  }
  const roleOf = new Map<string, Set<string>>();
  for (const t of kb.titles) for (const f of t.ar) roleOf.set(normalize(f), new Set([...(roleOf.get(normalize(f)) ?? []), t.role]));
  const expect: [string, string][] = [
    ['الرئيس', 'President'], ['رئيس الجمهورية', 'President'], ['رئيس الوزراء', 'Prime Minister'], ['رئيس الحكومة', 'Prime Minister'],
    ['نائب رئيس الوزراء', 'Deputy Prime Minister'], ['وزير الخارجية', 'Minister of Foreign Affairs'], ['وزيرة الخارجية', 'Minister of Foreign Affairs'],
    ['وزير الحرب', 'Minister of Defense'], ['وزير الداخلية', 'Minister of the Interior'], ['وزير المالية', 'Minister of Finance'],
    ['وزير الشؤون الاستراتيجية', 'Minister of Strategic Affairs'], ['وزير الدولة للشؤون الخارجية', 'Minister of State for Foreign Affairs'],
    ['نائب الرئيس', 'Vice President'], ['العاهل', 'King'], ['الأمير', 'Emir'], ['السلطان', 'Sultan'], ['ولي العهد', 'Crown Prince'],
    ['المرشد الأعلى', 'Supreme Leader'], ['رئيس الكنيست', 'Speaker of Parliament'], ['رئيس مجلس الأمة', 'Speaker of Parliament'],
    ['مستشار الأمن القومي', 'National Security Adviser'], ['رئيس هيئة الأركان', 'Chief of General Staff'], ['مدير المخابرات', 'Head of Intelligence'],
    ['الأمين العام', 'Secretary-General'], ['نائب الأمين العام', 'Deputy Secretary-General'], ['المبعوث الأممي', 'Special Envoy'],
    ['مسؤولة السياسة الخارجية', 'High Representative for Foreign Affairs'], ['السفير', 'Ambassador'], ['المتحدثة باسم', 'Spokesperson'],
    ['زعيم', 'Leader'], ['رئيس المكتب السياسي', 'Head of Political Bureau'], ['رئيس السلطة الفلسطينية', 'President'],
    ['كبير المفاوضين', 'Chief Negotiator'], ['المحافظ', 'Governor'], ['رئيس البلدية', 'Mayor'],
  ];
  for (const [ar, role] of expect) assert.ok(roleOf.get(normalize(ar))?.has(role), `${ar} → ${role}`);
});
