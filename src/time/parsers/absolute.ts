// Calendar dates named absolutely (or with a relative year): day month year, month (year), numeric
// dates, years, ranges, decades, centuries and seasons.

import { fmtDate, fmtMonth, fmtYear, isValidDate, type YMD } from '../calendar.ts';
import { AMBIGUOUS_MONTHS, DECADES, MONTHS, ORDINALS, ORDINAL_TENS, PART_MODS, QUALIFIERS, SEASONS } from '../lexicon.ts';
import {
  DECADE, E, MONTH, PARTMOD, QUAL, S, S0, YEAR_GLUE, art, firstWord, g, gSpan, key, monthOf, monthP, nextWord, prevWord, rx, year, yearRel, type Match,
} from '../patterns.ts';
import { hijriToGregorian } from '../hijri.ts';
import { resolveSeason, yearForMonth, type Dir, type Season } from '../resolve.ts';
import type { Cand, Construction, Ctx } from '../types.ts';

type Out = Omit<Cand, 'rank'>;

const ORD = `(?:(?:${Object.keys(ORDINALS).join('|')})(?:${S}عشر|${S}و(?:العشرين|الثلاثين))?|العشرين|الثلاثين)`;
function parseOrdinal(s: string): number | undefined {
  let n = 0;
  for (let w of key(s).split(' ')) {
    if (w.startsWith('و')) w = w.slice(1);
    const v = ORDINALS[w] ?? ORDINAL_TENS[w];
    if (v === undefined) return undefined;
    n += v;
  }
  return n || undefined;
}

const qualDir = (q: string | undefined): Dir => (q === undefined ? undefined : QUALIFIERS[key(q)]);
const partMod = (m: Match): Cand['mod'] => {
  const p = g(m, 'pm');
  return p ? PART_MODS[key(p)] : undefined;
};

/** Year given by a relative phrase (العام الماضي / هذا العام) in groups `${name}` / `${name}T`. */
function relYear(m: Match, name: string, anchor: YMD | null): number | null | undefined {
  const q = g(m, name);
  const t = g(m, name + 'T');
  if (q === undefined && t === undefined) return undefined;
  if (!anchor) return null;
  return anchor.y + (q !== undefined ? (QUALIFIERS[key(q)] ?? 0) : 0);
}

const YEAR_PREV = new Set(['في', 'منذ', 'حتي', 'قبل', 'بعد', 'خلال', 'الي', 'عام', 'سنه', 'العام', 'ابان', 'طوال', 'مطلع', 'بحلول', 'اواخر', 'اوايل', 'نهايه', 'بدايه', 'منتصف', 'صيف', 'شتاء', 'ربيع', 'خريف', 'انتخابات']);
/** Words before a day-month that make it a name, not a date (قوى 14 آذار، ثورة 25 يناير). */
const NAME_PREV = new Set(['قوي', 'تيار', 'تحالف', 'حركه', 'فريق', 'ثوره', 'انتفاضه', 'جمعيه', 'ميدان', 'شارع']);
const EVENT_PREV = new Set(['هجمات', 'احداث', 'اعتداءات', 'تفجيرات']);

// ------------------------------------------------------------------ day month (year)
const ABS_RE = rx(
  `(?:(?<yawm>يوم)${S})?(?:(?<mwf>الموافق)${S})?` +
  `(?:(?<day>\\d{1,2})(?!\\d)${S0}|(?<dord>${ORD})${S})(?:من${S})?(?:شهر${S})?` +
  `(?:${monthP('m')}|(?<relm>(?:ال)?شهر)${S}(?<rmq>${QUAL})|(?<jari>الجاري|الجاريه))` +
  `(?:${YEAR_GLUE}${year('y')}|${S}${yearRel('yr')}|${S}(?<mq>${QUAL}))?`,
);

export const absoluteDate: Construction = {
  name: 'absolute-date',
  first: ['#', 'يوم', 'الموافق', ...Object.keys(ORDINALS), 'العشرين', 'الثلاثين'],
  re: ABS_RE,
  resolve(m, ctx): Out | null {
    const d = g(m, 'day') !== undefined ? Number(g(m, 'day')) : parseOrdinal(g(m, 'dord') ?? '');
    if (d === undefined || d < 1 || d > 31) return null;
    const a = ctx.anchor;
    let mo: number | undefined;
    let y: number | null | undefined;
    if (g(m, 'm') !== undefined) mo = monthOf(g(m, 'm')!);
    else if (g(m, 'relm') !== undefined || g(m, 'jari') !== undefined) {
      if (!a) return null;
      const dir = g(m, 'rmq') !== undefined ? (QUALIFIERS[key(g(m, 'rmq')!)] ?? 0) : 0;
      const idx = a.y * 12 + a.m - 1 + dir;
      y = Math.floor(idx / 12); mo = (idx % 12) + 1;
    }
    if (mo === undefined) return null;
    if (g(m, 'y') !== undefined) y = Number(g(m, 'y'));
    else if (y === undefined) {
      const ry = relYear(m, 'yr', a);
      if (ry !== undefined) y = ry ?? undefined;
      else {
        const pw = prevWord(ctx.norm, m.index);
        if (NAME_PREV.has(pw)) return null;
        if (EVENT_PREV.has(pw) && mo === 9 && d === 11) y = 2001;
        else if (a) y = yearForMonth(a, mo, d, qualDir(g(m, 'mq')), ctx.tense(m.index, m.index + m[0].length));
      }
    }
    if (y != null && !isValidDate(y, mo, d)) return null;
    if (y == null && d > [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][mo - 1]!) return null;
    const value = y == null ? `XXXX-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}` : fmtDate({ y, m: mo, d });
    return { start: m.index, end: m.index + m[0].length, type: 'DATE', value, kind: 'day', abs: true };
  },
};

// ------------------------------------------------------------------ numeric dates
const NUM_RE = rx(
  `(?<d>\\d{1,2})${S0}(?<sep>[/.\\-])${S0}(?<mo>\\d{1,2})${S0}\\k<sep>${S0}(?<y>\\d{4})(?!${S0}[/.\\-]${S0}\\d)|(?<y2>\\d{4})(?<sep2>[/.\\-])(?<mo2>\\d{1,2})\\k<sep2>(?<d2>\\d{1,2})(?![/.\\-]?\\d)`,
);
export const numericDate: Construction = {
  name: 'numeric-date',
  first: ['#'],
  re: NUM_RE,
  resolve(m): Out | null {
    // Day/month/year as in Arab usage; ISO order when the year comes first.
    const y = Number(g(m, 'y') ?? g(m, 'y2'));
    const mo = Number(g(m, 'mo') ?? g(m, 'mo2'));
    const d = Number(g(m, 'd') ?? g(m, 'd2'));
    if (!isValidDate(y, mo, d) || y < 1000) return null;
    return { start: m.index, end: m.index + m[0].length, type: 'DATE', value: fmtDate({ y, m: mo, d }), kind: 'day', abs: true };
  },
};

// ------------------------------------------------------------------ day ranges
const DRANGE_RE = rx(
  `(?:(?<pre>من|بين)${S})?(?:(?:يومي|يوم|ايام)${S})?(?<d1>\\d{1,2})(?:${S0}(?:من${S})?(?<m1>${MONTH})(?:${YEAR_GLUE}(?<y1>\\d{4}))?)?` +
  `${S0}(?:الي|حتي|-|–|و)${S0}(?:يوم${S})?(?<d2>\\d{1,2})${S0}(?:من${S})?${monthP('m2')}(?:${YEAR_GLUE}${year('y2')}|${S}(?<mq>${QUAL}))?`,
);
export const dayRange: Construction = {
  name: 'day-range',
  first: ['#', 'من', 'بين', 'يوم', 'يومي', 'ايام'],
  re: DRANGE_RE,
  resolve(m, ctx): Out | null {
    const d1 = Number(g(m, 'd1')), d2 = Number(g(m, 'd2'));
    const m2 = monthOf(g(m, 'm2')!)!;
    const m1 = g(m, 'm1') !== undefined ? monthOf(g(m, 'm1')!)! : m2;
    const a = ctx.anchor;
    let y2: number | undefined = g(m, 'y2') !== undefined ? Number(g(m, 'y2')) : undefined;
    if (y2 === undefined && a) y2 = yearForMonth(a, m2, d2, qualDir(g(m, 'mq')), ctx.tense(m.index, m.index + m[0].length));
    let y1: number | undefined = g(m, 'y1') !== undefined ? Number(g(m, 'y1')) : y2 !== undefined && m1 > m2 ? y2 - 1 : y2;
    if (y1 !== undefined && y2 !== undefined) {
      if (!isValidDate(y1, m1, d1) || !isValidDate(y2, m2, d2)) return null;
      if (y1 * 400 + m1 * 32 + d1 >= y2 * 400 + m2 * 32 + d2) return null;
    } else if (m1 === m2 && d1 >= d2) return null;
    const v = (y: number | undefined, mo: number, d: number): string =>
      y === undefined ? `XXXX-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}` : fmtDate({ y, m: mo, d });
    return { start: m.index, end: m.index + m[0].length, type: 'DATE', value: v(y1, m1, d1), endValue: v(y2, m2, d2), kind: 'other' };
  },
};

// ------------------------------------------------------------------ month (year)
const MONTH_RE = rx(
  `(?:(?<pm>${PARTMOD})${S}(?:من${S})?)?(?:(?<shahr>شهر|${art('الشهر')})${S})?${monthP('m')}` +
  `(?:${YEAR_GLUE}${year('y')}|${S}${yearRel('yr')}|${S}(?<mq>${QUAL}))?`,
);
/** Words before a bare ambiguous month name (مارس، آب، ماي) that make it a month. */
const MONTH_PREV = new Set(['في', 'منذ', 'حتي', 'خلال', 'قبل', 'بعد', 'الي', 'اواخر', 'اوايل', 'منتصف', 'مطلع', 'بدايه', 'نهايه', 'شهر', 'ابان', 'بحلول']);

export const monthDate: Construction = {
  name: 'month',
  first: [...Object.keys(PART_MODS), 'شهر', 'الشهر', ...Object.keys(MONTHS).map(firstWord)],
  re: MONTH_RE,
  resolve(m, ctx): Out | null {
    const ms = g(m, 'm')!;
    const mo = monthOf(ms);
    if (mo === undefined) return null;
    const [ms0, ms1] = gSpan(m, 'm')!;
    const paired = m.index + m[0].length > ms1 && /^[^\S\n]*[/(\-]/.test(ctx.norm.slice(ms1, ms1 + 3));
    const hasCtx = g(m, 'pm') || g(m, 'shahr') || g(m, 'y') || g(m, 'yr') || g(m, 'yrT') || g(m, 'mq') || paired;
    if (!hasCtx && AMBIGUOUS_MONTHS.has(key(ms))) {
      if (!MONTH_PREV.has(prevWord(ctx.norm, ms0))) return null;
      if (key(ms) === 'اب' && /^ال/.test(nextWord(ctx.norm, ms1))) return null;
    }
    // "14 آذار" is the day-month construction's to take (or to reject, as in قوى 14 آذار).
    if (!g(m, 'pm') && !g(m, 'shahr') && !g(m, 'y') && /^\d{1,2}$/.test(prevWord(ctx.norm, ms0))) return null;
    const a = ctx.anchor;
    let y: number | null | undefined = g(m, 'y') !== undefined ? Number(g(m, 'y')) : relYear(m, 'yr', a);
    if (y === undefined && a) y = yearForMonth(a, mo, undefined, qualDir(g(m, 'mq')), ctx.tense(m.index, m.index + m[0].length));
    const value = y == null ? `XXXX-${String(mo).padStart(2, '0')}` : fmtMonth(y, mo);
    return { start: m.index, end: m.index + m[0].length, type: 'DATE', value, mod: partMod(m), kind: 'other' };
  },
};

// ------------------------------------------------------------------ years
const YEAR_RE = rx(
  `(?:(?<pm>${PARTMOD})${S}(?:من${S})?)?(?:(?<kw>عام|${art('العام')}|سنه|السنه|عامي)${S0})?(?<y>\\d{1,4})(?!\\d)` +
  `(?:${S0}(?<suf>م|ميلادي|ميلاديه|ه|هجري|هجريه|ق${S0}\\.?${S0}م\\.?|قبل${S}الميلاد)${E})?`,
);
export const yearDate: Construction = {
  name: 'year',
  first: ['#', ...Object.keys(PART_MODS), 'عام', 'العام', 'سنه', 'السنه', 'عامي'],
  re: YEAR_RE,
  resolve(m, ctx): Out | null {
    const ys = g(m, 'y')!;
    let y = Number(ys);
    const kw = g(m, 'kw'), suf = g(m, 'suf');
    const hijri = suf !== undefined && suf.startsWith('ه');
    if (suf !== undefined && /^ق/.test(suf)) {
      // before the Christian era: TIMEX3 BC0670
      return { start: m.index, end: m.index + m[0].length, type: 'DATE', value: 'BC' + ys.padStart(4, '0'), mod: partMod(m), kind: 'other' };
    }
    if (ys.length < 3 && suf === undefined) return null; // عام 15: not a year
    if (ys.length < 4 && kw === undefined && suf === undefined) return null;
    if (hijri) {
      if (y < 1300 || y > 1600) return null;
      // A Hijri year straddles two Gregorian ones: take the one holding its middle (1 Rajab).
      const mid = hijriToGregorian(y, 7, 1);
      if (!mid) return null;
      y = mid.y;
    } else if (kw !== undefined || g(m, 'pm') !== undefined || suf !== undefined) {
      if (y < 1 || y > 2200) return null;
    } else {
      if (y < 1900 || y > 2100) return null;
      if (!YEAR_PREV.has(prevWord(ctx.norm, m.index))) return null;
    }
    return { start: m.index, end: m.index + m[0].length, type: 'DATE', value: fmtYear(y), mod: partMod(m), kind: 'other' };
  },
};

const YRANGE_RE = rx(
  `(?:بين${S}(?:(?:عامي|العامين|سنتي|عام|الاعوام)${S0})?(?<y1>\\d{4})${S0}و${S0}(?:عام${S0})?(?<y2>\\d{4})` +
  `|(?:(?<from>من)${S})?(?:(?:عام|العام|سنه)${S0})?(?<y3>\\d{4})${S0}(?<sep>الي|حتي|-|–|/)${S0}(?:(?:عام|العام|سنه)${S0})?(?<y4>\\d{4}))(?!\\d)`,
);
export const yearRange: Construction = {
  name: 'year-range',
  first: ['#', 'بين', 'من', 'عام', 'العام', 'سنه'],
  re: YRANGE_RE,
  resolve(m): Out | null {
    const y1 = Number(g(m, 'y1') ?? g(m, 'y3')), y2 = Number(g(m, 'y2') ?? g(m, 'y4'));
    if (y1 < 1000 || y2 > 2200 || y2 <= y1) return null;
    if (g(m, 'sep') !== undefined && /[-–/]/.test(g(m, 'sep')!) && (y1 < 1900 || y2 - y1 > 50)) return null;
    return { start: m.index, end: m.index + m[0].length, type: 'DATE', value: fmtYear(y1), endValue: fmtYear(y2), kind: 'other' };
  },
};

// ------------------------------------------------------------------ decades and centuries
const CENTQ = `الماضي|المنصرم|السابق|الحالي|الجاري|العشرين|الحادي${S}و${S0}العشرين|التاسع${S}عشر|الثامن${S}عشر|السابع${S}عشر|(?:ال)?\\d{1,2}`;
function centuryOf(q: string, anchor: YMD | null): number | undefined {
  const k = key(q).replace(/و /, 'و');
  const cur = anchor ? Math.floor((anchor.y - 1) / 100) + 1 : undefined;
  if (/^(?:الماضي|المنصرم|السابق)$/.test(k)) return cur === undefined ? undefined : cur - 1;
  if (/^(?:الحالي|الجاري)$/.test(k)) return cur;
  const table: Record<string, number> = { 'العشرين': 20, 'الحادي والعشرين': 21, 'التاسع عشر': 19, 'الثامن عشر': 18, 'السابع عشر': 17 };
  if (table[k] !== undefined) return table[k];
  const d = /\d+/.exec(k);
  return d ? Number(d[0]) : undefined;
}
const DECADE_RE = rx(
  `(?:(?<pm>${PARTMOD})${S}(?:من${S})?)?(?:(?:عقد|حقبه)${S})?(?:ال|(?<=ل)ل)?(?<dec>${DECADE})` +
  `(?:${S}(?:من${S})?(?:ال)?قرن${S}(?<cq>${CENTQ}))?`,
);
export const decade: Construction = {
  name: 'decade',
  first: [...Object.keys(PART_MODS), 'عقد', 'حقبه', ...Object.keys(DECADES), ...Object.keys(DECADES).map((d) => 'ال' + d)],
  re: DECADE_RE,
  resolve(m, ctx): Out | null {
    const dec = DECADES[key(g(m, 'dec')!)]!;
    const c = g(m, 'cq') !== undefined ? centuryOf(g(m, 'cq')!, ctx.anchor) : 20;
    if (c === undefined) return null;
    return { start: m.index, end: m.index + m[0].length, type: 'DATE', value: `${c - 1}${dec}`, mod: partMod(m), kind: 'other' };
  },
};
const CENTURY_RE = rx(`(?:(?<pm>${PARTMOD})${S}(?:من${S})?)?${art('القرن')}${S}(?<cq>${CENTQ})`);
export const century: Construction = {
  name: 'century',
  first: [...Object.keys(PART_MODS), 'القرن'],
  re: CENTURY_RE,
  resolve(m, ctx): Out | null {
    const c = centuryOf(g(m, 'cq')!, ctx.anchor);
    if (c === undefined || c < 1 || c > 22) return null;
    return { start: m.index, end: m.index + m[0].length, type: 'DATE', value: String(c - 1).padStart(2, '0'), mod: partMod(m), kind: 'other' };
  },
};

// ------------------------------------------------------------------ seasons
const SEASON_RE = rx(
  `(?:(?<pm>${PARTMOD})${S}(?:من${S})?)?(?:(?<this>هذا)${S})?(?:(?:فصل|${art('الفصل')})${S})?(?:ال|(?<=ل)ل)?(?<s>صيف|شتاء|ربيع|خريف)` +
  `(?:${YEAR_GLUE}${year('y')}|${S}${yearRel('yr')}|${S}(?<q>${QUAL}))?`,
);
export const season: Construction = {
  name: 'season',
  first: [...Object.keys(PART_MODS), 'هذا', 'فصل', 'الفصل', 'صيف', 'شتاء', 'ربيع', 'خريف', 'الصيف', 'الشتاء', 'الربيع', 'الخريف'],
  re: SEASON_RE,
  resolve(m, ctx): Out | null {
    const s = SEASONS[g(m, 's')!]! as Season;
    const a = ctx.anchor;
    let value: string;
    if (g(m, 'y') !== undefined) value = `${g(m, 'y')}-${s}`;
    else if (g(m, 'yr') !== undefined || g(m, 'yrT') !== undefined) {
      const y = relYear(m, 'yr', a);
      if (y == null) return null;
      value = `${fmtYear(y)}-${s}`;
    } else if (g(m, 'q') !== undefined || g(m, 'this') !== undefined) {
      if (!a) return null;
      value = resolveSeason(a, s, g(m, 'q') !== undefined ? qualDir(g(m, 'q')) : 0);
    } else return null; // الربيع العربي، الصيف alone: not placed
    return { start: m.index, end: m.index + m[0].length, type: 'DATE', value, mod: partMod(m), kind: 'other' };
  },
};
