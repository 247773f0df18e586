// Proleptic Gregorian calendar arithmetic on plain {y, m, d} values (UTC, no time zones), and
// TIMEX3 value formatting. Pure functions; no Date object escapes this module.

export interface YMD {
  readonly y: number;
  readonly m: number; // 1..12
  readonly d: number; // 1..31
}

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

/** Parses 'YYYY-MM-DD' (a trailing time part is ignored); null when it is not a real date. */
export function parseISODate(s: string | null | undefined): YMD | null {
  if (!s) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(s.trim());
  if (!m) return null;
  const ymd = { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
  return isValidDate(ymd.y, ymd.m, ymd.d) ? ymd : null;
}

export function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

export function daysInMonth(y: number, m: number): number {
  return [31, isLeapYear(y) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1] ?? 0;
}

export function isValidDate(y: number, m: number, d: number): boolean {
  return Number.isInteger(y) && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

/** Days since 1970-01-01. */
export function toDayNumber(a: YMD): number {
  return Math.round(Date.UTC(a.y, a.m - 1, a.d) / 86_400_000);
}

export function fromDayNumber(n: number): YMD {
  const dt = new Date(n * 86_400_000);
  return { y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate() };
}

export function addDays(a: YMD, n: number): YMD {
  return fromDayNumber(toDayNumber(a) + n);
}

/** Adds months, clamping the day to the target month's length. */
export function addMonths(a: YMD, n: number): YMD {
  const idx = a.y * 12 + (a.m - 1) + n;
  const y = Math.floor(idx / 12);
  const m = (idx % 12 + 12) % 12 + 1;
  return { y, m, d: Math.min(a.d, daysInMonth(y, m)) };
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(a: YMD): number {
  return ((toDayNumber(a) % 7) + 7 + 4) % 7; // 1970-01-01 was a Thursday
}

/** ISO 8601 week: the year it belongs to and its number. */
export function isoWeek(a: YMD): { year: number; week: number } {
  const dn = toDayNumber(a);
  const wd = (weekday(a) + 6) % 7; // Monday = 0
  const thursday = fromDayNumber(dn - wd + 3);
  const jan1 = toDayNumber({ y: thursday.y, m: 1, d: 1 });
  return { year: thursday.y, week: Math.floor((toDayNumber(thursday) - jan1) / 7) + 1 };
}

export const fmtYear = (y: number): string => (y < 0 ? '-' : '') + pad(Math.abs(y), 4);
export const fmtMonth = (y: number, m: number): string => `${fmtYear(y)}-${pad(m)}`;
export const fmtDate = (a: YMD): string => `${fmtYear(a.y)}-${pad(a.m)}-${pad(a.d)}`;
export function fmtWeek(a: YMD): string {
  const w = isoWeek(a);
  return `${fmtYear(w.year)}-W${pad(w.week)}`;
}
export const fmtClock = (h: number, min: number): string => `T${pad(h)}:${pad(min)}`;
