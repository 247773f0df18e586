import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bioConstraints, viterbi } from '../../src/ner/viterbi.ts';

const labels = ['O', 'B-PERS', 'I-PERS', 'B-LOC', 'I-LOC'];
const L = labels.length;
const { allowed, start } = bioConstraints(labels);

test('BIO constraints: I-X only after B-X or I-X, never first', () => {
  assert.equal(start[2], 0);
  assert.equal(start[1], 1);
  assert.equal(allowed[1 * L + 2], 1); // B-PERS → I-PERS
  assert.equal(allowed[2 * L + 2], 1); // I-PERS → I-PERS
  assert.equal(allowed[0 * L + 2], 0); // O → I-PERS
  assert.equal(allowed[3 * L + 2], 0); // B-LOC → I-PERS
  assert.equal(allowed[1 * L + 3], 1); // B-PERS → B-LOC
});

function decode(rows: number[][], trans = new Float32Array(L * L)): string[] {
  const emit = Float64Array.from(rows.flat());
  return Array.from(viterbi(emit, rows.length, L, trans, new Float32Array(L), allowed, start), (y) => labels[y]!);
}

test('Viterbi finds the best path with hand-set weights', () => {
  const trans = new Float32Array(L * L);
  trans[1 * L + 2] = 2; // B-PERS → I-PERS is likely
  const path = decode([
    [1, 0, 0, 0, 0],
    [0, 1.5, 0, 1.6, 0], // alone B-LOC would win ...
    [0, 0, 1, 0, 0.5], // ... but B-PERS I-PERS scores 1.5 + 2 + 1 against 1.6 + 0.5
    [2, 0, 0, 0, 0],
  ], trans);
  assert.deepEqual(path, ['O', 'B-PERS', 'I-PERS', 'O']);
});

test('Viterbi never outputs an illegal I- even when its emission is highest', () => {
  const path = decode([
    [0, 0, 5, 0, 0], // I-PERS first: illegal
    [1, 0, 0, 0, 5], // I-LOC after whatever came first: legal only after B-LOC/I-LOC
  ]);
  assert.notEqual(path[0], 'I-PERS');
  assert.ok(path[1] !== 'I-LOC' || path[0] === 'B-LOC');
  assert.deepEqual(path, ['B-LOC', 'I-LOC']); // 0 + 5 beats O O (1)
  assert.deepEqual(decode([]), []);
});
