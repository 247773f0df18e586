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
 * loaded. Lookups cost one multiply and usually one probe. Keys and values are interleaved in one
 * array so a probe touches one cache line (tagging unseen text is bound by memory latency).
 */
export class HashIndex {
  private readonly slots: Int32Array; // [key, row + 1] pairs; row + 1 = 0 marks an empty slot
  private readonly mask: number;

  constructor(hashes: Uint32Array) {
    let cap = 16;
    while (cap < hashes.length * 2) cap <<= 1;
    this.mask = cap - 1;
    this.slots = new Int32Array(cap * 2);
    for (let r = 0; r < hashes.length; r++) {
      const h = hashes[r]! | 0;
      let i = Math.imul(h, 0x9e3779b1) >>> 0 & this.mask;
      while (this.slots[2 * i + 1] !== 0) {
        if (this.slots[2 * i] === h) throw new Error(`duplicate feature hash ${h >>> 0}`);
        i = (i + 1) & this.mask;
      }
      this.slots[2 * i] = h;
      this.slots[2 * i + 1] = r + 1;
    }
  }

  get(hash: number): number {
    const h = hash | 0;
    const slots = this.slots;
    let i = Math.imul(h, 0x9e3779b1) >>> 0 & this.mask;
    for (;;) {
      const v = slots[2 * i + 1]!;
      if (v === 0) return -1;
      if (slots[2 * i] === h) return v - 1;
      i = (i + 1) & this.mask;
    }
  }
}
