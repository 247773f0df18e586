#!/usr/bin/env node
// Builds the web UI (src/ui, React + Vite) into dist/ui/.
//   node scripts/build-ui.mjs              build now (npm run build); a failure exits non-zero
//   node scripts/build-ui.mjs --if-needed  build only when a source is newer than the build
//                                          (npm install, npm start); never fails the install:
//                                          problems are reported and the server shows a notice
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const uiSrc = join(root, 'src/ui');
const outDir = join(root, 'dist/ui');
const stamp = join(outDir, '.build-stamp');
const ifNeeded = process.argv.includes('--if-needed');

/** Newest modification time under the given paths (files and folders, recursively). */
function newest(paths) {
  let t = 0;
  for (const p of paths) {
    if (!existsSync(p)) continue;
    const st = statSync(p);
    t = Math.max(t, st.mtimeMs);
    if (st.isDirectory()) for (const name of readdirSync(p)) t = Math.max(t, newest([join(p, name)]));
  }
  return t;
}

/** Sources the bundle is built from: the UI, the shared types it imports, this script. */
const SOURCES = [uiSrc, join(root, 'src/model/types.ts'), join(root, 'src/store/types.ts'), fileURLToPath(import.meta.url)];

export function upToDate() {
  if (!existsSync(stamp) || !existsSync(join(outDir, 'index.html'))) return false;
  return statSync(stamp).mtimeMs >= newest(SOURCES);
}

async function build() {
  const { build: viteBuild } = await import('vite');
  await viteBuild({
    root: uiSrc,
    base: './',
    configFile: false,
    logLevel: 'warn',
    publicDir: false,
    oxc: { jsx: { runtime: 'automatic' } },
    build: {
      outDir,
      emptyOutDir: true,
      sourcemap: false,
      target: 'es2022',
      chunkSizeWarningLimit: 2000,
      reportCompressedSize: false,
    },
  });
  writeFileSync(stamp, new Date().toISOString() + '\n');
}

async function main() {
  if (!existsSync(join(uiSrc, 'index.html'))) {
    console.log('build-ui: src/ui/index.html not found; nothing to build');
    return 0;
  }
  if (ifNeeded && upToDate()) return 0;
  let hasVite = true;
  try {
    await import('vite');
  } catch {
    hasVite = false;
  }
  if (!hasVite) {
    const msg = 'build-ui: vite is not installed (a production install without dev dependencies?); the server will show a "UI not built" page';
    console.error(msg);
    return ifNeeded ? 0 : 1;
  }
  const t0 = Date.now();
  try {
    await build();
  } catch (e) {
    console.error(`build-ui: building the web UI failed: ${e?.message ?? e}`);
    return ifNeeded ? 0 : 1;
  }
  console.log(`build-ui: built the web UI into dist/ui/ in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  return 0;
}

process.exitCode = await main();
