// Small builders for the people-world knowledge-base generator (scripts/kb/people-world.ts).
import type { KbActor } from '../../src/kb/schema.ts';

export type Role = NonNullable<KbActor['roles']>[number];

/** A dated role: `to` null = in office as of 2026 (to the author's knowledge). */
export function r(role: string, of: string | undefined, from: string, to: string | null, ar: string): Role {
  return of ? { role, of, from, to, ar } : { role, from, to, ar };
}

export interface Extra {
  /** English aliases */
  al?: string[];
  /** ambiguous Arabic short forms */
  sh?: string[];
  /** Wikidata Q-id, only when sure */
  wd?: string;
  /** disambiguation rule */
  dis?: string;
}

/** One person (type PER), keys in the canonical order of data/kb/README.md. */
export function p(
  id: string,
  name: string,
  country: string,
  sector: NonNullable<KbActor['sector']>,
  ar: string[],
  roles: Role[],
  x: Extra = {},
): KbActor {
  return orderActor({ id, name, type: 'PER', aliases: x.al, ar, arShort: x.sh, country, sector, wikidata: x.wd, roles, disambiguation: x.dis });
}

/** Same actor with keys in the order id name type aliases ar arShort country sector wikidata roles
 * disambiguation, and absent/empty optional fields dropped (stable JSON for one-line-per-actor diffs). */
export function orderActor(a: KbActor): KbActor {
  const out: KbActor = { id: a.id, name: a.name, type: a.type, ar: a.ar };
  const rest: Partial<KbActor> = {};
  if (a.aliases?.length) rest.aliases = a.aliases;
  const tail: Partial<KbActor> = {};
  if (a.arShort?.length) tail.arShort = a.arShort;
  if (a.country) tail.country = a.country;
  if (a.sector) tail.sector = a.sector;
  if (a.wikidata) tail.wikidata = a.wikidata;
  if (a.roles) tail.roles = a.roles;
  if (a.disambiguation) tail.disambiguation = a.disambiguation;
  const { ar, ...head } = out;
  return { ...head, ...rest, ar, ...tail };
}
