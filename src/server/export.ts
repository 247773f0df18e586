// CSV and PLOVER (JSONL) renderings of a filtered event list, streamed in chunks so a 100,000-event
// export never sits in memory as one string. Pure row formatters + one async generator over the store.
import type { PloverType } from '../model/types.ts';
import type { EventFilters, Store, StoredActor, StoredEvent } from '../store/types.ts';
import { QUAD_OF } from './schemas.ts';

export const CSV_COLUMNS = [
  'event_id', 'date', 'day_start', 'day_end', 'type', 'mode', 'modality', 'quad', 'sources', 'source_names',
  'targets', 'target_names', 'participants', 'mediators', 'location', 'num_reports', 'num_articles', 'num_sources',
  'num_stories', 'first_reported', 'outlets', 'evidence',
] as const;

/** One CSV cell: quoted when needed; a leading = + - @ is neutralised (spreadsheet formula injection). */
export function csvCell(v: unknown): string {
  let s = v === null || v === undefined ? '' : String(v);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

const names = (ids: readonly string[], actors: ReadonlyMap<string, StoredActor>): string =>
  ids.map((id) => actors.get(id)?.name ?? id).join('; ');

export function csvRow(e: StoredEvent, actors: ReadonlyMap<string, StoredActor>): string {
  const outlets = [...new Set((e.reports ?? []).map((r) => r.outlet).filter((o): o is string => !!o))];
  const evidence = (e.reports ?? []).find((r) => r.evidence)?.evidence?.text ?? '';
  const cells: unknown[] = [
    e.id, e.date, e.dayStart, e.dayEnd, e.type, e.mode, e.modality, QUAD_OF[e.type], e.sources.join('; '),
    names(e.sources, actors), e.targets.join('; '), names(e.targets, actors), e.participants.join('; '),
    e.mediators.join('; '), e.location, e.numReports, e.numArticles, e.numSources, e.numStories, e.firstReported,
    outlets.join('; '), evidence.replace(/\s+/g, ' '),
  ];
  return cells.map(csvCell).join(',') + '\r\n';
}

const QUAD_CODE: Readonly<Record<string, number>> = { verbalCoop: 1, materialCoop: 2, verbalConflict: 3, materialConflict: 4 };

/**
 * PLOVER folds modality into the category: a future meeting or cooperation is AGREE, a promised
 * retreat is CONCEDE, a conditional use of force is THREATEN. Negated, denied and hypothetical
 * events are not events in PLOVER's sense: null (left out of the export).
 */
export function ploverCategory(e: Pick<StoredEvent, 'type' | 'modality'>): PloverType | null {
  if (e.modality === 'negated' || e.modality === 'denied' || e.modality === 'hypothetical') return null;
  if (e.modality === 'future' || e.modality === 'conditional') {
    if (['CONSULT', 'SUPPORT', 'COOPERATE', 'AID'].includes(e.type)) return 'AGREE';
    if (e.type === 'RETREAT') return 'CONCEDE';
    if (['ASSAULT', 'COERCE', 'SANCTION', 'MOBILIZE'].includes(e.type)) return 'THREATEN';
  }
  return e.type;
}

function entity(id: string, actors: ReadonlyMap<string, StoredActor>): Record<string, string> {
  const a = actors.get(id);
  return {
    ...(a?.country ? { code: a.country } : {}),
    ...(a?.sector ? { sector: a.sector } : {}),
    entity_text: a?.names.ar ?? a?.name ?? id,
    ...(a?.wikidata ? { identifier_id: a.wikidata } : {}),
    identifier_text: a?.name ?? id,
  };
}

/** One PLOVER JSON record (see shared docs/plover.md), or null when the event is not exported. */
export function ploverRecord(e: StoredEvent, actors: ReadonlyMap<string, StoredActor>): Record<string, unknown> | null {
  const cat = ploverCategory(e);
  if (!cat || !e.dayStart) return null;
  const r = (e.reports ?? [])[0];
  const actorIds = e.sources.length ? e.sources : e.participants;
  return {
    id: e.id,
    has_event: true,
    date: e.dayStart,
    ...(e.dayEnd && e.dayEnd !== e.dayStart ? { enddate: e.dayEnd } : {}),
    actor: actorIds.map((id) => entity(id, actors)),
    recipient: e.targets.map((id) => entity(id, actors)),
    event: [cat],
    quad_code: QUAD_CODE[QUAD_OF[cat]],
    mode: e.mode ? [e.mode] : [],
    ...(e.location ? { event_loc: { extracted_place: actors.get(e.location)?.names.ar ?? e.location, resolved_place: actors.get(e.location)?.name ?? e.location } } : {}),
    ...(r?.evidence ? { event_text: r.evidence.text } : {}),
    link: e.id,
    ...(r ? { cite_info: { url: r.url ?? undefined, title: r.title ?? undefined, publication: r.outlet ?? undefined, language: 'ar' } } : {}),
    comment: `marsad: type ${e.type}, modality ${e.modality}, ${e.numReports} report(s) from ${e.numSources} outlet(s)`,
  };
}

/** Streams the export body in chunks of ~500 events. */
export async function* exportChunks(store: Store, filters: Omit<EventFilters, 'limit' | 'offset'>, format: 'csv' | 'plover', max: number): AsyncGenerator<string> {
  if (format === 'csv') yield '\uFEFF' + CSV_COLUMNS.join(',') + '\r\n';
  let batch: StoredEvent[] = [];
  let n = 0;
  const flush = async (): Promise<string> => {
    const ids = new Set<string>();
    for (const e of batch) for (const id of [...e.sources, ...e.targets, ...e.participants, ...(e.location ? [e.location] : [])]) ids.add(id);
    const actors = await store.actorsById([...ids]);
    let out = '';
    for (const e of batch) {
      if (format === 'csv') out += csvRow(e, actors);
      else {
        const rec = ploverRecord(e, actors);
        if (rec) out += JSON.stringify(rec) + '\n';
      }
    }
    batch = [];
    return out;
  };
  for await (const e of store.streamEvents(filters)) {
    batch.push(e);
    if (++n >= max) break;
    if (batch.length >= 500) yield await flush();
  }
  if (batch.length) yield await flush();
}
