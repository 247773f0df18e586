import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bioConstraints, toBio, toBioes, viterbi } from '../../src/ner/viterbi.ts';

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

test('BIOES: conversion from IOB2 and back is lossless, ill-formed I- opens an entity', () => {
  const bio = ['B-PERS', 'I-PERS', 'I-PERS', 'O', 'B-LOC', 'B-LOC', 'I-LOC', 'I-ORG', 'O'];
  const bioes = toBioes(bio);
  assert.deepEqual(bioes, ['B-PERS', 'I-PERS', 'E-PERS', 'O', 'S-LOC', 'B-LOC', 'E-LOC', 'S-ORG', 'O']);
  assert.deepEqual(bioes.map(toBio), ['B-PERS', 'I-PERS', 'I-PERS', 'O', 'B-LOC', 'B-LOC', 'I-LOC', 'B-ORG', 'O']);
});

test('BIOES constraints: an entity is closed before anything else, and not left open at the end', () => {
  const ls = ['O', 'B-PERS', 'I-PERS', 'E-PERS', 'S-PERS', 'B-LOC', 'I-LOC', 'E-LOC', 'S-LOC'];
  const N = ls.length;
  const c = bioConstraints(ls);
  const ok = (p: string, y: string): number => c.allowed[ls.indexOf(p) * N + ls.indexOf(y)]!;
  assert.equal(ok('B-PERS', 'E-PERS'), 1);
  assert.equal(ok('I-PERS', 'I-PERS'), 1);
  assert.equal(ok('B-PERS', 'O'), 0); // B must be continued
  assert.equal(ok('I-PERS', 'B-LOC'), 0);
  assert.equal(ok('B-PERS', 'E-LOC'), 0);
  assert.equal(ok('E-PERS', 'B-LOC'), 1);
  assert.equal(ok('S-PERS', 'S-PERS'), 1);
  assert.equal(ok('O', 'E-PERS'), 0);
  assert.equal(ok('S-LOC', 'I-LOC'), 0);
  for (const l of ['O', 'B-PERS', 'S-PERS']) assert.equal(c.start[ls.indexOf(l)], 1, l);
  for (const l of ['I-PERS', 'E-PERS']) assert.equal(c.start[ls.indexOf(l)], 0, l);
  for (const l of ['B-PERS', 'I-PERS']) assert.equal(c.end[ls.indexOf(l)], 0, l);
  for (const l of ['O', 'E-PERS', 'S-PERS']) assert.equal(c.end[ls.indexOf(l)], 1, l);
  // IOB2 labels keep their old constraints: no end constraint
  assert.ok(Array.from(bioConstraints(labels).end).every((x) => x === 1));
  // decoding: B-PERS has the best emission at the last token, but an entity may not stay open
  const emit = Float64Array.from([
    [0, 0, 0, 0, 3, 0, 0, 0, 0],
    [0, 4, 0, 0, 0, 0, 0, 0, 1],
  ].flat());
  const path = Array.from(viterbi(emit, 2, N, new Float32Array(N * N), new Float32Array(N), c.allowed, c.start, c.end), (y) => ls[y]!);
  assert.deepEqual(path, ['S-PERS', 'S-LOC']);
});
