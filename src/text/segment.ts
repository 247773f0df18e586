// Text layer: paragraphs, sentences and tokens with exact offsets into the original string.
// Pure; the normalised forms on each token exist only for matching.
import type { Doc, Sentence, Token, Script } from '../model/types.ts';
import { normalize, foldChar, isIgnorable } from './normalize.ts';
import { candidates, segment as segmentWord, stripSuffix } from './clitics.ts';

const enum C {
  Word,
  Digit,
  Space,
  Newline,
  Punct,
}

function isArabicWordChar(c: number): boolean {
  return (c >= 0x0621 && c <= 0x065f) || (c >= 0x066e && c <= 0x06d3) || c === 0x06d5 || (c >= 0x06fa && c <= 0x06ff) ||
    c === 0x0640 || c === 0x0670 || (c >= 0x06d6 && c <= 0x06ed) || (c >= 0x0610 && c <= 0x061a) ||
    (c >= 0x0750 && c <= 0x077f) || (c >= 0x08a0 && c <= 0x08ff) || (c >= 0xfb50 && c <= 0xfdff) || (c >= 0xfe70 && c <= 0xfefc) ||
    c === 0x200c || c === 0x200d;
}

function classify(ch: string): C {
  const c = ch.charCodeAt(0);
  if (c === 10 || c === 13 || c === 0x2029 || c === 0x2028) return C.Newline;
  if (c === 32 || c === 9 || c === 0xa0 || c === 0x200f || c === 0x200e || c === 0xfeff || (c >= 0x2000 && c <= 0x200b) || c === 0x202f || c === 0x3000) return C.Space;
  if ((c >= 48 && c <= 57) || (c >= 0x0660 && c <= 0x0669) || (c >= 0x06f0 && c <= 0x06f9)) return C.Digit;
  if (isArabicWordChar(c)) return C.Word;
  if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7)) return C.Word;
  if (/\p{L}|\p{M}/u.test(ch)) return C.Word;
  return C.Punct;
}

function scriptOf(text: string): Script {
  const c = text.charCodeAt(0);
  if (classify(text[0]!) === C.Digit) return 'digit';
  if (c >= 0x0600 && c <= 0x06ff) return 'ar';
  if (c >= 0x0750 && c <= 0xfefc && classify(text[0]!) === C.Word) return 'ar';
  if (/^[A-Za-z\u00c0-\u024f]/.test(text)) return 'latin';
  if (classify(text[0]!) === C.Punct) return 'punct';
  return 'other';
}

interface RawToken {
  start: number;
  end: number;
}

/** Splits text into word, number and punctuation tokens. Numbers keep inner separators (5/8/2015, 10:30, 3.5). */
export function tokenize(text: string): RawToken[] {
  const out: RawToken[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const ch = text[i]!;
    const k = classify(ch);
    if (k === C.Space || k === C.Newline) {
      i++;
      continue;
    }
    const start = i;
    if (k === C.Punct) {
      i++;
      out.push({ start, end: i });
      continue;
    }
    if (k === C.Digit) {
      i++;
      while (i < n) {
        const kk = classify(text[i]!);
        if (kk === C.Digit) {
          i++;
        } else if ((text[i] === '.' || text[i] === ',' || text[i] === ':' || text[i] === '/' || text[i] === '٫' || text[i] === '٬') && i + 1 < n && classify(text[i + 1]!) === C.Digit) {
          i += 2;
        } else break;
      }
      // digits glued to letters (e.g. 5+1 stays split; "3أيام" splits)
      out.push({ start, end: i });
      continue;
    }
    // word
    i++;
    while (i < n) {
      const kk = classify(text[i]!);
      if (kk === C.Word) {
        i++;
      } else if ((text[i] === "'" || text[i] === '’' || text[i] === '-') && i + 1 < n && classify(text[i + 1]!) === C.Word && /[A-Za-z]/.test(text[i - 1]!)) {
        i += 2; // O'Brien, al-Assad in Latin script
      } else break;
    }
    out.push({ start, end: i });
  }
  return out;
}

/** Offset in `word` (original) after `count` non-ignorable code units: maps a normalised prefix back. */
export function originalOffsetAfter(word: string, count: number): number {
  let seen = 0;
  let i = 0;
  while (i < word.length && seen < count) {
    if (foldChar(word[i]!) !== '') seen++;
    i++;
  }
  // skip diacritics that belong to the last peeled letter
  while (i < word.length && isIgnorable(word[i]!)) i++;
  return i;
}

function makeToken(text: string, raw: RawToken, index: number, sentence: number): Token {
  const surface = text.slice(raw.start, raw.end);
  const norm = normalize(surface);
  const script = scriptOf(surface);
  if (script !== 'ar') {
    return { start: raw.start, end: raw.end, text: surface, norm, proclitic: '', bare: norm, bareStart: raw.start, article: false, key: norm, stem: norm, script, index, sentence };
  }
  const seg = segmentWord(norm);
  const bareStart = raw.start + originalOffsetAfter(surface, seg.proclitic.length);
  return {
    start: raw.start,
    end: raw.end,
    text: surface,
    norm,
    proclitic: seg.proclitic,
    bare: seg.bare,
    bareStart,
    article: seg.article,
    key: seg.base,
    stem: stripSuffix(seg.base).stem,
    script,
    index,
    sentence,
  };
}

/** Abbreviations after which a period does not end a sentence (normalised). */
const ABBREV = new Set(['د', 'ا', 'م', 'ش', 'ق', 'ص', 'ج', 'س', 'ه', 'هـ', 'ع', 'dr', 'mr', 'mrs', 'ms', 'prof', 'st', 'no', 'vs', 'etc', 'jr', 'sr', 'gen', 'col', 'lt', 'u.s', 'u.n', 'inc', 'ltd']);
const ENDERS = new Set(['.', '!', '?', '؟', '…']);
const CLOSERS = new Set(['»', '”', '"', "'", ')', ']', '’', '›']);
const OPENERS = new Set(['«', '“', '(', '[', '‘', '‹']);

export interface SegmentOptions {
  readonly id?: string;
  readonly lang?: string;
  readonly published?: string | null;
}

/**
 * Builds the Doc: paragraphs are split at line breaks; sentences at . ! ? ؟ … (not after an
 * abbreviation such as د. or between digits), a closing quote or bracket staying with its sentence;
 * a short first line without final punctuation is a headline sentence of its own.
 */
export function segment(text: string, opts: SegmentOptions = {}): Doc {
  const raws = tokenize(text);
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  let paragraph = 0;
  let sentStartTok = 0;
  let quoteDepth = 0;

  const pushSentence = (endTok: number, headline: boolean): void => {
    if (endTok <= sentStartTok) return;
    const index = sentences.length;
    const first = raws[sentStartTok]!;
    const last = raws[endTok - 1]!;
    sentences.push({ index, paragraph, start: first.start, end: last.end, tokenStart: sentStartTok, tokenEnd: endTok, headline });
    for (let t = sentStartTok; t < endTok; t++) tokens.push(makeToken(text, raws[t]!, t, index));
    sentStartTok = endTok;
  };

  const newlineBetween = (a: number, b: number): boolean => {
    for (let i = a; i < b; i++) {
      const c = text.charCodeAt(i);
      if (c === 10 || c === 13 || c === 0x2029 || c === 0x2028) return true;
    }
    return false;
  };

  for (let t = 0; t < raws.length; t++) {
    const r = raws[t]!;
    // paragraph break before this token?
    if (t > 0 && newlineBetween(raws[t - 1]!.end, r.start)) {
      const isFirstPara = paragraph === 0 && sentences.length === 0;
      const n = t - sentStartTok;
      const lastTok = text.slice(raws[t - 1]!.start, raws[t - 1]!.end);
      pushSentence(t, isFirstPara && n <= 25 && !ENDERS.has(lastTok));
      paragraph++;
      quoteDepth = 0;
    }
    const s = text.slice(r.start, r.end);
    if (OPENERS.has(s) && s !== '"') quoteDepth++;
    else if (CLOSERS.has(s) && s !== '"' && s !== "'") quoteDepth = Math.max(0, quoteDepth - 1);
    if (!ENDERS.has(s)) continue;
    if (s === '.') {
      const prev = raws[t - 1];
      const next = raws[t + 1];
      // abbreviation: a single letter or a known short word right before, glued to the period
      if (prev && prev.end === r.start) {
        const pw = normalize(text.slice(prev.start, prev.end));
        if (ABBREV.has(pw) || (pw.length === 1 && /\p{L}/u.test(pw))) continue;
      }
      // decimal or URL-like: a letter/digit glued after the period
      if (next && next.start === r.end && /[\p{L}\p{N}]/u.test(text[next.start]!)) continue;
    }
    // absorb following enders and closers (?!, ». )
    let end = t + 1;
    while (end < raws.length) {
      const w = text.slice(raws[end]!.start, raws[end]!.end);
      if (ENDERS.has(w) || CLOSERS.has(w)) {
        if (CLOSERS.has(w)) quoteDepth = Math.max(0, quoteDepth - 1);
        end++;
      } else break;
    }
    // inside an open quotation, a sentence end only counts when the quote closes or the line ends
    if (quoteDepth > 0 && end < raws.length && !newlineBetween(raws[end - 1]!.end, raws[end]!.start)) {
      t = end - 1;
      continue;
    }
    pushSentence(end, false);
    t = end - 1;
  }
  if (sentStartTok < raws.length) {
    const isFirstPara = paragraph === 0 && sentences.length === 0;
    pushSentence(raws.length, isFirstPara && raws.length - sentStartTok <= 25 && /\n/.test(text.slice(raws[raws.length - 1]!.end)) );
  }
  return {
    id: opts.id,
    text,
    lang: opts.lang ?? detectLang(tokens),
    published: opts.published ?? null,
    tokens,
    sentences,
  };
}

/** ar when Arabic-script words dominate, en when Latin ones do. */
export function detectLang(tokens: readonly Token[]): string {
  let ar = 0;
  let la = 0;
  for (const t of tokens) {
    if (t.script === 'ar') ar++;
    else if (t.script === 'latin') la++;
  }
  return la > ar ? 'en' : 'ar';
}

/** Readings of a token for dictionary lookups: every proclitic split, article on and off. */
export function tokenReadings(tok: Token): ReturnType<typeof candidates> {
  if (tok.script !== 'ar') return [{ proclitic: '', article: false, bare: tok.norm, base: tok.norm }];
  return candidates(tok.norm);
}
