// Generates data/kb/places.json from places-capitals.ts and places-table.ts.
//   node --import tsx scripts/kb/places.ts
// Names shared with another actor (a country, another city) must have a note in PLACE_DISAMBIGUATION;
// the script stops with a list of the missing ones.
import { writeFileSync } from 'node:fs';
import { resolve, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { normalize } from '../../src/text/normalize.ts';
import type { KbActor } from '../../src/kb/schema.ts';
import { buildCountries, dedupeNormalized, serializeKb } from './countries.ts';
import { CAPITAL_TABLE } from './places-capitals.ts';
import { PLACE_TABLE } from './places-table.ts';

export const PLACES_FILE = resolve(dirname(fileURLToPath(import.meta.url)), '../../data/kb/places.json');

const list = (s: string | undefined): string[] => (s ?? '').split(';').map((x) => x.trim()).filter(Boolean);
const TYPES = { G: 'GPE', L: 'LOC', F: 'FAC' } as const;

/** Capital of each country (ISO3 upper case → place id). */
export function capitalIds(): Map<string, string> {
  const m = new Map<string, string>();
  for (const line of CAPITAL_TABLE.split('\n')) {
    if (!line.trim()) continue;
    const [iso3, id] = line.split('|').map((x) => x.trim());
    m.set(iso3!, id!);
  }
  m.set('PSE', 'jerusalem'); // declared capital; Ramallah is the seat of government (listed with country PSE)
  return m;
}

// Governorates/provinces named like their main city: only "محافظة X" / "منطقة X" names, so bare X stays the city.
const GOVERNORATES: readonly [city: string, name: string, iso3: string, ar: string][] = [
  ['damascus', 'Damascus Governorate', 'SYR', 'محافظة دمشق'],
  ['aleppo', 'Aleppo Governorate', 'SYR', 'محافظة حلب'],
  ['homs', 'Homs Governorate', 'SYR', 'محافظة حمص'],
  ['hama', 'Hama Governorate', 'SYR', 'محافظة حماة'],
  ['idlib', 'Idlib Governorate', 'SYR', 'محافظة إدلب'],
  ['latakia', 'Latakia Governorate', 'SYR', 'محافظة اللاذقية'],
  ['tartus', 'Tartus Governorate', 'SYR', 'محافظة طرطوس'],
  ['daraa', 'Daraa Governorate', 'SYR', 'محافظة درعا'],
  ['suwayda', 'As-Suwayda Governorate', 'SYR', 'محافظة السويداء'],
  ['quneitra', 'Quneitra Governorate', 'SYR', 'محافظة القنيطرة'],
  ['raqqa', 'Raqqa Governorate', 'SYR', 'محافظة الرقة'],
  ['deir-ez-zor', 'Deir ez-Zor Governorate', 'SYR', 'محافظة دير الزور'],
  ['hasakah', 'Al-Hasakah Governorate', 'SYR', 'محافظة الحسكة'],
  ['baghdad', 'Baghdad Governorate', 'IRQ', 'محافظة بغداد'],
  ['basra', 'Basra Governorate', 'IRQ', 'محافظة البصرة'],
  ['erbil', 'Erbil Governorate', 'IRQ', 'محافظة أربيل'],
  ['kirkuk', 'Kirkuk Governorate', 'IRQ', 'محافظة كركوك'],
  ['najaf', 'Najaf Governorate', 'IRQ', 'محافظة النجف'],
  ['karbala', 'Karbala Governorate', 'IRQ', 'محافظة كربلاء'],
  ['sulaymaniyah', 'Sulaymaniyah Governorate', 'IRQ', 'محافظة السليمانية'],
  ['duhok', 'Duhok Governorate', 'IRQ', 'محافظة دهوك'],
  ['aden', 'Aden Governorate', 'YEM', 'محافظة عدن'],
  ['sanaa', 'Sanaa Governorate', 'YEM', 'محافظة صنعاء'],
  ['taiz', 'Taiz Governorate', 'YEM', 'محافظة تعز'],
  ['hodeidah', 'Al Hudaydah Governorate', 'YEM', 'محافظة الحديدة'],
  ['marib', 'Marib Governorate', 'YEM', 'محافظة مأرب'],
  ['saada', 'Saada Governorate', 'YEM', 'محافظة صعدة'],
  ['ibb', 'Ibb Governorate', 'YEM', 'محافظة إب'],
  ['dhamar', 'Dhamar Governorate', 'YEM', 'محافظة ذمار'],
  ['hajjah', 'Hajjah Governorate', 'YEM', 'محافظة حجة'],
  ['lahij', 'Lahij Governorate', 'YEM', 'محافظة لحج'],
  ['al-dhale', 'Dhale Governorate', 'YEM', 'محافظة الضالع'],
  ['amran', 'Amran Governorate', 'YEM', 'محافظة عمران'],
  ['mecca', 'Mecca Province', 'SAU', 'منطقة مكة المكرمة'],
  ['riyadh', 'Riyadh Province', 'SAU', 'منطقة الرياض'],
  ['jazan', 'Jazan Province', 'SAU', 'منطقة جازان'],
  ['najran', 'Najran Province', 'SAU', 'منطقة نجران'],
  ['tabuk', 'Tabuk Province', 'SAU', 'منطقة تبوك'],
  ['medina', 'Medina Province', 'SAU', 'منطقة المدينة المنورة'],
];

/** Notes for places whose Arabic names are shared with another actor, or need a reading rule. */
export const PLACE_DISAMBIGUATION: Record<string, string> = {
  amman: 'عمان unvocalised is both Amman and Oman: prefer Amman when preceded by العاصمة الأردنية or مدينة, or with Jordanian context (الأردن، الملك عبدالله، الحكومة الأردنية); Oman otherwise',
  'kuwait-city': 'الكويت is both the capital and the country: prefer the country unless preceded by مدينة or العاصمة',
  tunis: 'تونس is both the capital and the country: prefer the country unless written تونس العاصمة or preceded by مدينة/العاصمة',
  algiers: 'الجزائر is both the capital and the country: prefer the country unless written الجزائر العاصمة or preceded by مدينة/العاصمة',
  'djibouti-city': 'جيبوتي is the capital, the country and the nisba: prefer the country unless preceded by مدينة or العاصمة',
  tripoli: 'طرابلس is both Tripoli (Libya) and Tripoli (Lebanon): prefer Libya by default, in طرابلس الغرب or with Libyan context; Lebanon with طرابلس الشام or Lebanese context (لبنان، شمال لبنان)',
  'tripoli-lebanon': 'طرابلس is both Tripoli (Lebanon) and Tripoli (Libya): prefer Lebanon only with طرابلس الشام/اللبنانية or Lebanese context (لبنان، شمال لبنان، عكار)',
  'gaza-strip': 'choice: plain غزة in news links to the Gaza Strip (as the gold annotation does); the city is only مدينة غزة (gaza-city)',
  'gaza-city': 'choice: only مدينة غزة names the city; plain غزة links to the Gaza Strip (gaza-strip)',
  muscat: 'مسقط followed by رأس (مسقط رأسه = birthplace) is not the city',
  'western-world': 'الغرب stands for the Western countries; not when it is a compass direction (غرب/شمال غرب/في الغرب من) or part of a name (طرابلس الغرب)',
  levant: 'الشام is also colloquial for Damascus and part of names (طرابلس الشام): prefer the Levant (بلاد الشام) when standing alone',
  'persian-gulf': 'الخليج also stands for the Gulf states in دول الخليج / الخليجية; linked to the body of water and region here',
  hama: 'حماة also means "protectors" (حماة الديار): link only as a place name',
  aqaba: 'العقبة also means "the obstacle": link only as a place name (مدينة العقبة, قمة العقبة, ميناء العقبة)',
  jerusalem: 'capital claimed by Israel and by Palestine: no `country`',
  ramallah: 'seat of the Palestinian government (stands for the Palestinian leadership in news); Palestine\'s declared capital is Jerusalem',
  'tel-aviv': 'Arab media use تل أبيب for the Israeli government (capitalOf isr) as well as for the city',
};

interface PlaceLine { id: string; name: string; type: KbActor['type']; iso3?: string; ar: string[]; arShort: string[]; aliases: string[] }

function parseCapitals(): PlaceLine[] {
  const out: PlaceLine[] = [];
  for (const raw of CAPITAL_TABLE.split('\n')) {
    if (!raw.trim()) continue;
    const f = raw.split('|').map((x) => x.trim());
    if (f.length !== 6) throw new Error(`capitals table: expected 6 fields: ${raw}`);
    const [iso3, id, name, ar, short, aliases] = f as [string, string, string, string, string, string];
    out.push({ id, name, type: 'GPE', ...(id === 'jerusalem' ? {} : { iso3 }), ar: list(ar), arShort: list(short), aliases: list(aliases) });
  }
  return out;
}

function parsePlaces(): PlaceLine[] {
  const out: PlaceLine[] = [];
  for (const raw of PLACE_TABLE.split('\n')) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const f = line.split('|').map((x) => x.trim());
    if (f.length !== 7) throw new Error(`places table: expected 7 fields, got ${f.length}: ${line}`);
    const [id, name, t, iso3, ar, short, aliases] = f as [string, string, string, string, string, string, string];
    const type = TYPES[t as keyof typeof TYPES];
    if (!type) throw new Error(`places table: bad type "${t}" in ${line}`);
    out.push({ id, name, type, ...(iso3 !== '-' ? { iso3 } : {}), ar: list(ar), arShort: list(short), aliases: list(aliases) });
  }
  return out;
}

function governorates(): PlaceLine[] {
  return GOVERNORATES.map(([city, name, iso3, ar]) => ({
    id: `${city}-governorate`, name, type: 'GPE' as const, iso3, ar: [ar], arShort: [], aliases: [],
  }));
}

/**
 * Cities whose name stands for a country's government in news (metonymy: واشنطن ترفض → United States):
 * every capital in the capitals table (Jerusalem excepted: contested), plus the seats Arab media use
 * that way: تل أبيب for Israel's government, رام الله for the Palestinian leadership.
 */
export function metonymyOf(): Map<string, string> {
  const m = new Map<string, string>();
  for (const line of CAPITAL_TABLE.split('\n')) {
    if (!line.trim()) continue;
    const [iso3, id] = line.split('|').map((x) => x.trim());
    if (id !== 'jerusalem') m.set(id!, iso3!.toLowerCase());
  }
  m.set('tel-aviv', 'isr');
  return m;
}

const GOV_NOTE = 'the province/governorate only when named with محافظة/منطقة; the bare name is the city';

export function buildPlaces(countries: readonly KbActor[] = buildCountries()): KbActor[] {
  const lines = [...parseCapitals(), ...parsePlaces(), ...governorates()];
  const metonymy = metonymyOf();
  const countryIso = new Set(countries.map((c) => c.country ?? c.id.toUpperCase()));
  const actors: KbActor[] = lines.map((p) => {
    if (p.iso3 && !countryIso.has(p.iso3)) throw new Error(`${p.id}: unknown country ${p.iso3}`);
    const capitalOf = metonymy.get(p.id);
    const note = PLACE_DISAMBIGUATION[p.id] ?? (p.id.endsWith('-governorate') && GOVERNORATES.some(([c]) => `${c}-governorate` === p.id) ? GOV_NOTE : undefined);
    return {
      id: p.id,
      name: p.name,
      type: p.type,
      ...(p.aliases.length ? { aliases: p.aliases } : {}),
      ar: dedupeNormalized(p.ar),
      ...(p.arShort.length ? { arShort: dedupeNormalized(p.arShort) } : {}),
      ...(p.iso3 ? { country: p.iso3 } : {}),
      ...(capitalOf ? { capitalOf } : {}),
      ...(note ? { disambiguation: note } : {}),
    };
  });
  checkPlaces(actors, countries);
  return actors;
}

/** Ids unique across countries and places; every shared Arabic name has a note on each side. */
function checkPlaces(places: readonly KbActor[], countries: readonly KbActor[]): void {
  const all = [...countries, ...places];
  const ids = new Set<string>();
  for (const a of all) {
    if (ids.has(a.id)) throw new Error(`duplicate id ${a.id}`);
    ids.add(a.id);
  }
  const owners = new Map<string, string[]>();
  for (const a of all) for (const n of new Set(a.ar.map((x) => normalize(x)))) owners.set(n, [...(owners.get(n) ?? []), a.id]);
  const byId = new Map(all.map((a) => [a.id, a]));
  const missing: string[] = [];
  for (const [n, list] of owners) {
    if (list.length < 2) continue;
    for (const id of list) if (!byId.get(id)!.disambiguation) missing.push(`${id} (${n} shared with ${list.filter((x) => x !== id).join(', ')})`);
  }
  if (missing.length) throw new Error(`shared Arabic names without disambiguation:\n  ${missing.join('\n  ')}`);
}

export const PLACES_SOURCE =
  'Capitals, cities, governorates, regions, bodies of water and sites written by hand from general knowledge ' +
  '(Wikipedia titles for English names, as recalled by the author, 2026); Arabic spellings as used by Al Jazeera, Asharq Al-Awsat, ' +
  'Al Arabiya, WAFA and SPA; names that are common words alone are in arShort. Generated — edit scripts/kb/places-*.ts.';

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const actors = buildPlaces();
  writeFileSync(PLACES_FILE, serializeKb(PLACES_SOURCE, actors));
  const byType: Record<string, number> = {};
  for (const a of actors) byType[a.type] = (byType[a.type] ?? 0) + 1;
  console.log(`wrote ${actors.length} places (${Object.entries(byType).map(([k, v]) => `${k} ${v}`).join(', ')}) to ${PLACES_FILE}`);
}
