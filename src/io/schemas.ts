// Boundary schemas shared by the CLI, the batch reader and the HTTP API (zod).
import { z } from 'zod';

function validCalendarDate(s: string): boolean {
  const [y, m, d] = s.slice(0, 10).split('-').map(Number) as [number, number, number];
  const dt = new Date(Date.UTC(y, m - 1, d));
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d;
}

/** A publication date: YYYY-MM-DD, optionally with a time (ISO 8601). */
export const PublishedSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/, 'expected a date as YYYY-MM-DD (optionally with a time)')
  .refine(validCalendarDate, 'not a real calendar date');

/** The date part of a publication date. */
export function publishedDay(p: string | null | undefined): string | null {
  return p ? p.slice(0, 10) : null;
}

export const BatchLineSchema = z.object({
  id: z.union([z.string(), z.number()]).transform(String),
  text: z.string(),
  published: PublishedSchema.nullable().optional(),
  lang: z.string().min(2).max(8).optional(),
});

export type BatchLine = z.infer<typeof BatchLineSchema>;

/** First zod issue as "field: message". */
export function issueText(err: z.ZodError): string {
  const i = err.issues[0]!;
  const path = i.path.join('.');
  return path ? `${path}: ${i.message}` : i.message;
}
