// Duplicate detection for articles.
//
// Exact: SHA-256 of the normalised word sequence (normalize(), punctuation and whitespace dropped),
// so re-encoded, re-punctuated or diacritised copies of the same text hash alike.
//
// Near: word 3-shingles of the normalised text, a 60-value MinHash signature, and LSH with 30 bands
// of 2 rows (a pair with Jaccard 0.33 becomes a candidate with p ≈ 0.97, one with 0.1 with p ≈ 0.26).
// Candidates are verified on the real shingle sets: a near-duplicate has Jaccard ≥ NEAR_JACCARD, or
// (the shorter has ≥ MIN_SHINGLES shingles and) containment ≥ NEAR_CONTAINMENT — a trimmed
// syndicated copy. Texts with fewer than MIN_SHINGLES shingles are only matched exactly.
import { createHash } from 'node:crypto';
import { normalize } from '../text/normalize.ts';

export const SHINGLE = 3;
export const NUM_HASHES = 60;
export const BANDS = 30;
export const ROWS = NUM_HASHES / BANDS;
export const NEAR_JACCARD = 0.6;
export const NEAR_CONTAINMENT = 0.85;
export const MIN_SHINGLES = 20;

const WORD = /[\p{L}\p{N}]+/gu;

let memoText: string | null = null;
let memoWords: string[] = [];

/** Normalised words of a text (matching form). The last result is memoised: ingest asks twice. */
export function words(text: string): string[] {
  if (text === memoText) return memoWords;
  const w = normalize(text).match(WORD) ?? [];
  memoText = text;
  memoWords = w;
  return w;
}

export function contentHash(text: string): string {
  return createHash('sha256').update(words(text).join(' ')).digest('hex');
}

function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Hashed word 3-shingles (a set) of a text, or of its normalised words. */
export function shingles(text: string | readonly string[]): Set<number> {
  const w = typeof text === 'string' ? words(text) : text;
  const out = new Set<number>();
  for (let i = 0; i + SHINGLE <= w.length; i++) out.add(fnv1a(w.slice(i, i + SHINGLE).join(' ')));
  return out;
}

const SEEDS: number[] = Array.from({ length: NUM_HASHES }, (_, i) => fmix32(0x9e3779b9 ^ Math.imul(i + 1, 0x27d4eb2d)));

export function minhash(sh: ReadonlySet<number>): Uint32Array {
  const sig = new Uint32Array(NUM_HASHES).fill(0xffffffff);
  for (const s of sh) {
    for (let i = 0; i < NUM_HASHES; i++) {
      const v = fmix32(s ^ SEEDS[i]!);
      if (v < sig[i]!) sig[i] = v;
    }
  }
  return sig;
}

/** LSH band keys (band index in the high bits, so equal values in different bands differ). */
export function bandKeys(sig: Uint32Array): number[] {
  const out: number[] = [];
  for (let b = 0; b < BANDS; b++) {
    let h = 0x811c9dc5 ^ b;
    for (let r = 0; r < ROWS; r++) h = fmix32(h ^ sig[b * ROWS + r]!);
    out.push(b * 0x100000000 + h); // < 2^37: exact in a JS number, fits SQLite INTEGER / PG BIGINT
  }
  return out;
}

export function sigToHex(sig: Uint32Array): string {
  let s = '';
  for (const v of sig) s += v.toString(16).padStart(8, '0');
  return s;
}

export function jaccard(a: ReadonlySet<number>, b: ReadonlySet<number>): number {
  if (a.size === 0 && b.size === 0) return 1;
  let inter = 0;
  const [small, big] = a.size <= b.size ? [a, b] : [b, a];
  for (const x of small) if (big.has(x)) inter++;
  return inter / (a.size + b.size - inter);
}

export function containment(a: ReadonlySet<number>, b: ReadonlySet<number>): number {
  const [small, big] = a.size <= b.size ? [a, b] : [b, a];
  if (small.size === 0) return 0;
  let inter = 0;
  for (const x of small) if (big.has(x)) inter++;
  return inter / small.size;
}

export interface Fingerprint {
  readonly hash: string;
  readonly shingles: Set<number>;
  readonly signature: Uint32Array;
  readonly bands: number[]; // empty when the text is too short for near-duplicate matching
}

/** Fingerprint of a text (pass its normalised words when already computed). */
export function fingerprint(text: string, w: readonly string[] = words(text)): Fingerprint {
  const sh = shingles(w);
  const signature = minhash(sh);
  const hash = createHash('sha256').update(w.join(' ')).digest('hex');
  return { hash, shingles: sh, signature, bands: sh.size >= MIN_SHINGLES ? bandKeys(signature) : [] };
}

export function hexToSig(hex: string): Uint32Array {
  const sig = new Uint32Array(NUM_HASHES);
  for (let i = 0; i < NUM_HASHES; i++) sig[i] = parseInt(hex.slice(i * 8, i * 8 + 8), 16);
  return sig;
}

/** Jaccard estimated from two MinHash signatures (share of equal slots). */
export function estimatedJaccard(a: Uint32Array, b: Uint32Array): number {
  let eq = 0;
  for (let i = 0; i < NUM_HASHES; i++) if (a[i] === b[i]) eq++;
  return eq / NUM_HASHES;
}

/**
 * Candidates whose estimated Jaccard is below this are not verified on the text: even a trimmed
 * copy at the containment threshold with a quarter of the length has Jaccard ≈ 0.2.
 */
export const MIN_ESTIMATED_JACCARD = 0.12;

/** The similarity that makes `b` a near-duplicate of `a`, or null when it is not one. */
export function nearDuplicate(a: ReadonlySet<number>, b: ReadonlySet<number>): number | null {
  if (Math.min(a.size, b.size) < MIN_SHINGLES) return null;
  const j = jaccard(a, b);
  if (j >= NEAR_JACCARD) return j;
  const c = containment(a, b);
  if (c >= NEAR_CONTAINMENT) return c;
  return null;
}
