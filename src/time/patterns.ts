// Regular-expression fragments shared by the constructions, all over NORMALISED text, and small
// helpers to read matches. Every construction's RegExp is compiled once at module load.

import {
  DECADES, HIJRI_MONTHS, HOUR_WORDS, HUNDREDS, MONTHS, ONES, PART_MODS, QUALIFIERS, TENS, UNITS, WEEKDAYS, alt,
} from './lexicon.ts';

/** A run of blanks (never a line break: expressions do not cross lines). */
export const S = '[^\\S\\n]+';
export const S0 = '[^\\S\\n]*';
/** Optional comma between parts. */
export const SC = '[^\\S\\n]*[،,]?[^\\S\\n]*';
/**
 * Left boundary: start of text or a non-letter, then optionally attached proclitics (و ف, then ب ل
 * ك), which stay OUTSIDE the match; or a digit glued to a preceding word (خلال24 ساعة).
 */
export const B = '(?:(?<=(?:^|[^\\p{L}\\p{N}])[وف]?[بلك]?)|(?<=\\p{L})(?=\\d))';
/** Right boundary. */
export const E = '(?![\\p{L}\\p{N}])';

/** Turns a leading article ال into (ال | ل after the preposition ل), so للعام matches at لعام. */
export function art(src: string): string {
  return src.replace(/(^|\||\(\?:)ال/g, '$1(?:ال|(?<=ل)ل)');
}
/** Alternation of lexicon keys with the article rule applied. */
export const altA = (keys: Iterable<string>): string => art(alt(keys));

export const MONTH = altA(Object.keys(MONTHS));
export const HMONTH = altA(Object.keys(HIJRI_MONTHS));
export const WEEKDAY = altA(Object.keys(WEEKDAYS));
export const QUAL = alt(Object.keys(QUALIFIERS));
export const PARTMOD = alt(Object.keys(PART_MODS));
export const UNIT = alt(Object.keys(UNITS));
export const HOURW = alt(Object.keys(HOUR_WORDS));
export const DECADE = alt(Object.keys(DECADES));

const ONESW = alt(Object.keys(ONES).filter((k) => k !== 'احد' && k !== 'احدي'));
const TENSW = alt(Object.keys(TENS));
/** A cardinal: digits, نصف, or number words (ثلاثة، أحد عشر، خمسة وعشرين، مئة). */
export const NUM =
  `(?:\\d+(?:[.,]\\d+)?|نصف|(?:احد|احدي)${S}(?:عشره|عشر)|(?:${ONESW})(?:${S}(?:عشره|عشر)(?!\\p{L})|${S}و(?:${TENSW}))?|${TENSW}|${alt(Object.keys(HUNDREDS))})`;

/** Modifiers of a quantity: أكثر من → MORE_THAN … */
export const QUANT_MODS: Readonly<Record<string, 'MORE_THAN' | 'LESS_THAN' | 'APPROX'>> = {
  'اكثر من': 'MORE_THAN', 'ما يزيد علي': 'MORE_THAN', 'ما يزيد عن': 'MORE_THAN', 'ما يربو علي': 'MORE_THAN',
  'ما لا يقل عن': 'MORE_THAN', 'ازيد من': 'MORE_THAN',
  'اقل من': 'LESS_THAN', 'ما لا يزيد عن': 'LESS_THAN', 'ما لا يزيد علي': 'LESS_THAN',
  'نحو': 'APPROX', 'حوالي': 'APPROX', 'قرابه': 'APPROX', 'زهاء': 'APPROX', 'ما يقارب': 'APPROX', 'ما يناهز': 'APPROX',
};
export const QMOD = alt(Object.keys(QUANT_MODS));

/** A Gregorian month, optionally paired with its other-tradition name: يوليو/تموز، مارس (آذار). */
export const monthP = (name: string): string =>
  `(?<${name}>${MONTH})(?:${S0}[/\\-]${S0}(?:${MONTH})|${S0}\\(${S0}(?:${MONTH})${S0}\\))?`;

/** A four-digit year with an optional م / ميلادي mark (not هـ: that is Hijri). */
export const year = (name: string): string =>
  `(?<${name}>\\d{4})(?!\\d)(?:${S0}(?:م|ميلادي|ميلاديه)${E})?(?!${S0}(?:ه|هجري|هجريه)${E})`;

/** Words between a month and its year: مارس من عام 2015، مارس، 2015، مارس2015. */
export const YEAR_GLUE = `${SC}(?:(?:من|في)${S})?(?:(?:عام|العام|سنه)${S0})?`;

/** A year named relatively: (من) العام الماضي، هذا العام. */
export const yearRel = (name: string): string =>
  `(?:(?:من|في)${S})?(?:(?:العام|السنه)${S}(?<${name}>${QUAL})|(?<${name}T>هذا|هذه)${S}(?:العام|السنه))`;

// ---------------------------------------------------------------------------------------------
// reading matches

export type Match = RegExpExecArray;

export const g = (m: Match, name: string): string | undefined => m.groups?.[name];
/** Normalised-text span of a named group. */
export function gSpan(m: Match, name: string): [number, number] | undefined {
  return m.indices?.groups?.[name] ?? undefined;
}

/** A captured article word matched as ل after the preposition ل (للعام → لعام) back to its ال form. */
export const deart = (s: string): string => (s.startsWith('ل') && !s.startsWith('ال') ? 'ا' + s : s);

/** First word of a multi-word key. */
export const firstWord = (k: string): string => k.split(' ')[0]!;

/** Collapses blank runs for table look-ups. */
export const key = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** Month number of a matched month string (its first name when paired). */
export function monthOf(s: string): number | undefined {
  return MONTHS[key(s)];
}

/** Value of a matched cardinal (see NUM). */
export function parseNum(s: string): number | undefined {
  const t = key(s);
  if (/^\d/.test(t)) return Number(t.replace(',', '.'));
  if (t === 'نصف') return 0.5;
  let total = 0;
  for (let w of t.split(' ')) {
    if (w.startsWith('و') && (TENS[w.slice(1)] !== undefined)) w = w.slice(1);
    if (w === 'احد' || w === 'احدي') total += 1;
    else if (ONES[w] !== undefined) total += ONES[w]!;
    else if (TENS[w] !== undefined) total += TENS[w]!;
    else if (HUNDREDS[w] !== undefined) total += HUNDREDS[w]!;
    else return undefined;
  }
  return total || undefined;
}

/** The word before normalised offset i (proclitics و/ف stripped), '' at the start. */
export function prevWord(norm: string, i: number): string {
  const m = /([\p{L}\p{N}]+)[^\S\n]*[،,]?[^\S\n]*$/u.exec(norm.slice(Math.max(0, i - 40), i));
  if (!m) return '';
  const w = m[1]!;
  return w.length > 3 && (w[0] === 'و' || w[0] === 'ف') ? w.slice(1) : w;
}
/** The word after normalised offset i, '' at the end of the line. */
export function nextWord(norm: string, i: number): string {
  const m = /^[^\S\n]*([\p{L}\p{N}]+)/u.exec(norm.slice(i, i + 40));
  return m ? m[1]! : '';
}

/**
 * Compiles a construction's pattern: B prefix, E suffix, flags yud. Sticky: the stage runs each
 * pattern only at word starts whose first word is a trigger (see triggers.ts), never scanning.
 */
export const rx = (src: string): RegExp => new RegExp(`${B}(?:${src})${E}`, 'yud');
