// The store logic, written once over the small SQL driver (driver.ts) that SQLite and PostgreSQL
// both implement. Each article is written in ONE transaction: the article row, its LSH bands, its
// full-text entry, actors, mentions, times and event reports, and the merge of each reported event
// into the corpus events (merge.ts).
import { createHash } from 'node:crypto';
import type { Analysis, AnalysisActor, EventRecord, Modality, PloverType } from '../model/types.ts';
import { normalize } from '../text/normalize.ts';
import type {
  ActorMatch, ActorProfile, ArticleFilters, ArticleInput, ArticleSummary, DeadLetter, EventFilters, EventReport,
  EventRole, Network, NetworkFilters, Page, PutOptions, PutResult, PutStatus, Quad, SearchHit, Store, StoreStats,
  StoredActor, StoredArticle, StoredEvent, TimelinePoint, TimelineQuery,
} from './types.ts';
import { inList, type Driver, type Param, type Queryable } from './driver.ts';
import { MIGRATIONS, PAIRS_SELECT, SCHEMA_VERSION } from './migrations.ts';
import { estimatedJaccard, fingerprint, hexToSig, MIN_ESTIMATED_JACCARD, nearDuplicate, shingles, sigToHex, words } from './dedup.ts';
import { actorKey, addDays, dayRange, eventModality, isSymmetric, MAX_RANGE_DAYS, mergeKey, pickCandidate, precision, type DayRange } from './merge.ts';
import { ftsDocument, fts5Query, parseQuery, snippet, tsQuery } from './fts.ts';

export const QUADS: Readonly<Record<PloverType, Quad>> = {
  AGREE: 'verbalCoop', CONSULT: 'verbalCoop', SUPPORT: 'verbalCoop', CONCEDE: 'verbalCoop',
  COOPERATE: 'materialCoop', AID: 'materialCoop', RETREAT: 'materialCoop',
  REQUEST: 'verbalConflict', ACCUSE: 'verbalConflict', REJECT: 'verbalConflict', THREATEN: 'verbalConflict',
  PROTEST: 'materialConflict', SANCTION: 'materialConflict', MOBILIZE: 'materialConflict', COERCE: 'materialConflict',
  ASSAULT: 'materialConflict',
};

const emptyQuads = (): Record<Quad, number> => ({ verbalCoop: 0, materialCoop: 0, verbalConflict: 0, materialConflict: 0 });

/** Articles looked at per LSH band when searching near-duplicate candidates. */
const BAND_FANOUT = 20;

const sha1 = (s: string): string => createHash('sha1').update(s).digest('hex');

/** An advisory lock id (< 2^52) for a string. */
const lockId = (s: string): number => parseInt(sha1(s).slice(0, 13), 16);

/** 'YYYY-MM-DD' from a date or date-time string; null when it is not one. */
export function publishedDay(p: string | null | undefined): string | null {
  if (!p) return null;
  const m = /^(\d{4}-\d{2}-\d{2})/.exec(p.trim());
  return m ? m[1]! : null;
}

/**
 * Idempotency key of an article: the caller's id when given, else its URL, else the hash of its
 * normalised text (with its outlet). Ingesting an article with a stored key changes nothing.
 */
export function articleKey(a: ArticleInput, contentHash: string): string {
  if (a.id) return `id:${a.id}`;
  if (a.url) return `url:${a.url}`;
  return `sha:${contentHash}${a.outlet ? '@' + a.outlet : ''}`;
}

export function articleIdFor(a: ArticleInput, key: string): string {
  return a.id ? a.id : `a_${sha1(key).slice(0, 12)}`;
}

const j = (x: unknown): string => JSON.stringify(x ?? []);
const arr = (s: unknown): string[] => (typeof s === 'string' && s ? (JSON.parse(s) as string[]) : []);
const num = (x: unknown): number => (typeof x === 'number' ? x : Number(x ?? 0));
const str = (x: unknown): string | null => (x === null || x === undefined ? null : String(x));
const asList = <T>(x: T | readonly T[] | undefined): T[] => (x === undefined ? [] : Array.isArray(x) ? [...(x as T[])] : [x as T]);

interface ArticleRow {
  seq: number; id: string; key: string; ext_id: string | null; text?: string; title: string | null; outlet: string | null;
  url: string | null; published: string | null; lang: string | null; origin: string | null; content_hash: string;
  story_id: string; duplicate_of: string | null; duplicate_kind: string | null; similarity: number | null; chars: number;
  ingested_at: string; engine_version: string | null; analysed: number; analysis?: string | null;
  n_mentions: number; n_times: number; n_events: number;
}

interface EventRow {
  seq: number; id: string; merge_key: string; type: string; mode: string | null; modality: string; is_symmetric: number;
  sources: string; targets: string; participants: string; mediators: string; date: string | null;
  day_start: string | null; day_end: string | null; from_published: number; location: string | null;
  num_reports: number; num_articles: number; num_sources: number; num_stories: number; first_reported: string | null;
}

interface ReportRow {
  seq: number; event_seq: number; article_seq: number; local_id: string; outlet: string | null; published: string | null;
  story_id: string; type: string; mode: string | null; modality: string; date: string | null; day_start: string | null;
  day_end: string | null; from_published: number; sources: string; targets: string; participants: string;
  mediators: string; location: string | null; attribution: string; trigger_start: number | null; trigger_end: number | null;
  trigger_text: string | null; evidence_start: number | null; evidence_end: number | null; evidence_text: string | null;
  article_id?: string; url?: string | null; title?: string | null; event_id?: string;
}

const ARTICLE_COLS =
  'seq, id, key, ext_id, title, outlet, url, published, lang, origin, content_hash, story_id, duplicate_of, duplicate_kind, similarity, chars, ingested_at, engine_version, analysed, n_mentions, n_times, n_events';

function toSummary(r: ArticleRow): ArticleSummary {
  return {
    id: r.id, key: r.key, title: r.title, outlet: r.outlet, url: r.url, published: r.published, lang: r.lang,
    storyId: r.story_id, duplicateOf: r.duplicate_of, duplicateKind: (r.duplicate_kind as 'exact' | 'near' | null) ?? null,
    contentHash: r.content_hash, chars: num(r.chars), ingestedAt: r.ingested_at, engineVersion: r.engine_version,
    analysed: num(r.analysed) === 1,
    counts: { mentions: num(r.n_mentions), times: num(r.n_times), events: num(r.n_events) },
  };
}

function toEvent(r: EventRow, reports?: EventReport[]): StoredEvent {
  return {
    id: r.id, type: r.type as PloverType, mode: r.mode, modality: r.modality as Modality, symmetric: num(r.is_symmetric) === 1,
    sources: arr(r.sources), targets: arr(r.targets), participants: arr(r.participants), mediators: arr(r.mediators),
    date: r.date, dayStart: r.day_start, dayEnd: r.day_end, location: r.location,
    numReports: num(r.num_reports), numArticles: num(r.num_articles), numSources: num(r.num_sources),
    numStories: num(r.num_stories), firstReported: r.first_reported,
    ...(reports ? { reports } : {}),
  };
}

function toReport(r: ReportRow): EventReport {
  return {
    eventId: r.event_id ?? '', articleId: r.article_id ?? '', storyId: r.story_id, localId: r.local_id,
    outlet: r.outlet, url: r.url ?? null, title: r.title ?? null, published: r.published,
    type: r.type as PloverType, mode: r.mode, modality: r.modality as Modality, date: r.date,
    sources: arr(r.sources), targets: arr(r.targets), attribution: arr(r.attribution),
    trigger: r.trigger_start === null ? null : { start: num(r.trigger_start), end: num(r.trigger_end), text: r.trigger_text ?? '' },
    evidence: r.evidence_start === null ? null : { start: num(r.evidence_start), end: num(r.evidence_end), text: r.evidence_text ?? '' },
  };
}

function actorRowTo(r: Record<string, unknown>, numMentions = 0, numEvents = 0): StoredActor {
  return {
    id: String(r.id), name: String(r.name), type: r.type as StoredActor['type'],
    names: JSON.parse(String(r.names ?? '{}')) as Record<string, string>,
    ...(r.country ? { country: String(r.country) } : {}),
    ...(r.sector ? { sector: String(r.sector) } : {}),
    ...(r.wikidata ? { wikidata: String(r.wikidata) } : {}),
    ...(r.roles ? { roles: arr(r.roles) } : {}),
    ...(num(r.provisional) === 1 ? { provisional: true } : {}),
    numMentions, numEvents,
  };
}

/** Matching key of an actor name: normalised, lower case, single spaces. */
export function nameKey(s: string): string {
  return normalize(s).toLowerCase().replace(/\s+/g, ' ').trim();
}

async function insertMany(q: Queryable, table: string, cols: readonly string[], rows: readonly Param[][], suffix = ''): Promise<void> {
  if (rows.length === 0) return;
  const per = Math.max(1, Math.floor(400 / cols.length));
  const one = `(${cols.map(() => '?').join(', ')})`;
  for (let i = 0; i < rows.length; i += per) {
    const chunk = rows.slice(i, i + per);
    await q.run(`INSERT INTO ${table} (${cols.join(', ')}) VALUES ${chunk.map(() => one).join(', ')} ${suffix}`, chunk.flat());
  }
}

interface Where {
  sql: string;
  params: Param[];
}

/** One row of actor-pair counts (see PAIRS_SELECT). */
interface PairRow {
  readonly s: string;
  readonly t: string;
  readonly type: string;
  readonly n: number;
}

export class SqlStore implements Store {
  readonly kind: 'sqlite' | 'postgres';

  constructor(readonly driver: Driver) {
    this.kind = driver.dialect === 'sqlite' ? 'sqlite' : 'postgres';
  }

  // ---- schema ------------------------------------------------------------------------------

  async migrate(): Promise<number> {
    const d = this.driver.dialect;
    let applied = 0;
    for (const m of MIGRATIONS) {
      const did = await this.driver.tx(async (q) => {
        await q.run(`CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`);
        const done = await q.get(`SELECT version FROM schema_migrations WHERE version = ?`, [m.version]);
        if (done) return false;
        for (const stmt of m.sql(d)) await q.run(stmt);
        await q.run(`INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)`, [m.version, m.name, new Date().toISOString()]);
        return true;
      }, { exclusive: true });
      if (did) applied++;
    }
    return applied;
  }

  async close(): Promise<void> {
    await this.driver.close();
  }

  bulk<T>(fn: () => Promise<T>): Promise<T> {
    return this.driver.bulk(fn);
  }

  // ---- writing -----------------------------------------------------------------------------

  async putArticle(input: ArticleInput, analysis: Analysis | null, opts: PutOptions = {}): Promise<PutResult> {
    if (typeof input.text !== 'string' || input.text.trim() === '') throw new Error('article text is empty');
    const textWords = words(input.text);
    const fp = fingerprint(input.text, textWords);
    const key = articleKey(input, fp.hash);
    const published = publishedDay(input.published ?? analysis?.document.published ?? null);
    // what this article could share with a concurrent writer: its key, its story, its events
    // (re-putting a stored article re-merges the events it reported before: those keys too)
    const old = await this.driver.all<{ merge_key: string }>(
      `SELECT DISTINCT e.merge_key FROM articles a JOIN event_reports r ON r.article_seq = a.seq JOIN events e ON e.seq = r.event_seq WHERE a.key = ?`, [key]);
    const locks = [lockId(`k:${key}`), lockId(`h:${fp.hash}`), ...fp.bands.map((b) => lockId(`b:${b}`)),
      ...this.eventLocks(analysis, old.map((o) => o.merge_key))];
    return this.driver.tx(async (q) => {
      const existing = await q.get<ArticleRow>(`SELECT ${ARTICLE_COLS} FROM articles WHERE key = ?`, [key]);
      let keepId: string | null = null;
      if (existing) {
        if (existing.content_hash === fp.hash) {
          const wantAnalysis = analysis !== null && (opts.replaceAnalysis || num(existing.analysed) === 0);
          if (!wantAnalysis) {
            const ev = await q.all<{ id: string }>(
              `SELECT DISTINCT e.id FROM event_reports r JOIN events e ON e.seq = r.event_seq WHERE r.article_seq = ? ORDER BY e.id`, [existing.seq]);
            return { status: 'unchanged', articleId: existing.id, storyId: existing.story_id, events: ev.map((x) => x.id) };
          }
          await this.removeDerived(q, existing.seq);
          const events = await this.insertDerived(q, { ...existing, seq: num(existing.seq) }, input.text, analysis!, opts);
          return { status: 'updated', articleId: existing.id, storyId: existing.story_id, events };
        }
        // same key, new text: replace the article, keeping its id
        keepId = existing.id;
        await this.deleteArticle(q, existing.seq);
      }
      // duplicates
      let storyId: string | null = null;
      let dupOf: string | null = null;
      let dupKind: 'exact' | 'near' | null = null;
      let similarity: number | null = null;
      const exact = await q.get<{ id: string; story_id: string }>(
        `SELECT id, story_id FROM articles WHERE content_hash = ? ORDER BY seq LIMIT 1`, [fp.hash]);
      if (exact) {
        storyId = exact.story_id; dupOf = exact.id; dupKind = 'exact'; similarity = 1;
      } else if (fp.bands.length > 0) {
        // the newest articles of each band (copies of a story come close in time); bounded per band
        // so that bands shared by many articles (boilerplate) cost the same at any corpus size
        const hits = await q.all<{ article_seq: number }>(
          fp.bands.map((_, i) => `SELECT article_seq FROM (SELECT article_seq FROM article_lsh WHERE band = ? ORDER BY article_seq DESC LIMIT ${BAND_FANOUT}) AS b${i}`).join(' UNION ALL '),
          fp.bands);
        const shared = new Map<number, number>();
        for (const h of hits) shared.set(num(h.article_seq), (shared.get(num(h.article_seq)) ?? 0) + 1);
        const cands = [...shared.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, 5).map(([article_seq]) => ({ article_seq }));
        for (const c of cands) {
          const a = await q.get<{ id: string; story_id: string; text: string; minhash: string | null }>(
            `SELECT id, story_id, text, minhash FROM articles WHERE seq = ?`, [c.article_seq]);
          if (!a) continue;
          if (a.minhash && estimatedJaccard(fp.signature, hexToSig(a.minhash)) < MIN_ESTIMATED_JACCARD) continue;
          const sim = nearDuplicate(fp.shingles, shingles(a.text));
          if (sim !== null && (similarity === null || sim > similarity)) {
            storyId = a.story_id; dupOf = a.id; dupKind = 'near'; similarity = sim;
          }
        }
      }
      const id = keepId ?? articleIdFor(input, key);
      const row = await q.get<{ seq: number }>(
        `INSERT INTO articles (id, key, ext_id, text, title, outlet, url, published, lang, origin, content_hash, minhash, story_id,
           duplicate_of, duplicate_kind, similarity, chars, ingested_at, analysed)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0) RETURNING seq`,
        [id, key, input.id ?? null, input.text, input.title ?? null, input.outlet ?? null, input.url ?? null, published,
          input.lang ?? analysis?.document.lang ?? null, input.origin ?? null, fp.hash, sigToHex(fp.signature), storyId ?? id,
          dupOf, dupKind, similarity === null ? null : Math.round(similarity * 1000) / 1000, input.text.length, new Date().toISOString()]);
      const seq = num(row!.seq);
      if (dupKind !== 'exact') await insertMany(q, 'article_lsh', ['band', 'article_seq'], fp.bands.map((b) => [b, seq]));
      const body = ftsDocument(input.title, input.text, textWords);
      if (this.driver.dialect === 'sqlite') await q.run(`INSERT INTO articles_fts (rowid, body) VALUES (?, ?)`, [seq, body]);
      else await q.run(`INSERT INTO articles_fts (article_seq, body) VALUES (?, to_tsvector('simple', ?))`, [seq, body]);
      const art = { seq, id, outlet: input.outlet ?? null, published, story_id: storyId ?? id };
      const events = analysis ? await this.insertDerived(q, art, input.text, analysis, opts) : [];
      const status: PutStatus = keepId ? 'updated' : dupKind === 'exact' ? 'duplicate' : dupKind === 'near' ? 'near-duplicate' : 'ingested';
      return {
        status, articleId: id, storyId: storyId ?? id, events,
        ...(dupOf ? { duplicateOf: dupOf, similarity: similarity ?? 1 } : {}),
      };
    }, { locks });
  }

  /** Lock ids of the merge keys an analysis' events can merge under (events naming actors only). */
  private eventLocks(analysis: Analysis | null, oldKeys: readonly string[] = []): number[] {
    const keys = new Set(oldKeys);
    for (const e of analysis?.events ?? []) if (actorKey(e) !== null) keys.add(mergeKey(e, ''));
    return [...keys].map((k) => lockId(`e:${k}`));
  }

  async putAnalysis(articleId: string, analysis: Analysis, opts: PutOptions = {}): Promise<PutResult> {
    const old = await this.driver.all<{ merge_key: string }>(
      `SELECT DISTINCT e.merge_key FROM event_reports r JOIN events e ON e.seq = r.event_seq JOIN articles a ON a.seq = r.article_seq WHERE a.id = ?`, [articleId]);
    const locks = [lockId(`k:article:${articleId}`), ...this.eventLocks(analysis, old.map((o) => o.merge_key))];
    return this.driver.tx(async (q) => {
      const a = await q.get<ArticleRow & { text: string }>(`SELECT ${ARTICLE_COLS}, text FROM articles WHERE id = ?`, [articleId]);
      if (!a) throw new Error(`no stored article "${articleId}"`);
      await this.removeDerived(q, num(a.seq));
      const events = await this.insertDerived(q, { ...a, seq: num(a.seq) }, a.text, analysis, opts);
      return { status: 'updated', articleId: a.id, storyId: a.story_id, events };
    }, { locks });
  }

  private async deleteArticle(q: Queryable, seq: number): Promise<void> {
    await this.removeDerived(q, seq);
    await q.run(`DELETE FROM article_lsh WHERE article_seq = ?`, [seq]);
    if (this.driver.dialect === 'sqlite') await q.run(`DELETE FROM articles_fts WHERE rowid = ?`, [seq]);
    else await q.run(`DELETE FROM articles_fts WHERE article_seq = ?`, [seq]);
    await q.run(`DELETE FROM articles WHERE seq = ?`, [seq]);
  }

  /** Removes an article's mentions, times and event reports, and re-merges the events they fed. */
  private async removeDerived(q: Queryable, seq: number): Promise<void> {
    const touched = await q.all<{ event_seq: number }>(`SELECT DISTINCT event_seq FROM event_reports WHERE article_seq = ?`, [seq]);
    await q.run(`DELETE FROM event_reports WHERE article_seq = ?`, [seq]);
    await q.run(`DELETE FROM mentions WHERE article_seq = ?`, [seq]);
    await q.run(`DELETE FROM times WHERE article_seq = ?`, [seq]);
    for (const t of touched) await this.refreshEvent(q, num(t.event_seq));
    await q.run(`UPDATE articles SET analysed = 0, analysis = NULL, n_mentions = 0, n_times = 0, n_events = 0 WHERE seq = ?`, [seq]);
  }

  private async upsertActors(q: Queryable, actors: readonly AnalysisActor[]): Promise<void> {
    const byId = new Map<string, AnalysisActor>();
    for (const a of actors) if (a && typeof a.id === 'string' && a.id) byId.set(a.id, a);
    if (byId.size === 0) return;
    const list = [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : 1));
    // Rows are only written when new or changed: an unconditional upsert would lock the rows of
    // frequent actors and serialise concurrent workers on them.
    const stored = new Map<string, Record<string, unknown>>();
    for (let i = 0; i < list.length; i += 500) {
      const chunk = list.slice(i, i + 500).map((a) => a.id);
      for (const r of await q.all(`SELECT id, name, type, names, country, sector, wikidata, provisional FROM actors WHERE id IN ${inList(chunk.length)}`, chunk)) {
        stored.set(String(r.id), r);
      }
    }
    const row = (a: AnalysisActor): Param[] => [a.id, a.name ?? a.id, a.type ?? 'ORG', JSON.stringify(a.names ?? {}), a.country ?? null,
      a.sector ?? null, a.wikidata ?? null, a.roles ? JSON.stringify(a.roles) : null, a.provisional ? 1 : 0];
    await insertMany(q, 'actors', ['id', 'name', 'type', 'names', 'country', 'sector', 'wikidata', 'roles', 'provisional'],
      list.filter((a) => !stored.has(a.id)).map(row), 'ON CONFLICT DO NOTHING');
    for (const a of list) {
      const s = stored.get(a.id);
      if (!s) continue;
      const r = row(a);
      const same = s.name === r[1] && s.type === r[2] && s.names === r[3] && (s.country ?? null) === r[4] && (s.sector ?? null) === r[5]
        && (s.wikidata ?? null) === r[6] && num(s.provisional) === r[8];
      if (same) continue;
      await q.run(`UPDATE actors SET name = ?, type = ?, names = ?, country = COALESCE(?, country), sector = COALESCE(?, sector),
        wikidata = COALESCE(?, wikidata), roles = COALESCE(?, roles), provisional = ? WHERE id = ?`, [...r.slice(1), a.id]);
    }
    const names = new Map<string, Param[]>();
    for (const a of list) {
      const add = (s: string | undefined, kind: string): void => {
        if (!s) return;
        const k = nameKey(s);
        if (k && !names.has(`${k}\u0000${a.id}`)) names.set(`${k}\u0000${a.id}`, [k, a.id, kind]);
      };
      add(a.id, 'id');
      add(a.name, 'name');
      for (const [lang, n] of Object.entries(a.names ?? {})) add(n, lang === 'ar' ? 'arabic' : 'name');
    }
    await insertMany(q, 'actor_names', ['norm', 'actor_id', 'kind'], [...names.values()], 'ON CONFLICT DO NOTHING');
  }

  private async insertDerived(
    q: Queryable, art: { seq: number; id: string; outlet: string | null; published: string | null; story_id: string },
    text: string, analysis: Analysis, opts: PutOptions,
  ): Promise<string[]> {
    const actors = Array.isArray(analysis.actors) ? analysis.actors : [];
    const mentions = Array.isArray(analysis.mentions) ? analysis.mentions : [];
    const times = Array.isArray(analysis.times) ? analysis.times : [];
    const events = Array.isArray(analysis.events) ? analysis.events : [];
    await this.upsertActors(q, actors);
    await insertMany(q, 'mentions', ['article_seq', 'start_off', 'end_off', 'text', 'type', 'actor_id', 'via', 'role'],
      mentions.map((m) => [art.seq, m.start, m.end, m.text, m.type, m.actor ?? null, m.via ?? null, m.role ?? null]));
    await insertMany(q, 'times', ['article_seq', 'start_off', 'end_off', 'text', 'type', 'value', 'mod', 'end_value'],
      times.map((t) => [art.seq, t.start, t.end, t.text, t.type ?? null, t.value, t.mod ?? null, t.endValue ?? null]));
    const touched = new Set<number>();
    const ids: string[] = [];
    for (let i = 0; i < events.length; i++) {
      const e = events[i]!;
      const localId = e.id || `e${i + 1}`;
      const seq = await this.mergeReport(q, art, text, e, localId);
      touched.add(seq);
    }
    for (const s of touched) {
      const ev = await this.refreshEvent(q, s);
      if (ev) ids.push(ev);
    }
    await q.run(
      `UPDATE articles SET analysed = 1, analysis = ?, engine_version = ?, n_mentions = ?, n_times = ?, n_events = ? WHERE seq = ?`,
      [JSON.stringify(analysis), opts.engineVersion ?? null, mentions.length, times.length, events.length, art.seq]);
    return [...new Set(ids)].sort();
  }

  /** Attaches one reported event to the merged event it describes (or a new one); returns its seq. */
  private async mergeReport(
    q: Queryable, art: { seq: number; id: string; outlet: string | null; published: string | null; story_id: string },
    text: string, e: EventRecord, localId: string,
  ): Promise<number> {
    const range = dayRange(e.date, art.published);
    const key = mergeKey(e, `${art.id}#${localId}`);
    const cands = await q.all<{ seq: number; date: string | null; day_start: string | null; day_end: string | null; from_published: number }>(
      `SELECT seq, date, day_start, day_end, from_published FROM events WHERE merge_key = ?`, [key]);
    const pick = pickCandidate({ date: e.date ?? null, range }, cands.map((c) => ({
      id: String(c.seq), date: c.date, seq: num(c.seq),
      range: { start: c.day_start, end: c.day_end, fromPublished: num(c.from_published) === 1 },
    })));
    let seq: number;
    if (pick) {
      seq = pick.seq;
    } else {
      const id = `ev_${sha1(`${art.id}#${localId}#${art.seq}`).slice(0, 14)}`;
      const row = await q.get<{ seq: number }>(
        `INSERT INTO events (id, merge_key, type, modality, is_symmetric, sources, targets, participants, mediators, date, day_start, day_end, from_published)
         VALUES (?, ?, ?, ?, ?, '[]', '[]', '[]', '[]', ?, ?, ?, ?) RETURNING seq`,
        [id, key, e.type, e.modality, isSymmetric(e) ? 1 : 0, e.date ?? null, range.start, range.end, range.fromPublished ? 1 : 0]);
      seq = num(row!.seq);
    }
    const span = (s: { start: number; end: number } | undefined): [number | null, number | null, string | null] =>
      s && Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.end <= text.length && s.start <= s.end
        ? [s.start, s.end, text.slice(s.start, s.end)]
        : [null, null, null];
    const [ts, te, tt] = span(e.trigger);
    const [es, ee, et] = span(e.evidence);
    await q.run(
      `INSERT INTO event_reports (event_seq, article_seq, local_id, outlet, published, story_id, type, mode, modality, date, day_start, day_end,
         from_published, sources, targets, participants, mediators, location, attribution, trigger_start, trigger_end, trigger_text,
         evidence_start, evidence_end, evidence_text)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      [seq, art.seq, localId, art.outlet, art.published, art.story_id, e.type, e.mode ?? null, e.modality, e.date ?? null,
        range.start, range.end, range.fromPublished ? 1 : 0, j(e.sources), j(e.targets), j(e.participants), j(e.mediators),
        e.location ?? null, j(e.attribution), ts, te, tt, es, ee, et]);
    return seq;
  }

  /** Adds (1) or removes (-1) one event's contribution to the network aggregates. */
  private async networkDelta(q: Queryable, seq: number, sign: 1 | -1): Promise<void> {
    // rows are touched in key order, so concurrent PostgreSQL workers cannot deadlock on them
    await q.run(
      `INSERT INTO actor_pairs (s, t, type, n) SELECT p.s, p.t, p.type, p.n FROM (${PAIRS_SELECT('e.seq = ?', String(sign))}) p
       WHERE true ORDER BY p.s, p.t, p.type
       ON CONFLICT (s, t, type) DO UPDATE SET n = actor_pairs.n + excluded.n`, [seq]);
    await q.run(
      `INSERT INTO actor_counts (actor_id, n) SELECT DISTINCT actor_id, ${sign} FROM event_actors WHERE event_seq = ? AND role IN ('source', 'target')
       ORDER BY actor_id
       ON CONFLICT (actor_id) DO UPDATE SET n = actor_counts.n + excluded.n`, [seq]);
  }

  /** Recomputes a merged event from its reports (deleting it when none is left); returns its id. */
  private async refreshEvent(q: Queryable, seq: number): Promise<string | null> {
    const reps = await q.all<ReportRow>(`SELECT * FROM event_reports WHERE event_seq = ? ORDER BY seq`, [seq]);
    if (reps.length === 0) {
      await this.networkDelta(q, seq, -1);
      await q.run(`DELETE FROM event_actors WHERE event_seq = ?`, [seq]);
      await q.run(`DELETE FROM events WHERE seq = ?`, [seq]);
      return null;
    }
    // the most precise date among the reports (first report on ties)
    let best = reps[0]!;
    let bestP = precision({ start: best.day_start, end: best.day_end, fromPublished: num(best.from_published) === 1 });
    for (const r of reps.slice(1)) {
      const p = precision({ start: r.day_start, end: r.day_end, fromPublished: num(r.from_published) === 1 });
      if (p < bestP) { best = r; bestP = p; }
    }
    let range: DayRange = { start: best.day_start, end: best.day_end, fromPublished: num(best.from_published) === 1 };
    if (range.fromPublished) {
      // no report gives a date: the span of the publication windows
      const starts = reps.map((r) => r.day_start).filter((x): x is string => !!x).sort();
      const ends = reps.map((r) => r.day_end).filter((x): x is string => !!x).sort();
      range = { start: starts[0] ?? null, end: ends[ends.length - 1] ?? null, fromPublished: true };
    }
    const first = reps[0]!;
    const modes = new Map<string, number>();
    for (const r of reps) if (r.mode) modes.set(r.mode, (modes.get(r.mode) ?? 0) + 1);
    let mode: string | null = null;
    for (const [m, c] of modes) if (mode === null || c > modes.get(mode)!) mode = m;
    const sources = arr(first.sources);
    const targets = arr(first.targets);
    const core = new Set([...sources, ...targets]);
    const participants = [...new Set(reps.flatMap((r) => arr(r.participants)))].filter((x) => !core.has(x)).sort();
    const mediators = [...new Set(reps.flatMap((r) => arr(r.mediators)))].filter((x) => !core.has(x)).sort();
    const location = reps.find((r) => r.location)?.location ?? null;
    const pubs = reps.map((r) => r.published).filter((x): x is string => !!x).sort();
    const numArticles = new Set(reps.map((r) => r.article_seq)).size;
    const numSources = new Set(reps.map((r) => r.outlet ?? `story:${r.story_id}`)).size;
    const numStories = new Set(reps.map((r) => r.story_id)).size;
    const updated = await q.get<{ id: string }>(
      `UPDATE events SET mode = ?, modality = ?, sources = ?, targets = ?, participants = ?, mediators = ?, date = ?, day_start = ?,
         day_end = ?, from_published = ?, location = ?, num_reports = ?, num_articles = ?, num_sources = ?, num_stories = ?, first_reported = ?
       WHERE seq = ? RETURNING id`,
      [mode, eventModality(reps.map((r) => r.modality as Modality)), j(sources), j(targets), j(participants), j(mediators),
        range.fromPublished ? null : best.date, range.start, range.end, range.fromPublished ? 1 : 0, location, reps.length, numArticles,
        numSources, numStories, pubs[0] ?? null, seq]);
    await this.networkDelta(q, seq, -1);
    await q.run(`DELETE FROM event_actors WHERE event_seq = ?`, [seq]);
    const roles = new Map<string, Param[]>();
    const add = (ids: readonly string[], role: EventRole): void => {
      for (const a of ids) if (a && !roles.has(`${a}|${role}`)) roles.set(`${a}|${role}`, [seq, a, role]);
    };
    add(sources, 'source');
    add(targets, 'target');
    add(participants, 'participant');
    add(mediators, 'mediator');
    await insertMany(q, 'event_actors', ['event_seq', 'actor_id', 'role'], [...roles.values()]);
    await this.networkDelta(q, seq, 1);
    return updated?.id ?? null;
  }

  async recordDeadLetter(d: DeadLetter): Promise<void> {
    await this.driver.run(`INSERT INTO dead_letters (key, error, attempts, payload, at) VALUES (?, ?, ?, ?, ?)`,
      [d.key, d.error, d.attempts, JSON.stringify(d.payload ?? null), d.at ?? new Date().toISOString()]);
  }

  async listDeadLetters(limit = 100): Promise<DeadLetter[]> {
    const rows = await this.driver.all<{ key: string; error: string; attempts: number; payload: string; at: string }>(
      `SELECT key, error, attempts, payload, at FROM dead_letters ORDER BY seq DESC LIMIT ?`, [limit]);
    return rows.map((r) => ({ key: r.key, error: r.error, attempts: num(r.attempts), payload: JSON.parse(r.payload ?? 'null'), at: r.at }));
  }

  // ---- articles ----------------------------------------------------------------------------

  async hasArticle(key: string, contentHash?: string): Promise<boolean> {
    const r = await this.driver.get<{ h: string }>(`SELECT content_hash AS h FROM articles WHERE key = ?`, [key]);
    return r !== undefined && (contentHash === undefined || r.h === contentHash);
  }

  async getArticle(id: string): Promise<StoredArticle | null> {
    const r = await this.driver.get<ArticleRow>(`SELECT ${ARTICLE_COLS}, text, analysis FROM articles WHERE id = ?`, [id]);
    if (!r) return null;
    return { ...toSummary(r), text: r.text ?? '', origin: r.origin, analysis: r.analysis ? (JSON.parse(r.analysis) as Analysis) : null };
  }

  async listArticles(f: ArticleFilters = {}): Promise<Page<ArticleSummary>> {
    const conds: string[] = [];
    const params: Param[] = [];
    if (f.outlet) { conds.push('outlet = ?'); params.push(f.outlet); }
    if (f.storyId) { conds.push('story_id = ?'); params.push(f.storyId); }
    if (f.from) { conds.push('published >= ?'); params.push(f.from); }
    if (f.to) { conds.push('published <= ?'); params.push(f.to); }
    if (f.staleFor !== undefined) { conds.push('(engine_version IS NULL OR engine_version <> ? OR analysed = 0)'); params.push(f.staleFor); }
    const where = conds.length ? `WHERE ${conds.join(' AND ')}` : '';
    const limit = Math.min(Math.max(1, f.limit ?? 50), 1000);
    const offset = Math.max(0, f.offset ?? 0);
    const total = num((await this.driver.get<{ n: number }>(`SELECT COUNT(*) AS n FROM articles ${where}`, params))!.n);
    const rows = await this.driver.all<ArticleRow>(`SELECT ${ARTICLE_COLS} FROM articles ${where} ORDER BY seq LIMIT ? OFFSET ?`, [...params, limit, offset]);
    return { rows: rows.map(toSummary), total, limit, offset };
  }

  // ---- events ------------------------------------------------------------------------------

  /**
   * WHERE clause of an event filter. `scanByDay`: write the subquery tests so SQLite does not use
   * them to drive the query (`+e.seq`), letting it walk the day index in order and stop after one
   * page — the faster plan when many events match.
   */
  private eventWhere(f: Omit<EventFilters, 'limit' | 'offset' | 'order'>, scanByDay = false): Where {
    const conds: string[] = [];
    const params: Param[] = [];
    const seqCol = scanByDay ? '+e.seq' : 'e.seq';
    const actors = asList(f.actor as string | readonly string[] | undefined);
    if (actors.length) {
      conds.push(`${seqCol} IN (SELECT event_seq FROM event_actors WHERE actor_id IN ${inList(actors.length)})`);
      params.push(...actors);
    }
    if (f.pair) {
      const a = asList(f.pair[0] as string | readonly string[]);
      const b = asList(f.pair[1] as string | readonly string[]);
      conds.push(`${seqCol} IN (SELECT x.event_seq FROM event_actors x JOIN event_actors y ON y.event_seq = x.event_seq
        WHERE x.actor_id IN ${inList(a.length)} AND y.actor_id IN ${inList(b.length)} AND x.actor_id <> y.actor_id)`);
      params.push(...a, ...b);
    }
    const types = asList(f.type as PloverType | readonly PloverType[] | undefined);
    if (types.length) { conds.push(`e.type IN ${inList(types.length)}`); params.push(...types); }
    const mods = asList(f.modality as Modality | readonly Modality[] | undefined);
    if (mods.length) { conds.push(`e.modality IN ${inList(mods.length)}`); params.push(...mods); }
    if (f.from) {
      // no stored range is longer than a year (the widest TIMEX date), so the index on day_start
      // can be bounded on both sides
      conds.push('e.day_end >= ? AND e.day_start >= ?');
      params.push(f.from, addDays(f.from, -MAX_RANGE_DAYS));
    }
    if (f.to) { conds.push('e.day_start <= ?'); params.push(f.to); }
    if (f.outlet) { conds.push(`${seqCol} IN (SELECT event_seq FROM event_reports WHERE outlet = ?)`); params.push(f.outlet); }
    if (f.article) {
      conds.push(`${seqCol} IN (SELECT r.event_seq FROM event_reports r JOIN articles a ON a.seq = r.article_seq WHERE a.id = ?)`);
      params.push(f.article);
    }
    return { sql: conds.length ? `WHERE ${conds.join(' AND ')}` : '', params };
  }

  private async reportsFor(seqs: readonly number[]): Promise<Map<number, EventReport[]>> {
    const out = new Map<number, EventReport[]>();
    for (let i = 0; i < seqs.length; i += 500) {
      const chunk = seqs.slice(i, i + 500);
      const rows = await this.driver.all<ReportRow>(
        `SELECT r.*, a.id AS article_id, a.url, a.title, e.id AS event_id FROM event_reports r
         JOIN articles a ON a.seq = r.article_seq JOIN events e ON e.seq = r.event_seq
         WHERE r.event_seq IN ${inList(chunk.length)} ORDER BY r.event_seq, r.seq`, chunk);
      for (const r of rows) {
        const k = num(r.event_seq);
        if (!out.has(k)) out.set(k, []);
        out.get(k)!.push(toReport(r));
      }
    }
    return out;
  }

  async queryEvents(f: EventFilters = {}, opts: { withReports?: boolean } = {}): Promise<Page<StoredEvent>> {
    const w = this.eventWhere(f);
    const limit = Math.min(Math.max(1, f.limit ?? 50), 10000);
    const offset = Math.max(0, f.offset ?? 0);
    // SQLite sorts NULLs first ascending, so last descending; PostgreSQL needs it said
    const nullsLast = this.driver.dialect === 'pg' ? ' NULLS LAST' : '';
    const order = f.order === 'reports' ? 'e.num_reports DESC, e.seq DESC' : `e.day_start DESC${nullsLast}, e.seq DESC`;
    const total = num((await this.driver.get<{ n: number }>(`SELECT COUNT(*) AS n FROM events e ${w.sql}`, w.params))!.n);
    // many matches (SQLite): walk the day index and stop after the page instead of sorting them all
    const byDay = this.driver.dialect === 'sqlite' && f.order !== 'reports' && total > 2000 && offset < 5000;
    const wp = byDay ? this.eventWhere(f, true) : w;
    const rows = await this.driver.all<EventRow>(`SELECT e.* FROM events e ${wp.sql} ORDER BY ${order} LIMIT ? OFFSET ?`, [...wp.params, limit, offset]);
    const reps = opts.withReports ? await this.reportsFor(rows.map((r) => num(r.seq))) : null;
    return { rows: rows.map((r) => toEvent(r, reps ? reps.get(num(r.seq)) ?? [] : undefined)), total, limit, offset };
  }

  async getEvent(id: string): Promise<StoredEvent | null> {
    const r = await this.driver.get<EventRow>(`SELECT * FROM events WHERE id = ?`, [id]);
    if (!r) return null;
    const reps = await this.reportsFor([num(r.seq)]);
    return toEvent(r, reps.get(num(r.seq)) ?? []);
  }

  async *streamEvents(f: Omit<EventFilters, 'limit' | 'offset'> = {}): AsyncIterable<StoredEvent> {
    const w = this.eventWhere(f);
    let last = 0;
    for (;;) {
      const sql = `SELECT e.* FROM events e ${w.sql ? w.sql + ' AND' : 'WHERE'} e.seq > ? ORDER BY e.seq LIMIT 500`;
      const rows = await this.driver.all<EventRow>(sql, [...w.params, last]);
      if (rows.length === 0) return;
      const reps = await this.reportsFor(rows.map((r) => num(r.seq)));
      for (const r of rows) yield toEvent(r, reps.get(num(r.seq)) ?? []);
      last = num(rows[rows.length - 1]!.seq);
    }
  }

  // ---- actors ------------------------------------------------------------------------------

  async resolveActor(nameOrId: string): Promise<ActorMatch[]> {
    const q = nameOrId.trim();
    if (!q) return [];
    const byId = await this.driver.get<{ id: string; name: string }>(`SELECT id, name FROM actors WHERE id = ?`, [q]);
    if (byId) return [{ id: byId.id, name: byId.name, how: 'id' }];
    const k = nameKey(q);
    let rows = await this.driver.all<{ id: string; name: string; kind: string }>(
      `SELECT DISTINCT a.id, a.name, n.kind FROM actor_names n JOIN actors a ON a.id = n.actor_id WHERE n.norm = ? ORDER BY a.id`, [k]);
    if (rows.length === 0 && k.length >= 3) {
      // a whole word of a longer name ("عراقجي" for "عباس عراقجي")
      rows = await this.driver.all(
        `SELECT DISTINCT a.id, a.name, n.kind FROM actor_names n JOIN actors a ON a.id = n.actor_id
         WHERE (' ' || n.norm || ' ') LIKE ? ORDER BY a.id LIMIT 20`,
        [`% ${k.replace(/[%_]/g, '')} %`]);
    }
    if (rows.length === 0 && k.length >= 3) {
      rows = await this.driver.all(
        `SELECT DISTINCT a.id, a.name, n.kind FROM actor_names n JOIN actors a ON a.id = n.actor_id WHERE n.norm LIKE ? ORDER BY a.id LIMIT 20`,
        [`${k.replace(/[%_]/g, '')}%`]);
    }
    const seen = new Set<string>();
    const out: ActorMatch[] = [];
    for (const r of rows) {
      if (seen.has(r.id)) continue;
      seen.add(r.id);
      out.push({ id: r.id, name: r.name, how: r.kind === 'arabic' ? 'arabic' : r.kind === 'id' ? 'id' : 'name' });
    }
    return out;
  }

  private async actorCounts(id: string): Promise<[number, number]> {
    const m = await this.driver.get<{ n: number }>(`SELECT COUNT(*) AS n FROM mentions WHERE actor_id = ?`, [id]);
    const e = await this.driver.get<{ n: number }>(`SELECT COUNT(DISTINCT event_seq) AS n FROM event_actors WHERE actor_id = ?`, [id]);
    return [num(m?.n), num(e?.n)];
  }

  async getActor(id: string): Promise<StoredActor | null> {
    const r = await this.driver.get(`SELECT * FROM actors WHERE id = ?`, [id]);
    if (!r) return null;
    const [m, e] = await this.actorCounts(id);
    return actorRowTo(r, m, e);
  }

  async listActors(opts: { q?: string; limit?: number; offset?: number } = {}): Promise<Page<StoredActor>> {
    const limit = Math.min(Math.max(1, opts.limit ?? 50), 1000);
    const offset = Math.max(0, opts.offset ?? 0);
    let where = '';
    const params: Param[] = [];
    if (opts.q) {
      where = `WHERE id IN (SELECT actor_id FROM actor_names WHERE norm LIKE ?)`;
      params.push(`%${nameKey(opts.q).replace(/[%_]/g, '')}%`);
    }
    const total = num((await this.driver.get<{ n: number }>(`SELECT COUNT(*) AS n FROM actors ${where}`, params))!.n);
    const rows = await this.driver.all(`SELECT * FROM actors ${where} ORDER BY name, id LIMIT ? OFFSET ?`, [...params, limit, offset]);
    const out: StoredActor[] = [];
    for (const r of rows) {
      const [m, e] = await this.actorCounts(String(r.id));
      out.push(actorRowTo(r, m, e));
    }
    return { rows: out, total, limit, offset };
  }

  async actorsById(ids: readonly string[]): Promise<Map<string, StoredActor>> {
    const out = new Map<string, StoredActor>();
    const uniq = [...new Set(ids)];
    for (let i = 0; i < uniq.length; i += 500) {
      const chunk = uniq.slice(i, i + 500);
      const rows = await this.driver.all(`SELECT * FROM actors WHERE id IN ${inList(chunk.length)}`, chunk);
      for (const r of rows) out.set(String(r.id), actorRowTo(r));
    }
    return out;
  }

  async actorProfile(id: string, opts: { timelineLimit?: number; counterpartLimit?: number } = {}): Promise<ActorProfile | null> {
    const actor = await this.getActor(id);
    if (!actor) return null;
    const roles = await this.driver.all<{ role: string; type: string; n: number }>(
      `SELECT ea.role, e.type, COUNT(*) AS n FROM event_actors ea JOIN events e ON e.seq = ea.event_seq
       WHERE ea.actor_id = ? GROUP BY ea.role, e.type ORDER BY n DESC, ea.role, e.type`, [id]);
    const cp = await this.driver.all<{ actor_id: string; type: string; n: number }>(
      `SELECT o.actor_id, e.type, COUNT(DISTINCT e.seq) AS n FROM event_actors ea
       JOIN event_actors o ON o.event_seq = ea.event_seq AND o.actor_id <> ea.actor_id
       JOIN events e ON e.seq = ea.event_seq WHERE ea.actor_id = ? GROUP BY o.actor_id, e.type`, [id]);
    const byCp = new Map<string, { count: number; types: Partial<Record<PloverType, number>> }>();
    for (const r of cp) {
      const c = byCp.get(r.actor_id) ?? { count: 0, types: {} };
      c.count += num(r.n);
      c.types[r.type as PloverType] = (c.types[r.type as PloverType] ?? 0) + num(r.n);
      byCp.set(r.actor_id, c);
    }
    const cpList = [...byCp.entries()].sort((a, b) => b[1].count - a[1].count || (a[0] < b[0] ? -1 : 1)).slice(0, opts.counterpartLimit ?? 50);
    const names = await this.actorsById(cpList.map(([a]) => a));
    const tl = await this.driver.all<EventRow & { role: string }>(
      `SELECT e.*, ea.role FROM event_actors ea JOIN events e ON e.seq = ea.event_seq WHERE ea.actor_id = ?
       ORDER BY e.day_start DESC${this.driver.dialect === 'pg' ? ' NULLS LAST' : ''}, e.seq DESC LIMIT ?`, [id, opts.timelineLimit ?? 200]);
    const seenEv = new Set<number>();
    const timeline: ActorProfile['timeline'][number][] = [];
    for (const r of tl) {
      if (seenEv.has(num(r.seq))) continue;
      seenEv.add(num(r.seq));
      const all = [...arr(r.sources), ...arr(r.targets), ...arr(r.participants), ...arr(r.mediators)];
      timeline.push({
        eventId: r.id, day: r.day_start, date: r.date, type: r.type as PloverType, modality: r.modality as Modality,
        role: r.role as EventRole, counterparts: [...new Set(all.filter((x) => x !== id))], numSources: num(r.num_sources),
      });
    }
    const src = await this.driver.all<{ outlet: string | null; reports: number; articles: number }>(
      `SELECT r.outlet, COUNT(*) AS reports, COUNT(DISTINCT r.article_seq) AS articles FROM event_reports r
       WHERE r.event_seq IN (SELECT event_seq FROM event_actors WHERE actor_id = ?) GROUP BY r.outlet ORDER BY reports DESC, r.outlet`, [id]);
    return {
      actor,
      roles: roles.map((r) => ({ role: r.role as EventRole, type: r.type as PloverType, count: num(r.n) })),
      counterparts: cpList.map(([a, c]) => ({ actor: a, name: names.get(a)?.name ?? a, count: c.count, types: c.types })),
      timeline,
      sources: src.map((s) => ({ outlet: s.outlet ?? '(unknown outlet)', reports: num(s.reports), articles: num(s.articles) })),
    };
  }

  async network(f: NetworkFilters = {}): Promise<Network> {
    // aggregated in SQL over event_actors, so the cost follows the top-N actors, not the events
    const w = this.eventWhere(f);
    const and = w.sql ? `${w.sql} AND` : 'WHERE';
    const topN = f.topN ?? 50;
    if (!w.sql) return this.networkFromAggregates(Math.max(1, Math.floor(topN)));
    const top = await this.driver.all<{ actor_id: string; n: number }>(
      `SELECT ea.actor_id, COUNT(DISTINCT ea.event_seq) AS n FROM event_actors ea JOIN events e ON e.seq = ea.event_seq
       ${and} ea.role IN ('source', 'target') GROUP BY ea.actor_id ORDER BY n DESC, ea.actor_id LIMIT ${Math.max(1, Math.floor(topN))}`, w.params);
    const keep = top.map((r) => r.actor_id);
    let pairs: PairRow[] = [];
    if (keep.length >= 2) {
      // directed pairs source → target; symmetric events count once per unordered pair
      const cond = `${w.sql.replace(/^WHERE /, '')} AND a.actor_id IN ${inList(keep.length)} AND b.actor_id IN ${inList(keep.length)}`;
      pairs = await this.driver.all<PairRow>(PAIRS_SELECT(cond), [...w.params, ...keep, ...keep]);
    }
    return this.networkOf(top, pairs);
  }

  /** The unfiltered network straight from the maintained aggregates (the first view of the UI). */
  private async networkFromAggregates(topN: number): Promise<Network> {
    const top = await this.driver.all<{ actor_id: string; n: number }>(
      `SELECT actor_id, n FROM actor_counts WHERE n > 0 ORDER BY n DESC, actor_id LIMIT ${topN}`, []);
    const keep = top.map((r) => r.actor_id);
    const pairs = keep.length < 2 ? [] : await this.driver.all<PairRow>(
      `SELECT s, t, type, n FROM actor_pairs WHERE n > 0 AND s IN ${inList(keep.length)} AND t IN ${inList(keep.length)}`, [...keep, ...keep]);
    return this.networkOf(top, pairs);
  }

  /** Nodes (top actors with their event counts) and weighted edges by quad class and type. */
  private async networkOf(top: readonly { actor_id: string; n: number }[], pairs: readonly PairRow[]): Promise<Network> {
    const edges = new Map<string, { source: string; target: string; weight: number; byQuad: Record<Quad, number>; byType: Partial<Record<PloverType, number>> }>();
    for (const r of pairs) {
      const type = r.type as PloverType;
      const k = `${r.s}\u0000${r.t}`;
      const e = edges.get(k) ?? { source: r.s, target: r.t, weight: 0, byQuad: emptyQuads(), byType: {} };
      const n = num(r.n);
      e.weight += n;
      e.byQuad[QUADS[type]] += n;
      e.byType[type] = (e.byType[type] ?? 0) + n;
      edges.set(k, e);
    }
    const actors = await this.actorsById(top.map((r) => r.actor_id));
    return {
      nodes: top.map(({ actor_id: id, n }) => {
        const a = actors.get(id);
        return { id, name: a?.name ?? id, names: a?.names ?? {}, type: a?.type ?? 'UNK', country: a?.country ?? null, events: num(n) };
      }),
      edges: [...edges.values()].sort((a, b) => b.weight - a.weight || (a.source + a.target < b.source + b.target ? -1 : 1)),
    };
  }

  async timeline(tq: TimelineQuery): Promise<TimelinePoint[]> {
    const w = this.eventWhere({
      ...(tq.actor !== undefined ? { actor: tq.actor } : {}), ...(tq.pair ? { pair: tq.pair } : {}),
      ...(tq.type !== undefined ? { type: tq.type } : {}), ...(tq.from ? { from: tq.from } : {}), ...(tq.to ? { to: tq.to } : {}),
    });
    const len = tq.bucket === 'month' ? 7 : 10;
    const rows = await this.driver.all<{ b: string; type: string; n: number }>(
      `SELECT substr(e.day_start, 1, ${len}) AS b, e.type, COUNT(*) AS n FROM events e ${w.sql ? w.sql + ' AND' : 'WHERE'} e.day_start IS NOT NULL
       GROUP BY substr(e.day_start, 1, ${len}), e.type ORDER BY b`, w.params);
    const out = new Map<string, { bucket: string; count: number; byQuad: Record<Quad, number>; byType: Partial<Record<PloverType, number>> }>();
    for (const r of rows) {
      const p = out.get(r.b) ?? { bucket: r.b, count: 0, byQuad: emptyQuads(), byType: {} };
      const n = num(r.n);
      p.count += n;
      p.byQuad[QUADS[r.type as PloverType]] += n;
      p.byType[r.type as PloverType] = n;
      out.set(r.b, p);
    }
    return [...out.values()];
  }

  // ---- search & stats ----------------------------------------------------------------------

  async search(query: string, opts: { limit?: number; offset?: number } = {}): Promise<Page<SearchHit>> {
    const limit = Math.min(Math.max(1, opts.limit ?? 20), 500);
    const offset = Math.max(0, opts.offset ?? 0);
    const p = parseQuery(query);
    if (p.groups.length === 0) return { rows: [], total: 0, limit, offset };
    let total: number;
    let rows: (ArticleRow & { text: string; rank: number })[];
    if (this.driver.dialect === 'sqlite') {
      const m = fts5Query(p);
      total = num((await this.driver.get<{ n: number }>(`SELECT COUNT(*) AS n FROM articles_fts WHERE articles_fts MATCH ?`, [m]))!.n);
      rows = await this.driver.all(
        `SELECT a.seq, a.id, a.title, a.outlet, a.url, a.published, a.text, bm25(articles_fts) AS rank
         FROM articles_fts JOIN articles a ON a.seq = articles_fts.rowid WHERE articles_fts MATCH ? ORDER BY rank, a.seq LIMIT ? OFFSET ?`,
        [m, limit, offset]);
    } else {
      const t = tsQuery(p);
      if (!t) return { rows: [], total: 0, limit, offset };
      total = num((await this.driver.get<{ n: number }>(`SELECT COUNT(*) AS n FROM articles_fts WHERE body @@ to_tsquery('simple', ?)`, [t]))!.n);
      rows = await this.driver.all(
        `SELECT a.seq, a.id, a.title, a.outlet, a.url, a.published, a.text, -ts_rank(f.body, to_tsquery('simple', ?)) AS rank
         FROM articles_fts f JOIN articles a ON a.seq = f.article_seq WHERE f.body @@ to_tsquery('simple', ?)
         ORDER BY rank, a.seq LIMIT ? OFFSET ?`, [t, t, limit, offset]);
    }
    return {
      rows: rows.map((r) => ({
        articleId: r.id, title: r.title, outlet: r.outlet, published: r.published, url: r.url,
        snippet: snippet(r.text, p), rank: Math.round(num(r.rank) * 1e4) / 1e4,
      })),
      total, limit, offset,
    };
  }

  async stats(): Promise<StoreStats> {
    const n = async (sql: string): Promise<number> => num((await this.driver.get<{ n: number }>(sql))!.n);
    return {
      articles: await n(`SELECT COUNT(*) AS n FROM articles`),
      stories: await n(`SELECT COUNT(DISTINCT story_id) AS n FROM articles`),
      exactDuplicates: await n(`SELECT COUNT(*) AS n FROM articles WHERE duplicate_kind = 'exact'`),
      nearDuplicates: await n(`SELECT COUNT(*) AS n FROM articles WHERE duplicate_kind = 'near'`),
      analysed: await n(`SELECT COUNT(*) AS n FROM articles WHERE analysed = 1`),
      mentions: await n(`SELECT COUNT(*) AS n FROM mentions`),
      times: await n(`SELECT COUNT(*) AS n FROM times`),
      actors: await n(`SELECT COUNT(*) AS n FROM actors`),
      events: await n(`SELECT COUNT(*) AS n FROM events`),
      reports: await n(`SELECT COUNT(*) AS n FROM event_reports`),
      outlets: await n(`SELECT COUNT(DISTINCT outlet) AS n FROM articles`),
      deadLetters: await n(`SELECT COUNT(*) AS n FROM dead_letters`),
      schemaVersion: (await n(`SELECT MAX(version) AS n FROM schema_migrations`)) || SCHEMA_VERSION,
    };
  }
}
