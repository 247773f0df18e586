// Internal types of the time stage: a construction (pattern + resolver) and the candidates it yields.

import type { Timex, TimexType } from '../model/types.ts';
import type { YMD } from './calendar.ts';

export type Tense = 'past' | 'future' | 'none';

/** What a resolver sees: the normalised text, the anchor (publication date) and a tense oracle. */
export interface Ctx {
  readonly norm: string;
  readonly anchor: YMD | null;
  /** The original character behind normalised offset i (to tell آلان "Alain" from الآن "now"). */
  origAt(i: number): string;
  /** Narrative direction around a normalised span: explicit future/past cues, else 'none'. */
  tense(start: number, end: number): Tense;
}

/** How a candidate may combine with a neighbour in the join step. */
export type Kind =
  | 'day' // a calendar day (value YYYY-MM-DD, maybe with a time of day)
  | 'clock' // a time of day with no day of its own (suffix in `clock`)
  | 'lead' // "في وقت سابق": absorbed into a following date
  | 'other';

/** A match in NORMALISED offsets. */
export interface Cand {
  start: number;
  end: number;
  type: TimexType;
  value: string;
  mod?: Timex['mod'];
  endValue?: string;
  kind: Kind;
  /** For kind 'clock': the TIMEX3 time suffix, e.g. "T17:00". */
  clock?: string;
  /** A date named explicitly (day month year, numeric, Hijri): wins over a relative day it is joined with. */
  abs?: boolean;
  /** Lower wins among equally long overlapping candidates. */
  rank: number;
}

export interface Construction {
  readonly name: string;
  /** Normalised words a match can begin with ('#' = a digit run); the pattern is tried only there. */
  readonly first: readonly string[];
  readonly re: RegExp; // flags 'yud' (sticky: tried at trigger positions only)
  resolve(m: RegExpExecArray, ctx: Ctx): Omit<Cand, 'rank'> | null;
}
