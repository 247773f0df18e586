#!/usr/bin/env node
// Runs after `npm install`: makes `npx marsad` work inside this checkout (npm links the bins of
// dependencies, not the project's own) and builds the web UI when its sources changed.
import { existsSync, mkdirSync, symlinkSync, unlinkSync, lstatSync, chmodSync } from 'node:fs';
import { resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawnSync } from 'node:child_process';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const binDir = resolve(root, 'node_modules/.bin');
mkdirSync(binDir, { recursive: true });
const link = resolve(binDir, 'marsad');
try {
  if (existsSync(link) || lstatSync(link, { throwIfNoEntry: false })) unlinkSync(link);
} catch {}
symlinkSync('../../bin/marsad.mjs', link);
chmodSync(resolve(root, 'bin/marsad.mjs'), 0o755);

const buildUi = resolve(root, 'scripts/build-ui.mjs');
if (existsSync(buildUi)) {
  const r = spawnSync(process.execPath, [buildUi, '--if-needed'], { stdio: 'inherit', cwd: root });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
