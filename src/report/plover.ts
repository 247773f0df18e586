// `analyze --format plover`: one PLOVER JSONL record per event, through the shared mapping of
// src/export/plover.ts (`toPlover`, documented in docs/corpus.md), so that an article analysed
// alone and the same article exported from a corpus give the same records.
//
// Type + modality → PLOVER category (deterministic): asserted events keep their type; future or
// conditional CONSULT/SUPPORT/COOPERATE/AID are AGREE, a declared RETREAT is CONCEDE, a future or
// conditional ASSAULT is THREATEN (violence), a conditional COERCE/SANCTION is THREATEN;
// hypothetical events are left out; negated and denied events are kept with `negated: true`
// (a denial is information an analyst wants to see, flagged rather than dropped).
// Actors and recipients are PLOVER entity objects: `code` (ISO3 country), `sector`,
// `identifier_id` (Wikidata Q-id) where the knowledge base knows them.
import type { Analysis } from '../model/types.ts';
import type { KnowledgeBase } from '../kb/index.ts';
import { toPlover, type PloverRecord } from '../export/plover.ts';

/** PLOVER records of one analysis (pure). */
export function ploverRecords(a: Analysis, text: string): PloverRecord[] {
  const out: PloverRecord[] = [];
  for (const e of a.events) {
    const r = toPlover(
      e,
      {
        actors: a.actors,
        text,
        published: a.document.published,
        ...(a.document.id ? { docId: a.document.id } : {}),
        cite: { language: a.document.lang },
      },
      { keepNegated: true },
    );
    if (r) out.push(r);
  }
  return out;
}

/** JSONL: one record per line, nothing for an article without events. */
export function renderPlover(a: Analysis, text: string, _kb: KnowledgeBase): string {
  const recs = ploverRecords(a, text);
  return recs.map((r) => JSON.stringify(r)).join('\n') + (recs.length ? '\n' : '');
}
