// The HTTP API (Hono) over a Store and the analysis engine, plus the built web UI at `/`.
// Every query string and body is validated with the zod schemas of schemas.ts; bad input gives ONE
// JSON error {error} naming the field. Untrusted article text only ever leaves as JSON data.
import { createHash, timingSafeEqual } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize as normalizePath, resolve, sep } from 'node:path';
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { stream } from 'hono/streaming';
import type { z } from 'zod';
import type { Engine } from '../pipeline/engine.ts';
import type { Analyzer } from '../ingest/analyzer.ts';
import { ingestOne } from '../ingest/pipeline.ts';
import { publishedDay } from '../io/schemas.ts';
import { PLOVER_TYPES } from '../model/types.ts';
import type { EventFilters, Store, StoredActor, StoredEvent } from '../store/types.ts';
import {
  ActorProfileQuery, ActorsQuery, AnalyzeBody, ArticleBody, ArticlesQuery, EventsQuery, ExportQuery, IngestBody, MODALITIES,
  NetworkQuery, QUAD_OF, SearchQuery, TimelineQuery, firstIssue, type EventFilterInput,
} from './schemas.ts';
import { exportChunks } from './export.ts';
import { openApiDocument } from './openapi.ts';
import { AggregateCache } from './cache.ts';

export class HttpError extends Error {
  constructor(readonly status: 400 | 401 | 403 | 404 | 413 | 415 | 421 | 500 | 503, message: string) {
    super(message);
  }
}

export interface AppOptions {
  readonly store: Store;
  /** The engine, created on first use (loading the knowledge base takes a moment). */
  readonly engine: () => Engine;
  /** Analyzer for the write endpoints (engine + version string stored with the analysis). */
  readonly analyzer: () => Analyzer;
  /** When set, write endpoints need `Authorization: Bearer <token>`. */
  readonly token?: string | null;
  /** Folder of the built UI (dist/ui); null = no UI. */
  readonly uiDir?: string | null;
  /** Only answer requests whose Host header is loopback (DNS-rebinding guard when bound to loopback). */
  readonly loopbackOnly?: boolean;
  /** How long aggregates (network, timeline, profiles, counts) are reused, in ms (default 30 s; 0 = never). */
  readonly cacheMs?: number;
  /** Body limits in bytes (defaults: 4 MB for one article, 32 MB for ingest). */
  readonly maxBody?: number;
  readonly maxIngestBody?: number;
}

const LOOPBACK_HOSTS = /^(localhost|127(?:\.\d{1,3}){3}|\[::1\])(?::\d+)?$/i;

function parse<S extends z.ZodType>(schema: S, input: unknown, where: 'query' | 'body'): z.output<S> {
  const r = schema.safeParse(input);
  if (!r.success) throw new HttpError(400, firstIssue(r.error, where));
  return r.data;
}

/** The query string as an object; a repeated key becomes one comma-separated value. */
function queryObject(c: Context): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, vs] of Object.entries(c.req.queries())) out[k] = vs.join(',');
  return out;
}

function query<S extends z.ZodObject>(c: Context, schema: S): z.output<S> {
  return parse(schema.strict() as unknown as S, queryObject(c), 'query');
}

async function body<S extends z.ZodType>(c: Context, schema: S): Promise<z.output<S>> {
  const ct = c.req.header('content-type') ?? '';
  if (!/^application\/json\b/i.test(ct)) throw new HttpError(415, 'body: send JSON with Content-Type: application/json');
  let raw: unknown;
  try {
    raw = JSON.parse(await c.req.text());
  } catch (e) {
    throw new HttpError(400, `body: not valid JSON (${(e as Error).message})`);
  }
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) throw new HttpError(400, 'body: expected a JSON object');
  return parse(schema, raw, 'body');
}

function sha(s: string): Buffer {
  return createHash('sha256').update(s).digest();
}

/** Turns user-typed actor names/ids into stored actor ids (a 400 naming the field when none matches). */
async function resolveActors(store: Store, field: string, value: string): Promise<string[]> {
  const ids: string[] = [];
  for (const part of value.split(',').map((x) => x.trim()).filter(Boolean)) {
    const m = await store.resolveActor(part);
    if (m.length === 0) throw new HttpError(400, `query parameter "${field}": no stored actor matches "${part}"`);
    ids.push(...m.map((x) => x.id));
  }
  return [...new Set(ids)];
}

async function eventFilters(store: Store, q: EventFilterInput): Promise<Omit<EventFilters, 'limit' | 'offset' | 'order'>> {
  const f: { -readonly [K in keyof EventFilters]?: EventFilters[K] } = {};
  if (q.actor) f.actor = await resolveActors(store, 'actor', q.actor);
  if (q.pair) {
    const a = await resolveActors(store, 'pair', q.pair[0]!);
    const b = await resolveActors(store, 'pair', q.pair[1]!);
    f.pair = [a, b];
  }
  if (q.type) f.type = q.type;
  if (q.modality) f.modality = q.modality;
  if (q.from) f.from = q.from;
  if (q.to) f.to = q.to;
  if (q.from && q.to && q.from > q.to) throw new HttpError(400, `query parameter "to": ${q.to} is before from=${q.from}`);
  if (q.outlet) f.outlet = q.outlet;
  if (q.article) f.article = q.article;
  return f;
}

type Brief = { id: string; name: string; names: Readonly<Record<string, string>>; type: string; country: string | null };
const brief = (a: StoredActor): Brief => ({ id: a.id, name: a.name, names: a.names, type: a.type, country: a.country ?? null });

/** Names of every actor the events mention, so a client can label ids without more requests. */
async function actorNames(store: Store, events: readonly StoredEvent[], extra: readonly string[] = []): Promise<Record<string, Brief>> {
  const ids = new Set<string>(extra);
  for (const e of events) for (const id of [...e.sources, ...e.targets, ...e.participants, ...e.mediators, ...(e.location ? [e.location] : [])]) ids.add(id);
  const m = await store.actorsById([...ids]);
  const out: Record<string, Brief> = {};
  for (const [id, a] of m) out[id] = brief(a);
  return out;
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.json': 'application/json; charset=utf-8', '.svg': 'image/svg+xml', '.png': 'image/png',
  '.ico': 'image/x-icon', '.woff2': 'font/woff2', '.txt': 'text/plain; charset=utf-8', '.map': 'application/json; charset=utf-8',
};

const UI_CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

export const NOT_BUILT_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Marsad: the web UI is not built</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:44rem;margin:4rem auto;padding:0 1rem;color:#222}code{background:#f1f1f1;padding:.1rem .3rem}</style></head>
<body><h1>Marsad: the web UI is not built</h1>
<p>The API is running (see <a href="/api/openapi.json">/api/openapi.json</a>), but <code>dist/ui/</code> holds no build of the web UI.</p>
<p>Build it with <code>npm run build</code> (or run <code>npm start</code>, which builds it when needed), then reload this page.</p>
<p dir="rtl" lang="ar">واجهة الويب غير مبنية بعد: شغّل <code>npm run build</code> ثم أعد تحميل الصفحة.</p></body></html>
`;

export function createApp(o: AppOptions): Hono {
  const app = new Hono();
  const { store } = o;
  const tokenHash = o.token ? sha(o.token) : null;
  const cache = new AggregateCache(o.cacheMs ?? 30_000);
  const memo = <T>(key: unknown, compute: () => Promise<T>): Promise<T> => (o.cacheMs === 0 ? compute() : cache.get(JSON.stringify(key), compute));
  const engine = (): Engine => {
    try {
      return o.engine();
    } catch (e) {
      throw new HttpError(503, `the analysis engine could not start: ${(e as Error).message}`);
    }
  };
  const analyzer = (): Analyzer => {
    engine();
    return o.analyzer();
  };

  app.onError((err, c) => {
    if (err instanceof HttpError) return c.json({ error: err.message }, err.status);
    process.stderr.write(`marsad serve: ${c.req.method} ${c.req.path}: ${err.stack ?? err.message}\n`);
    return c.json({ error: `internal error: ${err.message}` }, 500);
  });

  app.use('*', async (c, next) => {
    if (o.loopbackOnly) {
      const host = c.req.header('host') ?? '';
      if (!LOOPBACK_HOSTS.test(host)) throw new HttpError(421, `this server only answers requests addressed to a loopback host, not "${host}"`);
    }
    await next();
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Referrer-Policy', 'no-referrer');
    if (!c.res.headers.get('content-security-policy')) c.header('Content-Security-Policy', "default-src 'none'; frame-ancestors 'none'");
  });

  const limit = (max: number) =>
    bodyLimit({ maxSize: max, onError: () => { throw new HttpError(413, `body: larger than ${Math.round(max / 1024 / 1024)} MB`); } });
  const requireToken = async (c: Context, next: () => Promise<void>): Promise<void> => {
    if (tokenHash) {
      const auth = c.req.header('authorization') ?? '';
      const m = /^Bearer\s+(.+)$/i.exec(auth);
      if (!m || !timingSafeEqual(sha(m[1]!.trim()), tokenHash)) {
        throw new HttpError(401, 'this server requires a token for write endpoints: send "Authorization: Bearer <token>"');
      }
    }
    await next();
  };
  const small = limit(o.maxBody ?? 4 * 1024 * 1024);
  const big = limit(o.maxIngestBody ?? 32 * 1024 * 1024);

  // ---- meta ----------------------------------------------------------------------------------
  app.get('/api/openapi.json', (c) => c.json(openApiDocument()));
  app.get('/api/meta', async (c) =>
    c.json({
      name: 'marsad',
      version: '0.1.0',
      types: PLOVER_TYPES,
      quads: QUAD_OF,
      modalities: MODALITIES,
      stats: await memo(['stats'], () => store.stats()),
      store: store.kind,
      writeNeedsToken: tokenHash !== null,
    }));

  // ---- analysis ------------------------------------------------------------------------------
  app.post('/api/analyze', small, async (c) => {
    const b = await body(c, AnalyzeBody);
    const analysis = engine().analyze({
      text: b.text,
      published: publishedDay(b.published ?? null),
      ...(b.id !== undefined ? { id: b.id } : {}),
      ...(b.lang !== undefined ? { lang: b.lang } : {}),
    });
    return c.json(analysis);
  });

  // ---- articles ------------------------------------------------------------------------------
  app.get('/api/articles', async (c) => {
    const q = query(c, ArticlesQuery);
    return c.json(await store.listArticles({
      limit: q.limit, offset: q.offset,
      ...(q.outlet ? { outlet: q.outlet } : {}), ...(q.story ? { storyId: q.story } : {}),
      ...(q.from ? { from: q.from } : {}), ...(q.to ? { to: q.to } : {}),
    }));
  });
  app.post('/api/articles', requireToken, small, async (c) => {
    const b = await body(c, ArticleBody);
    const r = await ingestOne({ ...b, published: publishedDay(b.published ?? null), origin: 'api' }, { store, analyzer: analyzer() });
    cache.clear();
    return c.json(r);
  });
  app.post('/api/ingest', requireToken, big, async (c) => {
    const b = await body(c, IngestBody);
    const az = analyzer();
    const results: { index: number; id: string | null; status: string; error?: string }[] = [];
    for (const [i, a] of b.articles.entries()) {
      try {
        const r = await ingestOne({ ...a, published: publishedDay(a.published ?? null), origin: `api:${i}` }, { store, analyzer: az });
        results.push({ index: i, id: a.id ?? null, status: r.status });
      } catch (e) {
        results.push({ index: i, id: a.id ?? null, status: 'failed', error: (e as Error).message });
      }
    }
    cache.clear();
    return c.json({ results });
  });
  app.get('/api/articles/:id', async (c) => {
    const id = c.req.param('id');
    const a = await store.getArticle(id);
    if (!a) throw new HttpError(404, `no stored article "${id}"`);
    const events = await store.queryEvents({ article: a.id, limit: 1000 });
    return c.json({ ...a, corpusEvents: events.rows, eventActors: await actorNames(store, events.rows) });
  });

  // ---- events --------------------------------------------------------------------------------
  app.get('/api/events', async (c) => {
    const q = query(c, EventsQuery);
    const f = await eventFilters(store, q);
    const page = await store.queryEvents({ ...f, limit: q.limit, offset: q.offset, ...(q.order ? { order: q.order } : {}) });
    return c.json({ ...page, actors: await actorNames(store, page.rows) });
  });
  app.get('/api/events/:id', async (c) => {
    const id = c.req.param('id');
    const e = await store.getEvent(id);
    if (!e) throw new HttpError(404, `no stored event "${id}"`);
    return c.json({ ...e, quad: QUAD_OF[e.type], actors: await actorNames(store, [e]) });
  });
  app.get('/api/export', async (c) => {
    const q = query(c, ExportQuery);
    const f = await eventFilters(store, q);
    c.header('Content-Type', q.format === 'csv' ? 'text/csv; charset=utf-8' : 'application/x-ndjson; charset=utf-8');
    c.header('Content-Disposition', `attachment; filename="marsad-events.${q.format === 'csv' ? 'csv' : 'plover.jsonl'}"`);
    return stream(c, async (s) => {
      for await (const chunk of exportChunks(store, f, q.format, q.limit)) await s.write(chunk);
    });
  });

  // ---- actors --------------------------------------------------------------------------------
  app.get('/api/actors', async (c) => {
    const q = query(c, ActorsQuery);
    return c.json(await store.listActors({ limit: q.limit, offset: q.offset, ...(q.q ? { q: q.q } : {}) }));
  });
  app.get('/api/actors/:id', async (c) => {
    const q = query(c, ActorProfileQuery);
    const id = c.req.param('id');
    const profile = (x: string) => memo(['profile', x, q], () => store.actorProfile(x, { timelineLimit: q.events, counterpartLimit: q.counterparts }));
    let p = await profile(id);
    if (!p) {
      const m = await store.resolveActor(id);
      if (m.length === 1) p = await profile(m[0]!.id);
    }
    if (!p) throw new HttpError(404, `no stored actor "${id}"`);
    // Roles over time: the knowledge base's dated role spells (the store keeps roles on publication dates).
    let kb: Engine['kb'] | null = null;
    try {
      kb = engine().kb;
    } catch {
      kb = null;
    }
    const k = kb?.actors.get(p.actor.id);
    const roleSpells = (k?.roles ?? []).map((r) => ({
      role: r.role, of: r.of ?? null, ofName: r.of ? kb?.actors.get(r.of)?.name ?? r.of : null, from: r.from, to: r.to ?? null, ar: r.ar ?? null,
    })).sort((a, b) => (a.from < b.from ? 1 : a.from > b.from ? -1 : 0));
    const ids = new Set<string>();
    for (const t of p.timeline) for (const x of t.counterparts) ids.add(x);
    const names = await store.actorsById([...ids]);
    const actors: Record<string, Brief> = {};
    for (const [i, a] of names) actors[i] = brief(a);
    return c.json({
      ...p,
      arNames: k?.ar ?? (p.actor.names.ar ? [p.actor.names.ar] : []),
      aliases: k?.aliases ?? [],
      roleSpells,
      actors,
    });
  });

  // ---- aggregates ----------------------------------------------------------------------------
  app.get('/api/network', async (c) => {
    const q = query(c, NetworkQuery);
    const f = await eventFilters(store, q);
    const n = await memo(['network', f, q.topN], () => store.network({ ...f, topN: q.topN }));
    const edges = n.edges.slice(0, q.maxEdges).map((e) => {
      let quad = 'verbalCoop';
      let best = -1;
      for (const [k, v] of Object.entries(e.byQuad)) if (v > best) { best = v; quad = k; }
      return { ...e, quad };
    });
    return c.json({ topN: q.topN, nodes: n.nodes, edges, totalEdges: n.edges.length });
  });
  app.get('/api/timeline', async (c) => {
    const q = query(c, TimelineQuery);
    if (!q.actor && !q.pair) throw new HttpError(400, 'query parameter "actor" or "pair" is required');
    const f = await eventFilters(store, q);
    const bucket = q.bucket ?? 'month';
    const points = await memo(['timeline', f, bucket], () => store.timeline({
      ...(f.actor ? { actor: f.actor } : {}), ...(f.pair ? { pair: f.pair } : {}), ...(f.type ? { type: f.type } : {}),
      ...(f.from ? { from: f.from } : {}), ...(f.to ? { to: f.to } : {}), bucket,
    }));
    return c.json({ bucket, points });
  });
  app.get('/api/search', async (c) => {
    const q = query(c, SearchQuery);
    return c.json(await store.search(q.q, { limit: q.limit, offset: q.offset }));
  });

  app.all('/api/*', (c) => {
    throw new HttpError(404, `no such endpoint: ${c.req.method} ${c.req.path} (see /api/openapi.json)`);
  });

  // ---- the web UI ----------------------------------------------------------------------------
  const uiDir = o.uiDir ? resolve(o.uiDir) : null;
  app.get('*', (c) => {
    const index = uiDir ? join(uiDir, 'index.html') : null;
    if (!uiDir || !index || !existsSync(index)) {
      return c.html(NOT_BUILT_PAGE, 503);
    }
    let rel: string;
    try {
      rel = decodeURIComponent(c.req.path);
    } catch {
      throw new HttpError(400, 'path: not valid percent-encoding');
    }
    let file = normalizePath(join(uiDir, rel));
    if (file !== uiDir && !file.startsWith(uiDir + sep)) throw new HttpError(403, 'path: outside the UI folder');
    if (!existsSync(file) || statSync(file).isDirectory()) file = index;
    const type = CONTENT_TYPES[extname(file)] ?? 'application/octet-stream';
    c.header('Content-Type', type);
    c.header('Cache-Control', file === index ? 'no-cache' : 'public, max-age=3600');
    if (type.startsWith('text/html')) c.header('Content-Security-Policy', UI_CSP);
    return c.body(readFileSync(file));
  });

  return app;
}
