// Shared helpers for the event-stage tests: one engine (bundled KB, no statistical tagger) and
// checks that every event points at its words.
import assert from 'node:assert/strict';
import type { EventRecord, PloverType } from '../../src/model/types.ts';
import { createEngine } from '../../src/pipeline/engine.ts';

export const engine = createEngine({ ner: false });

/** Events of a text; asserts that every trigger and evidence span lies inside the text and matches it. */
export function events(text: string, published: string | null = '2025-05-10'): readonly EventRecord[] {
  const out = engine.analyze({ text, published }).events;
  for (const e of out) {
    assert.ok(e.trigger.start >= 0 && e.trigger.end <= text.length && e.trigger.start < e.trigger.end, `trigger span of ${e.type}`);
    assert.equal(text.slice(e.trigger.start, e.trigger.end), e.trigger.text, 'trigger text is the text at its span');
    assert.ok(e.evidence.start <= e.trigger.start && e.evidence.end >= e.trigger.end, 'evidence covers the trigger');
    for (const m of e.mentions ?? []) assert.equal(text.slice(m.start, m.end), m.text, 'coreferent mention span');
  }
  return out;
}

/** The one event of a type in a text. */
export function one(text: string, type: PloverType, published: string | null = '2025-05-10'): EventRecord {
  const all = events(text, published);
  const es = all.filter((e) => e.type === type);
  assert.equal(es.length, 1, `one ${type} in «${text}», got ${JSON.stringify(all.map((e) => [e.type, e.sources, e.targets]))}`);
  return es[0]!;
}

/** Asserts sources and targets (order-insensitive; symmetric events either way round). */
export function args(e: EventRecord, sources: readonly string[], targets: readonly string[]): void {
  const same = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x) => b.includes(x));
  const ok = same(e.sources, sources) && same(e.targets, targets);
  const swapped = !!e.symmetric && same(e.sources, targets) && same(e.targets, sources);
  assert.ok(ok || swapped, `${e.type} ${JSON.stringify(e.sources)} -> ${JSON.stringify(e.targets)}, expected ${JSON.stringify(sources)} -> ${JSON.stringify(targets)}`);
}
