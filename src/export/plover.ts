// PLOVER records from Marsad events: a pure, deterministic mapping (documented in docs/corpus.md).
// `marsad analyze --format plover` and `marsad export --format plover` both use `toPlover`.
//
// Marsad keeps the action as described in `type` and whether it happened in `modality`; PLOVER
// folds some of that into the category. The mapping (ploverCategory):
//   asserted                                      → the type itself
//   future      CONSULT/SUPPORT/COOPERATE/AID      → AGREE        (an announced meeting/aid is a commitment)
//   future      RETREAT                            → CONCEDE      (a promised, not implemented, retreat)
//   future      ASSAULT                            → THREATEN, mode violence
//   future      any other type                     → the type itself
//   conditional CONSULT/SUPPORT/COOPERATE/AID      → AGREE        (an offer)
//   conditional RETREAT                            → CONCEDE
//   conditional ASSAULT                            → THREATEN, mode violence
//   conditional COERCE                             → THREATEN, mode = the COERCE mode when it is a THREATEN mode, else restrict
//   conditional SANCTION                           → THREATEN, mode relations
//   conditional any other type                     → the type itself
//   hypothetical                                   → dropped (speculation is not an event)
//   negated, denied                                → dropped; with { keepNegated: true } kept with `negated: true`
import type { Analysis, AnalysisActor, EventRecord, Modality, PloverType } from '../model/types.ts';
import type { EventReport, StoredEvent } from '../store/types.ts';

export const QUAD_CODE: Readonly<Record<PloverType, 1 | 2 | 3 | 4>> = {
  AGREE: 1, CONSULT: 1, SUPPORT: 1, CONCEDE: 1,
  COOPERATE: 2, AID: 2, RETREAT: 2,
  REQUEST: 3, ACCUSE: 3, REJECT: 3, THREATEN: 3,
  PROTEST: 4, SANCTION: 4, MOBILIZE: 4, COERCE: 4, ASSAULT: 4,
};

export const QUAD_NAME: Readonly<Record<1 | 2 | 3 | 4, string>> = {
  1: 'verbal cooperation', 2: 'material cooperation', 3: 'verbal conflict', 4: 'material conflict',
};

/**
 * PLOVER scores (−10..+10) from the PLOVER manual; CONCEDE, ACCUSE and MOBILIZE have no score
 * there and are interpolated between their neighbours (3.5, −3, −5.5).
 */
export const PLOVER_SCORE: Readonly<Record<PloverType, number>> = {
  AID: 10, COOPERATE: 9.5, RETREAT: 7.5, SUPPORT: 5, CONSULT: 4, CONCEDE: 3.5, AGREE: 2.5, REQUEST: 0,
  REJECT: -2, ACCUSE: -3, THREATEN: -3.5, PROTEST: -5, MOBILIZE: -5.5, SANCTION: -6, COERCE: -7, ASSAULT: -9,
};

const COOP_INTENT = new Set<PloverType>(['CONSULT', 'SUPPORT', 'COOPERATE', 'AID']);
const THREATEN_MODES = new Set(['restrict', 'arrest', 'relations', 'expel', 'territory', 'violence']);

export interface PloverCategory {
  readonly event: PloverType;
  readonly mode: string | null;
  readonly negated: boolean;
}

/** PLOVER category of a Marsad (type, mode, modality); null when the event is dropped. */
export function ploverCategory(type: PloverType, mode: string | null | undefined, modality: Modality, opts: { keepNegated?: boolean } = {}): PloverCategory | null {
  const m = mode ?? null;
  if (modality === 'hypothetical') return null;
  if (modality === 'negated' || modality === 'denied') return opts.keepNegated ? { event: type, mode: m, negated: true } : null;
  if (modality === 'future' || modality === 'conditional') {
    if (COOP_INTENT.has(type)) return { event: 'AGREE', mode: null, negated: false };
    if (type === 'RETREAT') return { event: 'CONCEDE', mode: null, negated: false };
    if (type === 'ASSAULT') return { event: 'THREATEN', mode: 'violence', negated: false };
    if (modality === 'conditional' && type === 'COERCE') return { event: 'THREATEN', mode: m && THREATEN_MODES.has(m) ? m : 'restrict', negated: false };
    if (modality === 'conditional' && type === 'SANCTION') return { event: 'THREATEN', mode: 'relations', negated: false };
  }
  return { event: type, mode: m, negated: false };
}

/** What is known about an actor for export. */
export type ActorInfo = Pick<AnalysisActor, 'id' | 'name' | 'type'> & Partial<Pick<AnalysisActor, 'names' | 'country' | 'sector' | 'wikidata'>>;

export interface PloverContext {
  /** Actors by id (or the analysis' actor list). */
  readonly actors: ReadonlyMap<string, ActorInfo> | readonly ActorInfo[];
  /** The article text (for `text` / `text_info`); optional. */
  readonly text?: string;
  readonly published?: string | null;
  readonly docId?: string;
  readonly cite?: { readonly url?: string | null; readonly title?: string | null; readonly publication?: string | null; readonly language?: string | null };
  readonly keepNegated?: boolean;
}

export interface PloverEntity {
  readonly code: string | null;
  readonly sector: string | null;
  readonly entity_text: string;
  readonly identifier_id: string | null;
  readonly identifier_text: string;
  readonly marsad_id: string;
  readonly entity_text_ar?: string;
}

export interface PloverRecord {
  readonly id: string;
  readonly has_event: true;
  readonly date: string | null;
  readonly enddate?: string;
  readonly actor: readonly PloverEntity[];
  readonly recipient: readonly PloverEntity[];
  readonly event: readonly PloverType[];
  readonly mode: readonly string[];
  readonly quad_code: 1 | 2 | 3 | 4;
  readonly event_loc?: { readonly extracted_place: string; readonly resolved_place: string; readonly country_code: string | null };
  readonly event_text?: string;
  readonly text?: string;
  readonly text_info?: { readonly start: number; readonly end: number };
  readonly cite_info?: Record<string, string>;
  readonly link?: string;
  readonly negated?: true;
  readonly coder: 'marsad';
  /** Marsad's own reading: the type as described, modality, TIMEX date, other roles, attribution, sources. */
  readonly marsad: Record<string, unknown>;
}

function isAnalysis(x: Analysis | PloverContext): x is Analysis {
  return 'events' in x && 'document' in x;
}

function actorMap(list: ReadonlyMap<string, ActorInfo> | readonly ActorInfo[]): ReadonlyMap<string, ActorInfo> {
  return list instanceof Map ? list : new Map((list as readonly ActorInfo[]).map((a) => [a.id, a]));
}

export function entity(id: string, actors: ReadonlyMap<string, ActorInfo>): PloverEntity {
  const a = actors.get(id);
  return {
    code: a?.country ?? null,
    sector: a?.sector ?? null,
    entity_text: a?.name ?? id,
    identifier_id: a?.wikidata ?? null,
    identifier_text: a?.name ?? id,
    marsad_id: id,
    ...(a?.names?.ar ? { entity_text_ar: a.names.ar } : {}),
  };
}

/** The calendar day(s) of a TIMEX3 value, when it names one. */
function dayOf(value: string | null | undefined): string | null {
  const m = value ? /^(\d{4}-\d{2}-\d{2})/.exec(value) : null;
  return m ? m[1]! : null;
}

function isStored(e: EventRecord | StoredEvent): e is StoredEvent {
  return 'numReports' in e;
}

/**
 * One PLOVER record for an event of one analysis (EventRecord) or a merged corpus event
 * (StoredEvent, with its reports); null when the mapping drops it.
 */
export function toPlover(event: EventRecord | StoredEvent, ctx: Analysis | PloverContext, opts: { keepNegated?: boolean } = {}): PloverRecord | null {
  const c: PloverContext = isAnalysis(ctx)
    ? { actors: ctx.actors, published: ctx.document.published, ...(ctx.document.id ? { docId: ctx.document.id } : {}), cite: { language: ctx.document.lang } }
    : ctx;
  const cat = ploverCategory(event.type, event.mode, event.modality, { keepNegated: opts.keepNegated ?? c.keepNegated ?? false });
  if (!cat) return null;
  const actors = actorMap(c.actors);
  const stored = isStored(event) ? event : null;
  const reports: readonly EventReport[] = stored?.reports ?? [];
  const first = reports[0];
  const date = dayOf(event.date) ?? stored?.dayStart ?? dayOf(c.published) ?? null;
  const enddate = stored && stored.dayEnd && stored.dayEnd !== date && !dayOf(event.date) ? stored.dayEnd : undefined;
  const trigger = stored ? first?.trigger ?? null : (event as EventRecord).trigger;
  const evidence = stored ? first?.evidence ?? null : (event as EventRecord).evidence;
  const text = c.text !== undefined && evidence ? c.text.slice(evidence.start, evidence.end) : first?.evidence?.text;
  const cite: Record<string, string> = { coder: 'marsad', codebook: 'PLOVER 2024-02' };
  const url = c.cite?.url ?? first?.url;
  const title = c.cite?.title ?? first?.title;
  const publication = c.cite?.publication ?? first?.outlet;
  if (url) cite.url = url;
  if (title) cite.title = title;
  if (publication) cite.publication = publication;
  if (c.cite?.language) cite.language = c.cite.language;
  const loc = event.location ? actors.get(event.location) : undefined;
  const id = stored ? stored.id : c.docId ? `${c.docId}:${(event as EventRecord).id}` : (event as EventRecord).id;
  return {
    id,
    has_event: true,
    date,
    ...(enddate ? { enddate } : {}),
    actor: event.sources.map((a) => entity(a, actors)),
    recipient: event.targets.map((a) => entity(a, actors)),
    event: [cat.event],
    mode: cat.mode ? [cat.mode] : [],
    quad_code: QUAD_CODE[cat.event],
    ...(event.location
      ? { event_loc: { extracted_place: loc?.names?.ar ?? loc?.name ?? event.location, resolved_place: loc?.name ?? event.location, country_code: loc?.country ?? null } }
      : {}),
    ...(trigger?.text ? { event_text: trigger.text } : {}),
    ...(text ? { text } : {}),
    ...(evidence ? { text_info: { start: evidence.start, end: evidence.end } } : {}),
    cite_info: cite,
    ...(stored ? { link: stored.id } : {}),
    ...(cat.negated ? { negated: true as const } : {}),
    coder: 'marsad',
    marsad: {
      type: event.type,
      modality: event.modality,
      date: event.date,
      participants: event.participants ?? [],
      mediators: event.mediators ?? [],
      ...(stored
        ? {
            num_reports: stored.numReports, num_articles: stored.numArticles, num_sources: stored.numSources,
            reports: reports.map((r) => ({
              article: r.articleId, outlet: r.outlet, url: r.url, published: r.published, modality: r.modality,
              attribution: r.attribution, trigger: r.trigger, evidence: r.evidence ? { start: r.evidence.start, end: r.evidence.end } : null,
            })),
          }
        : { attribution: (event as EventRecord).attribution ?? [] }),
    },
  };
}
