// The engine as the ingest pipeline and the workers use it, with a version string that changes
// when the engine's code or knowledge base changes (so `ingest --reanalyze` can find stale rows).
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Analysis } from '../model/types.ts';
import type { ArticleInput } from '../store/types.ts';
import { createEngine } from '../pipeline/engine.ts';

export interface Analyzer {
  readonly version: string;
  analyze(a: ArticleInput): Analysis;
}

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
/** Folders whose content is not the engine (so editing them does not make analyses stale). */
const NOT_ENGINE = new Set(['store', 'ingest', 'export', 'cli', 'server', 'ui']);

function hashTree(h: ReturnType<typeof createHash>, dir: string, top: boolean): void {
  if (!existsSync(dir)) return;
  for (const name of readdirSync(dir).sort()) {
    if (top && NOT_ENGINE.has(name)) continue;
    const p = join(dir, name);
    const st = statSync(p);
    if (st.isDirectory()) hashTree(h, p, false);
    else if (/\.(ts|json|txt|tsv)$/.test(name) && !name.endsWith('.test.ts')) h.update(name).update(readFileSync(p));
  }
}

let cached: string | null = null;

/** `marsad-<package version>+<hash of engine sources and bundled KB>`; MARSAD_ENGINE_VERSION overrides. */
export function engineVersion(extraKbDirs: readonly string[] = []): string {
  if (process.env.MARSAD_ENGINE_VERSION) return process.env.MARSAD_ENGINE_VERSION;
  if (cached && extraKbDirs.length === 0) return cached;
  const h = createHash('sha1');
  hashTree(h, join(ROOT, 'src'), true);
  hashTree(h, join(ROOT, 'data'), false);
  for (const d of extraKbDirs) hashTree(h, resolve(d), false);
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
  const v = `marsad-${pkg.version}+${h.digest('hex').slice(0, 10)}`;
  if (extraKbDirs.length === 0) cached = v;
  return v;
}

export function createAnalyzer(opts: { kbDirs?: readonly string[]; ner?: boolean } = {}): Analyzer {
  const kbDirs = [...(opts.kbDirs ?? (process.env.MARSAD_KB ? [process.env.MARSAD_KB] : []))];
  const engine = createEngine({ kbDirs, ...(opts.ner !== undefined ? { ner: opts.ner } : {}) });
  return {
    version: engineVersion(kbDirs),
    analyze: (a) =>
      engine.analyze({
        text: a.text,
        published: a.published ?? null,
        ...(a.id ? { id: a.id } : {}),
        ...(a.lang ? { lang: a.lang } : {}),
      }),
  };
}
