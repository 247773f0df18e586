// The event merge rule (documented in docs/corpus.md). Pure functions; the stores apply them.
//
// Two event reports describe the same real-world event when
//   1. their PLOVER types are equal,
//   2. their modality groups are equal: affirmative (asserted, future), irrealis (conditional,
//      hypothetical), negative (negated, denied) — a denial is not merged into the event it denies,
//   3. their actors are equal: the same sorted source set and the same sorted target set, or for
//      symmetric events (flag `symmetric`, or type CONSULT / COOPERATE) the same unordered set of
//      sources ∪ targets; a report with no actor at all is never merged with another article's,
//   4. their day ranges overlap (see `dayRange`): same day, or compatible when one date is vaguer
//      (2025-05 vs 2025-05-08) or missing (then the report's publication window is used).
// Among several compatible stored events the one with the same date string wins, then the one with
// the narrowest range, then the oldest. The merged event takes the most precise date of its reports.
import type { EventRecord, Modality, PloverType } from '../model/types.ts';

export const SYMMETRIC_TYPES: ReadonlySet<PloverType> = new Set<PloverType>(['CONSULT', 'COOPERATE']);

export type ModalityGroup = 'affirmative' | 'irrealis' | 'negative';

export function modalityGroup(m: Modality): ModalityGroup {
  if (m === 'negated' || m === 'denied') return 'negative';
  if (m === 'conditional' || m === 'hypothetical') return 'irrealis';
  return 'affirmative';
}

const uniqSorted = (xs: readonly (string | null | undefined)[]): string[] =>
  [...new Set(xs.filter((x): x is string => typeof x === 'string' && x.length > 0))].sort();

export function isSymmetric(e: Pick<EventRecord, 'type' | 'symmetric'>): boolean {
  return e.symmetric ?? SYMMETRIC_TYPES.has(e.type);
}

/** The actor part of the merge key, or null when the event names no actor. */
export function actorKey(e: Pick<EventRecord, 'type' | 'symmetric' | 'sources' | 'targets'>): string | null {
  const s = uniqSorted(e.sources);
  const t = uniqSorted(e.targets);
  if (s.length === 0 && t.length === 0) return null;
  if (isSymmetric(e)) return '~' + uniqSorted([...s, ...t]).join(',');
  return s.join(',') + '>' + t.join(',');
}

/** Key under which candidate events are looked up; `solo` is used when the event names no actor. */
export function mergeKey(e: Pick<EventRecord, 'type' | 'symmetric' | 'sources' | 'targets' | 'modality'>, solo: string): string {
  const a = actorKey(e);
  return `${e.type}|${modalityGroup(e.modality)}|${a ?? 'solo:' + solo}`;
}

// ---- dates ----------------------------------------------------------------------------------

export interface DayRange {
  readonly start: string | null; // YYYY-MM-DD, null = unbounded
  readonly end: string | null;
  /** True when the range comes from the publication date, not from a date in the text. */
  readonly fromPublished: boolean;
}

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');
const iso = (d: Date): string => `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;

export function addDays(day: string, n: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return iso(d);
}

function lastDayOfMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function isoWeekMonday(y: number, w: number): string {
  const jan4 = new Date(Date.UTC(y, 0, 4));
  const dow = (jan4.getUTCDay() + 6) % 7; // Monday = 0
  const monday = new Date(jan4);
  monday.setUTCDate(jan4.getUTCDate() - dow + (w - 1) * 7);
  return iso(monday);
}

/** Day range of a TIMEX3 date value; null when the value is not a calendar date (PAST_REF, P3D ...). */
export function timexRange(value: string | null | undefined): { start: string; end: string } | null {
  if (!value) return null;
  let m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (m) return { start: `${m[1]}-${m[2]}-${m[3]}`, end: `${m[1]}-${m[2]}-${m[3]}` };
  m = /^(\d{4})-W(\d{2})/.exec(value);
  if (m) {
    const s = isoWeekMonday(Number(m[1]), Number(m[2]));
    return { start: s, end: addDays(s, 6) };
  }
  m = /^(\d{4})-(\d{2})$/.exec(value);
  if (m) return { start: `${m[1]}-${m[2]}-01`, end: `${m[1]}-${m[2]}-${pad(lastDayOfMonth(Number(m[1]), Number(m[2])))}` };
  m = /^(\d{4})-Q([1-4])$/.exec(value);
  if (m) {
    const q = Number(m[2]);
    const em = q * 3;
    return { start: `${m[1]}-${pad(em - 2)}-01`, end: `${m[1]}-${pad(em)}-${pad(lastDayOfMonth(Number(m[1]), em))}` };
  }
  m = /^(\d{4})(-H[12]|-SU|-WI|-SP|-FA)?$/.exec(value);
  if (m) return { start: `${m[1]}-01-01`, end: `${m[1]}-12-31` };
  return null;
}

/** The longest day range a report can have: a year-level TIMEX date. */
export const MAX_RANGE_DAYS = 366;

/** Window (days before, days after publication) for a report without a calendar date. */
export const VAGUE_WINDOWS: Readonly<Record<string, readonly [number, number]>> = {
  missing: [-2, 0], // "met" with no date: reported within two days
  PAST_REF: [-30, 0],
  PRESENT_REF: [0, 0],
  FUTURE_REF: [0, 30],
};

/** Day range of an event report: its date when it has one, else a window around publication. */
export function dayRange(date: string | null | undefined, published: string | null | undefined): DayRange {
  const r = timexRange(date);
  if (r) return { ...r, fromPublished: false };
  const pub = published && /^\d{4}-\d{2}-\d{2}/.test(published) ? published.slice(0, 10) : null;
  if (!pub) return { start: null, end: null, fromPublished: true };
  const w = VAGUE_WINDOWS[date ?? 'missing'] ?? VAGUE_WINDOWS.missing!;
  return { start: addDays(pub, w[0]), end: addDays(pub, w[1]), fromPublished: true };
}

export function overlaps(a: Pick<DayRange, 'start' | 'end'>, b: Pick<DayRange, 'start' | 'end'>): boolean {
  const aStartOk = a.start === null || b.end === null || a.start <= b.end;
  const bStartOk = b.start === null || a.end === null || b.start <= a.end;
  return aStartOk && bStartOk;
}

/** Width of a range in days (Infinity when unbounded); a text date beats a publication window. */
export function precision(r: DayRange): number {
  if (r.start === null || r.end === null) return Infinity;
  const days = (Date.parse(r.end) - Date.parse(r.start)) / 86_400_000 + 1;
  return r.fromPublished ? days + 1000 : days;
}

export interface Candidate {
  readonly id: string;
  readonly date: string | null;
  readonly range: DayRange;
  readonly seq: number; // creation order
}

/** Picks the stored event a report merges into (or null for a new event). */
export function pickCandidate(report: { date: string | null; range: DayRange }, cands: readonly Candidate[]): Candidate | null {
  const ok = cands.filter((c) => overlaps(c.range, report.range));
  if (ok.length === 0) return null;
  ok.sort((a, b) => {
    const sa = report.date !== null && a.date === report.date ? 0 : 1;
    const sb = report.date !== null && b.date === report.date ? 0 : 1;
    if (sa !== sb) return sa - sb;
    const pa = precision(a.range);
    const pb = precision(b.range);
    if (pa !== pb) return pa - pb;
    return a.seq - b.seq;
  });
  return ok[0]!;
}

/** Event-level modality from its reports: asserted when any report asserts it, else the most frequent. */
export function eventModality(ms: readonly Modality[]): Modality {
  if (ms.includes('asserted')) return 'asserted';
  const counts = new Map<Modality, number>();
  for (const m of ms) counts.set(m, (counts.get(m) ?? 0) + 1);
  let best: Modality = ms[0] ?? 'asserted';
  for (const [m, c] of counts) if (c > (counts.get(best) ?? 0)) best = m;
  return best;
}
