// CoNLL-style token files: reading labelled sentences, and entity-level scoring with conlleval
// semantics (an entity counts when its type and exact token span match; I-X after O or after
// another type opens a new entity).
import { bioParts } from './viterbi.ts';

export interface LabelledSentence {
  readonly tokens: readonly string[];
  readonly labels: readonly string[];
}

/** One line of a CoNLL file: token = first column, gold = last column when there are ≥ 2. */
export function parseLine(line: string): { token: string; gold: string } | null {
  const t = line.trim();
  if (!t) return null;
  const cols = t.split(/\s+/);
  return { token: cols[0]!, gold: cols.length >= 2 ? cols[cols.length - 1]! : 'O' };
}

/** Sentences of a CoNLL text (blank or whitespace-only lines separate sentences). */
export function readConll(text: string): LabelledSentence[] {
  const out: LabelledSentence[] = [];
  let tokens: string[] = [];
  let labels: string[] = [];
  const flush = (): void => {
    if (tokens.length) out.push({ tokens, labels });
    tokens = [];
    labels = [];
  };
  for (const line of text.split('\n')) {
    const p = parseLine(line);
    if (!p) flush();
    else {
      tokens.push(p.token);
      labels.push(p.gold);
    }
  }
  flush();
  return out;
}

export interface Entity {
  readonly start: number;
  readonly end: number; // exclusive
  readonly type: string;
}

/** Entities of one label sequence, conlleval style. */
export function entities(tags: readonly string[]): Entity[] {
  const out: Entity[] = [];
  let start = -1;
  let type: string | null = null;
  const close = (i: number): void => {
    if (type !== null) out.push({ start, end: i, type });
    start = -1;
    type = null;
  };
  tags.forEach((t, i) => {
    const { bio, type: ty } = bioParts(t);
    if (bio === 'O') return close(i);
    if (bio === 'B' || ty !== type) {
      close(i);
      start = i;
      type = ty;
    }
  });
  close(tags.length);
  return out;
}

export interface Prf {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  readonly gold: number;
  readonly pred: number;
  readonly tp: number;
}

export interface Score {
  readonly all: Prf;
  readonly byType: Readonly<Record<string, Prf>>;
}

function prf(gold: number, pred: number, tp: number): Prf {
  const precision = pred ? tp / pred : 0;
  const recall = gold ? tp / gold : 0;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0, gold, pred, tp };
}

/** Entity-level micro scores over sentences of gold and predicted labels. */
export function scoreEntities(gold: readonly (readonly string[])[], pred: readonly (readonly string[])[]): Score {
  const counts = new Map<string, { g: number; p: number; tp: number }>();
  const get = (t: string): { g: number; p: number; tp: number } => {
    let c = counts.get(t);
    if (!c) counts.set(t, (c = { g: 0, p: 0, tp: 0 }));
    return c;
  };
  gold.forEach((g, s) => {
    const G = entities(g);
    const P = entities(pred[s]!);
    const keys = new Set(G.map((e) => `${e.start}:${e.end}:${e.type}`));
    for (const e of G) get(e.type).g++;
    for (const e of P) {
      const c = get(e.type);
      c.p++;
      if (keys.has(`${e.start}:${e.end}:${e.type}`)) c.tp++;
    }
  });
  let g = 0, p = 0, tp = 0;
  const byType: Record<string, Prf> = {};
  for (const t of [...counts.keys()].sort()) {
    const c = counts.get(t)!;
    byType[t] = prf(c.g, c.p, c.tp);
    g += c.g;
    p += c.p;
    tp += c.tp;
  }
  return { all: prf(g, p, tp), byType };
}

export function formatScore(s: Score): string {
  const pct = (x: number): string => (100 * x).toFixed(2);
  const lines = Object.entries(s.byType).map(
    ([t, x]) => `${t.padEnd(5)} P ${pct(x.precision)} R ${pct(x.recall)} F1 ${pct(x.f1)} (gold ${x.gold}, pred ${x.pred})`,
  );
  lines.push(`ALL   P ${pct(s.all.precision)} R ${pct(s.all.recall)} F1 ${pct(s.all.f1)} (gold ${s.all.gold}, pred ${s.all.pred})`);
  return lines.join('\n');
}
