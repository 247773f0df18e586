// The event trigger lexicon (data/lexicon/*.json): verbs, verbal nouns and multi-word expressions
// mapped to PLOVER type + mode. Verbs are listed as perfect/imperfect 3rd person masculine
// singular; this module generates their person, number and pronoun-suffix forms for matching.
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { PLOVER_TYPES, type PloverType } from '../model/types.ts';
import { normalize } from '../text/normalize.ts';
import { wordKey } from '../kb/index.ts';

export const LEXICON_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../data/lexicon');

const EntrySchema = z.object({
  id: z.string(),
  type: z.enum(PLOVER_TYPES),
  mode: z.string().optional(),
  symmetric: z.boolean().optional(),
  /** The actor after the verb (after its subject) is its target without a preposition. */
  object: z.boolean().optional(),
  /** Host verbs (استقبل): the grammatical object is the PLOVER actor (the visitor). */
  inverse: z.boolean().optional(),
  /** The event needs no recipient (a resignation, a demonstration, a strike). */
  intransitive: z.boolean().optional(),
  /** Visits: a place argument stands for its country as target. */
  placeTarget: z.boolean().optional(),
  preps: z.array(z.string()).default([]),
  verbs: z.array(z.string()).default([]),
  nouns: z.array(z.string()).default([]),
  /** Verb forms the generator misses (irregular, dual, 1st person), perfect tense, matched as written. */
  literal: z.array(z.string()).default([]),
  /** Same, imperfect tense. */
  literalImperfect: z.array(z.string()).default([]),
  /** Generated single-word forms dropped because they are mostly other words (هناك from هنأ). */
  exclude: z.array(z.string()).default([]),
}).strict();

const FileSchema = z.object({
  source: z.string(),
  entries: z.array(EntrySchema).default([]),
  /** Whole-token forms (normalised) that are never triggers: common words a clitic reading would misparse (وزارة ≠ و + زاره). */
  stopForms: z.array(z.string()).default([]),
}).strict();
export type LexEntry = z.infer<typeof EntrySchema>;

export interface TriggerForm {
  readonly entry: LexEntry;
  readonly pos: 'verb' | 'noun';
  /** Remaining word keys of a multi-word trigger (the first is the map key). */
  readonly rest: readonly string[];
  /** Imperfect verb form (present/future), perfect otherwise. */
  readonly imperfect: boolean;
  /** A form carrying a pronoun suffix: on a noun it names the agent (زيارته), on a verb the object (يدعوه). */
  readonly suffixed?: boolean;
}

export interface Lexicon {
  readonly forms: ReadonlyMap<string, readonly TriggerForm[]>;
  readonly entries: readonly LexEntry[];
  readonly prepKeys: ReadonlyMap<string, ReadonlySet<string>>;
  /** Whole-token normalised forms that never start a trigger. */
  readonly stopForms: ReadonlySet<string>;
}

const PRONOUNS = ['ه', 'ها', 'هم', 'هما', 'هن', 'نا', 'ك', 'كم'];

/** Perfect-tense forms of a normalised 3ms verb: التقي → التقي، التقت، التقوا، التقيا ... */
export function perfectForms(p: string, withPronouns = true): string[] {
  const out = new Set<string>([p]);
  const pro = withPronouns ? PRONOUNS : [];
  if (p.endsWith('ي') || p.endsWith('ا')) {
    const b = p.slice(0, -1);
    for (const s of ['ت', 'وا', 'يا', 'تا', 'ينا', 'يت', 'ين']) out.add(b + s);
    for (const s of pro) out.add(b + 'ا' + s); // التقاه
  } else {
    for (const s of ['ت', 'وا', 'ا', 'تا', 'ن', 'نا', 'تم', 'ت']) out.add(p + s);
    for (const s of pro) out.add(p + s);
    for (const s of pro) out.add(p + 'ت' + s);
    for (const s of pro) out.add(p + 'و' + s);
  }
  return [...out];
}

/** Imperfect forms of a normalised 3ms imperfect verb: يلتقي → تلتقي، نلتقي، يلتقون ... */
export function imperfectForms(i: string, withPronouns = true): string[] {
  const pro = withPronouns ? PRONOUNS : [];
  const out = new Set<string>();
  const stem = i.startsWith('ي') ? i.slice(1) : i;
  const weak = stem.endsWith('ي') || stem.endsWith('و') || stem.endsWith('ا');
  const b = weak ? stem.slice(0, -1) : stem;
  // two-letter stems (doubled يرد، يصر; hollow يقل) with the 1st-person prefixes make common
  // words (نصر، نرد، اشن): only the 3rd-person prefixes are generated for them
  const prefixes = stem.length <= 2 ? ['ي', 'ت'] : ['ي', 'ت', 'ن', 'ا'];
  for (const pre of prefixes) {
    out.add(pre + stem);
    // jussive of a defective verb after لم (لم يلتقِ → يلتق)
    if (weak && b.length >= 3) out.add(pre + b);
    for (const s of ['ون', 'ان', 'ين', 'وا', 'ن', 'ا']) out.add(pre + b + s);
    for (const s of pro) out.add(pre + stem + s);
    for (const s of pro) out.add(pre + b + 'و' + s);
  }
  return [...out];
}

/** Noun forms: singular, dual, construct (ة→ت) with pronoun suffixes, accusative ا. */
export function nounForms(n: string): string[] {
  const out = new Set<string>([n, n + 'ا']);
  const constr = n.endsWith('ه') ? n.slice(0, -1) + 'ت' : n;
  for (const s of ['ان', 'ين']) out.add(constr + s);
  for (const s of PRONOUNS) out.add(constr + s);
  if (n.endsWith('ات')) for (const s of PRONOUNS) out.add(n + s);
  return [...out];
}

function words(phrase: string): string[] {
  return normalize(phrase).split(/\s+/).filter(Boolean);
}

export function buildLexicon(files: readonly { source: string; entries: LexEntry[]; stopForms?: string[] }[]): Lexicon {
  const forms = new Map<string, TriggerForm[]>();
  const entries: LexEntry[] = [];
  let excluded: ReadonlySet<string> = new Set();
  const add = (key: string, f: TriggerForm): void => {
    if (f.rest.length === 0 && excluded.has(key)) return;
    const list = forms.get(key) ?? [];
    if (!list.some((x) => x.entry.id === f.entry.id && x.rest.join(' ') === f.rest.join(' ') && x.pos === f.pos)) list.push(f);
    forms.set(key, list);
  };
  for (const file of files) {
    for (const e of file.entries) {
      entries.push(e);
      excluded = new Set(e.exclude.map((x) => normalize(x)));
      for (const v of e.verbs) {
        const [perf, imperf] = v.split('/').map((x) => words(x));
        for (const [ws, gen, imperfect] of [[perf, perfectForms, false], [imperf, imperfectForms, true]] as const) {
          if (!ws?.length) continue;
          const bare = new Set(gen(ws[0]!, false));
          for (const f of gen(ws[0]!)) add(f, { entry: e, pos: 'verb', rest: ws.slice(1).map(wordKey), imperfect, ...(bare.has(f) ? {} : { suffixed: true }) });
        }
      }
      excluded = new Set();
      for (const [list, imperfect] of [[e.literal, false], [e.literalImperfect, true]] as const) {
        for (const l of list) {
          const ws = words(l);
          if (ws.length) add(ws[0]!, { entry: e, pos: 'verb', rest: ws.slice(1).map(wordKey), imperfect });
        }
      }
      for (const n of e.nouns) {
        const ws = words(n).map(wordKey);
        if (!ws.length) continue;
        const plain = new Set([ws[0]!, ws[0]! + 'ا']);
        for (const f of nounForms(ws[0]!)) add(f, { entry: e, pos: 'noun', rest: ws.slice(1), imperfect: false, ...(plain.has(f) || /(ان|ين)$/.test(f) ? {} : { suffixed: true }) });
      }
    }
  }
  const prepKeys = new Map<string, Set<string>>();
  for (const e of entries) prepKeys.set(e.id, new Set(e.preps.map((p) => normalize(p))));
  const stopForms = new Set(files.flatMap((f) => f.stopForms ?? []).map((w) => normalize(w)));
  return { forms, entries, prepKeys, stopForms };
}

let cached: Lexicon | null = null;

/** Loads every *.json lexicon file under data/lexicon (validated), once. */
export function loadLexicon(dir = LEXICON_DIR): Lexicon {
  if (cached && dir === LEXICON_DIR) return cached;
  const files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort().map((f) => {
    const p = join(dir, f);
    const r = FileSchema.safeParse(JSON.parse(readFileSync(p, 'utf8')));
    if (!r.success) throw new Error(`${p}: ${r.error.issues[0]!.path.join('.')}: ${r.error.issues[0]!.message}`);
    return r.data;
  });
  const lex = buildLexicon(files);
  if (dir === LEXICON_DIR) cached = lex;
  return lex;
}

export type { PloverType };
