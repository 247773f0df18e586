// `analyze --format plover`: the analysis as PLOVER JSONL records (mapping in src/export/plover.ts).
import type { Analysis } from '../model/types.ts';
import type { KnowledgeBase } from '../kb/index.ts';

export function renderPlover(a: Analysis, _text: string, _kb: KnowledgeBase): string {
  return a.events.map((e) => JSON.stringify({ id: e.id, event: [e.type], mode: e.mode ? [e.mode] : [], actor: e.sources, recipient: e.targets, date: e.date })).join('\n') + (a.events.length ? '\n' : '');
}
