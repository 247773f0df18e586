// Arabic-aware full-text search: the text is normalised in code (hamza/alef, ta marbuta, alef
// maqsura, diacritics, tatweel, digits) and every Arabic word is reduced to a light stem (proclitics
// و ف ب ل ك, the article and one pronoun suffix removed) before it goes into FTS5 / a `simple`
// tsvector, because neither FTS5 nor PostgreSQL's `arabic` configuration handles clitics.
// The same function is applied to queries, so both sides meet on the same forms.
import { normalize } from '../text/normalize.ts';
import { lightStem } from '../text/clitics.ts';

const WORD = /[\p{L}\p{N}]+/gu;
const ARABIC = /[\u0600-\u06ff]/;

/** The matching form of one word (already normalised). */
export function stemWord(norm: string): string {
  return ARABIC.test(norm) ? lightStem(norm) : norm;
}

/** Search terms of a text, in order (normalised + light-stemmed); never shown to the user. */
export function ftsTerms(text: string): string[] {
  const out: string[] = [];
  const norm = normalize(text);
  for (const m of norm.matchAll(WORD)) {
    const t = stemWord(m[0]);
    if (t.length > 0) out.push(t);
  }
  return out;
}

/** The string indexed for an article (title + text); pass the text's normalised words when known. */
export function ftsDocument(title: string | null | undefined, text: string, textWords?: readonly string[]): string {
  if (!textWords) return ftsTerms(`${title ?? ''}\n${text}`).join(' ');
  const out = title ? ftsTerms(title) : [];
  for (const w of textWords) out.push(stemWord(w));
  return out.join(' ');
}

export interface ParsedQuery {
  /** Each group is one phrase (a quoted phrase, or a single word); all groups must match. */
  readonly groups: readonly (readonly string[])[];
}

/** Parses a user query: words are ANDed, "quoted phrases" must match in order. */
export function parseQuery(q: string): ParsedQuery {
  const groups: string[][] = [];
  const re = /"([^"]*)"|([^\s"]+)/g;
  for (const m of q.matchAll(re)) {
    const terms = ftsTerms(m[1] ?? m[2] ?? '');
    if (m[1] !== undefined) {
      if (terms.length) groups.push(terms);
    } else {
      for (const t of terms) groups.push([t]);
    }
  }
  return { groups };
}

/** FTS5 MATCH expression: "a" "b c" (every term quoted, so no FTS5 syntax leaks through). */
export function fts5Query(p: ParsedQuery): string {
  return p.groups.map((g) => `"${g.join(' ').replace(/"/g, '')}"`).join(' AND ');
}

/** PostgreSQL to_tsquery('simple', …) expression: a & (b <-> c). */
export function tsQuery(p: ParsedQuery): string {
  const clean = (t: string): string => t.replace(/[^\p{L}\p{N}]/gu, '');
  return p.groups
    .map((g) => g.map(clean).filter(Boolean))
    .filter((g) => g.length > 0)
    .map((g) => (g.length === 1 ? g[0]! : `(${g.join(' <-> ')})`))
    .join(' & ');
}

/**
 * An excerpt of the ORIGINAL text around the first word whose stem is one of the query terms.
 * Falls back to the start of the text.
 */
export function snippet(text: string, p: ParsedQuery, width = 160): string {
  const wanted = new Set(p.groups.flat());
  let at = -1;
  let len = 0;
  for (const m of text.matchAll(WORD)) {
    if (wanted.has(stemWord(normalize(m[0])))) {
      at = m.index!;
      len = m[0].length;
      break;
    }
  }
  const flat = (s: string): string => s.replace(/\s+/g, ' ').trim();
  if (at < 0) return flat(text.slice(0, width)) + (text.length > width ? ' …' : '');
  let start = Math.max(0, at - Math.floor((width - len) / 2));
  let end = Math.min(text.length, start + width);
  start = Math.max(0, end - width);
  // cut at word boundaries
  if (start > 0) {
    const sp = text.indexOf(' ', start);
    if (sp >= 0 && sp < at) start = sp + 1;
  }
  if (end < text.length) {
    const sp = text.lastIndexOf(' ', end);
    if (sp > at + len) end = sp;
  }
  return (start > 0 ? '… ' : '') + flat(text.slice(start, end)) + (end < text.length ? ' …' : '');
}
