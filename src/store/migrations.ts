// Versioned schema migrations, written once and adapted per dialect. Applied in order inside one
// transaction each; `schema_migrations` records what has run. Never edit a released migration:
// append a new one.
export type Dialect = 'sqlite' | 'pg';

export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly sql: (d: Dialect) => string[];
}

const serial = (d: Dialect): string => (d === 'sqlite' ? 'INTEGER PRIMARY KEY' : 'BIGSERIAL PRIMARY KEY');
const big = (d: Dialect): string => (d === 'sqlite' ? 'INTEGER' : 'BIGINT');
const real = (d: Dialect): string => (d === 'sqlite' ? 'REAL' : 'DOUBLE PRECISION');

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'articles, actors, mentions, times, events, event reports, dead letters',
    sql: (d) => [
      `CREATE TABLE articles (
        seq ${serial(d)},
        id TEXT NOT NULL UNIQUE,
        key TEXT NOT NULL UNIQUE,
        ext_id TEXT,
        text TEXT NOT NULL,
        title TEXT, outlet TEXT, url TEXT, published TEXT, lang TEXT, origin TEXT,
        content_hash TEXT NOT NULL,
        minhash TEXT,
        story_id TEXT NOT NULL,
        duplicate_of TEXT,
        duplicate_kind TEXT,
        similarity ${real(d)},
        chars INTEGER NOT NULL,
        ingested_at TEXT NOT NULL,
        engine_version TEXT,
        analysed INTEGER NOT NULL DEFAULT 0,
        analysis TEXT,
        n_mentions INTEGER NOT NULL DEFAULT 0,
        n_times INTEGER NOT NULL DEFAULT 0,
        n_events INTEGER NOT NULL DEFAULT 0
      )`,
      `CREATE INDEX articles_hash ON articles(content_hash)`,
      `CREATE INDEX articles_story ON articles(story_id)`,
      `CREATE INDEX articles_outlet ON articles(outlet, published)`,
      `CREATE INDEX articles_published ON articles(published)`,
      `CREATE TABLE article_lsh (band ${big(d)} NOT NULL, article_seq ${big(d)} NOT NULL)`,
      `CREATE INDEX article_lsh_band ON article_lsh(band)`,
      `CREATE INDEX article_lsh_article ON article_lsh(article_seq)`,
      `CREATE TABLE actors (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        type TEXT NOT NULL,
        names TEXT NOT NULL,
        country TEXT, sector TEXT, wikidata TEXT,
        roles TEXT,
        provisional INTEGER NOT NULL DEFAULT 0
      )`,
      `CREATE TABLE actor_names (norm TEXT NOT NULL, actor_id TEXT NOT NULL, kind TEXT NOT NULL, PRIMARY KEY (norm, actor_id))`,
      `CREATE TABLE mentions (
        article_seq ${big(d)} NOT NULL,
        start_off INTEGER NOT NULL, end_off INTEGER NOT NULL,
        text TEXT NOT NULL, type TEXT NOT NULL, actor_id TEXT, via TEXT, role TEXT
      )`,
      `CREATE INDEX mentions_article ON mentions(article_seq)`,
      `CREATE INDEX mentions_actor ON mentions(actor_id)`,
      `CREATE TABLE times (
        article_seq ${big(d)} NOT NULL,
        start_off INTEGER NOT NULL, end_off INTEGER NOT NULL,
        text TEXT NOT NULL, type TEXT, value TEXT NOT NULL, mod TEXT, end_value TEXT
      )`,
      `CREATE INDEX times_article ON times(article_seq)`,
      `CREATE TABLE events (
        seq ${serial(d)},
        id TEXT NOT NULL UNIQUE,
        merge_key TEXT NOT NULL,
        type TEXT NOT NULL, mode TEXT, modality TEXT NOT NULL,
        is_symmetric INTEGER NOT NULL DEFAULT 0,
        sources TEXT NOT NULL, targets TEXT NOT NULL, participants TEXT NOT NULL, mediators TEXT NOT NULL,
        date TEXT, day_start TEXT, day_end TEXT, from_published INTEGER NOT NULL DEFAULT 0,
        location TEXT,
        num_reports INTEGER NOT NULL DEFAULT 0,
        num_articles INTEGER NOT NULL DEFAULT 0,
        num_sources INTEGER NOT NULL DEFAULT 0,
        num_stories INTEGER NOT NULL DEFAULT 0,
        first_reported TEXT
      )`,
      `CREATE INDEX events_key ON events(merge_key)`,
      `CREATE INDEX events_day ON events(day_start, seq)`,
      `CREATE INDEX events_type_day ON events(type, day_start)`,
      `CREATE INDEX events_modality ON events(modality)`,
      `CREATE TABLE event_actors (event_seq ${big(d)} NOT NULL, actor_id TEXT NOT NULL, role TEXT NOT NULL, PRIMARY KEY (event_seq, actor_id, role))`,
      `CREATE INDEX event_actors_actor ON event_actors(actor_id, event_seq)`,
      `CREATE TABLE event_reports (
        seq ${serial(d)},
        event_seq ${big(d)} NOT NULL,
        article_seq ${big(d)} NOT NULL,
        local_id TEXT NOT NULL,
        outlet TEXT, published TEXT, story_id TEXT NOT NULL,
        type TEXT NOT NULL, mode TEXT, modality TEXT NOT NULL,
        date TEXT, day_start TEXT, day_end TEXT, from_published INTEGER NOT NULL DEFAULT 0,
        sources TEXT NOT NULL, targets TEXT NOT NULL, participants TEXT NOT NULL, mediators TEXT NOT NULL,
        location TEXT,
        attribution TEXT NOT NULL,
        trigger_start INTEGER, trigger_end INTEGER, trigger_text TEXT,
        evidence_start INTEGER, evidence_end INTEGER, evidence_text TEXT
      )`,
      `CREATE INDEX event_reports_event ON event_reports(event_seq)`,
      `CREATE INDEX event_reports_article ON event_reports(article_seq)`,
      `CREATE INDEX event_reports_outlet ON event_reports(outlet, event_seq)`,
      `CREATE TABLE dead_letters (
        seq ${serial(d)},
        key TEXT NOT NULL, error TEXT NOT NULL, attempts INTEGER NOT NULL, payload TEXT, at TEXT NOT NULL
      )`,
    ],
  },
  {
    version: 2,
    name: 'Arabic-aware full-text index (normalised, light-stemmed terms)',
    sql: (d) =>
      d === 'sqlite'
        ? [`CREATE VIRTUAL TABLE articles_fts USING fts5(body, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 0')`]
        : [
            `CREATE TABLE articles_fts (article_seq BIGINT PRIMARY KEY, body tsvector NOT NULL)`,
            `CREATE INDEX articles_fts_body ON articles_fts USING GIN (body)`,
          ],
  },
  {
    version: 3,
    name: 'indexes for event filters ordered by day (modality, date ranges, actor roles)',
    sql: () => [
      `CREATE INDEX events_modality_day ON events(modality, day_start)`,
      `CREATE INDEX events_days ON events(day_start, day_end)`,
      `DROP INDEX events_modality`,
    ],
  },
  {
    version: 4,
    name: 'LSH band index ordered by article (bounded candidate lookups)',
    sql: () => [`CREATE INDEX article_lsh_band_seq ON article_lsh(band, article_seq)`, `DROP INDEX article_lsh_band`],
  },
  {
    version: 5,
    name: 'actor network aggregates (pair counts by type, event counts by actor), kept in step on every event write',
    sql: (d) => [
      `CREATE TABLE actor_pairs (s TEXT NOT NULL, t TEXT NOT NULL, type TEXT NOT NULL, n ${big(d)} NOT NULL, PRIMARY KEY (s, t, type))`,
      `CREATE INDEX actor_pairs_n ON actor_pairs(n)`,
      `CREATE TABLE actor_counts (actor_id TEXT PRIMARY KEY, n ${big(d)} NOT NULL)`,
      `CREATE INDEX actor_counts_n ON actor_counts(n)`,
      `INSERT INTO actor_pairs (s, t, type, n) ${PAIRS_SELECT('1=1')}`,
      `INSERT INTO actor_counts (actor_id, n) SELECT actor_id, COUNT(DISTINCT event_seq) FROM event_actors WHERE role IN ('source', 'target') GROUP BY actor_id`,
    ],
  },
];

/**
 * Directed actor pairs of events (source → target; a symmetric event counts once per unordered
 * pair), by type, for the events matching `cond` (on events e). Shared by the migration and the
 * store's incremental upkeep so both count alike.
 */
export function PAIRS_SELECT(cond: string, n = 'COUNT(DISTINCT e.seq)'): string {
  return `SELECT a.actor_id AS s, b.actor_id AS t, e.type AS type, ${n} AS n FROM events e
    JOIN event_actors a ON a.event_seq = e.seq JOIN event_actors b ON b.event_seq = e.seq
    WHERE ${cond} AND a.actor_id <> b.actor_id
      AND ((e.is_symmetric = 0 AND a.role = 'source' AND b.role = 'target')
        OR (e.is_symmetric = 1 AND a.role IN ('source', 'target') AND b.role IN ('source', 'target') AND a.actor_id < b.actor_id))
    GROUP BY a.actor_id, b.actor_id, e.type`;
}

export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;
