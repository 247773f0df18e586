// Generates data/kb/organisations.json from the hand-written tables in scripts/kb/organisations-*.ts.
//   node --import tsx scripts/kb/organisations.ts
// Table line (one organisation per line, "#" starts a section comment, empty fields may be "-" or blank):
//   id | English name | English aliases; … | Arabic names; … | arShort; … | SECTOR [TYPE] | ISO3 | wikidata | disambiguation
// TYPE defaults to ORG (write e.g. "GOV FAC" for a building). Bare forms that are common words or other
// actors' names (الجزيرة، فتح، أمل ...) go to arShort, full unambiguous forms to ar.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { resolve, dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { normalize } from '../../src/text/normalize.ts';
import { ActorSchema, SECTORS, type KbActor } from '../../src/kb/schema.ts';
import { dedupeNormalized, serializeKb } from './countries.ts';
import { ORG_INTL } from './organisations-intl.ts';
import { ORG_MOVEMENTS } from './organisations-movements.ts';
import { ORG_PARTIES } from './organisations-parties.ts';
import { ORG_SECURITY, MINISTRY_TABLE } from './organisations-security.ts';
import { ORG_MEDIA } from './organisations-media.ts';

export const KB_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../data/kb');
export const ORGANISATIONS_FILE = join(KB_DIR, 'organisations.json');

/**
 * Bare words that are common Arabic words or name other actors too: never an organisation's `ar` name
 * on their own (they belong in arShort, linked only after a full name in the same article).
 */
export const AR_STOP_WORDS: readonly string[] = [
  'الجزيرة', 'العربية', 'الوطن', 'الرياض', 'الشرق الأوسط', 'الشرق', 'النهار', 'الحياة', 'الأيام', 'فارس', 'أمل',
  'فتح', 'النهضة', 'الشباب', 'الحشد', 'التحالف', 'المستقبل', 'القوات', 'الجيش', 'الحكومة', 'البرلمان', 'المجلس',
  'الجهاد', 'الحركة', 'الجبهة', 'الدولة', 'المنار', 'الأخبار', 'الأهرام', 'الشروق', 'الاتحاد', 'الخليج', 'الدستور',
  'الغد', 'الثورة', 'البيان', 'الصباح', 'العرب', 'الرأي', 'البعث', 'الوفد', 'الأمة', 'الشعب', 'الدفاع', 'الداخلية',
  'الخارجية', 'المقاومة', 'الاستقلال', 'التجمع', 'الأصالة', 'الوفاق', 'الإصلاح', 'المؤتمر', 'سبأ', 'العهد', 'القدس',
  'قنا', 'وام', 'بنا', 'واع', 'النبأ', 'الحرة', 'الميادين', 'الوسط', 'المدى', 'الزمان', 'الوطني', 'الإخوان', 'الكتائب', 'الطليعة',
];

const list = (s: string | undefined): string[] =>
  (s ?? '').split(';').map((x) => x.trim()).filter((x) => x && x !== '-');
const opt = (s: string | undefined): string | undefined => (s && s !== '-' ? s : undefined);
const TYPES = new Set(['PER', 'ORG', 'GPE', 'LOC', 'FAC']);

/** Parses one table (see the header of this file) into actors. */
export function parseOrgTable(table: string, where: string): KbActor[] {
  const out: KbActor[] = [];
  for (const raw of table.split('\n')) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const f = line.split('|').map((x) => x.trim());
    if (f.length < 6 || f.length > 9) throw new Error(`${where}: expected 6 to 9 fields, got ${f.length}: ${line}`);
    const [id, name, aliases, ar, short, sectorType, iso3, wd, dis] = f as string[];
    const [sector, type = 'ORG'] = sectorType!.split(/\s+/);
    if (!(SECTORS as readonly string[]).includes(sector!)) throw new Error(`${where}: ${id}: bad sector "${sector}"`);
    if (!TYPES.has(type)) throw new Error(`${where}: ${id}: bad type "${type}"`);
    const a = {
      id: id!,
      name: name!,
      type: type as KbActor['type'],
      ...(list(aliases).length ? { aliases: list(aliases) } : {}),
      ar: dedupeNormalized(list(ar)),
      ...(list(short).length ? { arShort: dedupeNormalized(list(short)) } : {}),
      ...(opt(iso3) ? { country: opt(iso3)! } : {}),
      sector: sector as KbActor['sector'],
      ...(opt(wd) ? { wikidata: opt(wd)! } : {}),
      ...(opt(dis) ? { disambiguation: opt(dis)! } : {}),
    };
    const r = ActorSchema.safeParse(a);
    if (!r.success) throw new Error(`${where}: ${id}: ${r.error.issues[0]!.path.join('.')}: ${r.error.issues[0]!.message}`);
    out.push(r.data);
  }
  return out;
}

/**
 * Ministries generated from MINISTRY_TABLE lines `ISO3 | Country | country ar; … | fem. nisba with ال; … | F I D`
 * (F foreign affairs, I interior, D defence): وزارة الخارجية السعودية، الخارجية السعودية، وزارة خارجية السعودية.
 */
export function buildMinistries(table: string = MINISTRY_TABLE): KbActor[] {
  const kinds = {
    F: { slug: 'foreign-ministry', en: 'Ministry of Foreign Affairs', ar: 'الخارجية', construct: 'خارجية', bare: true },
    I: { slug: 'interior-ministry', en: 'Ministry of the Interior', ar: 'الداخلية', construct: 'داخلية', bare: true },
    D: { slug: 'defense-ministry', en: 'Ministry of Defense', ar: 'الدفاع', construct: 'دفاع', bare: false },
  } as const;
  const out: KbActor[] = [];
  for (const raw of table.split('\n')) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const f = line.split('|').map((x) => x.trim());
    if (f.length !== 5) throw new Error(`ministries table: expected 5 fields: ${line}`);
    const [iso3, country, countryAr, nisba, which] = f as [string, string, string, string, string];
    for (const k of which.split(/\s+/)) {
      const kind = kinds[k as keyof typeof kinds];
      if (!kind) throw new Error(`ministries table: bad kind ${k} in ${line}`);
      const ar: string[] = [];
      for (const n of list(nisba)) {
        ar.push(`وزارة ${kind.ar} ${n}`);
        if (kind.bare) ar.push(`${kind.ar} ${n}`);
      }
      for (const c of list(countryAr)) ar.push(`وزارة ${kind.construct} ${c}`);
      out.push({
        id: `${iso3.toLowerCase()}-${kind.slug}`,
        name: `${kind.en} (${country})`,
        type: 'ORG',
        ar: dedupeNormalized(ar),
        country: iso3,
        sector: 'GOV',
      });
    }
  }
  return out;
}

export function buildOrganisations(): KbActor[] {
  return [
    ...parseOrgTable(ORG_INTL, 'organisations-intl'),
    ...parseOrgTable(ORG_MOVEMENTS, 'organisations-movements'),
    ...parseOrgTable(ORG_PARTIES, 'organisations-parties'),
    ...parseOrgTable(ORG_SECURITY, 'organisations-security'),
    ...buildMinistries(),
    ...parseOrgTable(ORG_MEDIA, 'organisations-media'),
  ];
}

/** Actors of the other KB files (read leniently: only ids and names matter here). */
function otherActors(): KbActor[] {
  const out: KbActor[] = [];
  for (const f of readdirSync(KB_DIR).filter((x) => x.endsWith('.json') && x !== 'organisations.json' && x !== 'titles.json')) {
    try {
      out.push(...((JSON.parse(readFileSync(join(KB_DIR, f), 'utf8')) as { actors?: KbActor[] }).actors ?? []));
    } catch {
      /* another helper's file in progress */
    }
  }
  return out;
}

/** Problems that are ours to fix: duplicate ids, unknown countries, stop words in ar, undisambiguated shared names. */
export function checkOrganisations(orgs: readonly KbActor[], others: readonly KbActor[] = otherActors()): string[] {
  const problems: string[] = [];
  const ids = new Set<string>();
  for (const a of orgs) {
    if (ids.has(a.id)) problems.push(`${a.id}: duplicate id`);
    ids.add(a.id);
  }
  const otherIds = new Set(others.map((a) => a.id));
  for (const a of orgs) if (otherIds.has(a.id)) problems.push(`${a.id}: id already used in another KB file`);
  const countries = new Set(others.filter((a) => a.type === 'GPE' && /^[a-z]{3}$/.test(a.id)).map((a) => a.id.toUpperCase()));
  const stop = new Set(AR_STOP_WORDS.map((w) => normalize(w)));
  for (const a of orgs) {
    if (a.country && countries.size && !countries.has(a.country)) problems.push(`${a.id}: unknown country ${a.country}`);
    for (const n of a.ar) if (stop.has(normalize(n))) problems.push(`${a.id}: bare word "${n}" must be in arShort`);
  }
  const owners = new Map<string, KbActor[]>();
  for (const a of [...orgs, ...others]) {
    for (const n of new Set(a.ar.map((x) => normalize(x)))) owners.set(n, [...(owners.get(n) ?? []), a]);
  }
  const mine = new Set(orgs.map((a) => a.id));
  for (const [n, list] of owners) {
    if (list.length < 2 || !list.some((a) => mine.has(a.id))) continue;
    for (const a of list) {
      if (!a.disambiguation) problems.push(`${a.id}: "${n}" shared with ${list.filter((x) => x !== a).map((x) => x.id).join(', ')} without disambiguation`);
    }
  }
  return problems;
}

export const ORGANISATIONS_SOURCE =
  'International and regional organisations, UN bodies, political and armed movements, parties, armed forces, ' +
  'security services, government bodies and news media written by hand from general knowledge (English names as ' +
  'Wikipedia titles them, as recalled by the author, 2026); Arabic names as used by Al Jazeera, Asharq Al-Awsat, ' +
  'Al Arabiya, SPA, WAFA and the agencies themselves; bare forms that are common words are in arShort; wikidata ' +
  'only where certain. Generated — edit scripts/kb/organisations-*.ts.';

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const orgs = buildOrganisations();
  const problems = checkOrganisations(orgs);
  writeFileSync(ORGANISATIONS_FILE, serializeKb(ORGANISATIONS_SOURCE, orgs));
  const bySector: Record<string, number> = {};
  for (const a of orgs) bySector[a.sector ?? '-'] = (bySector[a.sector ?? '-'] ?? 0) + 1;
  console.log(`wrote ${orgs.length} organisations to ${ORGANISATIONS_FILE}: ${JSON.stringify(bySector)}`);
  if (problems.length) {
    console.error(`${problems.length} problems:\n  ${problems.join('\n  ')}`);
    process.exitCode = 1;
  }
}
