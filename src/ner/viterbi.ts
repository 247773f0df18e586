// First-order Viterbi decoding under BIO constraints: I-X may only follow B-X or I-X, and a
// sentence may not start with I-X. The tagger may also work internally in the BIOES scheme
// (E-X ends a multi-token entity, S-X is a single-token one; Ratinov & Roth 2009), where an entity
// must be closed: only E-X or I-X follow B-X or I-X, and a sentence may not end inside one.
// Labels leave the tagger in ANERcorp's IOB2 scheme either way (toBio).

/** A label's position part and type (B/I/E/S or O). */
export function bioParts(label: string): { bio: 'B' | 'I' | 'E' | 'S' | 'O'; type: string | null } {
  if (label === 'O' || !label.includes('-')) return { bio: 'O', type: null };
  const k = label.indexOf('-');
  const bio = label.slice(0, k);
  return { bio: bio === 'I' ? 'I' : bio === 'E' ? 'E' : bio === 'S' ? 'S' : 'B', type: label.slice(k + 1) };
}

/** The IOB2 form of a label (E-X → I-X, S-X → B-X; others unchanged). */
export function toBio(label: string): string {
  return label.startsWith('E-') ? `I-${label.slice(2)}` : label.startsWith('S-') ? `B-${label.slice(2)}` : label;
}

/** BIOES labels of an IOB2 sequence (ill-formed I-X after something else is read as B-X). */
export function toBioes(labels: readonly string[]): string[] {
  return labels.map((l, i) => {
    const { bio, type } = bioParts(l);
    if (bio === 'O' || !type) return 'O';
    const next = labels[i + 1] ?? 'O';
    const continues = next === `I-${type}`;
    const prev = i > 0 ? bioParts(labels[i - 1]!) : { bio: 'O', type: null };
    const opens = bio === 'B' || bio === 'S' || prev.bio === 'O' || prev.type !== type;
    if (opens) return continues ? `B-${type}` : `S-${type}`;
    return continues ? `I-${type}` : `E-${type}`;
  });
}

/** Does this label set use BIOES (has E- or S- labels)? */
export function isBioes(labels: readonly string[]): boolean {
  return labels.some((l) => l.startsWith('E-') || l.startsWith('S-'));
}

/**
 * allowed[p * L + y]: may label y follow label p? start[y]: may y open a sentence? end[y]: may y
 * close one?
 */
export function bioConstraints(labels: readonly string[]): { allowed: Uint8Array; start: Uint8Array; end: Uint8Array } {
  const L = labels.length;
  const bioes = isBioes(labels);
  const allowed = new Uint8Array(L * L);
  const start = new Uint8Array(L);
  const end = new Uint8Array(L);
  for (let y = 0; y < L; y++) {
    const cur = bioParts(labels[y]!);
    const inside = cur.bio === 'I' || cur.bio === 'E'; // continues an open entity
    start[y] = inside ? 0 : 1;
    end[y] = bioes && (cur.bio === 'B' || cur.bio === 'I') ? 0 : 1;
    for (let p = 0; p < L; p++) {
      const prev = bioParts(labels[p]!);
      const open = prev.bio === 'B' || prev.bio === 'I'; // an entity that must go on (BIOES)
      allowed[p * L + y] = inside
        ? (prev.bio === 'B' || prev.bio === 'I') && prev.type === cur.type ? 1 : 0
        : bioes && open ? 0 : 1;
    }
  }
  return { allowed, start, end };
}

const predCache = new WeakMap<Uint8Array, Int32Array[]>();

/** For each label y, the labels allowed before it (computed once per constraint table). */
function predecessors(allowed: Uint8Array, L: number): Int32Array[] {
  let ps = predCache.get(allowed);
  if (!ps) {
    ps = [];
    for (let y = 0; y < L; y++) {
      const list: number[] = [];
      for (let p = 0; p < L; p++) if (allowed[p * L + y]) list.push(p);
      ps.push(Int32Array.from(list));
    }
    predCache.set(allowed, ps);
  }
  return ps;
}

/**
 * Best label sequence for emission scores `emit` (n × L, row-major), transition scores
 * `trans` (L × L, [prev * L + cur]) and start scores `startScore` (L). Returns label indices.
 */
export function viterbi(
  emit: Float64Array | Float32Array,
  n: number,
  L: number,
  trans: Float32Array | Float64Array,
  startScore: Float32Array | Float64Array,
  allowed: Uint8Array,
  startAllowed: Uint8Array,
  endAllowed?: Uint8Array,
): Int32Array {
  const path = new Int32Array(n);
  if (n === 0) return path;
  const preds = predecessors(allowed, L);
  const score = new Float64Array(n * L);
  const back = new Int32Array(n * L);
  for (let y = 0; y < L; y++) score[y] = startAllowed[y] ? startScore[y]! + emit[y]! : -Infinity;
  for (let i = 1; i < n; i++) {
    for (let y = 0; y < L; y++) {
      let best = -Infinity;
      let arg = 0;
      const ps = preds[y]!;
      for (let q = 0; q < ps.length; q++) {
        const p = ps[q]!;
        const s = score[(i - 1) * L + p]! + trans[p * L + y]!;
        if (s > best) {
          best = s;
          arg = p;
        }
      }
      score[i * L + y] = best + emit[i * L + y]!;
      back[i * L + y] = arg;
    }
  }
  let best = -Infinity;
  let arg = 0;
  for (let y = 0; y < L; y++) {
    if (endAllowed && !endAllowed[y]) continue;
    const s = score[(n - 1) * L + y]!;
    if (s > best) {
      best = s;
      arg = y;
    }
  }
  path[n - 1] = arg;
  for (let i = n - 1; i > 0; i--) path[i - 1] = back[i * L + path[i]!]!;
  return path;
}
