// Shared test helpers for the corpus layer: hand-built analyses and database targets.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { Analysis, AnalysisActor, EventRecord, Modality, PloverType } from '../../src/model/types.ts';

export const ACTORS: Record<string, AnalysisActor> = {
  sisi: { id: 'abdel-fattah-el-sisi', name: 'Abdel Fattah el-Sisi', type: 'PER', names: { en: 'Abdel Fattah el-Sisi', ar: 'عبد الفتاح السيسي' }, country: 'EGY', sector: 'GOV', wikidata: 'Q57413' },
  araghchi: { id: 'abbas-araghchi', name: 'Abbas Araghchi', type: 'PER', names: { en: 'Abbas Araghchi', ar: 'عباس عراقجي' }, country: 'IRN', sector: 'GOV' },
  egy: { id: 'egy', name: 'Egypt', type: 'GPE', names: { en: 'Egypt', ar: 'مصر' }, country: 'EGY', sector: 'GOV', wikidata: 'Q79' },
  irn: { id: 'irn', name: 'Iran', type: 'GPE', names: { en: 'Iran', ar: 'إيران' }, country: 'IRN', sector: 'GOV', wikidata: 'Q794' },
  usa: { id: 'usa', name: 'United States', type: 'GPE', names: { en: 'United States', ar: 'الولايات المتحدة' }, country: 'USA', sector: 'GOV', wikidata: 'Q30' },
  omn: { id: 'omn', name: 'Oman', type: 'GPE', names: { en: 'Oman', ar: 'عمان' }, country: 'OMN', sector: 'GOV', wikidata: 'Q842' },
};

export interface EvSpec {
  readonly type: PloverType;
  readonly sources: readonly string[];
  readonly targets: readonly string[];
  readonly trigger: string; // a word of the text
  readonly date?: string | null;
  readonly modality?: Modality;
  readonly mediators?: readonly string[];
  readonly attribution?: readonly string[];
  readonly mode?: string;
}

/** An analysis of `text` with the given actors and events; offsets are computed from the text. */
export function analysis(text: string, published: string | null, actorKeys: readonly string[], events: readonly EvSpec[]): Analysis {
  return buildAnalysis(text, published, actorKeys.map((k) => ACTORS[k]!), events);
}

/**
 * A hand-built analysis of `text`: each actor mentioned at the first occurrence of its Arabic name,
 * each event's trigger at the first occurrence of its word. Shared by the corpus and server tests.
 */
export function buildAnalysis(text: string, published: string | null, actors: readonly AnalysisActor[], events: readonly EvSpec[], times: Analysis['times'] = []): Analysis {
  const mentions = actors.flatMap((a) => {
    const name = a.names.ar!;
    const at = text.indexOf(name);
    return at >= 0 ? [{ start: at, end: at + name.length, text: name, type: a.type, actor: a.id, via: 'kb' as const }] : [];
  });
  const evs: EventRecord[] = events.map((e, i) => {
    const at = text.indexOf(e.trigger);
    if (at < 0) throw new Error(`trigger "${e.trigger}" not in text`);
    const dot = text.indexOf('.', at);
    return {
      id: `e${i + 1}`, type: e.type, sources: e.sources, targets: e.targets, date: e.date ?? null, location: null,
      modality: e.modality ?? 'asserted', trigger: { start: at, end: at + e.trigger.length, text: e.trigger },
      evidence: { start: 0, end: dot < 0 ? text.length : dot + 1 },
      ...(e.mediators ? { mediators: e.mediators } : {}), ...(e.attribution ? { attribution: e.attribution } : {}),
      ...(e.mode ? { mode: e.mode } : {}),
    };
  });
  return { document: { lang: 'ar', published }, actors: [...actors], mentions, times, events: evs };
}

export function tempDir(prefix = 'marsad-corpus-'): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Base URL of the test PostgreSQL (trust auth at 127.0.0.1:5432, database `test`). */
export const PG_BASE = process.env.MARSAD_TEST_PG ?? 'postgres://postgres@127.0.0.1:5432/test';

let reach: Promise<string | null> | null = null;

/** Null when a PostgreSQL is reachable, else why not. Tries users postgres and root. */
export function pgUnreachable(): Promise<string | null> {
  reach ??= (async () => {
    const candidates = process.env.MARSAD_TEST_PG ? [PG_BASE] : [PG_BASE, 'postgres://root@127.0.0.1:5432/test'];
    let last = '';
    for (const url of candidates) {
      const c = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
      try {
        await c.connect();
        await c.query('select 1');
        await c.end();
        workingPg = url;
        return null;
      } catch (e) {
        last = (e as Error).message;
        await c.end().catch(() => undefined);
      }
    }
    return last || 'unreachable';
  })();
  return reach;
}

let workingPg = PG_BASE;
let schemaN = 0;

/**
 * A fresh schema for one test (`marsad_test_<pid>_<n>`) and a function dropping it.
 * Returns null (the caller skips) when PostgreSQL is unreachable, unless MARSAD_REQUIRE_PG=1.
 */
export async function pgSchema(): Promise<{ url: string; schema: string; drop: () => Promise<void> } | null> {
  const why = await pgUnreachable();
  if (why !== null) {
    if (process.env.MARSAD_REQUIRE_PG === '1') throw new Error(`MARSAD_REQUIRE_PG=1 but PostgreSQL at ${PG_BASE} is unreachable: ${why}`);
    return null;
  }
  const schema = `marsad_test_${process.pid}_${++schemaN}`;
  const sep = workingPg.includes('?') ? '&' : '?';
  return {
    url: `${workingPg}${sep}schema=${schema}`,
    schema,
    drop: async () => {
      const c = new pg.Client({ connectionString: workingPg });
      await c.connect();
      await c.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      await c.query(`DROP SCHEMA IF EXISTS ${schema}_boss CASCADE`); // pg-boss's tables (src/ingest/queue.ts)
      await c.end();
    },
  };
}

export function pgSkipMessage(why: string): string {
  return `PostgreSQL not reachable at ${PG_BASE} (${why}); skipping PostgreSQL tests (set MARSAD_REQUIRE_PG=1 to fail instead; see docs/corpus.md for "npm run db:pg")`;
}

export function pgBaseUrl(): string {
  return workingPg;
}
