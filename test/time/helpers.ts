// Shared checks for the time-stage tables: each case is a sentence, the publication date, the
// expected span text and TIMEX3 value (plus mod/type/endValue when given).

import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Timex } from '../../src/model/types.ts';
import { extractTimes } from '../../src/time/index.ts';

export interface Extra {
  readonly mod?: Timex['mod'];
  readonly type?: Timex['type'];
  readonly endValue?: string;
}
/** [published, sentence, span, value, extra?] */
export type Case = readonly [string | null, string, string, string, Extra?];
/** [published, sentence, a word that must not be inside any time expression] */
export type Negative = readonly [string | null, string, string];

/** Offsets are into the original text, sorted and non-overlapping. */
export function checkOffsets(text: string, times: readonly Timex[]): void {
  let last = -1;
  for (const t of times) {
    assert.equal(text.slice(t.start, t.end), t.text, `offsets of ${t.text}`);
    assert.ok(t.start >= last, `sorted, non-overlapping at ${t.text}`);
    last = t.end;
  }
}

export function runCases(title: string, cases: readonly Case[]): void {
  for (const [pub, sentence, span, value, extra] of cases) {
    test(`${title}: ${span} @${pub ?? 'none'} → ${value}`, () => {
      const times = extractTimes(sentence, pub);
      checkOffsets(sentence, times);
      const t = times.find((x) => x.text === span);
      assert.ok(t, `span "${span}" not found in ${JSON.stringify(times.map((x) => `${x.text}=${x.value}`))}`);
      assert.equal(t.value, value);
      assert.equal(t.mod, extra?.mod, 'mod');
      if (extra?.type) assert.equal(t.type, extra.type, 'type');
      if (extra?.endValue) assert.equal(t.endValue, extra.endValue, 'endValue');
    });
  }
}

export function runNegatives(title: string, cases: readonly Negative[]): void {
  for (const [pub, sentence, word] of cases) {
    test(`${title}: no time on "${word}"`, () => {
      const times = extractTimes(sentence, pub);
      checkOffsets(sentence, times);
      const at = sentence.indexOf(word);
      assert.ok(at >= 0, 'word in sentence');
      const hit = times.find((t) => t.start < at + word.length && at < t.end);
      assert.equal(hit, undefined, `unexpected ${hit?.text}=${hit?.value}`);
    });
  }
}
