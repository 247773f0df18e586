// Gazetteer features from the actor knowledge base: name tokens by type, multi-token names,
// nationality adjectives (nisba, tagged O in ANERcorp) and title words that precede a person.
//
// The gazetteer is snapshotted into the model file when it is trained, so a model always tags with
// exactly the lists it learned its weights with (see data/ner/README.md).
import type { RawKb } from '../kb/load.ts';
import { normalize } from '../text/normalize.ts';
import { candidates } from '../text/clitics.ts';
import type { NerList } from './lists.ts';

export type GazType = 'PER' | 'ORG' | 'GPE' | 'LOC' | 'FAC' | 'MISC';

/** Serialisable form, stored in the model header (strings normalised; normalised again on load). */
export interface GazetteerData {
  readonly names: readonly (readonly [string, GazType])[]; // normalised name phrase, type
  readonly nisba: readonly string[];
  readonly titles: readonly string[]; // normalised title phrases (one or more words)
  readonly given?: readonly string[]; // normalised given names (lists' GIVEN entries)
}

/** Title words that precede a person's name in news, besides those of the KB's titles.json. */
const BUILTIN_TITLES = [
  'الرئيس', 'رئيس', 'الرئيسة', 'رئيسة', 'وزير', 'الوزير', 'وزيرة', 'الوزيرة', 'الملك', 'الملكة', 'الأمير',
  'الأميرة', 'الشيخ', 'الشيخة', 'السيد', 'السيدة', 'الدكتور', 'الدكتورة', 'د.', 'المستشار', 'المستشارة',
  'الجنرال', 'العقيد', 'اللواء', 'العميد', 'الفريق', 'المشير', 'الرائد', 'النقيب', 'النائب', 'نائب', 'السفير',
  'السفيرة', 'المبعوث', 'الزعيم', 'زعيم', 'القائد', 'قائد', 'المتحدث', 'الناطق', 'مساعد', 'المدير', 'مدير',
  'الأمين', 'العاهل', 'ولي', 'الإمام', 'البابا', 'الحاخام', 'المطران', 'الكاردينال', 'المرشح', 'المدرب',
  'اللاعب', 'النجم', 'الفنان', 'الفنانة', 'الممثل', 'الممثلة', 'الكاتب', 'الكاتبة', 'الشاعر', 'الروائي',
  'الصحفي', 'الصحافي', 'المخرج', 'المغني', 'المطرب', 'المطربة', 'البروفسور', 'الأستاذ', 'المفكر', 'الباحث',
  'المحامي', 'القاضي', 'السناتور', 'الحاكم', 'المستشارة', 'رئيس الوزراء', 'رئيس الحكومة', 'وزير الخارجية',
  'وزير الدفاع', 'وزير الداخلية', 'الأمين العام', 'نائب الرئيس', 'ولي العهد',
];

/**
 * Gazetteer data from the KB's actors and titles, plus the tagger's own lists (lists.ts). A phrase
 * may carry several types (ليون is a city and a club): each (phrase, type) pair is kept.
 */
export function gazetteerFromKb(kb: RawKb, lists: readonly NerList[] = []): GazetteerData {
  const names = new Map<string, GazType>();
  const nisba = new Set<string>();
  const titles = new Set<string>(BUILTIN_TITLES.map(normalize));
  for (const a of kb.actors) {
    for (const n of [...a.ar, ...(a.arShort ?? [])]) {
      const k = normalize(n).trim();
      if (k && !names.has(k)) names.set(k, a.type);
    }
    for (const n of a.nisba ?? []) {
      const k = normalize(n).trim();
      if (!k) continue;
      nisba.add(k);
      nisba.add(k.startsWith('ال') ? k.slice(2) : 'ال' + k);
    }
    for (const r of a.roles ?? []) if (r.ar) titles.add(normalize(r.ar).trim());
  }
  for (const t of kb.titles) for (const n of t.ar) titles.add(normalize(n).trim());
  const pairs: [string, GazType][] = [...names.entries()];
  const given = new Set<string>();
  for (const l of lists) for (const e of l.entries) for (const n of e.ar) {
    const k = normalize(n).trim().replace(/\s+/g, ' ');
    if (e.type === 'GIVEN') {
      if (k && !k.includes(' ')) given.add(k);
    } else pairs.push([k, e.type]);
  }
  const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
  pairs.sort((x, y) => cmp(x[0], y[0]) || cmp(x[1], y[1]));
  // one pair per (phrase, type)
  const sortedNames = pairs.filter(([k, t], i) => k && (i === 0 || pairs[i - 1]![0] !== k || pairs[i - 1]![1] !== t));
  return {
    names: sortedNames, nisba: [...nisba].sort(), titles: [...titles].filter(Boolean).sort(),
    ...(given.size ? { given: [...given].sort() } : {}),
  };
}

export const TYPE_BITS: Readonly<Record<GazType, number>> = { PER: 1, ORG: 2, GPE: 4, LOC: 8, FAC: 16, MISC: 32 };
const TYPES = Object.keys(TYPE_BITS) as GazType[];

export function typesOf(mask: number): GazType[] {
  return TYPES.filter((t) => (mask & TYPE_BITS[t]) !== 0);
}

/** Lookup forms of a normalised token: itself, its clitic readings, with and without the article. */
export function lookupForms(norm: string): string[] {
  const out = new Set<string>([norm]);
  for (const c of candidates(norm)) {
    out.add(c.bare);
    if (c.article) {
      out.add(c.base);
      out.add('ال' + c.base);
    }
  }
  return [...out];
}

export interface PhraseMatch {
  readonly start: number;
  readonly end: number; // exclusive
  readonly type: GazType;
}

/**
 * Descriptor words that open listed names (صحيفة الحياة، نادي النصر، مدينة العين): the list needs
 * them to tell the name from the common word, but ANERcorp leaves them out of the entity, so a
 * match marks only the words after the descriptor.
 */
const DESCRIPTORS = new Set(['صحيفه', 'جريده', 'مجله', 'نادي', 'فريق', 'مدينه', 'بلده', 'قريه', 'محافظه', 'ولايه', 'مستوطنه', 'مخيم', 'ميناء', 'مطار', 'قاعده', 'جزيره', 'فيلم', 'مسلسل', 'برنامج', 'روايه', 'كتاب', 'عمليه', 'شركه', 'قناه']);

/** Short words that are name parts in their own right (بن، أبو), kept as name tokens. */
const NAME_PARTICLES = new Set(['بن', 'ابو', 'ام', 'بو', 'ال', 'دي', 'لا', 'فون', 'فان']);

/** Is one of the lookup forms in the set? */
function hasAny(set: ReadonlySet<string>, forms: readonly string[]): boolean {
  for (const f of forms) if (set.has(f)) return true;
  return false;
}

/** Runtime gazetteer: sets and maps built from GazetteerData. */
export class Gazetteer {
  readonly token = new Map<string, number>(); // any name token → type mask
  readonly first = new Map<string, number>(); // first token of a multi-token name
  readonly last = new Map<string, number>(); // last token of a multi-token name
  readonly nisba: Set<string>;
  readonly given: Set<string>;
  readonly titleWords = new Set<string>(); // single-word titles and last words of multi-word titles
  private readonly phrases = new Map<string, { toks: string[]; type: GazType; skip: number }[]>();
  private readonly titlePhrases = new Map<string, string[][]>(); // keyed by last word

  constructor(readonly data: GazetteerData) {
    const add = (m: Map<string, number>, k: string, bit: number): void => {
      m.set(k, (m.get(k) ?? 0) | bit);
      if (k.startsWith('ال') && k.length > 3) m.set(k.slice(2), (m.get(k.slice(2)) ?? 0) | bit);
    };
    for (const [name, type] of data.names) {
      const toks = normalize(name).split(' ').filter(Boolean);
      if (!toks.length) continue;
      const bit = TYPE_BITS[type];
      const skip = toks.length > 1 && DESCRIPTORS.has(toks[0]!) ? 1 : 0;
      const own = toks.slice(skip);
      for (const t of own) if (own.length === 1 || t.length >= 3 || NAME_PARTICLES.has(t)) add(this.token, t, bit);
      if (own.length > 1) {
        add(this.first, own[0]!, bit);
        add(this.last, own[own.length - 1]!, bit);
      }
      const list = this.phrases.get(toks[0]!) ?? [];
      list.push({ toks, type, skip });
      this.phrases.set(toks[0]!, list);
    }
    for (const list of this.phrases.values()) list.sort((a, b) => b.toks.length - a.toks.length);
    this.nisba = new Set(data.nisba.map(normalize));
    this.given = new Set((data.given ?? []).map(normalize));
    for (const t of data.titles) {
      const toks = normalize(t).split(' ').filter(Boolean);
      if (toks.length === 1) this.titleWords.add(toks[0]!);
      else {
        const k = toks[toks.length - 1]!;
        const list = this.titlePhrases.get(k) ?? [];
        list.push(toks);
        this.titlePhrases.set(k, list);
      }
    }
  }

  /** Union of the masks of every lookup form in map m. */
  mask(m: Map<string, number>, forms: readonly string[]): number {
    let r = 0;
    for (const f of forms) r |= m.get(f) ?? 0;
    return r;
  }

  isNisba(forms: readonly string[]): boolean {
    return hasAny(this.nisba, forms);
  }

  /** Is one of the token's lookup forms a given name? */
  isGiven(forms: readonly string[]): boolean {
    return hasAny(this.given, forms);
  }

  isTitle(forms: readonly string[]): boolean {
    return hasAny(this.titleWords, forms);
  }

  /** Does a multi-word title end at token i (norms are the sentence's normalised tokens)? */
  titlePhraseEndsAt(norms: readonly string[], forms: readonly (readonly string[])[], i: number): boolean {
    const list = this.titlePhrases.get(norms[i]!);
    if (!list) return false;
    for (const toks of list) {
      const s = i - toks.length + 1;
      if (s < 0) continue;
      let ok = forms[s]!.includes(toks[0]!);
      for (let k = 1; ok && k < toks.length; k++) ok = norms[s + k] === toks[k];
      if (ok) return true;
    }
    return false;
  }

  /** Longest-first, left-to-right matches of KB names; the first token may carry proclitics. */
  matchPhrases(norms: readonly string[], forms: readonly (readonly string[])[]): PhraseMatch[] {
    const out: PhraseMatch[] = [];
    let i = 0;
    while (i < norms.length) {
      let best: PhraseMatch | null = null;
      for (const f of forms[i]!) {
        for (const p of this.phrases.get(f) ?? []) {
          if (best && p.toks.length <= best.end - i) break;
          if (i + p.toks.length > norms.length) continue;
          let ok = true;
          for (let k = 1; ok && k < p.toks.length; k++) ok = norms[i + k] === p.toks[k];
          if (ok) best = { start: i + p.skip, end: i + p.toks.length, type: p.type };
        }
      }
      if (best) {
        out.push(best);
        i = best.end;
      } else i++;
    }
    return out;
  }
}
