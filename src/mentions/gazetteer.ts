// Clitic-aware longest match of the knowledge base's names, nisba adjectives and titles over the
// tokens of a document. Pure: returns candidate matches; choosing among actors is linking's job.
import type { Doc, Token } from '../model/types.ts';
import type { KnowledgeBase, IndexEntry } from '../kb/index.ts';
import { wordKey } from '../kb/index.ts';
import { candidates } from '../text/clitics.ts';
import { originalOffsetAfter } from '../text/segment.ts';

export interface Match {
  /** Original offsets of the mention span (attached proclitics and descriptor words excluded). */
  readonly start: number;
  readonly end: number;
  readonly tokenStart: number; // first token of the span proper
  readonly tokenEnd: number;
  /** First token of the whole match including a descriptor (حركة حماس → حركة). */
  readonly matchStart: number;
  readonly entry: IndexEntry;
  /** Proclitics peeled from the first token (normalised). */
  readonly proclitic: string;
}

/** Readings of the first token: [proclitic, key] pairs, most literal first. */
function firstReadings(tok: Token): { proclitic: string; key: string; article: boolean }[] {
  if (tok.script !== 'ar') return [{ proclitic: '', key: tok.norm, article: false }];
  const out: { proclitic: string; key: string; article: boolean }[] = [];
  const seen = new Set<string>();
  for (const c of candidates(tok.norm)) {
    const key = c.article ? c.base : wordKey(c.bare);
    const article = c.article || key !== c.bare;
    const k = `${c.proclitic}|${key}|${article}`;
    if (seen.has(k)) continue;
    seen.add(k);
    out.push({ proclitic: c.proclitic, key, article });
  }
  return out;
}

/** Key of a non-first token of a phrase: no proclitics, article dropped. */
function innerKey(tok: Token): string {
  return tok.script === 'ar' ? wordKey(tok.norm) : tok.norm;
}

const KIND_RANK: Record<IndexEntry['kind'], number> = { name: 4, english: 4, title: 3, nisba: 2, short: 1 };

/**
 * All maximal matches, left to right, non-overlapping: at each token the longest entry wins
 * (names before titles before nisba before short forms at equal length); a proclitic-free reading is
 * preferred at equal length.
 */
export function findMatches(doc: Doc, kb: KnowledgeBase): Match[] {
  const toks = doc.tokens;
  const out: Match[] = [];
  let i = 0;
  while (i < toks.length) {
    const tok = toks[i]!;
    if (tok.script === 'punct' || tok.script === 'digit') {
      i++;
      continue;
    }
    let best: { entry: IndexEntry; proclitic: string; len: number } | null = null;
    for (const r of firstReadings(tok)) {
      const entries = kb.index.get(r.key);
      if (!entries) continue;
      for (const e of entries) {
        const len = e.rest.length + 1;
        if (i + len > toks.length) continue;
        let ok = true;
        for (let k = 0; k < e.rest.length; k++) {
          const t = toks[i + 1 + k]!;
          if (t.sentence !== tok.sentence || innerKey(t) !== e.rest[k]) {
            ok = false;
            break;
          }
        }
        if (!ok) continue;
        if (e.kind === 'english' && tok.script !== 'latin') continue;
        // English names are proper nouns: a lower-case word (alert, union) is not a name
        if (e.kind === 'english' && !/^[A-Z]/.test(tok.text)) continue;
        // names and titles keep their article: مالي is not المالي, الكويت is not كويت
        if (e.kind !== 'nisba' && e.kind !== 'english' && e.article !== r.article) continue;
        if (
          !best ||
          len > best.len ||
          (len === best.len && KIND_RANK[e.kind] > KIND_RANK[best.entry.kind]) ||
          (len === best.len && KIND_RANK[e.kind] === KIND_RANK[best.entry.kind] && r.proclitic.length < best.proclitic.length)
        ) {
          best = { entry: e, proclitic: r.proclitic, len };
        }
      }
    }
    if (!best) {
      i++;
      continue;
    }
    const skip = best.entry.skip;
    const first = toks[i + skip]!;
    const start = skip ? first.start : tok.start + originalOffsetAfter(tok.text, best.proclitic.length);
    const last = toks[i + best.len - 1]!;
    out.push({
      start,
      end: last.end,
      tokenStart: i + skip,
      tokenEnd: i + best.len,
      matchStart: i,
      entry: best.entry,
      proclitic: skip ? '' : best.proclitic,
    });
    i += best.len;
  }
  return out;
}
