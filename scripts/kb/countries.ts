// Generates data/kb/countries.json from the hand-written table in countries-table.ts.
//   node --import tsx scripts/kb/countries.ts
// Arabic names start from Node's ICU (Intl.DisplayNames('ar', region)) and add news variants;
// nisba forms are inflected regularly from hand-written masculine singular stems.
import { writeFileSync } from 'node:fs';
import { resolve, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { normalize } from '../../src/text/normalize.ts';
import type { KbActor } from '../../src/kb/schema.ts';
import { COUNTRY_TABLE, COUNTRY_DISAMBIGUATION } from './countries-table.ts';

export const COUNTRIES_FILE = resolve(dirname(fileURLToPath(import.meta.url)), '../../data/kb/countries.json');

export interface CountryRow {
  iso2: string;
  iso3: string;
  name: string;
  aliases: string[];
  arSpec: string;
  stems: string[];
  extraNisba: string[];
  wikidata?: string;
}

const list = (s: string | undefined): string[] => (s ?? '').split(';').map((x) => x.trim()).filter(Boolean);

export function parseCountryTable(table: string = COUNTRY_TABLE): CountryRow[] {
  const rows: CountryRow[] = [];
  for (const raw of table.split('\n')) {
    const line = raw.trim();
    if (!line) continue;
    const f = line.split('|').map((x) => x.trim());
    if (f.length !== 7) throw new Error(`countries table: expected 7 fields, got ${f.length}: ${line}`);
    const [codes, name, aliases, ar, stems, extra, wd] = f as [string, string, string, string, string, string, string];
    const m = /^([A-Z]{2}) ([A-Z]{3})$/.exec(codes);
    if (!m) throw new Error(`countries table: bad codes "${codes}"`);
    rows.push({
      iso2: m[1]!, iso3: m[2]!, name, aliases: list(aliases), arSpec: ar, stems: list(stems), extraNisba: list(extra),
      ...(wd ? { wikidata: wd } : {}),
    });
  }
  return rows;
}

/** Regular inflection of a masculine singular nisba stem (ending in ي): sing., dual, plurals. */
export function inflectNisba(stem: string): string[] {
  if (!stem.endsWith('ي')) throw new Error(`nisba stem must end in ي: ${stem}`);
  return [stem, `${stem}ة`, `${stem}ان`, `${stem}ين`, `${stem}تان`, `${stem}تين`, `${stem}ون`, `${stem}ات`];
}

/** Keeps the first of each group of strings equal after normalisation. */
export function dedupeNormalized(xs: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const x of xs) {
    const k = normalize(x);
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(x);
  }
  return out;
}

/** ICU's Arabic region name, cleaned of parenthesised notes and " - " separators. */
export function icuArabic(iso2: string): string | undefined {
  if (iso2 === 'XK') return 'كوسوفو';
  const n = new Intl.DisplayNames(['ar'], { type: 'region' }).of(iso2);
  if (!n || n === iso2) return undefined;
  return n.replace(/\s*\(.*?\)\s*/g, ' ').replace(/\s+-\s+/g, ' ').trim();
}

const withArticle = (s: string): string => (s.startsWith('ال') ? s : `ال${s}`);

export function buildCountries(rows: readonly CountryRow[] = parseCountryTable()): KbActor[] {
  const actors: KbActor[] = [];
  for (const r of rows) {
    const icu = icuArabic(r.iso2);
    let ar: string[];
    if (r.arSpec.startsWith('=')) ar = list(r.arSpec.slice(1));
    else ar = [...(icu ? [icu] : []), ...list(r.arSpec)];
    // strip vocalisation that ICU adds (عُمان) — normalisation ignores it anyway, keep the plain form
    ar = dedupeNormalized(ar.map((x) => x.replace(/[\u064b-\u065f]/g, '')));
    if (ar.length === 0) throw new Error(`${r.iso3}: no Arabic name`);
    const nisba = dedupeNormalized([...r.stems.flatMap(inflectNisba), ...r.extraNisba]);
    const notes: string[] = [];
    const hand = COUNTRY_DISAMBIGUATION[r.iso3];
    if (hand) notes.push(hand);
    else {
      // a nisba that equals the country's own name (with or without ال) needs a rule for the linker
      const own = new Set(ar.map((x) => normalize(x)));
      const clash = nisba.filter((n) => own.has(normalize(n)) || own.has(normalize(withArticle(n))));
      if (clash.length) notes.push(`${clash.join('/')} is both the country's name and its nisba: prefer the country when it stands alone as a noun, the nisba when it follows a noun it qualifies`);
    }
    const a: KbActor = {
      id: r.iso3.toLowerCase(),
      name: r.name,
      type: r.iso3 === 'ATA' ? 'LOC' : 'GPE',
      ...(r.aliases.length ? { aliases: r.aliases } : {}),
      ar,
      ...(nisba.length ? { nisba } : {}),
      ...(r.iso3 === 'ATA' ? {} : { country: r.iso3, sector: 'GOV' as const }),
      ...(r.wikidata ? { wikidata: r.wikidata } : {}),
      ...(notes.length ? { disambiguation: notes.join('; ') } : {}),
    };
    actors.push(a);
  }
  checkUnique(actors);
  return actors;
}

function checkUnique(actors: readonly KbActor[]): void {
  const ids = new Set<string>();
  const nisbaOwner = new Map<string, string>();
  for (const a of actors) {
    if (ids.has(a.id)) throw new Error(`duplicate country id ${a.id}`);
    ids.add(a.id);
    for (const n of a.nisba ?? []) {
      const k = normalize(n);
      const prev = nisbaOwner.get(k);
      if (prev && prev !== a.id) throw new Error(`nisba "${n}" given to both ${prev} and ${a.id}`);
      nisbaOwner.set(k, a.id);
    }
  }
}

export const COUNTRIES_SOURCE =
  'ISO 3166-1 codes; Arabic names from Node 20 ICU (Intl.DisplayNames ar, region) plus the variants Arab news uses ' +
  '(Al Jazeera, Asharq Al-Awsat, Al Arabiya, WAFA, SPA styles); English names as Wikipedia titles them; nisba stems written by hand ' +
  'and inflected regularly by scripts/kb/countries.ts; Wikidata Q-ids only where the author is sure. Generated — edit scripts/kb/countries-table.ts.';

/** Serialises a KB file with one actor per line. */
export function serializeKb(source: string, actors: readonly KbActor[]): string {
  return `{"source": ${JSON.stringify(source)}, "actors": [\n${actors.map((a) => JSON.stringify(a)).join(',\n')}\n]}\n`;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const actors = buildCountries();
  writeFileSync(COUNTRIES_FILE, serializeKb(COUNTRIES_SOURCE, actors));
  console.log(`wrote ${actors.length} countries to ${COUNTRIES_FILE}`);
}
