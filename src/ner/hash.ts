// 32-bit FNV-1a hash of a string's UTF-16 code units. Features are stored by hash, not by name:
// with a few hundred thousand features, collisions in 2^32 are negligible and the model file
// needs no string table.

export function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Deterministic PRNG (mulberry32) for seeded shuffling. */
export { mulberry32 } from '../util/random.ts';

/** Fisher–Yates shuffle in place with the given PRNG. */
export function shuffle<T>(xs: T[], rnd: () => number): T[] {
  for (let i = xs.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    const t = xs[i]!;
    xs[i] = xs[j]!;
    xs[j] = t;
  }
  return xs;
}

/**
 * Open-addressing table from 32-bit feature hashes to row numbers, built once when a model is
 * loaded. Lookups cost one multiply and usually one probe.
 */
export class HashIndex {
  private readonly keys: Uint32Array;
  private readonly vals: Int32Array;
  private readonly mask: number;

  constructor(hashes: Uint32Array) {
    let cap = 16;
    while (cap < hashes.length * 2) cap <<= 1;
    this.mask = cap - 1;
    this.keys = new Uint32Array(cap);
    this.vals = new Int32Array(cap).fill(-1);
    for (let r = 0; r < hashes.length; r++) {
      const h = hashes[r]!;
      let i = Math.imul(h, 0x9e3779b1) >>> 0 & this.mask;
      while (this.vals[i] !== -1) {
        if (this.keys[i] === h) throw new Error(`duplicate feature hash ${h}`);
        i = (i + 1) & this.mask;
      }
      this.keys[i] = h;
      this.vals[i] = r;
    }
  }

  get(h: number): number {
    let i = Math.imul(h, 0x9e3779b1) >>> 0 & this.mask;
    for (;;) {
      const v = this.vals[i]!;
      if (v === -1) return -1;
      if (this.keys[i] === h) return v;
      i = (i + 1) & this.mask;
    }
  }
}
