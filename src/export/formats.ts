// Corpus exports: PLOVER JSONL, a GDELT-events-like TSV, an ACLED-like CSV and GraphML (Gephi).
// Every format goes through the same PLOVER mapping (plover.ts), so an event dropped from one
// (hypothetical, negated, denied) is dropped from all. Writers stream: one event at a time.
import type { PloverType } from '../model/types.ts';
import type { EventFilters, Network, Store, StoredActor, StoredEvent } from '../store/types.ts';
import { PLOVER_SCORE, QUAD_CODE, ploverCategory, toPlover, type ActorInfo } from './plover.ts';

export type ExportFormat = 'plover' | 'gdelt' | 'acled' | 'graphml';
export const EXPORT_FORMATS: readonly ExportFormat[] = ['plover', 'gdelt', 'acled', 'graphml'];

export type Sink = (chunk: string) => void | Promise<void>;

/** Caches actor lookups across events. */
class Actors {
  private readonly cache = new Map<string, StoredActor | null>();
  constructor(private readonly store: Store) {}
  async load(ids: readonly string[]): Promise<ReadonlyMap<string, ActorInfo>> {
    const missing = ids.filter((i) => !this.cache.has(i));
    if (missing.length) {
      const got = await this.store.actorsById(missing);
      for (const id of missing) this.cache.set(id, got.get(id) ?? null);
    }
    const out = new Map<string, ActorInfo>();
    for (const id of ids) {
      const a = this.cache.get(id);
      if (a) out.set(id, a);
    }
    return out;
  }
}

const idsOf = (e: StoredEvent): string[] => [...e.sources, ...e.targets, ...e.participants, ...e.mediators, ...(e.location ? [e.location] : [])];

// ---- GDELT-like TSV -------------------------------------------------------------------------

export const GDELT_COLUMNS = [
  'GLOBALEVENTID', 'SQLDATE', 'MonthYear', 'Year', 'FractionDate',
  'Actor1Code', 'Actor1Name', 'Actor1CountryCode', 'Actor1Type1Code',
  'Actor2Code', 'Actor2Name', 'Actor2CountryCode', 'Actor2Type1Code',
  'IsRootEvent', 'EventCode', 'EventBaseCode', 'EventRootCode', 'QuadClass', 'GoldsteinScale',
  'NumMentions', 'NumSources', 'NumArticles', 'AvgTone',
  'ActionGeo_Type', 'ActionGeo_FullName', 'ActionGeo_CountryCode', 'DATEADDED', 'SOURCEURL',
  'MarsadType', 'Modality', 'Actor1Ids', 'Actor2Ids',
] as const;

const tsv = (v: unknown): string => (v === null || v === undefined ? '' : String(v).replace(/[\t\r\n]+/g, ' '));

export function gdeltRow(e: StoredEvent, actors: ReadonlyMap<string, ActorInfo>): string | null {
  const cat = ploverCategory(e.type, e.mode, e.modality);
  if (!cat) return null;
  const day = (e.date && /^\d{4}-\d{2}-\d{2}/.test(e.date) ? e.date.slice(0, 10) : e.dayStart) ?? '';
  const [y, m, d] = day ? day.split('-').map(Number) as [number, number, number] : [NaN, NaN, NaN];
  const doy = day ? (Date.UTC(y, m - 1, d) - Date.UTC(y, 0, 1)) / 86_400_000 + 1 : NaN;
  const side = (ids: readonly string[]): [string, string, string, string] => {
    const a = ids[0] ? actors.get(ids[0]) : undefined;
    if (!ids[0]) return ['', '', '', ''];
    return [`${a?.country ?? ''}${a?.sector ?? ''}` || ids[0], a?.name ?? ids[0], a?.country ?? '', a?.sector ?? ''];
  };
  const loc = e.location ? actors.get(e.location) : undefined;
  const first = e.reports?.[0];
  const row: unknown[] = [
    e.id, day.replace(/-/g, ''), day ? day.slice(0, 7).replace('-', '') : '', day ? y : '',
    day ? (y + doy / 365).toFixed(4) : '',
    ...side(e.sources), ...side(e.targets),
    1, cat.mode ? `${cat.event}-${cat.mode}` : cat.event, cat.event, cat.event, QUAD_CODE[cat.event], PLOVER_SCORE[cat.event],
    e.numReports, e.numSources, e.numArticles, '',
    e.location ? (loc?.type === 'GPE' ? 1 : 4) : '', loc?.name ?? e.location ?? '', loc?.country ?? '',
    (first?.published ?? '').replace(/-/g, ''), first?.url ?? '',
    e.type, e.modality, e.sources.join(';'), e.targets.join(';'),
  ];
  return row.map(tsv).join('\t');
}

// ---- ACLED-like CSV -------------------------------------------------------------------------

export const ACLED_COLUMNS = [
  'event_id_cnty', 'event_date', 'year', 'time_precision', 'disorder_type', 'event_type', 'sub_event_type',
  'actor1', 'assoc_actor_1', 'actor2', 'assoc_actor_2', 'interaction', 'iso3', 'country', 'location',
  'source', 'source_scale', 'notes', 'fatalities', 'tags', 'timestamp', 'plover_type', 'modality',
] as const;

const VIOLENCE_REMOTE = new Set(['aerial', 'drone', 'heavy-weapons', 'explosives', 'suicide-attack']);
const VIOLENCE_CIVILIANS = new Set(['abduct', 'beat', 'torture', 'sexual', 'targeted']);

/** ACLED disorder type, event type and sub-event type for a PLOVER category (documented). */
export function acledCategory(event: PloverType, mode: string | null): [string, string, string] {
  if (event === 'ASSAULT') {
    if (mode && VIOLENCE_REMOTE.has(mode)) return ['Political violence', 'Explosions/Remote violence', mode === 'aerial' || mode === 'drone' ? 'Air/drone strike' : 'Shelling/artillery/missile attack'];
    if (mode && VIOLENCE_CIVILIANS.has(mode)) return ['Political violence', 'Violence against civilians', mode === 'abduct' ? 'Abduction/forced disappearance' : 'Attack'];
    return ['Political violence', 'Battles', 'Armed clash'];
  }
  if (event === 'PROTEST') {
    if (mode === 'riot' || mode === 'vandalize') return ['Demonstrations', 'Riots', 'Violent demonstration'];
    return ['Demonstrations', 'Protests', 'Peaceful protest'];
  }
  if (event === 'COERCE') return ['Strategic developments', 'Strategic developments', mode === 'arrest' ? 'Arrests' : 'Other'];
  if (event === 'MOBILIZE') return ['Strategic developments', 'Strategic developments', 'Change to group/activity'];
  if (event === 'RETREAT' && mode === 'withdraw') return ['Strategic developments', 'Strategic developments', 'Non-violent transfer of territory'];
  if (['AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT'].includes(event)) return ['Strategic developments', 'Strategic developments', 'Agreement'];
  return ['Strategic developments', 'Strategic developments', 'Other'];
}

const csv = (v: unknown): string => {
  const s = v === null || v === undefined ? '' : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

export function acledRow(e: StoredEvent, actors: ReadonlyMap<string, ActorInfo>): string | null {
  const cat = ploverCategory(e.type, e.mode, e.modality);
  if (!cat) return null;
  const [disorder, type, sub] = acledCategory(cat.event, cat.mode);
  const name = (id: string | undefined): string => (id ? actors.get(id)?.name ?? id : '');
  const precise = !!(e.date && /^\d{4}-\d{2}-\d{2}/.test(e.date));
  const span = e.dayStart && e.dayEnd ? (Date.parse(e.dayEnd) - Date.parse(e.dayStart)) / 86_400_000 : Infinity;
  const precision = precise ? 1 : span <= 7 ? 2 : 3;
  const loc = e.location ? actors.get(e.location) : undefined;
  const countryOf = loc?.country ?? (e.sources[0] ? actors.get(e.sources[0])?.country : undefined) ?? '';
  const outlets = [...new Set((e.reports ?? []).map((r) => r.outlet).filter((x): x is string => !!x))];
  const row: unknown[] = [
    e.id, e.dayStart ?? '', e.dayStart ? e.dayStart.slice(0, 4) : '', precision, disorder, type, sub,
    name(e.sources[0]), e.sources.slice(1).map(name).join('; '), name(e.targets[0]), e.targets.slice(1).map(name).join('; '),
    '', countryOf, countryOf ? actors.get(countryOf.toLowerCase())?.name ?? '' : '', loc?.name ?? e.location ?? '',
    outlets.join('; '), outlets.length > 1 ? 'Multiple' : outlets.length ? 'Single' : '',
    (e.reports?.[0]?.evidence?.text ?? '').replace(/\s+/g, ' ').trim(), '', '', Math.floor(Date.now() / 1000), cat.event, e.modality,
  ];
  return row.map(csv).join(',');
}

// ---- GraphML --------------------------------------------------------------------------------

export const xmlEscape = (s: string): string =>
  s
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
    .replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');

/** GraphML of the actor network (undirected; weight = number of merged events between the pair). */
export function toGraphml(net: Network): string {
  const pairs = new Map<string, { a: string; b: string; weight: number; q: [number, number, number, number]; types: Map<string, number> }>();
  for (const e of net.edges) {
    const [a, b] = e.source < e.target ? [e.source, e.target] : [e.target, e.source];
    const k = `${a}\u0000${b}`;
    const p = pairs.get(k) ?? { a, b, weight: 0, q: [0, 0, 0, 0], types: new Map<string, number>() };
    p.weight += e.weight;
    p.q[0] += e.byQuad.verbalCoop; p.q[1] += e.byQuad.materialCoop; p.q[2] += e.byQuad.verbalConflict; p.q[3] += e.byQuad.materialConflict;
    for (const [t, n] of Object.entries(e.byType)) p.types.set(t, (p.types.get(t) ?? 0) + (n ?? 0));
    pairs.set(k, p);
  }
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    '  <key id="label" for="node" attr.name="label" attr.type="string"/>',
    '  <key id="name_ar" for="node" attr.name="name_ar" attr.type="string"/>',
    '  <key id="atype" for="node" attr.name="actor_type" attr.type="string"/>',
    '  <key id="country" for="node" attr.name="country" attr.type="string"/>',
    '  <key id="events" for="node" attr.name="events" attr.type="int"/>',
    '  <key id="weight" for="edge" attr.name="weight" attr.type="double"/>',
    '  <key id="vcoop" for="edge" attr.name="verbal_coop" attr.type="int"/>',
    '  <key id="mcoop" for="edge" attr.name="material_coop" attr.type="int"/>',
    '  <key id="vconf" for="edge" attr.name="verbal_conflict" attr.type="int"/>',
    '  <key id="mconf" for="edge" attr.name="material_conflict" attr.type="int"/>',
    '  <key id="types" for="edge" attr.name="types" attr.type="string"/>',
    '  <graph id="marsad" edgedefault="undirected">',
  ];
  for (const n of net.nodes) {
    out.push(`    <node id="${xmlEscape(n.id)}">`);
    out.push(`      <data key="label">${xmlEscape(n.name)}</data>`);
    if (n.names.ar) out.push(`      <data key="name_ar">${xmlEscape(n.names.ar)}</data>`);
    out.push(`      <data key="atype">${xmlEscape(n.type)}</data>`);
    if (n.country) out.push(`      <data key="country">${xmlEscape(n.country)}</data>`);
    out.push(`      <data key="events">${n.events}</data>`);
    out.push('    </node>');
  }
  let i = 0;
  for (const p of [...pairs.values()].sort((x, y) => y.weight - x.weight || (x.a + x.b < y.a + y.b ? -1 : 1))) {
    out.push(`    <edge id="e${++i}" source="${xmlEscape(p.a)}" target="${xmlEscape(p.b)}">`);
    out.push(`      <data key="weight">${p.weight}</data>`);
    out.push(`      <data key="vcoop">${p.q[0]}</data>`, `      <data key="mcoop">${p.q[1]}</data>`);
    out.push(`      <data key="vconf">${p.q[2]}</data>`, `      <data key="mconf">${p.q[3]}</data>`);
    out.push(`      <data key="types">${xmlEscape([...p.types.entries()].sort().map(([t, n]) => `${t}:${n}`).join(' '))}</data>`);
    out.push('    </edge>');
  }
  out.push('  </graph>', '</graphml>', '');
  return out.join('\n');
}

// ---- driver ---------------------------------------------------------------------------------

/** Writes the whole export to `sink`; returns the number of records (events, or edges for GraphML). */
export async function exportCorpus(store: Store, format: ExportFormat, sink: Sink, filters: Omit<EventFilters, 'limit' | 'offset'> = {}, opts: { topN?: number } = {}): Promise<number> {
  if (format === 'graphml') {
    // like the other formats, leave out what the PLOVER mapping drops (hypothetical, negated, denied)
    const modality = filters.modality ?? (['asserted', 'future', 'conditional'] as const);
    const net = await store.network({ ...filters, modality, topN: opts.topN ?? 100_000 });
    await sink(toGraphml(net));
    return net.edges.length;
  }
  const actors = new Actors(store);
  let n = 0;
  if (format === 'gdelt') await sink(GDELT_COLUMNS.join('\t') + '\n');
  if (format === 'acled') await sink(ACLED_COLUMNS.join(',') + '\n');
  let buf = '';
  for await (const e of store.streamEvents(filters)) {
    const known = await actors.load(idsOf(e));
    let line: string | null;
    if (format === 'plover') {
      const r = toPlover(e, { actors: known });
      line = r ? JSON.stringify(r) : null;
    } else if (format === 'gdelt') {
      line = gdeltRow(e, known);
    } else {
      // ACLED names countries; ISO3 ids of the bundled KB are lower-case alpha-3 codes
      const cc = e.location ? known.get(e.location)?.country : e.sources[0] ? known.get(e.sources[0])?.country : undefined;
      const withCountry = cc ? new Map([...known, ...(await actors.load([cc.toLowerCase()]))]) : known;
      line = acledRow(e, withCountry);
    }
    if (line === null) continue;
    n++;
    buf += line + '\n';
    if (buf.length > 65536) {
      await sink(buf);
      buf = '';
    }
  }
  if (buf) await sink(buf);
  return n;
}
