// npm run bench [-- --docs N --only analyze|ner|corpus|api]
// Throughput of the engine on a generated corpus (our own templates filled with KB names), through
// the same `analyze --jsonl` path users take, plus the stage-by-stage cost and the other benches.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateArticles } from '../test/corpus/generate.ts';
import { createEngine } from '../src/pipeline/engine.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
const opt = (k: string, d: string) => {
  const i = argv.indexOf(k);
  return i >= 0 && argv[i + 1] ? argv[i + 1]! : d;
};
const N = Number(opt('--docs', '10000'));
const only = opt('--only', '');

function line(s: string): void {
  process.stdout.write(s + '\n');
}

if (!only || only === 'analyze') {
  const docs = generateArticles(N, 7);
  const dir = mkdtempSync(join(tmpdir(), 'marsad-bench-'));
  const file = join(dir, 'corpus.jsonl');
  writeFileSync(file, docs.map((d) => JSON.stringify(d)).join('\n') + '\n');
  const sentences = docs.reduce((n, d) => n + d.text.split(/[.؟!]\s/).length, 0);
  line(`generated ${docs.length} articles (${sentences} sentences, ${(docs.reduce((n, d) => n + d.text.length, 0) / 1e6).toFixed(1)} M chars) from templates`);

  // the CLI batch path, one process (start-up included)
  for (const [label, env] of [['all stages (tagger on)', {}], ['tagger off', { MARSAD_NER: '0' }]] as const) {
    const t0 = process.hrtime.bigint();
    const r = spawnSync(process.execPath, [join(root, 'bin/marsad.mjs'), 'analyze', '--jsonl', file], { env: { ...process.env, ...env }, maxBuffer: 1 << 30, encoding: 'utf8' });
    const secs = Number(process.hrtime.bigint() - t0) / 1e9;
    if (r.status !== 0) throw new Error(`analyze --jsonl failed: ${r.stderr}`);
    const out = r.stdout.trim().split('\n');
    const errors = out.filter((l) => l.includes('"error"')).length;
    line(`analyze --jsonl, ${label}: ${(docs.length / secs).toFixed(0)} articles/s, ${(sentences / secs).toFixed(0)} sentences/s (${secs.toFixed(1)} s, ${out.length} lines, ${errors} errors)`);
  }

  // stage costs in process (one core): each configuration over the same documents
  const configs: [string, Parameters<typeof createEngine>[0]][] = [
    ['mentions + linking only', { ner: false, times: false, events: false }],
    ['+ times', { ner: false, times: true, events: false }],
    ['+ times + events', { ner: false, times: true, events: true }],
    ['+ times + events + tagger', { ner: true, times: true, events: true }],
    ['all stages but times', { ner: true, times: false, events: true }],
  ];
  const sample = docs.slice(0, Math.min(docs.length, 4000));
  for (const [label, o] of configs) {
    const engine = createEngine(o);
    engine.analyze({ text: sample[0]!.text, published: sample[0]!.published });
    const t0 = process.hrtime.bigint();
    for (const d of sample) engine.analyze({ text: d.text, published: d.published, id: d.id });
    const secs = Number(process.hrtime.bigint() - t0) / 1e9;
    line(`in process, ${label}: ${(sample.length / secs).toFixed(0)} articles/s`);
  }
}

for (const [name, script, args] of [
  ['ner', 'scripts/bench-ner.ts', ['--data', resolve(root, '../shared/data/anercorp/train.txt')]],
  ['corpus', 'scripts/bench-corpus.ts', []],
  ['api', 'scripts/bench-api.ts', []],
] as const) {
  if (only && only !== name) continue;
  if (!existsSync(join(root, script))) continue;
  line(`\n== ${name} (${script}) ==`);
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(root, script), ...args], { stdio: 'inherit', cwd: root });
  if (r.status !== 0) line(`${script} exited with ${r.status}`);
}
