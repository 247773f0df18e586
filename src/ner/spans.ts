// Entity spans over a segmented Doc: tags each sentence's tokens and maps BIO entities back onto
// the original text. Like ANERcorp's gold, a span leaves out a proclitic attached to its first
// token (وإيران → إيران), unless the whole word is itself a known name (لبنان is not ل + بنان).
import type { Doc, Token } from '../model/types.ts';
import { foldChar, normalize } from '../text/normalize.ts';
import { segment } from '../text/clitics.ts';
import { entities } from './conll.ts';
import type { NerSpan, Tagger } from './index.ts';

const TYPE_MAP: Readonly<Record<string, NerSpan['type']>> = { PERS: 'PER', PER: 'PER', ORG: 'ORG', LOC: 'LOC', MISC: 'MISC' };

/** Normalised proclitic of a token's first word that the span should leave out ('' = none). */
export function procliticToDrop(token: Pick<Token, 'text'> & Partial<Pick<Token, 'norm' | 'proclitic'>>, knows?: (norm: string) => boolean): string {
  const norm = token.norm ?? normalize(token.text);
  const p = token.proclitic ?? segment(norm).proclitic;
  if (!p || !norm.startsWith(p)) return '';
  const bare = norm.slice(p.length);
  if (knows && knows(norm) && !knows(bare) && !bare.startsWith('ال')) return '';
  return p;
}

/** Original code units covering the first `n` normalised letters of `s` (plus trailing diacritics). */
export function originalPrefixLength(s: string, n: number): number {
  let i = 0;
  let count = 0;
  while (i < s.length && count < n) {
    count += foldChar(s[i]!).length;
    i++;
  }
  while (i < s.length && foldChar(s[i]!) === '') i++;
  return i;
}

export function spansOf(doc: Doc, tagger: Tagger): NerSpan[] {
  const out: NerSpan[] = [];
  const knows = tagger.knows?.bind(tagger);
  const sents = doc.sentences.map((s) => doc.tokens.slice(s.tokenStart, s.tokenEnd));
  const texts = sents.map((toks) => toks.map((t) => t.text));
  const tagged = tagger.tagDocument ? tagger.tagDocument(texts) : texts.map((t) => tagger.tag(t));
  for (let si = 0; si < sents.length; si++) {
    const toks = sents[si]!;
    if (!toks.length) continue;
    const labels = tagged[si]!;
    for (const e of entities(labels)) {
      const type = TYPE_MAP[e.type];
      if (!type) continue;
      const first = toks[e.start]!;
      const last = toks[e.end - 1]!;
      const p = procliticToDrop(first, knows);
      let start = first.start;
      if (p && p === first.proclitic && first.bareStart > first.start) start = first.bareStart;
      else if (p) start += originalPrefixLength(doc.text.slice(first.start, first.end), p.length);
      if (start >= first.end) start = first.start;
      out.push({ start, end: last.end, type });
    }
  }
  return out;
}
