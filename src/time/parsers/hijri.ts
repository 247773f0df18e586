// Hijri dates: (day) month (year) with or without هـ, converted to Gregorian (Umm al-Qura, see
// ../hijri.ts). A Hijri month without a day gives the Gregorian month its first day falls in.

import { fmtDate, fmtMonth } from '../calendar.ts';
import { hijriToGregorian, toHijri } from '../hijri.ts';
import { AMBIGUOUS_HIJRI, HIJRI_MONTHS, ORDINALS, PART_MODS, QUALIFIERS } from '../lexicon.ts';
import {
  E, HMONTH, PARTMOD, QUAL, S, S0, SC, firstWord, g, key, rx,
} from '../patterns.ts';
import type { Cand, Construction } from '../types.ts';

const HIJRI_RE = rx(
  `(?:(?<pm>${PARTMOD})${S}(?:من${S})?)?(?:(?<day>\\d{1,2})(?!\\d)${S0}(?:من${S})?|(?<dord>(?:${Object.keys(ORDINALS).join('|')})(?:${S}عشر|${S}و(?:العشرين))?|العشرين)${S}(?:من${S})?)?` +
  `(?:(?<shahr>شهر)${S})?(?<hm>${HMONTH})` +
  `(?:${SC}(?:(?:من|في)${S})?(?:(?:عام|العام|سنه)${S0})?(?:(?<hy>1[3-5]\\d\\d)(?!\\d)(?:${S0}(?<suf>ه|هجري|هجريه)${E})?|(?<hy0>\\d{1,4})${S0}(?:ه|هجري|هجريه)${E})|${S}(?<q>${QUAL}))?`,
);

function ordinal(s: string): number | undefined {
  let n = 0;
  for (let w of key(s).split(' ')) {
    if (w.startsWith('و')) w = w.slice(1);
    const v = ORDINALS[w] ?? (w === 'عشر' ? 10 : w === 'العشرين' ? 20 : undefined);
    if (v === undefined) return undefined;
    n += v;
  }
  return n || undefined;
}

export const hijriDate: Construction = {
  name: 'hijri',
  first: ['#', ...Object.keys(PART_MODS), ...Object.keys(ORDINALS), 'العشرين', 'شهر', ...Object.keys(HIJRI_MONTHS).map(firstWord)],
  re: HIJRI_RE,
  resolve(m, ctx): Omit<Cand, 'rank'> | null {
    const name = key(g(m, 'hm')!);
    const hm = HIJRI_MONTHS[name];
    if (hm === undefined) return null;
    const day = g(m, 'day') !== undefined ? Number(g(m, 'day')) : g(m, 'dord') !== undefined ? ordinal(g(m, 'dord')!) : undefined;
    if (g(m, 'hy0') !== undefined) return null; // an early Hijri year (سنة 36 هـ): outside Umm al-Qura's range
    const hy = g(m, 'hy') !== undefined ? Number(g(m, 'hy')) : undefined;
    const q = g(m, 'q') !== undefined ? QUALIFIERS[key(g(m, 'q')!)] : undefined;
    // رجب (a name), صفر (zero), رمضان (a surname) … need a day, a year, شهر, a part or a qualifier.
    if (AMBIGUOUS_HIJRI.has(name) && day === undefined && hy === undefined && !g(m, 'shahr') && !g(m, 'pm') && q === undefined) return null;
    if (day !== undefined && (day < 1 || day > 30)) return null;
    let y = hy;
    if (y === undefined) {
      const a = ctx.anchor;
      if (!a) return null;
      const h = toHijri(a);
      y = h.y;
      if (q === -1 && (hm > h.m || (hm === h.m && day === undefined))) y--;
      else if (q === 1 && (hm < h.m || (hm === h.m && day === undefined))) y++;
      else if (q === undefined && ctx.tense(m.index, m.index + m[0].length) === 'past' && hm > h.m) y--;
      else if (q === undefined && ctx.tense(m.index, m.index + m[0].length) === 'future' && hm < h.m) y++;
    }
    const pm = g(m, 'pm') !== undefined ? PART_MODS[key(g(m, 'pm')!)] : undefined;
    if (day !== undefined) {
      const gd = hijriToGregorian(y, hm, day);
      if (!gd) return null;
      return { start: m.index, end: m.index + m[0].length, type: 'DATE', value: fmtDate(gd), kind: 'day', abs: true };
    }
    const first = hijriToGregorian(y, hm, 1);
    if (!first) return null;
    return { start: m.index, end: m.index + m[0].length, type: 'DATE', value: fmtMonth(first.y, first.m), mod: pm, kind: 'other' };
  },
};
