// Loads and validates the actor knowledge base from data/kb and user folders (I/O edge).
import { readFileSync, readdirSync, existsSync, statSync } from 'node:fs';
import { join, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { KbFileSchema, TitlesFileSchema, type KbActor, type KbTitle } from './schema.ts';
import { normalize } from '../text/normalize.ts';

export const BUNDLED_KB_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../data/kb');

export class KbError extends Error {}

export interface RawKb {
  readonly actors: readonly KbActor[];
  readonly titles: readonly KbTitle[];
  readonly files: readonly string[];
}

function readJson(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new KbError(`${file}: not valid JSON (${(e as Error).message})`);
  }
}

function zodMessage(file: string, err: { issues: readonly { path: readonly PropertyKey[]; message: string }[] }, data: unknown): string {
  const first = err.issues[0]!;
  const path = first.path.map(String);
  let where = path.join('.');
  // name the actor, not just its index
  if (path[0] === 'actors' && path[1] !== undefined) {
    const a = (data as { actors?: { id?: string }[] }).actors?.[Number(path[1])];
    if (a?.id) where = `actor "${a.id}" ${path.slice(2).join('.')}`;
  }
  return `${file}: ${where}: ${first.message}${err.issues.length > 1 ? ` (and ${err.issues.length - 1} more problems)` : ''}`;
}

/** Reads every *.json of the given folders in order; later folders override earlier ones by id. */
export function readKbDirs(dirs: readonly string[]): RawKb {
  const byId = new Map<string, KbActor>();
  const titles: KbTitle[] = [];
  const files: string[] = [];
  for (const dir of dirs) {
    if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new KbError(`knowledge base folder not found: ${dir}`);
    const names = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
    for (const name of names) {
      const file = join(dir, name);
      files.push(file);
      const data = readJson(file);
      if (name === 'titles.json' || (data as { titles?: unknown }).titles) {
        const r = TitlesFileSchema.safeParse(data);
        if (!r.success) throw new KbError(zodMessage(file, r.error, data));
        titles.push(...r.data.titles);
        continue;
      }
      const r = KbFileSchema.safeParse(data);
      if (!r.success) throw new KbError(zodMessage(file, r.error, data));
      for (const a of r.data.actors) {
        const prev = byId.get(a.id);
        if (prev && dir === dirs[0]) {
          // inside the bundled KB an id must be unique; user folders override on purpose
          throw new KbError(`${file}: actor id "${a.id}" is defined twice in the bundled knowledge base`);
        }
        byId.set(a.id, prev ? { ...prev, ...a } : a);
      }
    }
  }
  return { actors: [...byId.values()], titles, files };
}

export interface KbProblem {
  readonly id: string;
  readonly message: string;
}

/** Cross-record checks: role targets exist, every role dated sensibly, shared names disambiguated. */
export function checkKb(kb: RawKb): KbProblem[] {
  const problems: KbProblem[] = [];
  const ids = new Set(kb.actors.map((a) => a.id));
  const byName = new Map<string, string[]>();
  for (const a of kb.actors) {
    for (const r of a.roles ?? []) {
      if (r.of && !ids.has(r.of)) problems.push({ id: a.id, message: `role "${r.role}" is of unknown actor "${r.of}"` });
      if (r.to && r.to < r.from) problems.push({ id: a.id, message: `role "${r.role}" ends (${r.to}) before it starts (${r.from})` });
    }
    const own = new Set<string>();
    for (const n of a.ar) own.add(normalize(n));
    for (const n of own) {
      const list = byName.get(n) ?? [];
      list.push(a.id);
      byName.set(n, list);
    }
  }
  const byId = new Map(kb.actors.map((a) => [a.id, a]));
  for (const [name, list] of byName) {
    if (list.length < 2) continue;
    for (const id of list) {
      if (!byId.get(id)!.disambiguation) {
        problems.push({ id, message: `Arabic name "${name}" is shared with ${list.filter((x) => x !== id).join(', ')} and the actor has no "disambiguation" rule` });
      }
    }
  }
  return problems;
}
