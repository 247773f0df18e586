// Hijri (Islamic) dates converted to Gregorian with Node's ICU Umm al-Qura calendar
// (`Intl.DateTimeFormat('en-u-ca-islamic-umalqura')`): we estimate the Gregorian day from the mean
// month length, then search nearby days for the one whose Umm al-Qura date matches. Umm al-Qura is
// the calendar Saudi and most Gulf media date by; other countries' sighting-based dates can differ
// by a day, which we accept. A day that does not exist (30 in a 29-day month) gives null.

import { addDays, fromDayNumber, toDayNumber, type YMD } from './calendar.ts';

const FMT = new Intl.DateTimeFormat('en-u-ca-islamic-umalqura', {
  timeZone: 'UTC',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
});

export interface HijriDate {
  readonly y: number;
  readonly m: number; // 1 = Muharram … 12 = Dhu al-Hijja
  readonly d: number;
}

/** Umm al-Qura date of a Gregorian day. */
export function toHijri(g: YMD): HijriDate {
  let y = 0, m = 0, d = 0;
  for (const p of FMT.formatToParts(new Date(Date.UTC(g.y, g.m - 1, g.d)))) {
    if (p.type === 'year') y = parseInt(p.value, 10);
    else if (p.type === 'month') m = parseInt(p.value, 10);
    else if (p.type === 'day') d = parseInt(p.value, 10);
  }
  return { y, m, d };
}

// 1 Muharram 1 AH (tabular epoch) = 622-07-16 Julian → day number relative to 1970-01-01.
const EPOCH = toDayNumber({ y: 622, m: 7, d: 19 }); // proleptic Gregorian equivalent
const MEAN_MONTH = 29.530588;

const memo = new Map<string, YMD | null>();

/** Gregorian day of a Hijri date, or null if that day does not exist in Umm al-Qura. */
export function hijriToGregorian(y: number, m: number, d: number): YMD | null {
  if (!(y >= 1 && m >= 1 && m <= 12 && d >= 1 && d <= 30)) return null;
  const key = `${y}-${m}-${d}`;
  const hit = memo.get(key);
  if (hit !== undefined) return hit;
  const guess = fromDayNumber(EPOCH + Math.round(((y - 1) * 12 + (m - 1)) * MEAN_MONTH) + d - 1);
  let found: YMD | null = null;
  for (let k = 0; k <= 6 && !found; k++) {
    for (const s of k === 0 ? [0] : [k, -k]) {
      const g = addDays(guess, s);
      const h = toHijri(g);
      if (h.y === y && h.m === m && h.d === d) { found = g; break; }
    }
  }
  memo.set(key, found);
  return found;
}

/** Number of days (29 or 30) of a Hijri month in Umm al-Qura. */
export function hijriMonthLength(y: number, m: number): number {
  return hijriToGregorian(y, m, 30) ? 30 : 29;
}
