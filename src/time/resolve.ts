// Resolvers shared by the constructions: relative weekdays, months without a year, seasons, shifts
// by a duration, and TIMEX3 duration values. All pure; the anchor is the publication date.

import {
  addDays, addMonths, fmtDate, fmtMonth, fmtWeek, fmtYear, weekday, type YMD,
} from './calendar.ts';
import type { Unit } from './lexicon.ts';
import type { Tense } from './types.ts';

export type Dir = -1 | 0 | 1 | undefined;

/**
 * A weekday (0 = Sunday) relative to the anchor.
 * - المقبل/القادم (dir +1): the next one strictly after the anchor (same weekday → +7).
 * - الماضي/المنصرم (dir −1): the last one strictly before the anchor (same weekday → −7).
 * - no qualifier, future narration: the next one on or after the anchor (same weekday → anchor).
 * - no qualifier otherwise (past narration or no cue — news narrates the past): the last one on
 *   or before the anchor (same weekday → anchor).
 */
export function resolveWeekday(anchor: YMD, wd: number, dir: Dir, tense: Tense): YMD {
  const pub = weekday(anchor);
  if (dir === 1) return addDays(anchor, (wd - pub + 7) % 7 || 7);
  if (dir === -1) return addDays(anchor, -((pub - wd + 7) % 7 || 7));
  if (tense === 'future') return addDays(anchor, (wd - pub + 7) % 7);
  return addDays(anchor, -((pub - wd + 7) % 7));
}

/**
 * The year of a month (and optional day) named without one.
 * الماضي → the last such month strictly before the anchor's month (ديسمبر الماضي in January → last year);
 * المقبل → the next one strictly after (يناير المقبل in December → next year); الجاري → this year.
 * Unqualified: the publication year, except a month after publication in past narration (last
 * year) and a month before publication in future narration (next year).
 */
export function yearForMonth(anchor: YMD, month: number, day: number | undefined, dir: Dir, tense: Tense): number {
  const cmp = month !== anchor.m ? month - anchor.m : day === undefined ? 0 : day - anchor.d;
  if (dir === -1) return month < anchor.m || (day !== undefined && month === anchor.m && day < anchor.d) ? anchor.y : anchor.y - 1;
  if (dir === 1) return month > anchor.m || (day !== undefined && month === anchor.m && day > anchor.d) ? anchor.y : anchor.y + 1;
  if (dir === 0) return anchor.y;
  if (tense === 'past' && cmp > 0) return anchor.y - 1;
  if (tense === 'future' && cmp < 0 && month !== anchor.m) return anchor.y + 1;
  return anchor.y;
}

const SEASON_ORDER = ['SP', 'SU', 'FA', 'WI'] as const;
export type Season = (typeof SEASON_ORDER)[number];

/** Season instance index (year*4 + k) containing a day; winter belongs to the year of its December. */
function seasonIndex(a: YMD): number {
  if (a.m <= 2) return (a.y - 1) * 4 + 3;
  if (a.m === 12) return a.y * 4 + 3;
  return a.y * 4 + Math.floor((a.m - 3) / 3);
}

/** TIMEX3 value of a season (2014-SU) relative to the anchor: last (−1), next (+1), or this/nearest. */
export function resolveSeason(anchor: YMD, s: Season, dir: Dir): string {
  const cur = seasonIndex(anchor);
  const k = SEASON_ORDER.indexOf(s);
  const fmt = (i: number): string => `${fmtYear(Math.floor(i / 4))}-${SEASON_ORDER[i % 4]}`;
  if (dir === -1) { let i = cur - 1; while (i % 4 !== k) i--; return fmt(i); }
  if (dir === 1) { let i = cur + 1; while (i % 4 !== k) i++; return fmt(i); }
  let after = cur; while (after % 4 !== k) after++;
  let before = cur; while (before % 4 !== k) before--;
  return fmt(after - cur <= cur - before ? after : before);
}

/** TIMEX3 duration value: P3D, P1.5Y, PT2H, P2DE … */
export function durationValue(n: number, unit: Unit): string {
  const num = Number.isInteger(n) ? String(n) : String(Math.round(n * 100) / 100);
  switch (unit) {
    case 'S': return `PT${num}S`;
    case 'MIN': return `PT${num}M`;
    case 'H': return `PT${num}H`;
    case 'D': return `P${num}D`;
    case 'W': return `P${num}W`;
    case 'M': return `P${num}M`;
    case 'Y': return `P${num}Y`;
    case 'DE': return `P${num}DE`;
    case 'CE': return `P${num}CE`;
  }
}

/**
 * The anchor shifted by n units (sign = direction), at the granularity of the unit: days and weeks
 * → a day, months → a month, years/decades → a year; hours/minutes → the day. Fractions round.
 */
export function shiftValue(anchor: YMD, n: number, unit: Unit): string | null {
  const k = Math.round(n);
  switch (unit) {
    case 'S': case 'MIN': return fmtDate(anchor);
    case 'H': return fmtDate(addDays(anchor, Math.trunc(n / 24)));
    case 'D': return fmtDate(addDays(anchor, k));
    case 'W': return fmtDate(addDays(anchor, Math.round(n * 7)));
    case 'M': { const a = addMonths(anchor, k); return fmtMonth(a.y, a.m); }
    case 'Y': return fmtYear(anchor.y + k);
    case 'DE': return fmtYear(anchor.y + 10 * k);
    case 'CE': return null;
  }
}

/** The anchor's period shifted by dir: week → 2025-W19, month → 2025-05, year → 2025. */
export function periodValue(anchor: YMD, unit: 'W' | 'M' | 'Y', dir: -1 | 0 | 1): string {
  if (unit === 'W') return fmtWeek(addDays(anchor, 7 * dir));
  if (unit === 'M') { const a = addMonths(anchor, dir); return fmtMonth(a.y, a.m); }
  return fmtYear(anchor.y + dir);
}
