// Durations (ثلاثة أيام → P3D, أكثر من عام → P1Y MORE_THAN, ساعتين → PT2H) and sets
// (يومياً، كل أسبوع، كل جمعة).

import { HUNDREDS, ONES, TENS, UNITS, WEEKDAYS } from '../lexicon.ts';
import {
  NUM, QMOD, QUANT_MODS, S, S0, UNIT, firstWord, g, key, parseNum, prevWord, rx,
} from '../patterns.ts';
import { durationValue } from '../resolve.ts';
import type { Cand, Construction } from '../types.ts';

type Out = Omit<Cand, 'rank'>;

/** Words before a bare singular unit that make it a duration: لمدة عام، طيلة شهر. */
const SINGULAR_PREV = new Set(['لمده', 'مده', 'طيله', 'طوال', 'خلال', 'غضون', 'منذ', 'قرابه', 'نحو', 'حوالي', 'زهاء']);

const DUR_RE = rx(
  `(?:(?<mq>${QMOD})${S})?(?:(?<num>${NUM})(?:${S0}(?<=\\d${S0})|${S}))?(?<unit>${UNIT})(?<half>${S}ونصف)?(?:${S}(?:واحد|واحده|واحدا)(?![\\p{L}]))?`,
);

export const duration: Construction = {
  name: 'duration',
  first: ['#', ...Object.keys(QUANT_MODS).map(firstWord), ...Object.keys(ONES), ...Object.keys(TENS), ...Object.keys(HUNDREDS), 'احد', 'احدي', 'نصف', ...Object.keys(UNITS)],
  re: DUR_RE,
  resolve(m, ctx): Out | null {
    const u = UNITS[key(g(m, 'unit')!)]!;
    const end = m.index + m[0].length;
    if (g(m, 'num') === undefined && /^[^\S\n]*\d/.test(ctx.norm.slice(end, end + 3))) return null; // عام 1990: a year
    const mqs = g(m, 'mq');
    const mod = mqs !== undefined ? QUANT_MODS[key(mqs)] : undefined;
    let n: number | undefined;
    if (g(m, 'num') !== undefined) n = parseNum(g(m, 'num')!);
    else if (u.n === 2) n = 2;
    else if (u.n === 1 && u.unit !== 'DE' && (mod !== undefined || g(m, 'half') || SINGULAR_PREV.has(prevWord(ctx.norm, m.index)))) n = 1;
    if (n === undefined || n === 0) return null;
    if (g(m, 'half')) n += 0.5;
    return { start: m.index, end: m.index + m[0].length, type: 'DURATION', value: durationValue(n, u.unit), mod, kind: 'other' };
  },
};

// ------------------------------------------------------------------ sets
const ADVERBS: Readonly<Record<string, string>> = { 'يوميا': 'P1D', 'اسبوعيا': 'P1W', 'شهريا': 'P1M', 'سنويا': 'P1Y', 'عاميا': 'P1Y' };
const WD_BARE: Readonly<Record<string, number>> = { 'احد': 0, 'اثنين': 1, 'ثلاثاء': 2, 'اربعاء': 3, 'خميس': 4, 'جمعه': 5, 'سبت': 6 };
const SET_RE = rx(
  `(?<adv>يوميا|اسبوعيا|شهريا|سنويا)|كل${S}(?:(?<num>${NUM})${S})?(?:(?<unit>${UNIT})(?:${S}(?<wd>${Object.keys(WEEKDAYS).join('|')}|${Object.keys(WD_BARE).join('|')}))?|(?<wd0>${Object.keys(WD_BARE).join('|')}))`,
);
export const setExpr: Construction = {
  name: 'set',
  first: ['كل', 'يوميا', 'اسبوعيا', 'شهريا', 'سنويا'],
  re: SET_RE,
  resolve(m): Out | null {
    const span = { start: m.index, end: m.index + m[0].length };
    if (g(m, 'adv') !== undefined) return { ...span, type: 'SET', value: ADVERBS[g(m, 'adv')!]!, kind: 'other' };
    const wdName = g(m, 'wd') ?? g(m, 'wd0');
    if (wdName !== undefined) {
      const w = WEEKDAYS[wdName] ?? WD_BARE[wdName]!;
      if (g(m, 'unit') !== undefined && UNITS[key(g(m, 'unit')!)]?.unit !== 'D') return null;
      return { ...span, type: 'SET', value: `XXXX-WXX-${w === 0 ? 7 : w}`, kind: 'other' };
    }
    const u = UNITS[key(g(m, 'unit')!)]!;
    if (u.plural && g(m, 'num') === undefined) return null; // كل الأيام: not a frequency
    const n = g(m, 'num') !== undefined ? parseNum(g(m, 'num')!) : u.n;
    if (!n) return null;
    return { ...span, type: 'SET', value: durationValue(n, u.unit), kind: 'other' };
  },
};
