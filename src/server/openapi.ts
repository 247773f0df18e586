// The OpenAPI 3.1 document, generated from the same zod schemas the routes validate with, so the
// two cannot drift apart (test/server/openapi.test.ts checks every route is documented).
import { z } from 'zod';
import {
  ActorProfileQuery, ActorsQuery, AnalyzeBody, ArticleBody, ArticlesQuery, EventsQuery, ExportQuery, IngestBody,
  NetworkQuery, SearchQuery, TimelineQuery,
} from './schemas.ts';

export interface RouteDoc {
  readonly method: 'get' | 'post';
  /** Hono path syntax (/api/articles/:id). */
  readonly path: string;
  readonly summary: string;
  readonly tag: string;
  readonly query?: z.ZodObject;
  readonly body?: z.ZodType;
  /** Needs the token when the server has one (bound to a non-loopback host). */
  readonly write?: boolean;
  /** Response content type when not JSON. */
  readonly produces?: string;
}

export const ROUTES: readonly RouteDoc[] = [
  { method: 'get', path: '/api/openapi.json', summary: 'This document', tag: 'meta' },
  { method: 'get', path: '/api/meta', summary: 'Event types, quad classes, modalities, corpus counts, server settings', tag: 'meta' },
  { method: 'post', path: '/api/analyze', summary: 'Analyse posted text; answers exactly what `marsad analyze --format json` prints', tag: 'analysis', body: AnalyzeBody },
  { method: 'get', path: '/api/articles', summary: 'Stored articles (paginated)', tag: 'articles', query: ArticlesQuery },
  { method: 'post', path: '/api/articles', summary: 'Analyse one article and store it (write)', tag: 'articles', body: ArticleBody, write: true },
  { method: 'post', path: '/api/ingest', summary: 'Analyse and store up to 1000 articles (write)', tag: 'articles', body: IngestBody, write: true },
  { method: 'get', path: '/api/articles/:id', summary: 'One article with its annotations (mentions, times, events) and the corpus events it reports', tag: 'articles' },
  { method: 'get', path: '/api/events', summary: 'Merged events with filters and pagination', tag: 'events', query: EventsQuery },
  { method: 'get', path: '/api/events/:id', summary: 'One merged event with every report of it', tag: 'events' },
  { method: 'get', path: '/api/export', summary: 'CSV or PLOVER JSONL export of a filtered event list', tag: 'events', query: ExportQuery, produces: 'text/csv' },
  { method: 'get', path: '/api/actors', summary: 'Actors, optionally matching a name (paginated)', tag: 'actors', query: ActorsQuery },
  { method: 'get', path: '/api/actors/:id', summary: 'Actor profile: names in both scripts, roles over time, counterparts, events, sources', tag: 'actors', query: ActorProfileQuery },
  { method: 'get', path: '/api/network', summary: 'Actor network of the top-N actors: nodes and weighted edges by quad class', tag: 'aggregates', query: NetworkQuery },
  { method: 'get', path: '/api/timeline', summary: 'Event counts over time for an actor or a pair, by quad class', tag: 'aggregates', query: TimelineQuery },
  { method: 'get', path: '/api/search', summary: 'Full-text search of articles (Arabic-aware)', tag: 'articles', query: SearchQuery },
];

const toOpenApiPath = (p: string): string => p.replace(/:([A-Za-z_]+)/g, '{$1}');

function jsonSchema(s: z.ZodType): Record<string, unknown> {
  const j = z.toJSONSchema(s, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  delete j.$schema;
  return j;
}

const ERROR = { description: 'Bad input: one error naming the field', content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } };

export function openApiDocument(): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const r of ROUTES) {
    const params: Record<string, unknown>[] = [];
    for (const m of r.path.matchAll(/:([A-Za-z_]+)/g)) params.push({ name: m[1], in: 'path', required: true, schema: { type: 'string' } });
    if (r.query) {
      const j = jsonSchema(r.query) as { properties?: Record<string, Record<string, unknown>>; required?: string[] };
      for (const [name, schema] of Object.entries(j.properties ?? {})) {
        const { description, ...rest } = schema;
        params.push({ name, in: 'query', required: (j.required ?? []).includes(name), ...(description ? { description } : {}), schema: rest });
      }
    }
    const op: Record<string, unknown> = {
      summary: r.summary,
      tags: [r.tag],
      operationId: `${r.method}${toOpenApiPath(r.path).replace(/[^A-Za-z]+(.)?/g, (_, c: string | undefined) => (c ? c.toUpperCase() : ''))}`,
      ...(params.length ? { parameters: params } : {}),
      ...(r.body ? { requestBody: { required: true, content: { 'application/json': { schema: jsonSchema(r.body) } } } } : {}),
      responses: {
        200: r.produces
          ? { description: 'The export', content: { 'text/csv': { schema: { type: 'string' } }, 'application/x-ndjson': { schema: { type: 'string' } } } }
          : { description: 'OK', content: { 'application/json': { schema: { type: 'object' } } } },
        400: ERROR,
        ...(r.path.includes(':') ? { 404: { ...ERROR, description: 'Not found' } } : {}),
        ...(r.body ? { 413: { ...ERROR, description: 'Body too large' }, 415: { ...ERROR, description: 'Body is not application/json' } } : {}),
        ...(r.write ? { 401: { ...ERROR, description: 'Token missing or wrong (servers bound to a non-loopback host)' } } : {}),
      },
      ...(r.write ? { security: [{ bearer: [] }] } : {}),
    };
    (paths[toOpenApiPath(r.path)] ??= {})[r.method] = op;
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Marsad API',
      version: '0.1.0',
      description: 'Arabic-first political event data: analyse articles, browse the stored corpus (articles, merged PLOVER events, actors), aggregates (network, timeline) and exports.',
    },
    servers: [{ url: '/' }],
    paths,
    components: {
      schemas: { Error: { type: 'object', required: ['error'], properties: { error: { type: 'string' } } } },
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'Required for write endpoints when the server is bound to a non-loopback host (--token or MARSAD_TOKEN).' } },
    },
  };
}
