// Part of `npm run eval`: ingesting the real articles of ../shared/articles twice changes no
// counts, into SQLite and (when reachable) PostgreSQL. Real articles stay out of `npm test`.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import pg from 'pg';
import { openStore } from '../src/store/open.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const shared = resolve(process.env.MARSAD_SHARED ?? resolve(root, '../shared'), 'articles');
const bin = join(root, 'bin/marsad.mjs');

function ingest(db: string): { ingested: number; unchanged: number; failed: unknown[]; reports: number } {
  const r = spawnSync(process.execPath, [bin, 'ingest', shared, '--db', db, '--json'], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`ingest into ${db} failed: ${r.stderr}`);
  return JSON.parse(r.stdout);
}

async function stats(db: string): Promise<unknown> {
  const s = await openStore(db);
  try {
    return await s.stats();
  } finally {
    await s.close();
  }
}

async function check(label: string, db: string): Promise<boolean> {
  const first = ingest(db);
  const once = await stats(db);
  const second = ingest(db);
  const twice = await stats(db);
  const ok = first.ingested > 0 && first.failed.length === 0 && second.ingested === 0 && second.unchanged === first.ingested && second.reports === 0 && isDeepStrictEqual(once, twice);
  console.log(`${label}: first run ${first.ingested} articles, ${first.reports} event reports; second run ${second.ingested} new, ${second.unchanged} unchanged — counts ${ok ? 'unchanged' : 'CHANGED'}`);
  return ok;
}

if (!existsSync(shared)) {
  console.error(`check-corpus-shared: no article folder at ${shared}`);
  process.exit(2);
}
const dir = mkdtempSync(join(tmpdir(), 'marsad-shared-'));
let ok = await check('ingest ../shared/articles twice (SQLite)', join(dir, 'shared.db'));
rmSync(dir, { recursive: true, force: true });

const base = process.env.MARSAD_TEST_PG ?? 'postgres://postgres@127.0.0.1:5432/test';
const schema = `marsad_shared_${process.pid}`;
const client = new pg.Client({ connectionString: base });
try {
  await client.connect();
  ok = (await check('ingest ../shared/articles twice (PostgreSQL)', `${base}?schema=${schema}`)) && ok;
  await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
} catch (e) {
  console.log(`PostgreSQL check skipped: ${(e as Error).message}`);
} finally {
  await client.end().catch(() => {});
}
process.exit(ok ? 0 : 1);
