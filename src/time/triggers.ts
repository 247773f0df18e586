// Where constructions may start. Instead of scanning the text with every pattern, the stage lists
// word starts (after optional proclitics و ف ب ل ك) whose word some construction declares as a
// possible first word (Construction.first; '#' = a digit run), and tries only those constructions'
// sticky patterns there. This keeps the stage well under a millisecond per article.

import type { Construction } from './types.ts';

export interface Trigger {
  readonly pos: number;
  readonly mask: number; // bit i = CONSTRUCTIONS[i] may start here
}

const isLetter = (c: number): boolean =>
  (c >= 0x0621 && c <= 0x064a) || (c >= 0x0671 && c <= 0x06d3) || (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/** Builds the finder for a list of constructions (at most 31). */
export function triggerFinder(constructions: readonly Construction[]): (norm: string) => Trigger[] {
  const byWord = new Map<string, number>();
  let digitMask = 0;
  constructions.forEach((c, i) => {
    for (const w of c.first) {
      if (w === '#') digitMask |= 1 << i;
      else byWord.set(w, (byWord.get(w) ?? 0) | (1 << i));
    }
  });
  const maxLen = Math.max(...[...byWord.keys()].map((w) => w.length)) + 2;
  // للعام: after the preposition ل the article is written ل alone
  const maskOf = (w: string): number => (byWord.get(w) ?? 0) | (w[0] === 'ل' && w[1] !== 'ا' ? (byWord.get('ا' + w) ?? 0) : 0);

  return (norm: string): Trigger[] => {
    const out: Trigger[] = [];
    const n = norm.length;
    let i = 0;
    while (i < n) {
      const c = norm.charCodeAt(i);
      if (isDigit(c)) {
        out.push({ pos: i, mask: digitMask });
        while (i < n && isDigit(norm.charCodeAt(i))) i++;
        continue;
      }
      if (!isLetter(c)) { i++; continue; }
      const s = i;
      while (i < n && isLetter(norm.charCodeAt(i))) i++;
      if (i - s > maxLen) continue;
      const w = norm.slice(s, i);
      const m0 = maskOf(w);
      if (m0) out.push({ pos: s, mask: m0 });
      // proclitics: و/ف then ب/ل/ك (وبعد، لعام، وللأسبوع)
      let k = 0;
      if ((w[0] === 'و' || w[0] === 'ف') && w.length > 2) {
        k = 1;
        const m1 = maskOf(w.slice(1));
        if (m1) out.push({ pos: s + 1, mask: m1 });
      }
      const p = w[k];
      if ((p === 'ب' || p === 'ل' || p === 'ك') && w.length > k + 2) {
        const m2 = maskOf(w.slice(k + 1));
        if (m2) out.push({ pos: s + k + 1, mask: m2 });
      }
    }
    return out;
  };
}
