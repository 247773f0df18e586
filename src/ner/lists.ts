// Extra gazetteer lists for the tagger (data/ner/gazetteer/*.json): names the actor knowledge base
// does not hold because they are not political actors — football clubs, companies and brands,
// artists, prizes, currencies, towns. They only feed the tagger's gazetteer features; the engine's
// linking never sees them. Each file: { about, source, entries: [{ type, en, ar: [...] }] }.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

/**
 * An entry names one entity of a type, with its Arabic forms. Type GIVEN is different: its forms
 * are single-token given names (محمد، جون), a feature of their own, never entity phrases.
 */
export const ListEntrySchema = z.object({
  type: z.enum(['PER', 'ORG', 'LOC', 'MISC', 'GIVEN']),
  en: z.string().min(1),
  ar: z.array(z.string().min(1)).min(1),
});

export const NerListSchema = z.object({
  about: z.string().min(1),
  source: z.string().min(1),
  entries: z.array(ListEntrySchema),
});

export type NerList = z.infer<typeof NerListSchema>;

/** Every *.json list of a folder, in file-name order (none if the folder does not exist). */
export function readNerLists(dir: string): NerList[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const file = join(dir, f);
      let json: unknown;
      try {
        json = JSON.parse(readFileSync(file, 'utf8'));
      } catch (e) {
        throw new Error(`${file}: not valid JSON (${(e as Error).message})`);
      }
      const r = NerListSchema.safeParse(json);
      if (!r.success) {
        const i = r.error.issues[0]!;
        throw new Error(`${file}: ${i.path.join('.') || '(top)'}: ${i.message}`);
      }
      return r.data;
    });
}
