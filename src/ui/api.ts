// The browser's client of the Marsad HTTP API (same origin). Errors carry the server's message.
import type { Analysis, PloverType } from '../model/types.ts';
import type {
  ActorProfile, ArticleSummary, NetworkEdge, Page, Quad, SearchHit, StoredActor, StoredArticle, StoredEvent, TimelinePoint,
} from '../store/types.ts';

export type { Analysis, PloverType, Quad, StoredEvent, StoredActor, TimelinePoint, SearchHit, ArticleSummary, Page };

/** What the views need to label an actor. */
export interface ActorLabel {
  readonly id: string;
  readonly name: string;
  readonly names: Readonly<Record<string, string>>;
}

export interface ActorBrief {
  readonly id: string;
  readonly name: string;
  readonly names: Readonly<Record<string, string>>;
  readonly type: string;
  readonly country: string | null;
}

export type EventsPage = Page<StoredEvent> & { readonly actors: Readonly<Record<string, ActorBrief>> };
export type EventDetail = StoredEvent & { readonly quad: Quad; readonly actors: Readonly<Record<string, ActorBrief>> };
export type ArticleDetail = StoredArticle & { readonly corpusEvents: readonly StoredEvent[]; readonly eventActors: Readonly<Record<string, ActorBrief>> };

export interface RoleSpellView {
  readonly role: string;
  readonly of: string | null;
  readonly ofName: string | null;
  readonly from: string;
  readonly to: string | null;
  readonly ar: string | null;
}

export type ActorPage = ActorProfile & {
  readonly arNames: readonly string[];
  readonly aliases: readonly string[];
  readonly roleSpells: readonly RoleSpellView[];
  readonly actors: Readonly<Record<string, ActorBrief>>;
};

export interface NetworkData {
  readonly topN: number;
  readonly nodes: readonly (ActorBrief & { readonly events: number })[];
  /** The store's edges with their dominant quad class (added by the server). */
  readonly edges: readonly (NetworkEdge & { readonly quad: Quad })[];
}

export interface Meta {
  readonly types: readonly PloverType[];
  readonly quads: Readonly<Record<PloverType, Quad>>;
  readonly modalities: readonly string[];
  readonly stats: { readonly articles: number; readonly events: number; readonly actors: number };
}

export type Params = Record<string, string | number | undefined | null>;

export function qs(p: Params): string {
  const u = new URLSearchParams();
  for (const [k, v] of Object.entries(p)) if (v !== undefined && v !== null && v !== '') u.set(k, String(v));
  const s = u.toString();
  return s ? `?${s}` : '';
}

async function handle<T>(r: Response): Promise<T> {
  const data = (await r.json().catch(() => null)) as unknown;
  if (!r.ok) {
    const msg = data && typeof data === 'object' && 'error' in data ? String((data as { error: unknown }).error) : `HTTP ${r.status}`;
    throw new Error(msg);
  }
  return data as T;
}

export async function get<T>(path: string, p: Params = {}, signal?: AbortSignal): Promise<T> {
  return handle<T>(await fetch(`${path}${qs(p)}`, { headers: { Accept: 'application/json' }, ...(signal ? { signal } : {}) }));
}

export async function post<T>(path: string, body: unknown): Promise<T> {
  return handle<T>(await fetch(path, { method: 'POST', headers: { 'Content-Type': 'application/json', Accept: 'application/json' }, body: JSON.stringify(body) }));
}

export const QUAD_COLOURS: Readonly<Record<Quad, string>> = {
  verbalCoop: '#2e7d32',
  materialCoop: '#1565c0',
  verbalConflict: '#ef6c00',
  materialConflict: '#c62828',
};

export const QUAD_OF: Readonly<Record<PloverType, Quad>> = {
  AGREE: 'verbalCoop', CONSULT: 'verbalCoop', SUPPORT: 'verbalCoop', CONCEDE: 'verbalCoop',
  COOPERATE: 'materialCoop', AID: 'materialCoop', RETREAT: 'materialCoop',
  REQUEST: 'verbalConflict', ACCUSE: 'verbalConflict', REJECT: 'verbalConflict', THREATEN: 'verbalConflict',
  PROTEST: 'materialConflict', SANCTION: 'materialConflict', MOBILIZE: 'materialConflict', COERCE: 'materialConflict', ASSAULT: 'materialConflict',
};

export const PLOVER: readonly PloverType[] = Object.keys(QUAD_OF) as PloverType[];
export const MODALITIES = ['asserted', 'future', 'conditional', 'hypothetical', 'negated', 'denied'] as const;
export const QUADS: readonly Quad[] = ['verbalCoop', 'materialCoop', 'verbalConflict', 'materialConflict'];
