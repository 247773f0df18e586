// Schema of the actor knowledge base files (data/kb/*.json and user --kb folders).
import { z } from 'zod';

export const PARTIAL_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;
const partialDate = z.string().regex(PARTIAL_DATE, 'a date as YYYY, YYYY-MM or YYYY-MM-DD');

export const RoleSchema = z.object({
  role: z.string().min(2),
  of: z.string().optional(),
  from: partialDate,
  to: partialDate.nullable().optional(),
  ar: z.string().optional(),
}).strict();

export const SECTORS = [
  'GOV', 'MIL', 'COP', 'JUD', 'LEG', 'PTY', 'REB', 'SPY', 'UAF', 'UNK', 'AGR', 'BUS', 'CRM', 'CVL', 'EDU',
  'ELI', 'JRN', 'LAB', 'MED', 'REF', 'OPP', 'PRE', 'REL', 'SOC', 'IGO', 'UNO', 'EUR', 'NGO', 'ISM', 'IMG', 'MNC',
] as const;

export const ActorSchema = z.object({
  id: z.string().regex(/^[a-z0-9]+(?:[-.][a-z0-9]+)*$/, 'lower-case kebab-case ASCII'),
  name: z.string().min(1),
  type: z.enum(['PER', 'ORG', 'GPE', 'LOC', 'FAC']),
  aliases: z.array(z.string().min(1)).optional(),
  ar: z.array(z.string().min(1)).min(1),
  arShort: z.array(z.string().min(1)).optional(),
  nisba: z.array(z.string().min(1)).optional(),
  country: z.string().regex(/^[A-Z]{3}$/).optional(),
  sector: z.enum(SECTORS).optional(),
  wikidata: z.string().regex(/^Q\d+$/).optional(),
  roles: z.array(RoleSchema).optional(),
  /** For capital cities: the id of the country whose government the city's name may stand for. */
  capitalOf: z.string().optional(),
  disambiguation: z.string().optional(),
  source: z.string().optional(),
}).strict();

export const KbFileSchema = z.object({
  source: z.string().min(1),
  actors: z.array(ActorSchema),
}).strict();

export const TitleSchema = z.object({
  ar: z.array(z.string().min(1)).min(1), // Arabic title forms, e.g. ["وزير الخارجية"]
  role: z.string().min(2), // English role vocabulary, e.g. "Minister of Foreign Affairs"
  /** PER titles precede a person's name; some (نائب الرئيس) are unambiguous on their own. */
  sector: z.enum(SECTORS).optional(),
}).strict();

export const TitlesFileSchema = z.object({
  source: z.string().min(1),
  titles: z.array(TitleSchema),
}).strict();

export type KbActor = z.infer<typeof ActorSchema>;
export type KbFile = z.infer<typeof KbFileSchema>;
export type KbTitle = z.infer<typeof TitleSchema>;
