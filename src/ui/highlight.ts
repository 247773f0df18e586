// Pure layout of an analysed text for display: non-overlapping entity chunks (mentions, times) and
// the plain text between them, split where the selected event's evidence and trigger begin and end.
// Offsets are UTF-16 indices into the original text, end exclusive (as the analysis gives them).

export interface SpanLike {
  readonly start: number;
  readonly end: number;
}

export interface Piece {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** The entity this piece is: a mention or a time, by index into the given lists. */
  readonly entity: { readonly kind: 'mention' | 'time'; readonly index: number } | null;
  readonly inEvidence: boolean;
  readonly isTrigger: boolean;
}

function valid(s: SpanLike, len: number): boolean {
  return Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.end <= len && s.start < s.end;
}

const overlaps = (a: SpanLike, b: SpanLike): boolean => a.start < b.end && b.start < a.end;

/**
 * Entities kept for display: mentions first, then times, longest first among equals; a span that
 * overlaps one already kept is dropped (a mention inside a time expression keeps the mention).
 */
export function resolveEntities(text: string, mentions: readonly SpanLike[], times: readonly SpanLike[]): { start: number; end: number; kind: 'mention' | 'time'; index: number }[] {
  const all = [
    ...mentions.map((m, index) => ({ start: m.start, end: m.end, kind: 'mention' as const, index })),
    ...times.map((t, index) => ({ start: t.start, end: t.end, kind: 'time' as const, index })),
  ].filter((s) => valid(s, text.length));
  all.sort((a, b) => (a.kind === b.kind ? 0 : a.kind === 'mention' ? -1 : 1) || b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: typeof all = [];
  for (const s of all) if (!kept.some((k) => overlaps(k, s))) kept.push(s);
  return kept.sort((a, b) => a.start - b.start);
}

export function layout(
  text: string,
  mentions: readonly SpanLike[],
  times: readonly SpanLike[],
  evidence: SpanLike | null = null,
  trigger: SpanLike | null = null,
): Piece[] {
  const ents = resolveEntities(text, mentions, times);
  const ev = evidence && valid(evidence, text.length) ? evidence : null;
  const tr = trigger && valid(trigger, text.length) ? trigger : null;
  const cuts = new Set<number>([0, text.length]);
  for (const e of ents) cuts.add(e.start).add(e.end);
  for (const s of [ev, tr]) if (s) cuts.add(s.start).add(s.end);
  const points = [...cuts].sort((a, b) => a - b);
  const pieces: Piece[] = [];
  let ei = 0;
  for (let i = 0; i < points.length - 1; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    while (ei < ents.length && ents[ei]!.end <= start) ei++;
    const ent = ents[ei] && ents[ei]!.start <= start && ents[ei]!.end >= end ? ents[ei]! : null;
    if (ent) {
      // an entity is one piece, whatever cuts fall inside it
      if (start !== ent.start) continue;
      const span = { start: ent.start, end: ent.end };
      pieces.push({
        start: ent.start, end: ent.end, text: text.slice(ent.start, ent.end),
        entity: { kind: ent.kind, index: ent.index },
        inEvidence: ev ? overlaps(ev, span) : false,
        isTrigger: tr ? overlaps(tr, span) : false,
      });
      continue;
    }
    pieces.push({
      start, end, text: text.slice(start, end), entity: null,
      inEvidence: ev ? ev.start <= start && end <= ev.end : false,
      isTrigger: tr ? tr.start <= start && end <= tr.end : false,
    });
  }
  return pieces;
}
