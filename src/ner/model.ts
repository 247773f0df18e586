// The NER model: hashed feature weights (int16, one row of L label weights per feature),
// first-order transition weights, the gazetteer snapshot and a small entity vocabulary, saved as
// one gzipped binary file.
//
// File layout before gzip (little-endian):
//   "MRSDNER1" | u32 header length | header JSON (utf8) | pad to 4 |
//   u32[rows] feature hashes | i16[rows * L] weights | pad to 4 | f32[L * L] transitions | f32[L] start
//   [ the first-stage model of a stacked model, same layout, when the header has stage1 ]
import { gzipSync, gunzipSync } from 'node:zlib';
import { readFileSync, writeFileSync } from 'node:fs';
import { HashIndex } from './hash.ts';
import { Gazetteer, type GazetteerData } from './gazetteer.ts';
import {
  addStack, hashSentence, mergeContext, occurrences, stackInfo, CONTEXT_WINDOW, STACK_WINDOW,
  type DocContext, type HashedSentence, type Occurrence, type StackInfo,
} from './features.ts';
import { bioConstraints, toBio, viterbi } from './viterbi.ts';
import { propagateAt } from './propagate.ts';

const MAGIC = 'MRSDNER1';

export interface ModelMeta {
  readonly trainedOn?: string;
  readonly sentences?: number;
  readonly epochs?: number;
  readonly seed?: number;
  readonly kbCommit?: string;
  readonly dev?: Readonly<Record<string, { p: number; r: number; f1: number }>>;
  readonly [k: string]: unknown;
}

export interface ModelParts {
  readonly labels: readonly string[];
  readonly hashes: Uint32Array; // one per row
  readonly weights: Int16Array; // rows × L
  readonly scale: number; // real weight = int16 × scale
  readonly trans: Float32Array; // L × L
  readonly start: Float32Array; // L
  readonly gazetteer: GazetteerData;
  readonly entityVocab: readonly string[]; // normalised tokens seen inside entities in training
  readonly meta: ModelMeta;
  /** First stage of a stacked model: its labels are features of this one (train.ts `stack`). */
  readonly stage1?: ModelParts;
  /** Label propagation window in sentences (propagate.ts); 0 or absent = off. */
  readonly propagate?: number;
}

export class NerModel {
  readonly L: number;
  readonly gaz: Gazetteer;
  readonly entityVocab: ReadonlySet<string>;
  private readonly index: HashIndex;
  private readonly allowed: Uint8Array;
  private readonly startAllowed: Uint8Array;
  private readonly endAllowed: Uint8Array;
  /** Output label of each internal label: the IOB2 form (the model may decode in BIOES). */
  private readonly outLabels: readonly string[];
  readonly stage1: NerModel | null;

  constructor(readonly parts: ModelParts) {
    this.stage1 = parts.stage1 ? new NerModel(parts.stage1) : null;
    this.L = parts.labels.length;
    if (parts.weights.length !== parts.hashes.length * this.L) throw new Error('model: weight table size mismatch');
    this.gaz = new Gazetteer(parts.gazetteer);
    this.entityVocab = new Set(parts.entityVocab);
    this.index = new HashIndex(parts.hashes);
    const c = bioConstraints(parts.labels);
    this.allowed = c.allowed;
    this.startAllowed = c.start;
    this.endAllowed = c.end;
    this.outLabels = parts.labels.map(toBio);
  }

  get labels(): readonly string[] {
    return this.parts.labels;
  }

  /** Emission scores (n × L) of a sentence. */
  emissions(tokens: readonly string[], ctx?: DocContext, stack?: StackInfo): Float64Array {
    return this.emissionsOf(hashSentence(tokens, this.gaz, ctx, stack), tokens.length);
  }

  /** Summed weights of a surface form's own features, by its (shared) hash array. */
  private readonly ownSums = new WeakMap<Uint32Array, Int32Array>();

  private ownSum(own: Uint32Array): Int32Array {
    let s = this.ownSums.get(own);
    if (!s) {
      const L = this.L;
      const w = this.parts.weights;
      s = new Int32Array(L);
      for (let k = 0; k < own.length; k++) {
        const r = this.index.get(own[k]!);
        if (r < 0) continue;
        const base = r * L;
        for (let y = 0; y < L; y++) s[y] += w[base + y]!;
      }
      this.ownSums.set(own, s);
    }
    return s;
  }

  private emissionsOf(h: HashedSentence, n: number): Float64Array {
    const { hashes, offsets, own } = h;
    const L = this.L;
    const w = this.parts.weights;
    const emit = new Float64Array(n * L);
    const acc = new Int32Array(L);
    for (let i = 0; i < n; i++) {
      let from = offsets[i]!;
      if (own) {
        // the token's own features: summed once per surface form
        acc.set(this.ownSum(own[i]!));
        from += own[i]!.length;
      } else acc.fill(0);
      for (let k = from; k < offsets[i + 1]!; k++) {
        const r = this.index.get(hashes[k]!);
        if (r < 0) continue;
        const base = r * L;
        for (let y = 0; y < L; y++) acc[y] += w[base + y]!;
      }
      for (let y = 0; y < L; y++) emit[i * L + y] = acc[y]! * this.parts.scale;
    }
    return emit;
  }

  /** Best labels (IOB2) of n tokens from their feature hashes. */
  labelsOf(h: HashedSentence, n: number): string[] {
    if (n === 0) return [];
    const path = viterbi(this.emissionsOf(h, n), n, this.L, this.parts.trans, this.parts.start, this.allowed, this.startAllowed, this.endAllowed);
    return Array.from(path, (y) => this.outLabels[y]!);
  }

  /** BIO labels of a sentence's tokens (no document context). */
  tag(tokens: readonly string[]): string[] {
    return this.tagWithContext(tokens, new Map());
  }

  /** Sentences on each side a window must hold for tagWindow to see everything it uses. */
  get contextSize(): number {
    return (this.stage1 ? CONTEXT_WINDOW + STACK_WINDOW : CONTEXT_WINDOW) + (this.parts.propagate ?? 0);
  }

  private readonly occCache = new WeakMap<readonly string[], Occurrence[]>();

  private occ(tokens: readonly string[]): Occurrence[] {
    let o = this.occCache.get(tokens);
    if (!o) this.occCache.set(tokens, (o = occurrences(tokens, this.gaz)));
    return o;
  }

  private contextOf(window: readonly (readonly string[])[], j: number): DocContext {
    const parts: Occurrence[][] = [];
    window.forEach((s, k) => {
      if (k !== j && Math.abs(k - j) <= CONTEXT_WINDOW) parts.push(this.occ(s));
    });
    return mergeContext(parts);
  }

  // stacked models in a stream: hashes and first-stage labels per sentence, computed once
  private readonly baseCache = new WeakMap<readonly string[], HashedSentence>();
  private readonly stage1Cache = new WeakMap<readonly string[], string[]>();

  private readonly labelCache = new WeakMap<readonly string[], string[]>();

  /** Tags window[j], the other sentences of the window (within contextSize) serving as document context. */
  tagWindow(window: readonly (readonly string[])[], j: number): string[] {
    const w = this.parts.propagate ?? 0;
    if (!w) return this.tagWindowBase(window, j);
    // propagation reads the labels of ±w sentences, each tagged with its own context
    const labels = window.map((s, k) => {
      if (Math.abs(k - j) > w) return undefined;
      let l = this.labelCache.get(s);
      if (!l) this.labelCache.set(s, (l = this.tagWindowBase(window, k)));
      return l;
    });
    return propagateAt(window, labels, j, w);
  }

  private tagWindowBase(window: readonly (readonly string[])[], j: number): string[] {
    const s1 = this.stage1;
    if (!s1) return this.labelsOf(hashSentence(window[j]!, this.gaz, this.contextOf(window, j)), window[j]!.length);
    const base = (k: number): HashedSentence => {
      const s = window[k]!;
      let h = this.baseCache.get(s);
      if (!h) this.baseCache.set(s, (h = hashSentence(s, this.gaz, this.contextOf(window, k))));
      return h;
    };
    const labels = window.map((s, k) => {
      if (Math.abs(k - j) > STACK_WINDOW) return [];
      let l = this.stage1Cache.get(s);
      if (!l) this.stage1Cache.set(s, (l = s1.labelsOf(base(k), s.length)));
      return l;
    });
    return this.labelsOf(addStack(base(j), window[j]!, stackInfo(window, labels, j)), window[j]!.length);
  }

  /** Tags every sentence of a document, each with its neighbours as context. */
  tagDocument(sentences: readonly (readonly string[])[]): string[][] {
    const labels = this.tagDocumentBase(sentences);
    const w = this.parts.propagate ?? 0;
    return w ? sentences.map((_, j) => propagateAt(sentences, labels, j, w)) : labels;
  }

  private tagDocumentBase(sentences: readonly (readonly string[])[]): string[][] {
    const bases = sentences.map((s, j) => hashSentence(s, this.gaz, this.contextOf(sentences, j)));
    const s1 = this.stage1;
    if (!s1) return bases.map((h, j) => this.labelsOf(h, sentences[j]!.length));
    const first = bases.map((h, j) => s1.labelsOf(h, sentences[j]!.length));
    return bases.map((h, j) => this.labelsOf(addStack(h, sentences[j]!, stackInfo(sentences, first, j)), sentences[j]!.length));
  }

  /** Tags one sentence with a document context (and, for a stacked model, given first-stage labels). */
  tagWithContext(tokens: readonly string[], ctx: DocContext, stack?: StackInfo): string[] {
    const base = hashSentence(tokens, this.gaz, ctx);
    if (!this.stage1) return this.labelsOf(base, tokens.length);
    const st = stack ?? { labels: this.stage1.labelsOf(base, tokens.length), doc: new Map() };
    return this.labelsOf(addStack(base, tokens, st), tokens.length);
  }

  /** The uncompressed file body (a stacked model's first stage follows its own body). */
  raw(): Buffer {
    const p = this.parts;
    const inner = this.stage1?.raw();
    const header = Buffer.from(
      JSON.stringify({
        labels: p.labels, rows: p.hashes.length, scale: p.scale, gazetteer: p.gazetteer, entityVocab: p.entityVocab, meta: p.meta,
        ...(p.propagate ? { propagate: p.propagate } : {}),
        ...(inner ? { stage1Bytes: inner.length } : {}),
      }),
      'utf8',
    );
    const pad = (len: number): Buffer => Buffer.alloc((4 - (len % 4)) % 4);
    const head = Buffer.concat([Buffer.from(MAGIC, 'latin1'), u32(header.length), header]);
    const chunks = [head, pad(head.length), bytes(p.hashes), bytes(p.weights)];
    const len = chunks.reduce((s, c) => s + c.length, 0);
    chunks.push(pad(len), bytes(p.trans), bytes(p.start));
    if (inner) chunks.push(inner);
    return Buffer.concat(chunks);
  }

  serialize(): Buffer {
    return gzipSync(this.raw(), { level: 9 });
  }

  save(file: string): void {
    writeFileSync(file, this.serialize());
  }

  static deserialize(gz: Buffer): NerModel {
    let buf: Buffer;
    try {
      buf = gunzipSync(gz);
    } catch {
      throw new Error('not a gzipped NER model');
    }
    const { parts, end } = parseParts(buf, 0);
    if (end !== buf.length) throw new Error('model file is truncated or has trailing data');
    return new NerModel(parts);
  }

  static load(file: string): NerModel {
    return NerModel.deserialize(readFileSync(file));
  }
}

/** Parses one model body starting at `at` (a multiple of 4); returns its parts and where it ends. */
function parseParts(buf: Buffer, at: number): { parts: ModelParts; end: number } {
  if (buf.length < at + 12 || buf.toString('latin1', at, at + 8) !== MAGIC) throw new Error('not a Marsad NER model (bad magic)');
  const hlen = buf.readUInt32LE(at + 8);
  const header = JSON.parse(buf.toString('utf8', at + 12, at + 12 + hlen)) as {
    labels: string[]; rows: number; scale: number; gazetteer: GazetteerData; entityVocab: string[]; meta: ModelMeta; stage1Bytes?: number; propagate?: number;
  };
  const L = header.labels.length;
  let off = at + align(12 + hlen);
  const hashes = new Uint32Array(header.rows);
  copyInto(hashes, buf, off);
  off += hashes.byteLength;
  const weights = new Int16Array(header.rows * L);
  copyInto(weights, buf, off);
  off = at + align(off - at + weights.byteLength);
  const trans = new Float32Array(L * L);
  copyInto(trans, buf, off);
  off += trans.byteLength;
  const start = new Float32Array(L);
  copyInto(start, buf, off);
  off += start.byteLength;
  let stage1: ModelParts | undefined;
  if (header.stage1Bytes) {
    const inner = parseParts(buf, off);
    if (inner.end !== off + header.stage1Bytes) throw new Error('model file: first stage has the wrong length');
    stage1 = inner.parts;
    off = inner.end;
  }
  const parts: ModelParts = {
    labels: header.labels, hashes, weights, scale: header.scale, trans, start,
    gazetteer: header.gazetteer, entityVocab: header.entityVocab, meta: header.meta, ...(stage1 ? { stage1 } : {}),
    ...(header.propagate ? { propagate: header.propagate } : {}),
  };
  return { parts, end: off };
}

function align(n: number): number {
  return n + ((4 - (n % 4)) % 4);
}

function u32(n: number): Buffer {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(n);
  return b;
}

function bytes(a: ArrayBufferView): Buffer {
  return Buffer.from(a.buffer, a.byteOffset, a.byteLength);
}

function copyInto(dst: Uint32Array | Int16Array | Float32Array, src: Buffer, off: number): void {
  if (off + dst.byteLength > src.length) throw new Error('model file is truncated');
  new Uint8Array(dst.buffer, dst.byteOffset, dst.byteLength).set(src.subarray(off, off + dst.byteLength));
}
