// `marsad serve` (the HTTP API and web UI over a store) and `marsad start` (what `npm start` runs:
// build the UI if needed, open ./marsad.db, load the bundled demo corpus when it is empty, serve).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Command } from 'commander';
import { UserError } from './errors.ts';
import { openStore, DEFAULT_DB } from '../store/open.ts';
import type { Store } from '../store/types.ts';
import { DEFAULT_PORT, ROOT, lazyEngine, refuseReason, startServer } from '../server/server.ts';
import { readInputs } from '../ingest/read.ts';
import { ingest, formatSummary } from '../ingest/pipeline.ts';

export const DEMO_DIR = resolve(ROOT, 'data/demo');

interface ServeFlags {
  db: string;
  port: string;
  host: string;
  token?: string;
  kb?: string[];
}

function parsePort(v: string): number {
  if (!/^\d+$/.test(v) || Number(v) > 65535) throw new UserError(`--port "${v}": expected a port number from 0 to 65535`);
  return Number(v);
}

async function open(target: string): Promise<Store> {
  try {
    return await openStore(target);
  } catch (e) {
    throw new UserError(`--db ${target}: cannot open the store (${(e as Error).message})`);
  }
}

async function serveUntilStopped(store: Store, o: ServeFlags): Promise<void> {
  const port = parsePort(o.port);
  const token = o.token ?? process.env.MARSAD_TOKEN ?? null;
  const why = refuseReason(o.host, token);
  if (why) {
    await store.close();
    throw new UserError(why);
  }
  const kbDirs = o.kb ?? (process.env.MARSAD_KB ? [process.env.MARSAD_KB] : []);
  let server;
  try {
    server = await startServer({ store, host: o.host, port, token, kbDirs });
  } catch (e) {
    await store.close();
    throw new UserError((e as Error).message);
  }
  if (!existsSync(join(ROOT, 'dist/ui/index.html'))) {
    process.stderr.write('marsad: the web UI is not built (run "npm run build"); serving the API only\n');
  }
  process.stdout.write(`marsad: serving ${store.kind} store ${store.kind === 'sqlite' ? resolve(o.db) : '(postgres)'} at ${server.url}\n`);
  process.stdout.write(`marsad: API description at ${server.url}api/openapi.json — press Ctrl+C to stop\n`);
  await new Promise<void>((res) => {
    const stop = (): void => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      void server.close().then(() => store.close()).then(res, res);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}

/** Stores the bundled demo articles (data/demo/*.jsonl) through the ingest pipeline. */
export async function loadDemo(store: Store, dir = DEMO_DIR, kbDirs: readonly string[] = []): Promise<string> {
  const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort().map((f) => join(dir, f)) : [];
  if (files.length === 0) throw new UserError(`no demo corpus found in ${dir}`);
  const { analyzer } = lazyEngine(kbDirs);
  const summary = await ingest(readInputs(files), { store, analyzer: analyzer() });
  return formatSummary(summary);
}

function buildUiIfNeeded(): void {
  const script = join(ROOT, 'scripts/build-ui.mjs');
  if (!existsSync(script)) return;
  const r = spawnSync(process.execPath, [script, '--if-needed'], { stdio: 'inherit', cwd: ROOT });
  if (r.status !== 0) process.stderr.write('marsad: building the web UI failed (see above); serving the API only\n');
}

export function register(program: Command): void {
  const common = (c: Command, port: string): Command =>
    c
      .option('--db <target>', 'SQLite file or postgres:// URL', DEFAULT_DB)
      .option('--port <n>', 'port (0 = any free port)', port)
      .option('--host <host>', 'address to bind; non-loopback needs --token', '127.0.0.1')
      .option('--token <token>', 'token the write endpoints require (default $MARSAD_TOKEN); needed off loopback')
      .option('--kb <dir...>', 'extra knowledge-base folders merged over the bundled one');

  common(program.command('serve').description('serve the HTTP API and the web UI over a corpus'), String(DEFAULT_PORT))
    .action(async (o: ServeFlags) => {
      const store = await open(o.db);
      await serveUntilStopped(store, o);
    });

  common(program.command('start').description('build the UI if needed, load the demo corpus into an empty database, and serve'), String(DEFAULT_PORT))
    .option('--no-demo', 'do not load the demo corpus into an empty database')
    .action(async (o: ServeFlags & { demo: boolean }) => {
      buildUiIfNeeded();
      const store = await open(o.db);
      try {
        const stats = await store.stats();
        if (stats.articles === 0 && o.demo) {
          process.stdout.write(`marsad: ${o.db} is empty; loading the demo corpus from data/demo/ …\n`);
          process.stdout.write(`marsad: ${await loadDemo(store, DEMO_DIR, o.kb ?? [])}\n`);
        }
      } catch (e) {
        await store.close();
        throw e;
      }
      await serveUntilStopped(store, o);
    });
}
