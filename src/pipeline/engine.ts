// The pipeline: text → segment → gazetteer matches (+ statistical names) → linking → times →
// events → analysis JSON. Each stage is a pure function over the immutable document model; the
// engine only holds what is loaded once (knowledge base, tagger).
import type { Actor, Analysis, AnalysisActor, Doc, EventRecord, Mention, Timex } from '../model/types.ts';
import { segment } from '../text/segment.ts';
import { findMatches } from '../mentions/gazetteer.ts';
import { link, type ActorRef, type NameSpan } from '../link/link.ts';
import { loadKnowledgeBase, type KnowledgeBase } from '../kb/index.ts';
import { stageHooks } from './stages.ts';

export interface EngineOptions {
  /** Extra knowledge-base folders merged over the bundled one. */
  readonly kbDirs?: readonly string[];
  /** Use the statistical name tagger for names the KB lacks (default on when a model ships). */
  readonly ner?: boolean;
  /** Resolve time expressions (default on). */
  readonly times?: boolean;
  /** Extract events (default on). */
  readonly events?: boolean;
}

export interface AnalyzeInput {
  readonly text: string;
  readonly published?: string | null;
  readonly id?: string;
  readonly lang?: string;
}

/** Everything the stages produced, for callers that want more than the JSON (store, UI, tests). */
export interface DocumentAnalysis {
  readonly doc: Doc;
  readonly mentions: readonly Mention[];
  readonly refs: readonly ActorRef[];
  readonly times: readonly Timex[];
  readonly events: readonly EventRecord[];
  readonly provisional: ReadonlyMap<string, Actor>;
}

export interface Engine {
  readonly kb: KnowledgeBase;
  analyze(input: AnalyzeInput): Analysis;
  run(input: AnalyzeInput): DocumentAnalysis;
  toAnalysis(d: DocumentAnalysis): Analysis;
}

export function createEngine(opts: EngineOptions = {}): Engine {
  const kb = loadKnowledgeBase(opts.kbDirs ?? []);
  const all = stageHooks(opts.ner ?? true);
  const hooks = { ...all, times: opts.times === false ? undefined : all.times, events: opts.events === false ? undefined : all.events };

  const run = (input: AnalyzeInput): DocumentAnalysis => {
    const published = input.published ?? null;
    const doc = segment(input.text, { id: input.id, lang: input.lang, published });
    const matches = findMatches(doc, kb);
    const names: NameSpan[] = hooks.names ? hooks.names(doc) : [];
    const times = hooks.times ? hooks.times(doc.text, published) : [];
    const linked = link(doc, matches, kb, names, times);
    const events = hooks.events ? hooks.events({ doc, kb, mentions: linked.mentions, refs: linked.refs, times }) : [];
    return { doc, mentions: linked.mentions, refs: linked.refs, times, events, provisional: linked.provisional };
  };

  const toAnalysis = (d: DocumentAnalysis): Analysis => {
    const ids = new Set<string>();
    for (const m of d.mentions) if (m.actor) ids.add(m.actor);
    for (const r of d.refs) ids.add(r.actor);
    for (const e of d.events) {
      for (const list of [e.sources, e.targets, e.participants ?? [], e.mediators ?? []]) for (const id of list) ids.add(id);
      if (e.location) ids.add(e.location);
      for (const a of e.attribution ?? []) if (kb.get(a) || d.provisional.has(a)) ids.add(a);
    }
    const actors: AnalysisActor[] = [];
    for (const id of [...ids].sort()) {
      const a = kb.get(id) ?? d.provisional.get(id);
      if (!a) continue;
      actors.push(describeActor(a, kb, d.doc.published));
    }
    return {
      document: {
        ...(d.doc.id !== undefined ? { id: d.doc.id } : {}),
        lang: d.doc.lang,
        published: d.doc.published,
        ...(d.doc.published ? {} : { assumed: 'no publication date given: relative dates are left unresolved and roles are not dated' }),
      },
      actors,
      mentions: d.mentions.map((m) => ({ start: m.start, end: m.end, text: m.text, type: m.type, actor: m.actor, via: m.via, ...(m.role ? { role: m.role } : {}) })),
      times: d.times,
      events: d.events,
    };
  };

  return { kb, run, toAnalysis, analyze: (input) => toAnalysis(run(input)) };
}

/** The actor as the analysis prints it: names in both scripts and the roles held on the date. */
export function describeActor(a: Actor, kb: KnowledgeBase, date: string | null): AnalysisActor {
  const roles = date && !a.provisional ? kb.rolesOn(a.id, date).map((r) => (r.of && kb.get(r.of) ? `${r.role}, ${kb.get(r.of)!.name}` : r.role)) : [];
  return {
    id: a.id,
    name: a.name,
    type: a.type,
    names: { en: a.name, ...(a.ar[0] ? { ar: a.ar[0] } : {}) },
    ...(a.country ? { country: a.country } : {}),
    ...(a.sector ? { sector: a.sector } : {}),
    ...(a.wikidata ? { wikidata: a.wikidata } : {}),
    ...(roles.length ? { roles } : {}),
    ...(a.provisional ? { provisional: true } : {}),
  };
}
