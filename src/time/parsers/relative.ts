// Expressions placed relative to the publication date: relative days (اليوم، أمس، غداً …),
// weekdays (الأحد المقبل), parts of the day (صباح اليوم، منتصف ليل أمس), relative periods
// (الأسبوع المقبل، هذا الشهر، مطلع العام), shifted dates (قبل ثلاثة أيام، بعد يومين).

import { addDays, fmtDate } from '../calendar.ts';
import { DAYPARTS, DAYPART_ADVERBS, PART_MODS, QUALIFIERS, UNITS, WEEKDAYS, alt } from '../lexicon.ts';
import {
  NUM, PARTMOD, QMOD, QUAL, QUANT_MODS, S, SC, UNIT, WEEKDAY, altA, deart, firstWord, g, key, nextWord, parseNum, prevWord, rx,
} from '../patterns.ts';
import { durationValue, periodValue, resolveWeekday, shiftValue } from '../resolve.ts';
import type { Cand, Construction } from '../types.ts';

type Out = Omit<Cand, 'rank'>;

const REL_DAYS: Readonly<Record<string, number>> = {
  'اليوم': 0, 'الليله': 0, 'امس': -1, 'البارحه': -1, 'اول امس': -2, 'امس الاول': -2, 'اول من امس': -2, 'الاول من امس': -2,
  'الليله الماضيه': -1, 'ليله امس': -1,
  'غدا': 1, 'غد': 1, 'الغد': 1, 'بعد غد': 2, 'بعد الغد': 2,
};
const wdOf = (s: string): number => WEEKDAYS[deart(key(s))]!;

// اليوم in fixed phrases and outlet names: عالم اليوم، قادة اليوم، روسيا اليوم، المصري اليوم، أخبار اليوم.
// (A country before اليوم is usually a subject — تستضيف تونس اليوم المؤتمر — so countries stay dates.)
const TODAY_NAME_PREV = new Set([
  'عالم', 'جيل', 'شباب', 'قاده', 'روسيا', 'المصري', 'اخبار', 'هذا', 'ذلك', 'ذات', 'نفس', 'صحيفه', 'جريده', 'قناه', 'برنامج',
]);
const TOMORROW_NAME_PREV = new Set(['صحيفه', 'جريده', 'حزب', 'تيار', 'قناه', 'عالم', 'جيل', 'رجال', 'شباب', 'قاده']);
/** Words starting with ال that are not adjectives of اليوم/الغد (إلى، الذي …). */
const FUNCTION_WORDS = new Set(['الي', 'الذي', 'التي', 'الذين', 'اللذين', 'اللتين', 'الا', 'الان']);
const FRIDAY_NAME_PREV = new Set(['صلاه', 'خطبه', 'خطيب', 'صلوات', 'خطب', 'امام']);

const DAYREF_RE = rx(
  `(?:(?<dp>${alt(Object.keys(DAYPARTS))})${S}(?:يوم${S})?)?(?:(?<yawm>يوم)${S})?` +
  `(?:(?<rel>${altA(Object.keys(REL_DAYS))})(?:${SC}(?<wd1>${WEEKDAY}))?|(?<wd2>${WEEKDAY})(?:${S}(?<q>${QUAL}))?)` +
  `(?:${SC}(?<dpa>${alt(Object.keys(DAYPART_ADVERBS))}))?`,
);

export const dayRef: Construction = {
  name: 'day-ref',
  first: [...Object.keys(DAYPARTS).map(firstWord), 'يوم', ...Object.keys(REL_DAYS).map(firstWord), ...Object.keys(WEEKDAYS)],
  re: DAYREF_RE,
  resolve(m, ctx): Out | null {
    const end = m.index + m[0].length;
    const rel = g(m, 'rel') !== undefined ? deart(key(g(m, 'rel')!)) : undefined;
    const wd = g(m, 'wd1') ?? g(m, 'wd2');
    const pw = prevWord(ctx.norm, m.index);
    const nw = nextWord(ctx.norm, end);
    if (rel !== undefined && wd === undefined && !g(m, 'dpa')) {
      if (rel === 'اليوم' || rel === 'الغد') {
        // اليوم التالي، اليوم الأول، اليوم العالمي، اليوم نفسه: not the publication day
        if ((/^ال/.test(nw) && !FUNCTION_WORDS.has(nw)) || /^(?:نفسه|ذاته)$/.test(nw)) return null;
      }
      if (rel === 'اليوم' && !g(m, 'dp') && !g(m, 'yawm') && TODAY_NAME_PREV.has(pw)) return null;
      if ((rel === 'الغد' || rel === 'غد') && TOMORROW_NAME_PREV.has(pw)) return null;
      if (rel === 'غد' && !g(m, 'dp') && !g(m, 'yawm')) return null; // bare غد is rare and ambiguous
      if (rel === 'غدا' && /^ال/.test(nw) && !FUNCTION_WORDS.has(nw)) return null; // غدا الوضع … ("became")
    }
    if (wd !== undefined && rel === undefined) {
      const w = wdOf(wd);
      if (w === 5 && FRIDAY_NAME_PREV.has(pw) && !g(m, 'dp') && !g(m, 'yawm')) return null;
      if (w === 1 && /^(?:بين|كلا|هذين|هاذين)$/.test(pw)) return null; // "the two"
      if (w === 0 && /^(?:عشر)$/.test(nw)) return null; // الأحد عشر
    }
    const a = ctx.anchor;
    let day: string;
    if (!a) {
      day = 'XXXX-XX-XX';
    } else if (rel !== undefined) {
      day = fmtDate(addDays(a, REL_DAYS[rel]!));
    } else {
      const q = g(m, 'q') !== undefined ? QUALIFIERS[key(g(m, 'q')!)] : undefined;
      day = fmtDate(resolveWeekday(a, wdOf(wd!), q === 0 ? undefined : q, ctx.tense(m.index, end)));
    }
    const part = g(m, 'dp') !== undefined ? DAYPARTS[key(g(m, 'dp')!)] : g(m, 'dpa') !== undefined ? DAYPART_ADVERBS[key(g(m, 'dpa')!)] : /^(?:الليله|ليله)/.test(rel ?? '') ? 'TNI' : undefined;
    return { start: m.index, end, type: 'DATE', value: part ? day + part : day, kind: 'day' };
  },
};

// ------------------------------------------------------------------ relative periods
const PUNIT: Readonly<Record<string, 'W' | 'M' | 'Y'>> = { 'الاسبوع': 'W', 'الشهر': 'M', 'العام': 'Y', 'السنه': 'Y' };
const PERIOD_RE = rx(
  `(?:(?<pm>${PARTMOD})${S}(?:من${S})?)?` +
  `(?:(?<this>هذا|هذه)${S}(?<u1>${alt(Object.keys(PUNIT))})|(?<u2>${altA(Object.keys(PUNIT))})(?:${S}(?<q>${QUAL})|${S}(?<this2>هذا|هذه|ذاته|نفسه|عينه)|(?<cur>${S}الجاري))?)`,
);
export const period: Construction = {
  name: 'period',
  first: [...Object.keys(PART_MODS), 'هذا', 'هذه', ...Object.keys(PUNIT)],
  re: PERIOD_RE,
  resolve(m, ctx): Out | null {
    const pm = g(m, 'pm') !== undefined ? PART_MODS[key(g(m, 'pm')!)] : undefined;
    const t2 = g(m, 'this2');
    if (t2 !== undefined && t2 !== 'هذا' && t2 !== 'هذه') return null; // العام ذاته: anaphoric
    const q = g(m, 'q') !== undefined ? QUALIFIERS[key(g(m, 'q')!)] : undefined;
    if (q === undefined && g(m, 'this') === undefined && t2 === undefined && pm === undefined) return null;
    if (q === 1 && key(g(m, 'q')!) === 'التالي') return null; // العام التالي: relative to the story, not to publication
    const u = PUNIT[deart(key(g(m, 'u1') ?? g(m, 'u2')!))]!;
    if (!ctx.anchor) return { start: m.index, end: m.index + m[0].length, type: 'DATE', value: q === -1 ? 'PAST_REF' : q === 1 ? 'FUTURE_REF' : 'PRESENT_REF', kind: 'other' };
    return { start: m.index, end: m.index + m[0].length, type: 'DATE', value: periodValue(ctx.anchor, u, q ?? 0), mod: pm, kind: 'other' };
  },
};

// ------------------------------------------------------------------ plural periods: الأيام الأخيرة، الأشهر الثلاثة الماضية
const PLURAL_UNIT: Readonly<Record<string, string>> = {
  'الايام': 'ايام', 'الاسابيع': 'اسابيع', 'الاشهر': 'اشهر', 'الشهور': 'شهور', 'السنوات': 'سنوات', 'الاعوام': 'اعوام',
  'الساعات': 'ساعات', 'العقود': 'عقود', 'السنين': 'سنين',
};
const PLURAL_RE = rx(
  `(?:(?<n0>(?:ال)?\\d+)${S})?(?<u>${altA(Object.keys(PLURAL_UNIT))})(?:${S}(?<n>(?:ال)?${NUM}))?(?:${S}القليله)?${S}` +
  `(?<q>الماضيه|الاخيره|المقبله|القادمه|المنصرمه|السابقه|الفايته|الماضي|الاخيره)`,
);
export const pluralPeriod: Construction = {
  name: 'plural-period',
  first: ['#', ...Object.keys(PLURAL_UNIT)],
  re: PLURAL_RE,
  resolve(m): Out | null {
    const q = key(g(m, 'q')!);
    const dir = q === 'المقبله' || q === 'القادمه' ? 1 : -1;
    const ns = g(m, 'n') ?? g(m, 'n0');
    if (ns !== undefined) {
      const n = parseNum(ns.replace(/^ال/, ''));
      const u = UNITS[PLURAL_UNIT[deart(key(g(m, 'u')!))]!];
      if (n === undefined || !u) return null;
      return { start: m.index, end: m.index + m[0].length, type: 'DURATION', value: durationValue(n, u.unit), kind: 'other' };
    }
    return { start: m.index, end: m.index + m[0].length, type: 'DATE', value: dir === 1 ? 'FUTURE_REF' : 'PAST_REF', kind: 'other' };
  },
};

// ------------------------------------------------------------------ shifted dates: قبل ثلاثة أيام، بعد يومين، منذ عامين
const OFFSET_RE = rx(
  `(?<dir>قبل|بعد|منذ)${S}(?:(?<mq>${QMOD})${S})?(?:(?<num>${NUM})${S}?)?(?<unit>${UNIT})(?<half>${S}ونصف)?(?:${S}(?:واحد|واحده|واحدا))?`,
);
export const offset: Construction = {
  name: 'offset',
  first: ['قبل', 'بعد', 'منذ'],
  re: OFFSET_RE,
  resolve(m, ctx): Out | null {
    const u = UNITS[key(g(m, 'unit')!)]!;
    const end = m.index + m[0].length;
    const dir = g(m, 'dir')!;
    const mqs = g(m, 'mq');
    const mod = mqs !== undefined ? QUANT_MODS[key(mqs)] : undefined;
    let n = g(m, 'num') !== undefined ? parseNum(g(m, 'num')!) : u.n;
    if (n === undefined) return null;
    if (g(m, 'half')) n += 0.5;
    if (/^[^\S\n]*\d/.test(ctx.norm.slice(end, end + 3))) return null; // منذ عام 670 / بعد أعوام 1954: years follow
    const relToEvent = /^[^\S\n]*(?:من|علي)[^\S\n]/.test(ctx.norm.slice(end, end + 6));
    if (n === 0) {
      // قبل أيام / بعد أشهر: vague
      if (dir === 'منذ' || relToEvent || g(m, 'num') !== undefined) return null;
      return { start: m.index, end, type: 'DATE', value: dir === 'قبل' ? 'PAST_REF' : 'FUTURE_REF', kind: 'other' };
    }
    if (dir === 'منذ' || relToEvent) {
      // A duration (منذ أكثر من أربعة أعوام → P4Y MORE_THAN); the preposition stays outside the span.
      const start = m.index + dir.length + (/^[^\S\n]+/.exec(ctx.norm.slice(m.index + dir.length))?.[0].length ?? 0);
      return { start, end, type: 'DURATION', value: durationValue(n, u.unit), mod, kind: 'other' };
    }
    if (!ctx.anchor) return { start: m.index, end, type: 'DATE', value: dir === 'قبل' ? 'PAST_REF' : 'FUTURE_REF', kind: 'other' };
    const v = shiftValue(ctx.anchor, dir === 'قبل' ? -n : n, u.unit);
    if (v === null) return null;
    return { start: m.index, end, type: 'DATE', value: v, mod: mod === 'APPROX' ? 'APPROX' : undefined, kind: u.unit === 'D' || u.unit === 'W' || u.unit === 'H' ? 'day' : 'other' };
  },
};

