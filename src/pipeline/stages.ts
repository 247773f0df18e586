// The optional stages the engine plugs in: time expressions, statistical names and events.
// Kept in one place so that the engine reads as the pipeline it is.
import type { Doc, EventRecord, Mention, Timex } from '../model/types.ts';
import type { KnowledgeBase } from '../kb/index.ts';
import type { ActorRef, NameSpan } from '../link/link.ts';
import { extractEvents } from '../events/extract.ts';
import { extractTimes } from '../time/index.ts';
import { loadTagger, nerSpans } from '../ner/index.ts';

export interface EventStageInput {
  readonly doc: Doc;
  readonly kb: KnowledgeBase;
  readonly mentions: readonly Mention[];
  readonly refs: readonly ActorRef[];
  readonly times: readonly Timex[];
}

export interface StageHooks {
  readonly times?: (text: string, published: string | null) => Timex[];
  readonly names?: (doc: Doc) => NameSpan[];
  readonly events?: (input: EventStageInput) => EventRecord[];
}

export function stageHooks(ner: boolean): StageHooks {
  const names = ner ? (doc: Doc) => nerSpans(doc, loadTagger()) : undefined;
  return { times: extractTimes, names, events: (input) => extractEvents(input) };
}
