// First-order Viterbi decoding under BIO constraints: I-X may only follow B-X or I-X, and a
// sentence may not start with I-X.

/** Labels in ANERcorp's IOB2 scheme. */
export function bioParts(label: string): { bio: 'B' | 'I' | 'O'; type: string | null } {
  if (label === 'O' || !label.includes('-')) return { bio: 'O', type: null };
  const k = label.indexOf('-');
  const bio = label.slice(0, k);
  return { bio: bio === 'I' ? 'I' : 'B', type: label.slice(k + 1) };
}

/** allowed[p * L + y]: may label y follow label p? start[y]: may y open a sentence? */
export function bioConstraints(labels: readonly string[]): { allowed: Uint8Array; start: Uint8Array } {
  const L = labels.length;
  const allowed = new Uint8Array(L * L);
  const start = new Uint8Array(L);
  for (let y = 0; y < L; y++) {
    const cur = bioParts(labels[y]!);
    start[y] = cur.bio === 'I' ? 0 : 1;
    for (let p = 0; p < L; p++) {
      const prev = bioParts(labels[p]!);
      allowed[p * L + y] = cur.bio !== 'I' || (prev.bio !== 'O' && prev.type === cur.type) ? 1 : 0;
    }
  }
  return { allowed, start };
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
): Int32Array {
  const path = new Int32Array(n);
  if (n === 0) return path;
  const score = new Float64Array(n * L);
  const back = new Int32Array(n * L);
  for (let y = 0; y < L; y++) score[y] = startAllowed[y] ? startScore[y]! + emit[y]! : -Infinity;
  for (let i = 1; i < n; i++) {
    for (let y = 0; y < L; y++) {
      let best = -Infinity;
      let arg = 0;
      for (let p = 0; p < L; p++) {
        if (!allowed[p * L + y]) continue;
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
