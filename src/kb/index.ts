// The in-memory knowledge base: actors by id, a phrase index of their Arabic and English names,
// nisba adjectives and titles, and role lookups by date. Built once from the validated files.
import type { Actor, ActorType, RoleSpell } from '../model/types.ts';
import type { KbActor, KbTitle } from './schema.ts';
import { readKbDirs, BUNDLED_KB_DIR, type RawKb } from './load.ts';
import { normalize } from '../text/normalize.ts';
import { tokenize } from '../text/segment.ts';

export type EntryKind = 'name' | 'short' | 'nisba' | 'title' | 'english';

export interface IndexEntry {
  /** Keys of the phrase's tokens after the first (the first is the map key). */
  readonly rest: readonly string[];
  readonly kind: EntryKind;
  /** Actor ids for names/nisba; empty for titles. */
  readonly actors: readonly string[];
  /** For titles: the English role. */
  readonly role?: string;
  /** Number of leading descriptor tokens (حركة، تنظيم، موقع ...) that are not part of the mention span. */
  readonly skip: number;
  readonly length: number;
  /** Whether the phrase's first word carries the article ال; names match only with the same. */
  readonly article: boolean;
}

/** Single words that are far more often common words than names: never indexed alone as names. */
export const COMMON_WORDS = new Set(
  ['حتي', 'بيره', 'مالي', 'ماليه', 'بنين', 'سول', 'امل', 'فتح', 'نور', 'سلام', 'عزيز', 'كريم', 'جميل', 'سعيد', 'منصور', 'ناصر', 'فايز', 'شريف', 'امين',
    'حسن', 'حسين', 'علي', 'محمد', 'احمد', 'عمر', 'خالد', 'عادل', 'صالح', 'عباس', 'بشير', 'رشيد', 'مجيد', 'حميد', 'وليد', 'طارق', 'ماجد', 'فهد', 'سلطان', 'ملك', 'امير',
    'وطن', 'شعب', 'دوله', 'قوه', 'قوات', 'حزب', 'جيش', 'مجلس', 'بيت', 'دار', 'باب', 'عين', 'راس', 'جبل', 'بحر', 'نهر', 'شرق', 'غرب', 'شمال', 'جنوب', 'وسط', 'اليوم', 'امس', 'غدا']);

function firstHasArticle(phrase: string): boolean {
  const w = normalize(phrase.trim().split(/\s+/)[0] ?? '');
  return w.length >= ARTICLE_MIN && w.startsWith('ال');
}

/** Generic heads that precede a name in news but are not part of its span (gold convention). */
export const DESCRIPTORS = new Set(['حركه', 'تنظيم', 'جماعه', 'موقع', 'صحيفه', 'جريده', 'قناه', 'مدينه', 'ميليشيا', 'مليشيا', 'ميليشيات']);

const ARTICLE_MIN = 4;

/** Matching key of one normalised Arabic word: the article ال dropped. Latin is lower-cased. */
export function wordKey(norm: string): string {
  if (norm.length >= ARTICLE_MIN && norm.startsWith('ال')) return norm.slice(2);
  return norm;
}

/** Keys of a phrase as the index stores it. */
export function phraseKeys(phrase: string): string[] {
  const toks = tokenize(phrase);
  const out: string[] = [];
  for (const t of toks) {
    const w = normalize(phrase.slice(t.start, t.end));
    if (!w.trim()) continue;
    out.push(wordKey(w));
  }
  return out;
}

function padFrom(d: string): string {
  return d.length === 4 ? `${d}-01-01` : d.length === 7 ? `${d}-01` : d;
}
function padTo(d: string): string {
  return d.length === 4 ? `${d}-12-31` : d.length === 7 ? `${d}-31` : d;
}

/** Is the role held on `date` (YYYY-MM-DD or a prefix)? */
export function roleActiveOn(r: RoleSpell, date: string): boolean {
  const d = date.length >= 10 ? date.slice(0, 10) : padFrom(date);
  if (padFrom(r.from) > d) return false;
  if (r.to && padTo(r.to) < d) return false;
  return true;
}

export class KnowledgeBase {
  readonly actors = new Map<string, Actor>();
  readonly index = new Map<string, IndexEntry[]>();
  readonly titles: readonly KbTitle[];
  /** First tokens (keys) of PER names: a first-name list for title + unknown name patterns. */
  readonly givenNames = new Set<string>();
  /** Country id for each capital city id, for metonymy (واشنطن → usa). */
  readonly capitalOf = new Map<string, string>();
  /** Role holders: "role|of" → actor ids. */
  private readonly holders = new Map<string, string[]>();
  /** Country actor id by ISO3 code. */
  readonly countryByCode = new Map<string, string>();

  constructor(raw: RawKb) {
    this.titles = raw.titles;
    for (const a of raw.actors) this.actors.set(a.id, toActor(a));
    for (const a of raw.actors) {
      if (a.type === 'GPE' && a.sector === 'GOV' && a.country && a.id === a.country.toLowerCase()) this.countryByCode.set(a.country, a.id);
    }
    for (const a of raw.actors) {
      for (const n of a.ar) this.add(n, 'name', a.id);
      for (const n of a.arShort ?? []) this.add(n, 'short', a.id);
      for (const n of a.nisba ?? []) this.add(n, 'nisba', a.id);
      this.add(a.name, 'english', a.id);
      for (const n of a.aliases ?? []) this.add(n, 'english', a.id);
      if (a.type === 'PER') {
        for (const n of a.ar) {
          const k = phraseKeys(n);
          if (k.length >= 2) this.givenNames.add(k[0]!);
        }
      }
      for (const r of a.roles ?? []) {
        if (!r.of) continue;
        const key = `${r.role}|${r.of}`;
        const list = this.holders.get(key) ?? [];
        list.push(a.id);
        this.holders.set(key, list);
      }
      if (a.capitalOf) this.capitalOf.set(a.id, a.capitalOf);
    }
    for (const t of raw.titles) for (const f of t.ar) this.addTitle(f, t.role);
  }

  private addEntry(first: string, e: IndexEntry): void {
    const list = this.index.get(first) ?? [];
    const same = list.find((x) => x.kind === e.kind && x.skip === e.skip && x.article === e.article && x.role === e.role && x.rest.length === e.rest.length && x.rest.every((k, i) => k === e.rest[i]));
    if (same) {
      if (e.actors.length && !same.actors.includes(e.actors[0]!)) (same.actors as string[]).push(...e.actors);
      return;
    }
    list.push(e);
    this.index.set(first, list);
  }

  private add(phrase: string, kind: EntryKind, id: string): void {
    const keys = phraseKeys(phrase);
    if (!keys.length) return;
    if (keys.length === 1 && kind === 'name' && COMMON_WORDS.has(keys[0]!) && !firstHasArticle(phrase)) return;
    const skip = kind !== 'english' && keys.length > 1 && DESCRIPTORS.has(keys[0]!) ? 1 : 0;
    this.addEntry(keys[0]!, { rest: keys.slice(1), kind, actors: [id], skip, length: keys.length, article: firstHasArticle(phrase) });
  }

  private addTitle(phrase: string, role: string): void {
    const keys = phraseKeys(phrase);
    if (!keys.length) return;
    this.addEntry(keys[0]!, { rest: keys.slice(1), kind: 'title', actors: [], role, skip: 0, length: keys.length, article: firstHasArticle(phrase) });
  }

  get(id: string): Actor | undefined {
    return this.actors.get(id);
  }

  /** Roles of an actor on a date. */
  rolesOn(id: string, date: string | null): RoleSpell[] {
    const a = this.actors.get(id);
    if (!a?.roles) return [];
    if (!date) return [];
    return a.roles.filter((r) => roleActiveOn(r, date));
  }

  /** Who held `role` of `of` on `date`. */
  holdersOf(role: string, of: string, date: string): string[] {
    return (this.holders.get(`${role}|${of}`) ?? []).filter((id) => this.actors.get(id)!.roles!.some((r) => r.role === role && r.of === of && roleActiveOn(r, date)));
  }

  /** Adds provisional actors (not persisted in the KB) for one analysis. Returns a view. */
  static provisionalId(type: ActorType, name: string): string {
    const slug = name.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'unnamed';
    return `x-${type.toLowerCase()}-${slug}`;
  }
}

function toActor(a: KbActor): Actor {
  return {
    id: a.id,
    name: a.name,
    type: a.type,
    aliases: a.aliases,
    ar: a.ar,
    country: a.country,
    sector: a.sector,
    wikidata: a.wikidata,
    roles: a.roles as RoleSpell[] | undefined,
    nisba: a.nisba,
    disambiguation: a.disambiguation,
    source: a.source,
  };
}

const cache = new Map<string, KnowledgeBase>();

/** The bundled KB merged with user folders; cached per folder list. */
export function loadKnowledgeBase(extraDirs: readonly string[] = []): KnowledgeBase {
  const key = extraDirs.join('\u0000');
  let kb = cache.get(key);
  if (!kb) {
    kb = new KnowledgeBase(readKbDirs([BUNDLED_KB_DIR, ...extraDirs]));
    cache.set(key, kb);
  }
  return kb;
}
