// Boundary schemas of the HTTP API (zod): every query string and body is parsed here, and a failure
// becomes ONE 4xx JSON error naming the field. Query values arrive as strings; lists are written
// comma-separated (type=CONSULT,AGREE) or as repeated keys (type=CONSULT&type=AGREE).
import { z } from 'zod';
import { PLOVER_TYPES, type Modality, type PloverType } from '../model/types.ts';
import { PublishedSchema } from '../io/schemas.ts';
import type { Quad } from '../store/types.ts';

export const MODALITIES = ['asserted', 'future', 'conditional', 'hypothetical', 'negated', 'denied'] as const satisfies readonly Modality[];

/** PLOVER quad class of each event type (see shared docs/plover.md). */
export const QUAD_OF: Readonly<Record<PloverType, Quad>> = {
  AGREE: 'verbalCoop', CONSULT: 'verbalCoop', SUPPORT: 'verbalCoop', CONCEDE: 'verbalCoop',
  COOPERATE: 'materialCoop', AID: 'materialCoop', RETREAT: 'materialCoop',
  REQUEST: 'verbalConflict', ACCUSE: 'verbalConflict', REJECT: 'verbalConflict', THREATEN: 'verbalConflict',
  PROTEST: 'materialConflict', SANCTION: 'materialConflict', MOBILIZE: 'materialConflict', COERCE: 'materialConflict', ASSAULT: 'materialConflict',
};

/** A day as YYYY-MM-DD that exists in the calendar. */
export const Day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD')
  .refine((s) => {
    const [y, m, d] = s.split('-').map(Number) as [number, number, number];
    const dt = new Date(Date.UTC(y, m - 1, d));
    return dt.getUTCFullYear() === y && dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d;
  }, 'not a real calendar date');

/** An integer query parameter within bounds (arrives as a string). */
export function intParam(min: number, max: number, def: number) {
  return z
    .string()
    .regex(/^\d+$/, `expected a whole number from ${min} to ${max}`)
    .transform(Number)
    .pipe(z.number().int().min(min, `must be at least ${min}`).max(max, `must be at most ${max}`))
    .optional()
    .transform((v) => v ?? def);
}

/** A comma-separated list of values from an enumeration. */
function enumList<T extends string>(values: readonly T[], what: string) {
  const allowed = new Set<string>(values);
  return z
    .string()
    .transform((s) => s.split(',').map((x) => x.trim()).filter(Boolean))
    .refine((xs) => xs.length > 0, `give at least one ${what}`)
    .refine((xs) => xs.every((x) => allowed.has(x.toUpperCase()) || allowed.has(x)), {
      message: `expected ${what}s among ${values.join(', ')}`,
    })
    .transform((xs) => xs.map((x) => (allowed.has(x) ? x : x.toUpperCase())) as T[]);
}

const text = (max: number) => z.string().trim().min(1, 'must not be empty').max(max, `longer than ${max} characters`);

/** Filters shared by the events list, the network, the timeline and the exports. */
export const EventFilterQuery = z.object({
  actor: text(200).optional().describe('actor id or English/Arabic name; several alternatives comma-separated'),
  pair: z
    .string()
    .transform((s) => s.split(',').map((x) => x.trim()))
    .refine((xs) => xs.length === 2 && xs.every((x) => x.length > 0 && x.length <= 200), 'expected two actors as A,B')
    .optional()
    .describe('two actors (ids or names) as A,B: events involving both, either direction'),
  type: enumList(PLOVER_TYPES, 'PLOVER type').optional().describe('PLOVER event types, comma-separated'),
  modality: enumList(MODALITIES, 'modality').optional().describe('modalities, comma-separated'),
  from: Day.optional().describe('first day (inclusive), YYYY-MM-DD'),
  to: Day.optional().describe('last day (inclusive), YYYY-MM-DD'),
  outlet: text(200).optional().describe('events reported by this outlet'),
  article: text(300).optional().describe('events reported in this article (article id)'),
});

export const EventsQuery = EventFilterQuery.extend({
  limit: intParam(1, 1000, 50).describe('page size (1–1000, default 50)'),
  offset: intParam(0, 10_000_000, 0).describe('rows to skip (default 0)'),
  order: z.enum(['date', 'reports']).optional().describe('date (newest first, default) or reports'),
});

export const NetworkQuery = EventFilterQuery.extend({
  topN: intParam(2, 500, 50).describe('keep the N actors with the most events (2–500, default 50)'),
  maxEdges: intParam(1, 20_000, 500).describe('keep the heaviest edges among them (1–20000, default 500)'),
});

export const TimelineQuery = EventFilterQuery.pick({ actor: true, pair: true, type: true, from: true, to: true }).extend({
  bucket: z.enum(['day', 'month']).optional().describe('day or month (default month)'),
});

export const ExportQuery = EventFilterQuery.extend({
  format: z.enum(['csv', 'plover']).describe('csv or plover (PLOVER JSONL)'),
  limit: intParam(1, 1_000_000, 100_000).describe('at most this many events (default 100000)'),
});

export const PageQuery = z.object({
  limit: intParam(1, 1000, 50).describe('page size (1–1000, default 50)'),
  offset: intParam(0, 10_000_000, 0).describe('rows to skip (default 0)'),
});

export const ArticlesQuery = PageQuery.extend({
  outlet: text(200).optional().describe('articles of this outlet'),
  story: text(300).optional().describe('articles of this story'),
  from: Day.optional().describe('published on or after, YYYY-MM-DD'),
  to: Day.optional().describe('published on or before, YYYY-MM-DD'),
});

export const ActorsQuery = PageQuery.extend({
  q: text(200).optional().describe('part of an English or Arabic name'),
});

export const SearchQuery = PageQuery.extend({
  q: text(500).describe('words to find in article texts (Arabic-aware)'),
});

export const ActorProfileQuery = z.object({
  events: intParam(1, 1000, 200).describe('at most this many events on the timeline (default 200)'),
  counterparts: intParam(1, 500, 50).describe('at most this many counterparts (default 50)'),
});

const Published = PublishedSchema.nullable().optional();

export const AnalyzeBody = z.object({
  text: z.string().max(1_000_000, 'longer than 1,000,000 characters').refine((s) => s.trim().length > 0, 'must not be empty'),
  published: Published.describe('publication date YYYY-MM-DD that relative dates resolve against'),
  id: z.string().max(300).optional(),
  lang: z.string().min(2).max(8).optional(),
});

export const ArticleBody = AnalyzeBody.extend({
  title: z.string().max(2000).nullable().optional(),
  outlet: z.string().max(300).nullable().optional(),
  url: z.string().max(2000).nullable().optional(),
});

export const IngestBody = z.object({
  articles: z.array(ArticleBody).min(1, 'give at least one article').max(1000, 'at most 1000 articles per request'),
});

export type EventFilterInput = z.infer<typeof EventFilterQuery>;

/** First zod issue as "field: message" (or the message alone when the whole input is wrong). */
export function firstIssue(err: z.ZodError, where: 'query' | 'body'): string {
  const i = err.issues[0]!;
  const path = i.path.join('.');
  if (i.code === 'unrecognized_keys') {
    const keys = (i as { keys: string[] }).keys.map((k) => `"${k}"`).join(', ');
    return where === 'query' ? `unknown query parameter ${keys}` : `unknown body field ${keys}`;
  }
  let msg = i.message;
  if (i.code === 'invalid_type' && /received undefined/.test(msg)) msg = 'is required';
  else if (i.code === 'invalid_value' && 'values' in i) msg = `expected one of ${(i.values as unknown[]).join(', ')}`;
  return path ? `${where === 'query' ? 'query parameter' : 'body field'} "${path}": ${msg}` : `${where}: ${msg}`;
}
