// Feature extraction for the tagger. Every feature is a string `name=value`; the model stores
// weights by the string's 32-bit hash (hash.ts). Features of token i only read the sentence's
// tokens (never labels): label context enters through the transition weights in Viterbi.
import { normalize } from '../text/normalize.ts';
import { segment, stripSuffix } from '../text/clitics.ts';
import { fnv1a } from './hash.ts';
import { Gazetteer, lookupForms, typesOf } from './gazetteer.ts';

/** What the features need to know about one token, computed once per distinct surface form. */
export interface TokenInfo {
  readonly raw: string;
  readonly norm: string;
  readonly proclitic: string;
  readonly article: boolean;
  readonly bare: string;
  readonly base: string;
  readonly stem: string;
  readonly shape: string;
  readonly forms: readonly string[];
}

/** Collapsed character-class shape: a Arabic letter, L/l Latin upper/lower, d digit, else the char. */
export function shapeOf(s: string): string {
  let out = '';
  let prev = '';
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    let k: string;
    if ((c >= 0x0621 && c <= 0x064a) || (c >= 0x0671 && c <= 0x06d3)) k = 'a';
    else if ((c >= 48 && c <= 57) || (c >= 0x0660 && c <= 0x0669) || (c >= 0x06f0 && c <= 0x06f9)) k = 'd';
    else if (c >= 65 && c <= 90) k = 'L';
    else if (c >= 97 && c <= 122) k = 'l';
    else if ((c >= 0x064b && c <= 0x065f) || c === 0x0640) continue; // diacritics, tatweel
    else k = ch;
    if (k !== prev) out += k;
    prev = k;
    if (out.length > 8) break;
  }
  return out;
}

const infoCache = new Map<string, TokenInfo>();

export function tokenInfo(raw: string): TokenInfo {
  const hit = infoCache.get(raw);
  if (hit) return hit;
  const norm = normalize(raw);
  const seg = segment(norm);
  const info: TokenInfo = {
    raw,
    norm,
    proclitic: seg.proclitic,
    article: seg.article,
    bare: seg.bare,
    base: seg.base,
    stem: stripSuffix(seg.base).stem,
    shape: shapeOf(raw),
    forms: lookupForms(norm),
  };
  if (infoCache.size > 100_000) infoCache.clear();
  infoCache.set(raw, info);
  return info;
}

/** What the neighbouring sentences of the same document say about a word (by its key form). */
export interface ContextInfo {
  count: number;
  readonly left: Set<string>;
  readonly right: Set<string>;
  title: boolean; // preceded by a title word somewhere
  article: boolean; // written with the article somewhere
  bare: boolean; // written without it somewhere
}
export type DocContext = ReadonlyMap<string, ContextInfo>;

/** Occurrence records of one sentence: key, left and right neighbour, title before. */
export interface Occurrence {
  readonly key: string;
  readonly left: string;
  readonly right: string;
  readonly title: boolean;
  readonly article: boolean;
}

/** Words worth a document-context entry: Arabic or Latin letters, at least 3 of them. */
function contextKey(t: TokenInfo): string | null {
  return t.base.length >= 3 && /^[\u0621-\u064aa-z]+$/.test(t.base) ? t.base : null;
}

export function occurrences(tokens: readonly string[], gaz: Gazetteer): Occurrence[] {
  const info = tokens.map(tokenInfo);
  const out: Occurrence[] = [];
  info.forEach((t, i) => {
    const key = contextKey(t);
    if (!key) return;
    const prev = info[i - 1];
    out.push({ key, left: prev ? prev.norm : BOS, right: info[i + 1]?.norm ?? EOS, title: prev ? gaz.isTitle(prev.forms) : false, article: t.article });
  });
  return out;
}

/** Merges the occurrences of the sentences around one sentence into a DocContext. */
export function mergeContext(parts: readonly (readonly Occurrence[])[]): DocContext {
  const m = new Map<string, ContextInfo>();
  for (const occ of parts) {
    for (const o of occ) {
      let c = m.get(o.key);
      if (!c) m.set(o.key, (c = { count: 0, left: new Set(), right: new Set(), title: false, article: false, bare: false }));
      c.count++;
      if (c.left.size < 8) c.left.add(o.left);
      if (c.right.size < 8) c.right.add(o.right);
      if (o.title) c.title = true;
      if (o.article) c.article = true;
      else c.bare = true;
    }
  }
  return m;
}

/** Sentences on each side whose words feed the document-context features. */
export const CONTEXT_WINDOW = 10;

/** DocContext of every sentence of a document: the other sentences within CONTEXT_WINDOW. */
export function documentContexts(sentences: readonly (readonly string[])[], gaz: Gazetteer): DocContext[] {
  const occ = sentences.map((s) => occurrences(s, gaz));
  return sentences.map((_, j) => {
    const parts: Occurrence[][] = [];
    for (let k = Math.max(0, j - CONTEXT_WINDOW); k <= Math.min(sentences.length - 1, j + CONTEXT_WINDOW); k++) if (k !== j) parts.push(occ[k]!);
    return mergeContext(parts);
  });
}

const BOS = '<s>';
const EOS = '</s>';

/** First-stage predictions around a sentence, read by the stacked second stage. */
export interface StackInfo {
  /** First-stage labels of this sentence. */
  readonly labels: readonly string[];
  /** Key form → entity types (or 'O') the first stage gave it in the other sentences of the window. */
  readonly doc: ReadonlyMap<string, ReadonlySet<string>>;
}

/** Sentences on each side whose first-stage labels feed a sentence's stacked features. */
export const STACK_WINDOW = 10;

/** StackInfo of sentence j from the first-stage labels of its neighbours (± STACK_WINDOW). */
export function stackInfo(sentences: readonly (readonly string[])[], labels: readonly (readonly string[])[], j: number): StackInfo {
  const doc = new Map<string, Set<string>>();
  for (let k = Math.max(0, j - STACK_WINDOW); k <= Math.min(sentences.length - 1, j + STACK_WINDOW); k++) {
    if (k === j) continue;
    const toks = sentences[k]!;
    const labs = labels[k]!;
    toks.forEach((tok, i) => {
      const key = contextKey(tokenInfo(tok));
      if (!key) return;
      let set = doc.get(key);
      if (!set) doc.set(key, (set = new Set()));
      const l = labs[i]!;
      set.add(l === 'O' ? 'O' : l.slice(l.indexOf('-') + 1));
    });
  }
  return { labels: labels[j]!, doc };
}

/** Features of a token on its own (word, clitic readings, affixes, shape, gazetteer entries). */
export function tokenFeatures(t: TokenInfo, gaz: Gazetteer): string[] {
  const f: string[] = ['b', 'w=' + t.raw, 'n=' + t.norm, 'bare=' + t.bare, 'base=' + t.base, 'st=' + t.stem];
  f.push('pa=' + t.proclitic + (t.article ? '+ال' : ''));
  const w = t.norm;
  for (let k = 1; k <= 4 && k <= w.length; k++) {
    f.push(`p${k}=` + w.slice(0, k));
    f.push(`s${k}=` + w.slice(-k));
  }
  const b = t.base;
  for (let k = 1; k <= 3 && k < b.length; k++) {
    f.push(`bp${k}=` + b.slice(0, k));
    f.push(`bs${k}=` + b.slice(-k));
  }
  if (b.length >= 4 && b.length <= 14) for (let k = 0; k + 3 <= b.length; k++) f.push('c3=' + b.slice(k, k + 3));
  f.push('len=' + Math.min(w.length, 12), 'sh=' + t.shape);
  for (const ty of typesOf(gaz.mask(gaz.token, t.forms))) f.push('gt=' + ty);
  for (const ty of typesOf(gaz.mask(gaz.first, t.forms))) f.push('gf=' + ty);
  for (const ty of typesOf(gaz.mask(gaz.last, t.forms))) f.push('gl=' + ty);
  if (gaz.isNisba(t.forms)) f.push('nis');
  if (gaz.isGiven(t.forms)) f.push('gn');
  return f;
}

/** Features of every token that depend on its neighbours and on the document context. */
export function contextFeatures(tokens: readonly string[], gaz: Gazetteer, ctx?: DocContext): string[][] {
  const n = tokens.length;
  const info = tokens.map(tokenInfo);
  const norms = info.map((t) => t.norm);
  const forms = info.map((t) => t.forms);
  const gTok = info.map((t) => gaz.mask(gaz.token, t.forms));
  const phrase: string[] = new Array<string>(n).fill('O');
  for (const m of gaz.matchPhrases(norms, forms)) {
    for (let k = m.start; k < m.end; k++) phrase[k] = (k === m.start ? 'B-' : 'I-') + m.type;
  }
  const nisba = info.map((t) => gaz.isNisba(t.forms));
  const given = info.map((t) => gaz.isGiven(t.forms));
  const title = info.map((t, i) => gaz.isTitle(t.forms) || gaz.titlePhraseEndsAt(norms, forms, i));
  const at = (i: number): TokenInfo | null => (i >= 0 && i < n ? info[i]! : null);
  const nm = (i: number): string => (i < 0 ? BOS : i >= n ? EOS : norms[i]!);

  const out: string[][] = [];
  for (let i = 0; i < n; i++) {
    const t = info[i]!;
    const w = t.norm;
    const f: string[] = [];
    for (const d of [-2, -1, 1, 2]) {
      const o = at(i + d);
      f.push(`n${d}=` + nm(i + d));
      if (o) f.push(`st${d}=` + o.stem);
      if (o && (d === -1 || d === 1)) {
        f.push(`s2${d}=` + o.norm.slice(-2), `sh${d}=` + o.shape, `pa${d}=` + o.proclitic + (o.article ? '+ال' : ''));
      }
    }
    f.push('n-1n0=' + nm(i - 1) + '|' + w, 'n0n1=' + w + '|' + nm(i + 1), 'n-2n-1=' + nm(i - 2) + '|' + nm(i - 1));
    f.push('st-1st0=' + (at(i - 1)?.stem ?? BOS) + '|' + t.stem);
    f.push('gp=' + phrase[i]);
    if (phrase[i] !== 'O') f.push('gp|n=' + phrase[i] + '|' + t.norm);
    for (const d of [-1, 1]) {
      const j = i + d;
      if (j < 0 || j >= n) continue;
      for (const ty of typesOf(gTok[j]!)) f.push(`gt${d}=` + ty);
      f.push(`gp${d}=` + phrase[j]);
      if (nisba[j]) f.push(`nis${d}`);
      if (given[j]) f.push(`gn${d}`);
    }
    // the word's shape after its left neighbour (a digit after "عام", a Latin word after "شركة"), and
    // its length inside or outside a gazetteer phrase: +0.5 F1 in 5-fold cross-validation
    f.push('sh|n-1=' + t.shape + '|' + nm(i - 1), 'len|gp=' + Math.min(w.length, 8) + '|' + phrase[i]);
    if (title[i]) f.push('tt0');
    if (i >= 1 && title[i - 1]) f.push('tt-1');
    if (i >= 2 && title[i - 2]) f.push('tt-2');
    if (i >= 1 && title[i - 1] && nisba[i]) f.push('tt-1nis');
    const key = ctx && contextKey(t);
    const c = key ? ctx!.get(key) : undefined;
    if (c) {
      f.push('dn=' + Math.min(c.count, 3));
      for (const x of c.left) f.push('dl=' + x);
      for (const x of c.right) f.push('dr=' + x);
      if (c.title) f.push('dtt');
      // whether the word takes the article elsewhere in the document (common nouns and adjectives
      // do, most names never do), against this occurrence: +0.4 / +0.6 F1 in cross-validation
      f.push('dart=' + (c.article ? 'a' : '') + (c.bare ? 'b' : '') + '|' + (t.article ? 'a' : 'b'));
    }
    if (i === 0) f.push('bos');
    if (i === n - 1) f.push('eos');
    out.push(f);
  }
  return out;
}

/** Features of the first stage's labels (stacked models). */
export function stackFeatures(tokens: readonly string[], stack: StackInfo): string[][] {
  const y = stack.labels;
  return tokens.map((tok, i) => {
    const f = ['y1=' + y[i], 'y1-1=' + (y[i - 1] ?? BOS), 'y1+1=' + (y[i + 1] ?? EOS), 'y1-1y1=' + (y[i - 1] ?? BOS) + '|' + y[i]];
    const k = contextKey(tokenInfo(tok));
    const types = k ? stack.doc.get(k) : undefined;
    if (types) for (const ty of types) f.push('yd=' + ty, 'yd|y1=' + ty + '|' + y[i]);
    return f;
  });
}

/** Feature strings of every token of a sentence. */
export function sentenceFeatures(tokens: readonly string[], gaz: Gazetteer, ctx?: DocContext, stack?: StackInfo): string[][] {
  const dyn = contextFeatures(tokens, gaz, ctx);
  const st = stack ? stackFeatures(tokens, stack) : null;
  return tokens.map((tok, i) => [...tokenFeatures(tokenInfo(tok), gaz), ...dyn[i]!, ...(st ? st[i]! : [])]);
}

/** Hashes of every token's features: a flat array and per-token offsets (length n+1). */
export interface HashedSentence {
  readonly hashes: Uint32Array;
  readonly offsets: Uint32Array;
  /**
   * Each token's own-feature hashes (tokenFeatures), which open its range in `hashes`. The array
   * is shared by every occurrence of a surface form, so a model can cache their summed weights.
   */
  readonly own?: readonly Uint32Array[];
}

/** Hashed tokenFeatures per gazetteer and surface form (the same words recur in news). */
const tokenHashCache = new WeakMap<Gazetteer, Map<string, Uint32Array>>();

function tokenHashes(raw: string, gaz: Gazetteer): Uint32Array {
  let m = tokenHashCache.get(gaz);
  if (!m) tokenHashCache.set(gaz, (m = new Map()));
  let h = m.get(raw);
  if (!h) {
    h = Uint32Array.from(tokenFeatures(tokenInfo(raw), gaz), fnv1a);
    if (m.size > 200_000) m.clear();
    m.set(raw, h);
  }
  return h;
}

/** Hashes of every token's features (tokenFeatures, contextFeatures, then stackFeatures if given). */
export function hashSentence(tokens: readonly string[], gaz: Gazetteer, ctx?: DocContext, stack?: StackInfo): HashedSentence {
  const own = tokens.map((t) => tokenHashes(t, gaz));
  const dyn = contextFeatures(tokens, gaz, ctx);
  const st = stack ? stackFeatures(tokens, stack) : null;
  let total = 0;
  tokens.forEach((_, i) => (total += own[i]!.length + dyn[i]!.length + (st ? st[i]!.length : 0)));
  const hashes = new Uint32Array(total);
  const offsets = new Uint32Array(tokens.length + 1);
  let k = 0;
  tokens.forEach((_, i) => {
    offsets[i] = k;
    hashes.set(own[i]!, k);
    k += own[i]!.length;
    for (const s of dyn[i]!) hashes[k++] = fnv1a(s);
    if (st) for (const s of st[i]!) hashes[k++] = fnv1a(s);
  });
  offsets[tokens.length] = k;
  return { hashes, offsets, own };
}

/** `base` (hashes without stack features) with the stack features of each token appended. */
export function addStack(base: HashedSentence, tokens: readonly string[], stack: StackInfo): HashedSentence {
  const st = stackFeatures(tokens, stack).map((f) => f.map(fnv1a));
  const hashes = new Uint32Array(base.hashes.length + st.reduce((s, f) => s + f.length, 0));
  const offsets = new Uint32Array(tokens.length + 1);
  let k = 0;
  tokens.forEach((_, i) => {
    offsets[i] = k;
    const a = base.offsets[i]!, b = base.offsets[i + 1]!;
    hashes.set(base.hashes.subarray(a, b), k);
    k += b - a;
    for (const h of st[i]!) hashes[k++] = h;
  });
  offsets[tokens.length] = k;
  return { hashes, offsets, ...(base.own ? { own: base.own } : {}) };
}
