// Statistical Arabic NER (averaged perceptron, ANERcorp scheme). The seam for the pipeline:
// `loadTagger()` once, then `tagger.tag(tokens)` or `nerSpans(doc, tagger)`.
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Doc } from '../model/types.ts';
import { UserError } from '../cli/errors.ts';
import { NerModel } from './model.ts';
import { spansOf } from './spans.ts';

export interface NerSpan {
  start: number; // offsets in the original text
  end: number;
  type: 'PER' | 'ORG' | 'LOC' | 'MISC';
  score?: number;
}

export interface Tagger {
  /** BIO labels (B-/I- PERS, LOC, ORG, MISC, or O), one per token. */
  tag(tokens: readonly string[]): string[];
  /** Tags window[j] using the other sentences of the window (same document) as context. */
  tagWindow?(window: readonly (readonly string[])[], j: number): string[];
  /** Sentences on each side that tagWindow needs in its window (default 10). */
  readonly contextSize?: number;
  /** Tags all sentences of one document. */
  tagDocument?(sentences: readonly (readonly string[])[]): string[][];
  /** Is this normalised word known as (part of) a name? Used to keep لبنان whole in spans. */
  knows?(norm: string): boolean;
}

export const DEFAULT_MODEL = resolve(dirname(fileURLToPath(import.meta.url)), '../../data/ner/model.bin');

/** A Tagger over a loaded model. */
export class ModelTagger implements Tagger {
  constructor(readonly model: NerModel) {}
  tag(tokens: readonly string[]): string[] {
    return this.model.tag(tokens);
  }
  tagWindow(window: readonly (readonly string[])[], j: number): string[] {
    return this.model.tagWindow(window, j);
  }
  get contextSize(): number {
    return this.model.contextSize;
  }
  tagDocument(sentences: readonly (readonly string[])[]): string[][] {
    return this.model.tagDocument(sentences);
  }
  knows(norm: string): boolean {
    return this.model.entityVocab.has(norm) || this.model.gaz.token.has(norm);
  }
}

const cache = new Map<string, ModelTagger>();

/** Loads a model (default: the shipped data/ner/model.bin) once; later calls reuse it. */
export function loadTagger(path: string = DEFAULT_MODEL): Tagger {
  const key = resolve(path);
  let t = cache.get(key);
  if (!t) {
    if (!existsSync(key)) throw new UserError(`NER model not found: ${key} (build it with npm run train:ner)`);
    try {
      t = new ModelTagger(NerModel.load(key));
    } catch (e) {
      throw new UserError(`${key}: cannot load NER model: ${(e as Error).message}`);
    }
    cache.set(key, t);
  }
  return t;
}

/** Entity spans of a segmented document (proclitics left out, as in ANERcorp's gold). */
export function nerSpans(doc: Doc, tagger: Tagger): NerSpan[] {
  return spansOf(doc, tagger);
}

export { NerModel } from './model.ts';
export { train } from './train.ts';
export { tagConllText, tagConllStream } from './stream.ts';
