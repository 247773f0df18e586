// The time stage: Arabic temporal expressions found and resolved to the calendar as TIMEX3 values.
//
// Design (chrono-like): each construction in ./parsers is a precompiled pattern over the
// NORMALISED text plus a resolver; all candidates are collected, the longest non-overlapping ones
// kept (merge.ts), neighbours joined (a day + its clock time, a weekday + its full date), and
// offsets mapped back to the original text. Attached proclitics (و ف ب ل ك) stay outside spans
// (وأمس → أمس, لعام 2015 → عام 2015; after ل the article is written ل: للعام → لعام).
//
// Conventions (see also resolve.ts):
// - Anchor = the publication date. Without one, relative expressions get XXXX placeholders or *_REF.
// - Weekdays: المقبل/القادم → next strictly after; الماضي/المنصرم → last strictly before; future
//   narration → next on/after; otherwise (past narration or no cue) → last on/before publication.
// - Months without a year: الماضي/المقبل strictly before/after the publication month; otherwise the
//   publication year, moved back (past narration, month after publication) or forward (future, before).
// - Parts of the day: صباح/فجر → TMO, ظهر → T12:00, عصر/بعد الظهر → TAF, مساء → TEV, ليل/ليلة → TNI,
//   منتصف الليل → T24:00, on the day they qualify (ليلة الجمعة = Friday TNI).
// - Hijri: Umm al-Qura via ICU; a month without a day → the Gregorian month of its 1st day.
// - Durations keep quantity modifiers in the span (أكثر من عام → P1Y MORE_THAN) and leave the
//   preposition out (منذ/لمدة/خلال). قبل/بعد + duration → a date (granularity of the unit), unless
//   followed by من/على (relative to another event → a duration).
// - Vague: PAST_REF / PRESENT_REF / FUTURE_REF. Decades → 199 (TIMEX3), centuries → 19, seasons → 2014-SU.

import type { Timex } from '../model/types.ts';
import { normalizeWithMap } from '../text/normalize.ts';
import { parseISODate } from './calendar.ts';
import { join, select } from './merge.ts';
import { absoluteDate, century, dayRange, decade, monthDate, numericDate, season, yearDate, yearRange } from './parsers/absolute.ts';
import { clock } from './parsers/clock.ts';
import { duration, setExpr } from './parsers/duration.ts';
import { hijriDate } from './parsers/hijri.ts';
import { dayRef, offset, period, pluralPeriod } from './parsers/relative.ts';
import { vague } from './parsers/vague.ts';
import { tenseAt } from './tense.ts';
import { triggerFinder } from './triggers.ts';
import type { Cand, Construction, Ctx, Tense } from './types.ts';

/** In priority order (earlier wins among equally long overlapping matches). */
export const CONSTRUCTIONS: readonly Construction[] = [
  dayRange, yearRange, numericDate, hijriDate, absoluteDate, dayRef, monthDate, yearDate, decade, century, season,
  period, offset, pluralPeriod, clock, setExpr, duration, vague,
];

const findTriggers = triggerFinder(CONSTRUCTIONS);

export function extractTimes(text: string, published: string | null): Timex[] {
  if (!text) return [];
  const { text: norm, map } = normalizeWithMap(text);
  const anchor = parseISODate(published);
  const tenseCache = new Map<number, Tense>();
  const ctx: Ctx = {
    norm,
    anchor,
    origAt: (i) => text[map[i] ?? text.length] ?? '',
    tense(start, end) {
      const hit = tenseCache.get(start);
      if (hit !== undefined) return hit;
      const t = tenseAt(norm, start, end);
      tenseCache.set(start, t);
      return t;
    },
  };
  const cands: Cand[] = [];
  for (const { pos, mask } of findTriggers(norm)) {
    for (let rank = 0; rank < CONSTRUCTIONS.length; rank++) {
      if (!(mask & (1 << rank))) continue;
      const c = CONSTRUCTIONS[rank]!;
      c.re.lastIndex = pos;
      const m = c.re.exec(norm);
      if (!m || m[0].length === 0) continue;
      const r = c.resolve(m, ctx);
      if (r && r.end > r.start) cands.push({ ...r, rank });
    }
  }
  const chosen = join(select(cands), norm).filter((c) => c.value !== '');
  return chosen.map((c) => toTimex(c, text, map));
}

function toTimex(c: Cand, text: string, map: number[]): Timex {
  const start = map[c.start]!;
  const end = c.end >= map.length - 1 ? text.length : map[c.end - 1]! + 1 + trailingMarks(text, map[c.end - 1]! + 1, map[c.end]!);
  const t: { -readonly [K in keyof Timex]: Timex[K] } = { start, end, text: text.slice(start, end), type: c.type, value: c.value };
  if (c.mod) t.mod = c.mod;
  if (c.endValue) t.endValue = c.endValue;
  return t;
}

/** Diacritics/tatweel after the last matched letter belong to the span (غداً، يوماً). */
function trailingMarks(text: string, from: number, to: number): number {
  let k = 0;
  while (from + k < to && /[\u064b-\u065f\u0670\u0640]/.test(text[from + k]!)) k++;
  return k;
}
