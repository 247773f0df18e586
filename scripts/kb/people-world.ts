// Generates data/kb/people-world.json: people from outside the Middle East in its diplomacy and
// conflicts, 2011–2026 (US, Russia, China, Europe, EU, UN system, other world leaders).
// Run: node --import tsx scripts/kb/people-world.ts   (writes the file; --check only validates)
import { writeFileSync, readFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { KbFileSchema, type KbActor } from '../../src/kb/schema.ts';
import { BUNDLED_KB_DIR } from '../../src/kb/load.ts';
import { normalize } from '../../src/text/normalize.ts';
import { orderActor } from './people-world-types.ts';
import { usa } from './people-world-usa.ts';
import { russia, china } from './people-world-rus-chn.ts';
import { uk, france, germany, italy, spain, otherEurope, euInstitutions } from './people-world-europe.ts';
import { un, world } from './people-world-un.ts';

export const SOURCE =
  'Names, offices and dates from English Wikipedia/Wikidata as recalled by the author (2026), with 2025–2026 changes ' +
  'checked against news reports (UN, Reuters, AP, national outlets); month or year precision where the day was not certain; ' +
  'Arabic spellings as used by Al Jazeera, Asharq Al-Awsat, Al Arabiya, SPA, WAFA, Xinhua Arabic and RT Arabic; ' +
  'Wikidata ids only where certain; reviewed by hand.';

/** Drops Arabic variants that normalise to a form already listed (keeps the first spelling). */
function dedupeNames(list: readonly string[] | undefined, seen: Set<string>): string[] {
  const out: string[] = [];
  for (const n of list ?? []) {
    const k = normalize(n.trim());
    if (!k || seen.has(k)) continue;
    seen.add(k);
    out.push(n.trim());
  }
  return out;
}

export function buildPeopleWorld(): KbActor[] {
  const all = [...usa, ...russia, ...china, ...uk, ...france, ...germany, ...italy, ...spain, ...otherEurope, ...euInstitutions, ...un, ...world];
  const ids = new Set<string>();
  return all.map((a) => {
    if (ids.has(a.id)) throw new Error(`people-world: duplicate id ${a.id}`);
    ids.add(a.id);
    const seen = new Set<string>();
    const ar = dedupeNames(a.ar, seen);
    const arShort = dedupeNames(a.arShort, seen);
    return orderActor({ ...a, ar, arShort });
  });
}

export function renderKbFile(source: string, actors: readonly KbActor[]): string {
  return `{"source": ${JSON.stringify(source)}, "actors": [\n${actors.map((a) => JSON.stringify(a)).join(',\n')}\n]}\n`;
}

const isMain = process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href;
if (isMain) {
  const actors = buildPeopleWorld();
  const text = renderKbFile(SOURCE, actors);
  KbFileSchema.parse(JSON.parse(text));
  const file = join(BUNDLED_KB_DIR, 'people-world.json');
  if (process.argv.includes('--check')) {
    const same = existsSync(file) && readFileSync(file, 'utf8') === text;
    console.log(same ? `${file} is up to date (${actors.length} people)` : `${file} differs from the generator output`);
    process.exit(same ? 0 : 1);
  }
  writeFileSync(file, text);
  const roles = actors.reduce((n, a) => n + (a.roles?.length ?? 0), 0);
  console.log(`wrote ${file}: ${actors.length} people, ${roles} dated roles`);
}
