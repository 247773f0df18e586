// The storage interface of the corpus: every backend (SQLite, PostgreSQL) implements `Store`.
// The CLI (src/cli/corpus.ts), the queue workers and the HTTP API build on this file only.
//
// Conventions:
// - Every method is async (PostgreSQL is), even where the SQLite backend is synchronous inside.
// - Dates are ISO strings: `published` is 'YYYY-MM-DD' (or null); event dates are TIMEX3 values
//   (2025-05-08, 2025-05, 2025-W19, PAST_REF, ...) with a derived day range for filtering.
// - Offsets (trigger, evidence, mentions, times) refer to the ORIGINAL article text, UTF-16 code
//   units, end exclusive. Nothing stored or returned is the normalised matching form.
// - Actor filters take actor ids; use `resolveActor` to turn an English/Arabic name into ids.
import type {
  Analysis, AnalysisActor, AnalysisMention, EventRecord, Modality, PloverType, Span, Timex,
} from '../model/types.ts';

/** An article as read by an ingest reader, before analysis. */
export interface ArticleInput {
  /** Caller's id (JSONL `id`, a file path, a feed item guid). Part of the idempotency key. */
  readonly id?: string | null;
  readonly text: string;
  /** 'YYYY-MM-DD' (a date-time is cut to its date), or null when unknown. */
  readonly published?: string | null;
  readonly outlet?: string | null;
  readonly url?: string | null;
  readonly title?: string | null;
  readonly lang?: string | null;
  /** Where it was read from (file path, file:line, feed URL) — for reports, not identity. */
  readonly origin?: string | null;
}

export type PutStatus =
  | 'ingested' // a new article, the first of its story
  | 'duplicate' // a new article whose normalised text equals a stored one (another source of that story)
  | 'near-duplicate' // a new article close to a stored one (shingles + MinHash): joins that story
  | 'unchanged' // this very article (same key) is already stored: nothing changed
  | 'updated'; // same key, new text or a newer analysis: replaced

export interface PutResult {
  readonly status: PutStatus;
  readonly articleId: string;
  readonly storyId: string;
  /** For duplicates: the stored article it copies / resembles, and the similarity (1 for exact). */
  readonly duplicateOf?: string;
  readonly similarity?: number;
  /** Merged event ids this article's reports were attached to (new or existing). */
  readonly events: readonly string[];
}

export interface PutOptions {
  /** Version string of the engine that produced the analysis (stored; lets `reanalyze` find stale rows). */
  readonly engineVersion?: string;
  /** Replace the stored analysis even when the article is unchanged (re-analysis). */
  readonly replaceAnalysis?: boolean;
}

export interface ArticleSummary {
  readonly id: string;
  readonly key: string;
  readonly title: string | null;
  readonly outlet: string | null;
  readonly url: string | null;
  readonly published: string | null;
  readonly lang: string | null;
  readonly storyId: string;
  readonly duplicateOf: string | null;
  readonly duplicateKind: 'exact' | 'near' | null;
  readonly contentHash: string;
  readonly chars: number;
  readonly ingestedAt: string;
  readonly engineVersion: string | null;
  readonly analysed: boolean;
  readonly counts: { readonly mentions: number; readonly times: number; readonly events: number };
}

export interface StoredArticle extends ArticleSummary {
  readonly text: string;
  readonly origin: string | null;
  /** The analysis as stored (whatever stages existed when it was analysed), or null. */
  readonly analysis: Analysis | null;
}

export interface Page<T> {
  readonly rows: readonly T[];
  readonly total: number;
  readonly limit: number;
  readonly offset: number;
}

export interface ArticleFilters {
  readonly outlet?: string;
  readonly storyId?: string;
  readonly from?: string; // published >= (YYYY-MM-DD)
  readonly to?: string; // published <= (YYYY-MM-DD)
  /** Only articles whose stored engine version differs from this (for re-analysis). */
  readonly staleFor?: string;
  readonly limit?: number; // default 50, max 1000
  readonly offset?: number;
}

export interface EventFilters {
  /** Events where any of these actor ids takes any role (source, target, participant, mediator). */
  readonly actor?: string | readonly string[];
  /** Events involving both sides (each side: one id or several alternatives), in either direction. */
  readonly pair?: readonly [string | readonly string[], string | readonly string[]];
  readonly type?: PloverType | readonly PloverType[];
  readonly modality?: Modality | readonly Modality[];
  /** Event day range (inclusive, YYYY-MM-DD); an event matches when its day range overlaps. */
  readonly from?: string;
  readonly to?: string;
  /** Events reported by at least one article of this outlet. */
  readonly outlet?: string;
  /** Events reported in this article. */
  readonly article?: string;
  readonly limit?: number; // default 50, max 10000
  readonly offset?: number;
  /** Sort order; default 'date' (newest first). */
  readonly order?: 'date' | 'reports';
}

export interface EventReport {
  readonly eventId: string;
  readonly articleId: string;
  readonly storyId: string;
  /** The event id inside that article's analysis. */
  readonly localId: string;
  readonly outlet: string | null;
  readonly url: string | null;
  readonly title: string | null;
  readonly published: string | null;
  readonly type: PloverType;
  readonly mode: string | null;
  readonly modality: Modality;
  readonly date: string | null;
  readonly sources: readonly string[];
  readonly targets: readonly string[];
  readonly attribution: readonly string[];
  readonly trigger: (Span & { readonly text: string }) | null;
  readonly evidence: (Span & { readonly text: string }) | null;
}

/** One real-world event: every report of it, from every article, merged (see docs/corpus.md). */
export interface StoredEvent {
  readonly id: string;
  readonly type: PloverType;
  readonly mode: string | null;
  /** Event-level modality: 'asserted' when any report asserts it, else the most frequent. */
  readonly modality: Modality;
  readonly symmetric: boolean;
  readonly sources: readonly string[];
  readonly targets: readonly string[];
  readonly participants: readonly string[];
  readonly mediators: readonly string[];
  /** The most precise TIMEX3 value among the reports (null when none gave one). */
  readonly date: string | null;
  /** Day range the event is placed in (from `date`, else from the reports' publication dates). */
  readonly dayStart: string | null;
  readonly dayEnd: string | null;
  readonly location: string | null;
  /** GDELT-style counts: reports (event mentions), distinct articles, distinct outlets, distinct stories. */
  readonly numReports: number;
  readonly numArticles: number;
  readonly numSources: number;
  readonly numStories: number;
  readonly firstReported: string | null; // earliest publication date among reports
  /** Present when requested (`withReports`) or from getEvent. */
  readonly reports?: readonly EventReport[];
}

export interface StoredActor extends AnalysisActor {
  readonly provisional?: boolean;
  readonly numMentions: number;
  readonly numEvents: number;
}

export type EventRole = 'source' | 'target' | 'participant' | 'mediator';

export interface ActorProfile {
  readonly actor: StoredActor;
  /** How often the actor appears in each event role, per event type. */
  readonly roles: readonly { readonly role: EventRole; readonly type: PloverType; readonly count: number }[];
  /** Actors it shares events with, most frequent first. */
  readonly counterparts: readonly {
    readonly actor: string;
    readonly name: string;
    readonly count: number;
    readonly types: Readonly<Partial<Record<PloverType, number>>>;
  }[];
  /** Its events by day (newest first, capped). */
  readonly timeline: readonly {
    readonly eventId: string;
    readonly day: string | null;
    readonly date: string | null;
    readonly type: PloverType;
    readonly modality: Modality;
    readonly role: EventRole;
    readonly counterparts: readonly string[];
    readonly numSources: number;
  }[];
  /** Outlets reporting its events, most frequent first. */
  readonly sources: readonly { readonly outlet: string; readonly reports: number; readonly articles: number }[];
}

export type Quad = 'verbalCoop' | 'materialCoop' | 'verbalConflict' | 'materialConflict';

export interface NetworkFilters extends Omit<EventFilters, 'limit' | 'offset' | 'order'> {
  /** Keep the N actors with the most events (default 50). */
  readonly topN?: number;
}

export interface Network {
  readonly nodes: readonly {
    readonly id: string;
    readonly name: string;
    readonly names: Readonly<Record<string, string>>;
    readonly type: string;
    readonly country: string | null;
    readonly events: number;
  }[];
  /** Undirected for symmetric events, otherwise source → target; weight = number of merged events. */
  readonly edges: readonly NetworkEdge[];
}

/** One edge of the actor network: events between two actors, counted by quad class and type. */
export interface NetworkEdge {
  readonly source: string;
  readonly target: string;
  readonly weight: number;
  readonly byQuad: Readonly<Record<Quad, number>>;
  readonly byType: Readonly<Partial<Record<PloverType, number>>>;
}

export interface TimelineQuery {
  readonly actor?: string | readonly string[];
  readonly pair?: readonly [string | readonly string[], string | readonly string[]];
  readonly type?: PloverType | readonly PloverType[];
  readonly from?: string;
  readonly to?: string;
  readonly bucket?: 'day' | 'month';
}

export interface TimelinePoint {
  readonly bucket: string; // YYYY-MM-DD or YYYY-MM
  readonly count: number;
  readonly byQuad: Readonly<Record<Quad, number>>;
  readonly byType: Readonly<Partial<Record<PloverType, number>>>;
}

export interface SearchHit {
  readonly articleId: string;
  readonly title: string | null;
  readonly outlet: string | null;
  readonly published: string | null;
  readonly url: string | null;
  /** An excerpt of the ORIGINAL text around the first match. */
  readonly snippet: string;
  readonly rank: number;
}

export interface StoreStats {
  readonly articles: number;
  readonly stories: number;
  readonly exactDuplicates: number;
  readonly nearDuplicates: number;
  readonly analysed: number;
  readonly mentions: number;
  readonly times: number;
  readonly actors: number;
  readonly events: number;
  readonly reports: number;
  readonly outlets: number;
  readonly deadLetters: number;
  readonly schemaVersion: number;
}

export interface DeadLetter {
  readonly key: string; // idempotency key or origin of the article
  readonly error: string;
  readonly attempts: number;
  readonly payload: unknown;
  readonly at?: string;
}

/** A stored actor resolved from a user-typed id or English/Arabic name. */
export interface ActorMatch {
  readonly id: string;
  readonly name: string;
  readonly how: 'id' | 'name' | 'arabic' | 'alias';
}

export interface Store {
  readonly kind: 'sqlite' | 'postgres';
  /** Applies pending migrations (idempotent). Called by `openStore`. */
  migrate(): Promise<number>;
  close(): Promise<void>;
  /**
   * Runs a bulk write (an ingest run) with group commit where the backend gains from it: every
   * putArticle stays atomic, but SQLite commits them in groups (see Driver.bulk).
   */
  bulk<T>(fn: () => Promise<T>): Promise<T>;

  /**
   * Stores one article with its analysis (null = not analysed yet) in ONE transaction: the article,
   * its mentions, times, actors and event reports, merging each event into the corpus events.
   */
  putArticle(article: ArticleInput, analysis: Analysis | null, opts?: PutOptions): Promise<PutResult>;
  /** Replaces the analysis of a stored article (re-analysis with a newer engine), one transaction. */
  putAnalysis(articleId: string, analysis: Analysis, opts?: PutOptions): Promise<PutResult>;
  getArticle(id: string): Promise<StoredArticle | null>;
  listArticles(filters?: ArticleFilters): Promise<Page<ArticleSummary>>;
  /**
   * True when an article with this idempotency key is stored (see `articleKey` in sql-store.ts) —
   * with this content hash, when one is given.
   */
  hasArticle(key: string, contentHash?: string): Promise<boolean>;

  queryEvents(filters?: EventFilters, opts?: { withReports?: boolean }): Promise<Page<StoredEvent>>;
  getEvent(id: string): Promise<StoredEvent | null>;

  resolveActor(nameOrId: string): Promise<ActorMatch[]>;
  getActor(id: string): Promise<StoredActor | null>;
  listActors(opts?: { q?: string; limit?: number; offset?: number }): Promise<Page<StoredActor>>;
  actorProfile(id: string, opts?: { timelineLimit?: number; counterpartLimit?: number }): Promise<ActorProfile | null>;
  network(filters?: NetworkFilters): Promise<Network>;
  timeline(q: TimelineQuery): Promise<TimelinePoint[]>;

  search(q: string, opts?: { limit?: number; offset?: number }): Promise<Page<SearchHit>>;
  stats(): Promise<StoreStats>;

  /** Streams every matching event with its reports (for exports), in a stable order. */
  streamEvents(filters?: Omit<EventFilters, 'limit' | 'offset'>): AsyncIterable<StoredEvent>;
  /** Actors by id (for exports). */
  actorsById(ids: readonly string[]): Promise<Map<string, StoredActor>>;

  recordDeadLetter(d: DeadLetter): Promise<void>;
  listDeadLetters(limit?: number): Promise<DeadLetter[]>;
}

/** Where a store lives: a SQLite file path (default ./marsad.db) or a postgres:// URL. */
export type StoreTarget = string;

export type { Analysis, AnalysisActor, AnalysisMention, EventRecord, Timex };
