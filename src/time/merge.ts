// Choosing among overlapping candidates and joining neighbours.
//
// select: longest first (ties: lower rank = earlier construction), keeping non-overlapping ones.
// join: a day followed or preceded by a clock time (أمس الساعة الخامسة مساءً), a relative day or
// weekday followed by the full date it names (اليوم الاثنين 05 جوان 2017), and "في وقت سابق"
// followed by a date become one expression.

import type { Cand } from './types.ts';

export function select(cands: Cand[]): Cand[] {
  const sorted = [...cands].sort((a, b) => (b.end - b.start) - (a.end - a.start) || a.rank - b.rank || a.start - b.start);
  const taken: Cand[] = [];
  for (const c of sorted) {
    if (taken.every((t) => c.end <= t.start || t.end <= c.start)) taken.push(c);
  }
  return taken.sort((a, b) => a.start - b.start);
}

const DAY_RE = /^(?:\d{4}|XXXX)-(?:\d\d|XX)-(?:\d\d|XX)/;
const isDay = (c: Cand): boolean => c.kind === 'day' && DAY_RE.test(c.value);
const dayOf = (c: Cand): string => DAY_RE.exec(c.value)![0];
const timeOf = (c: Cand): string => c.value.slice(dayOf(c).length);

const GAP_DAY_CLOCK = /^[^\S\n]*[،,]?[^\S\n]*(?:(?:في|عند|وفي|منذ)[^\S\n]+)?$/;
const GAP_CLOCK_DAY = /^[^\S\n]*[،,]?[^\S\n]*(?:(?:من)[^\S\n]+)?(?:يوم[^\S\n]+)?$/;
const GAP_DAY_DATE = /^[^\S\n]*[،,(]?[^\S\n]*(?:الموافق[^\S\n]+)?$/;
const GAP_LEAD = /^[^\S\n]*[،,]?[^\S\n]*(?:(?:من|في|يوم)[^\S\n]+)?$/;

function joinPair(a: Cand, b: Cand, gap: string): Cand | null {
  const span = { start: a.start, end: b.end, rank: Math.min(a.rank, b.rank) };
  if (isDay(a) && b.kind === 'clock' && GAP_DAY_CLOCK.test(gap)) {
    return { ...span, type: 'TIME', value: dayOf(a) + b.clock!, kind: 'day' };
  }
  if (a.kind === 'clock' && isDay(b) && GAP_CLOCK_DAY.test(gap)) {
    return { ...span, type: 'TIME', value: dayOf(b) + a.clock!, kind: 'day' };
  }
  if (isDay(a) && isDay(b) && GAP_DAY_DATE.test(gap)) {
    // The explicit date wins (the second, unless only the first is explicit); a time of day from
    // the other part is kept when the days agree.
    const [main, other] = a.abs && !b.abs ? [a, b] : [b, a];
    const keepTime = dayOf(main) === dayOf(other) && timeOf(main) === '' && timeOf(other) !== '';
    return { ...span, type: main.type, value: keepTime ? other.value : main.value, kind: 'day', abs: a.abs || b.abs };
  }
  if (a.kind === 'lead' && b.kind !== 'lead' && !/_REF$/.test(b.value) && GAP_LEAD.test(gap)) {
    return { ...b, start: a.start, rank: span.rank };
  }
  return null;
}

export function join(selected: Cand[], norm: string): Cand[] {
  const out: Cand[] = [];
  for (const c of selected) {
    const prev = out[out.length - 1];
    if (prev) {
      const j = joinPair(prev, c, norm.slice(prev.end, c.start));
      if (j) { out[out.length - 1] = j; continue; }
    }
    out.push(c);
  }
  return out;
}
