// Averaged structured perceptron (Collins 2002) with first-order Viterbi under BIO constraints.
// Deterministic: sentences are shuffled each epoch with a seeded PRNG, and the feature rows are
// numbered in order of first appearance in the (unshuffled) corpus.
import { hashSentence, documentContexts, stackInfo, type DocContext, type StackInfo } from './features.ts';
import { Gazetteer, type GazetteerData } from './gazetteer.ts';
import { mulberry32, shuffle } from './hash.ts';
import { bioConstraints, bioParts, toBio, toBioes, viterbi } from './viterbi.ts';
import { NerModel, type ModelMeta } from './model.ts';
import { scoreEntities, type LabelledSentence, type Score } from './conll.ts';
import { normalize } from '../text/normalize.ts';

export interface EpochReport {
  readonly epoch: number;
  readonly run?: number; // 0-based run of an ensemble
  readonly mistakes: number; // sentences decoded wrongly during the epoch
  readonly seconds: number;
  readonly dev?: Score;
}

export interface TrainOptions {
  readonly epochs: number;
  readonly seed: number;
  readonly gazetteer: GazetteerData;
  readonly dev?: readonly LabelledSentence[];
  readonly meta?: ModelMeta;
  readonly onEpoch?: (r: EpochReport) => void;
  /** Probability of hiding each feature occurrence during a training update (regularises). */
  readonly dropout?: number;
  /** Independent runs (seeds seed, seed+1000003, ...) whose averaged weights are averaged. Default 1. */
  readonly runs?: number;
  /**
   * Stacking: a first-stage model (same features, `runs` runs, default 1) tags the corpus by
   * jackknife over `folds` contiguous folds; the second stage adds features of those labels (the
   * token's, its neighbours', and the types given to the same word elsewhere in the window).
   */
  readonly stack?: { readonly folds: number; readonly runs?: number };
  /** Progress of the stacking stages (first-stage folds). */
  readonly onStage?: (message: string) => void;
  /** Score dev after every epoch (default true); false scores only after each run's last epoch. */
  readonly devEveryEpoch?: boolean;
  /** Use features from the neighbouring sentences (corpus order = document order). Default true. */
  readonly docContext?: boolean;
  /**
   * Cost-augmented training (a margin): while training, every wrong label of a token scores this
   * much extra, so an update happens until the gold path wins by the Hamming cost. `entity` applies
   * to tokens whose gold label is an entity's (misses), `o` to gold-O tokens (false alarms).
   */
  readonly margin?: { readonly entity: number; readonly o: number };
  /** Label propagation window stored in the model (propagate.ts); 0 or absent = off. */
  readonly propagate?: number;
  /**
   * Label scheme the model decodes in: 'bio' (the corpus's IOB2) or 'bioes' (entities' last and
   * single tokens get their own labels, E-X and S-X; output is still IOB2). Default 'bio'.
   */
  readonly scheme?: 'bio' | 'bioes';
}

const TYPE_ORDER = ['PERS', 'PER', 'LOC', 'ORG', 'MISC'];

/**
 * Label inventory: O, then B-/I- (BIOES: B-/I-/E-/S-) of each type seen (ANERcorp's types first,
 * in a fixed order).
 */
export function labelSet(sentences: readonly LabelledSentence[], scheme: 'bio' | 'bioes' = 'bio'): string[] {
  const types = new Set<string>();
  for (const s of sentences) for (const l of s.labels) {
    const { type } = bioParts(l);
    if (type) types.add(type);
  }
  const sorted = [...types].sort((a, b) => {
    const ia = TYPE_ORDER.indexOf(a), ib = TYPE_ORDER.indexOf(b);
    return (ia < 0 ? 99 : ia) - (ib < 0 ? 99 : ib) || (a < b ? -1 : a > b ? 1 : 0);
  });
  const parts = scheme === 'bioes' ? ['B', 'I', 'E', 'S'] : ['B', 'I'];
  return ['O', ...sorted.flatMap((t) => parts.map((b) => `${b}-${t}`))];
}

interface Encoded {
  readonly rows: Int32Array; // feature rows, -1 = unknown
  readonly offsets: Uint32Array;
  readonly gold: Int32Array;
  readonly n: number;
}

export function train(sentences: readonly LabelledSentence[], opts: TrainOptions): NerModel {
  const scheme = opts.scheme ?? 'bio';
  const labels = labelSet(sentences, scheme);
  const L = labels.length;
  const labelIndex = new Map(labels.map((l, i) => [l, i]));
  const gaz = new Gazetteer(opts.gazetteer);
  const { allowed, start: startAllowed, end: endAllowed } = bioConstraints(labels);
  const inScheme = (ls: readonly string[]): readonly string[] => (scheme === 'bioes' ? toBioes(ls) : ls);

  const rowOf = new Map<number, number>();
  const hashList: number[] = [];
  let stage1: NerModel | undefined;
  let trainStack: (StackInfo | undefined)[] = sentences.map(() => undefined);
  let devStack: (StackInfo | undefined)[] = (opts.dev ?? []).map(() => undefined);
  if (opts.stack) {
    const s1: TrainOptions = { epochs: opts.epochs, seed: opts.seed, gazetteer: opts.gazetteer, dropout: opts.dropout, runs: opts.stack.runs ?? 1, docContext: opts.docContext, margin: opts.margin, scheme };
    const K = Math.max(2, opts.stack.folds);
    const n = sentences.length;
    const jk: string[][] = [];
    for (let f = 0; f < K; f++) {
      const a = Math.floor((f * n) / K), b = Math.floor(((f + 1) * n) / K);
      opts.onStage?.(`first stage: fold ${f + 1}/${K} (tags sentences ${a + 1}-${b})`);
      const m = train([...sentences.slice(0, a), ...sentences.slice(b)], s1);
      jk.push(...m.tagDocument(sentences.slice(a, b).map((s) => s.tokens)));
    }
    const toks = sentences.map((s) => s.tokens);
    trainStack = sentences.map((_, j) => stackInfo(toks, jk, j));
    opts.onStage?.('first stage: all sentences');
    stage1 = train(sentences, s1);
    opts.onStage?.('second stage');
    const devToks = (opts.dev ?? []).map((s) => s.tokens);
    const devLabs = stage1.tagDocument(devToks);
    devStack = devToks.map((_, j) => stackInfo(devToks, devLabs, j));
  }
  const encode = (s: LabelledSentence, grow: boolean, ctx: DocContext | undefined, stack: StackInfo | undefined): Encoded => {
    const { hashes, offsets } = hashSentence(s.tokens, gaz, ctx, stack);
    const rows = new Int32Array(hashes.length);
    for (let k = 0; k < hashes.length; k++) {
      const h = hashes[k]!;
      let r = rowOf.get(h);
      if (r === undefined && grow) {
        r = hashList.length;
        rowOf.set(h, r);
        hashList.push(h);
      }
      rows[k] = r ?? -1;
    }
    const gold = new Int32Array(inScheme(s.labels).map((l) => labelIndex.get(l) ?? 0));
    return { rows, offsets, gold, n: s.tokens.length };
  };
  const ctxOf = (ss: readonly LabelledSentence[]): (DocContext | undefined)[] =>
    opts.docContext === false ? ss.map(() => undefined) : documentContexts(ss.map((s) => s.tokens), gaz);
  const trainCtx = ctxOf(sentences);
  const data = sentences.map((s, j) => encode(s, true, trainCtx[j], trainStack[j]));
  const devCtx = ctxOf(opts.dev ?? []);
  const dev = (opts.dev ?? []).map((s, j) => encode(s, false, devCtx[j], devStack[j]));
  const R = hashList.length;

  const w = new Float32Array(R * L); // current weights (integers: exact in float32)
  const acc = new Float64Array(R * L); // Σ c·Δ for averaging
  const tr = new Float32Array(L * L);
  const trAcc = new Float64Array(L * L);
  const st = new Float32Array(L);
  const stAcc = new Float64Array(L);
  let c = 1;

  const decode = (e: Encoded, W: Float32Array | Float64Array, T: Float32Array | Float64Array, S: Float32Array | Float64Array, cost = false): Int32Array => {
    const emit = new Float64Array(e.n * L);
    for (let i = 0; i < e.n; i++) {
      if (cost && opts.margin) {
        const g = e.gold[i]!;
        const c = g === 0 ? opts.margin.o : opts.margin.entity;
        for (let y = 0; y < L; y++) if (y !== g) emit[i * L + y] += c;
      }
      for (let k = e.offsets[i]!; k < e.offsets[i + 1]!; k++) {
        const r = e.rows[k]!;
        if (r < 0) continue;
        const b = r * L;
        for (let y = 0; y < L; y++) emit[i * L + y] += W[b + y]!;
      }
    }
    return viterbi(emit, e.n, L, T, S, allowed, startAllowed, endAllowed);
  };
  const bump = (W: Float32Array, A: Float64Array, k: number, d: number): void => {
    W[k] += d;
    A[k] += c * d;
  };
  // averaged weights of the current run, added (÷ runs) into the ensemble sums
  const sumW = new Float32Array(R * L);
  const sumT = new Float32Array(L * L);
  const sumS = new Float32Array(L);
  const runs = Math.max(1, opts.runs ?? 1);
  const averaged = (into?: { W: Float32Array; T: Float32Array; S: Float32Array }, done = 0): { W: Float32Array; T: Float32Array; S: Float32Array } => {
    const avg = (W: Float32Array, A: Float64Array, sum: Float32Array, out?: Float32Array): Float32Array => {
      const o = out ?? new Float32Array(W.length);
      for (let k = 0; k < W.length; k++) o[k] = (sum[k]! + (W[k]! - A[k]! / c)) / (done + 1);
      return o;
    };
    return { W: avg(w, acc, sumW, into?.W), T: avg(tr, trAcc, sumT, into?.T), S: avg(st, stAcc, sumS, into?.S) };
  };

  const dropout = opts.dropout ?? 0;
  for (let run = 0; run < runs; run++) {
    const rnd = mulberry32(opts.seed + 1000003 * run);
    const drop = (e: Encoded): Encoded => {
      const rows = e.rows.slice();
      for (let k = 0; k < rows.length; k++) if (rnd() < dropout) rows[k] = -1;
      return { ...e, rows };
    };
    w.fill(0); acc.fill(0); tr.fill(0); trAcc.fill(0); st.fill(0); stAcc.fill(0);
    c = 1;
    const order = data.map((_, i) => i);
    for (let epoch = 1; epoch <= opts.epochs; epoch++) {
      const t0 = performance.now();
      shuffle(order, rnd);
      let mistakes = 0;
      for (const si of order) {
        const e = dropout > 0 ? drop(data[si]!) : data[si]!;
        const pred = decode(e, w, tr, st, true);
        let wrong = false;
        for (let i = 0; i < e.n; i++) if (pred[i] !== e.gold[i]) wrong = true;
        if (wrong) {
          mistakes++;
          for (let i = 0; i < e.n; i++) {
            const g = e.gold[i]!, p = pred[i]!;
            if (g !== p) {
              for (let k = e.offsets[i]!; k < e.offsets[i + 1]!; k++) {
                const r = e.rows[k]!;
                if (r < 0) continue;
                const b = r * L;
                bump(w, acc, b + g, 1);
                bump(w, acc, b + p, -1);
              }
            }
            const gp = i === 0 ? -1 : e.gold[i - 1]!, pp = i === 0 ? -1 : pred[i - 1]!;
            if (g === p && gp === pp) continue;
            if (i === 0) {
              bump(st, stAcc, g, 1);
              bump(st, stAcc, p, -1);
            } else {
              bump(tr, trAcc, gp * L + g, 1);
              bump(tr, trAcc, pp * L + p, -1);
            }
          }
        }
        c++;
      }
      let devScore: Score | undefined;
      if (dev.length && (epoch === opts.epochs || opts.devEveryEpoch !== false)) {
        const a = averaged(undefined, run);
        const golds = dev.map((e) => Array.from(e.gold, (y) => toBio(labels[y]!)));
        const preds = dev.map((e) => Array.from(decode(e, a.W, a.T, a.S), (y) => toBio(labels[y]!)));
        devScore = scoreEntities(golds, preds);
      }
      opts.onEpoch?.({ epoch, run, mistakes, seconds: (performance.now() - t0) / 1000, dev: devScore });
    }
    // sums ← sums + this run's averaged weights
    const add = (sum: Float32Array, W: Float32Array, A: Float64Array): void => {
      for (let k = 0; k < W.length; k++) sum[k] += W[k]! - A[k]! / c;
    };
    add(sumW, w, acc);
    add(sumT, tr, trAcc);
    add(sumS, st, stAcc);
  }
  const a = { W: sumW.map((x) => x / runs), T: sumT.map((x) => x / runs), S: sumS.map((x) => x / runs) };
  return new NerModel(quantise(a.W, a.T, a.S, Uint32Array.from(hashList), labels, opts, entityVocab(sentences), stage1));
}

/** Normalised tokens that occur inside entities (used to decide whether an initial و/ب/ل/ف/ك is a clitic). */
function entityVocab(sentences: readonly LabelledSentence[]): string[] {
  const v = new Set<string>();
  for (const s of sentences) s.labels.forEach((l, i) => {
    if (l !== 'O') v.add(normalize(s.tokens[i]!));
  });
  return [...v].sort();
}

/** int16 weights with one global scale; rows whose weights all round to 0 are dropped. */
function quantise(
  W: Float32Array, T: Float32Array, S: Float32Array, hashes: Uint32Array, labels: string[],
  opts: TrainOptions, vocab: string[], stage1?: NerModel,
): ConstructorParameters<typeof NerModel>[0] {
  const L = labels.length;
  let max = 0;
  for (let k = 0; k < W.length; k++) max = Math.max(max, Math.abs(W[k]!));
  const scale = max > 0 ? max / 32767 : 1;
  const keep: number[] = [];
  for (let r = 0; r < hashes.length; r++) {
    for (let y = 0; y < L; y++) {
      if (Math.round(W[r * L + y]! / scale) !== 0) {
        keep.push(r);
        break;
      }
    }
  }
  // rows sorted by hash: a canonical order, independent of corpus order
  keep.sort((x, y) => hashes[x]! - hashes[y]!);
  const outH = new Uint32Array(keep.length);
  const outW = new Int16Array(keep.length * L);
  keep.forEach((r, j) => {
    outH[j] = hashes[r]!;
    for (let y = 0; y < L; y++) outW[j * L + y] = Math.round(W[r * L + y]! / scale);
  });
  return {
    labels, hashes: outH, weights: outW, scale, trans: T, start: S,
    gazetteer: opts.gazetteer, entityVocab: vocab, meta: opts.meta ?? {},
    ...(stage1 ? { stage1: stage1.parts } : {}),
    ...(opts.propagate ? { propagate: opts.propagate } : {}),
  };
}
