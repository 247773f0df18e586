#!/usr/bin/env node
// npm run eval [-- --verbose]: scores the engine on ../shared/gold with the team's scorer.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const shared = process.env.MARSAD_SHARED ?? resolve(root, '../shared');
const scorer = resolve(shared, 'eval/score.mjs');
if (!existsSync(scorer)) {
  console.error(`eval: the scorer was not found at ${scorer} (set MARSAD_SHARED to the shared folder)`);
  process.exit(2);
}
const extra = process.argv.slice(2);
const gold = extra.includes('--gold') ? [] : ['--gold', resolve(shared, 'gold')];
const run = `npx --no-install marsad analyze {text} --published {published} --format json`;
const r = spawnSync(process.execPath, [scorer, ...gold, '--run', run, ...(extra.length ? extra : ['--verbose'])], { stdio: 'inherit', cwd: root });
if (r.status !== 0 || process.env.MARSAD_EVAL_CORPUS === '0') process.exit(r.status ?? 1);
// the corpus layer on the same real articles: ingesting them twice changes no counts
const c = spawnSync(process.execPath, ['--import', 'tsx', resolve(root, 'scripts/check-corpus-shared.ts')], { stdio: 'inherit', cwd: root });
process.exit(c.status ?? 1);
