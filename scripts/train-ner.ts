// Trains the NER model on ANERcorp (CoNLL `token TAG` lines).
//
//   npm run train:ner -- --data ../shared/data/anercorp/train.txt [--out data/ner/model.bin]
//                        [--epochs N] [--seed S] [--dropout P] [--runs R] [--margin E,O] [--propagate W] [--stack-folds K]
//                        [--scheme bioes|bio]
//                        [--dev-only] [--kb-commit REV | --kb DIR [--lists DIR]]
//
// The gazetteer comes from the KB (data/kb) and the tagger's own lists (data/ner/gazetteer) as
// committed at KB_COMMIT (exported with `git archive`, so that work in progress never leaks into
// the model and the file is reproducible byte for byte), or from another commit with --kb-commit
// REV (e.g. HEAD), or from directories with --kb DIR [--lists DIR].
//
// 1. Trains on the first 90% of sentences and scores the last 10% (dev), conlleval semantics.
// 2. Retrains on all sentences with the same settings and writes that model (unless --dev-only,
//    which writes the 90% model). Deterministic: the same corpus, KB and options give the same file.
import { parseArgs } from 'node:util';
import { readFileSync, writeFileSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { resolve, dirname, relative, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { execFileSync } from 'node:child_process';
import { readConll, formatScore, scoreEntities, type Score } from '../src/ner/conll.ts';
import { train } from '../src/ner/train.ts';
import { NerModel } from '../src/ner/model.ts';
import { gazetteerFromKb } from '../src/ner/gazetteer.ts';
import { readKbDirs } from '../src/kb/load.ts';
import { readNerLists, type NerList } from '../src/ner/lists.ts';

/** data/kb commit of the shipped model (update it when retraining on a grown KB). */
const KB_COMMIT = 'fe6c51f';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const CWD = process.env.INIT_CWD ?? process.cwd();

const { values } = parseArgs({
  options: {
    data: { type: 'string' },
    out: { type: 'string', default: 'data/ner/model.bin' },
    epochs: { type: 'string', default: '15' },
    seed: { type: 'string', default: '1' },
    dropout: { type: 'string', default: '0.3' },
    runs: { type: 'string', default: '3' },
    margin: { type: 'string', default: '5,1' },
    propagate: { type: 'string', default: '10' },
    'stack-folds': { type: 'string', default: '0' },
    scheme: { type: 'string', default: 'bioes' },
    'dev-only': { type: 'boolean', default: false },
    kb: { type: 'string' },
    lists: { type: 'string' },
    'kb-commit': { type: 'string', default: KB_COMMIT },
  },
});

function fail(msg: string): never {
  process.stderr.write(`train-ner: ${msg}\n`);
  process.exit(2);
}

if (!values.data) fail('--data FILE (ANERcorp train.txt) is required');
const dataPath = resolve(CWD, values.data);
if (!existsSync(dataPath)) fail(`corpus not found: ${dataPath}`);
const outPath = resolve(CWD, values.out!);
const epochs = Number(values.epochs);
const seed = Number(values.seed);
const dropout = Number(values.dropout);
const runs = Number(values.runs);
const stackFolds = Number(values['stack-folds']);
if (!Number.isInteger(epochs) || epochs < 1) fail('--epochs must be a positive integer');
if (!Number.isInteger(seed)) fail('--seed must be an integer');
if (!(dropout >= 0 && dropout < 1)) fail('--dropout must be in [0, 1)');
if (!Number.isInteger(runs) || runs < 1) fail('--runs must be a positive integer');
if (!Number.isInteger(stackFolds) || stackFolds === 1 || stackFolds < 0) fail('--stack-folds must be 0 (no stacking) or an integer ≥ 2');
const stack = stackFolds ? { folds: stackFolds, runs: 1 } : undefined;
const marginParts = values.margin!.split(',').map(Number);
if (marginParts.length !== 2 || !marginParts.every((x) => Number.isFinite(x) && x >= 0)) fail('--margin must be two non-negative numbers E,O (cost of a missed entity token, of a false alarm)');
const margin = { entity: marginParts[0]!, o: marginParts[1]! };
const propagate = Number(values.propagate);
if (!Number.isInteger(propagate) || propagate < 0) fail('--propagate must be a window in sentences (0 = off)');
if (values.scheme !== 'bio' && values.scheme !== 'bioes') fail('--scheme must be bioes (the default) or bio');
const scheme = values.scheme as 'bio' | 'bioes';

/**
 * data/kb and data/ner/gazetteer (the tagger's own lists, when the commit has them) as committed at
 * `rev`, exported into a temporary directory; returns the two folders and the short hash.
 */
function exportKb(rev: string): { dir: string; lists: string; hash: string; cleanup: () => void } {
  const tmp = mkdtempSync(join(tmpdir(), 'marsad-kb-'));
  try {
    const paths = ['data/kb', 'data/ner/gazetteer'].filter((p) => {
      try {
        execFileSync('git', ['cat-file', '-e', `${rev}:${p}`], { cwd: ROOT, stdio: 'ignore' });
        return true;
      } catch {
        return p === 'data/kb'; // the KB must exist: let git archive say why not
      }
    });
    const hash = execFileSync('git', ['log', '-1', '--format=%h', rev, '--', ...paths], { cwd: ROOT, encoding: 'utf8' }).trim();
    const tar = execFileSync('git', ['archive', '--format=tar', rev, ...paths], { cwd: ROOT, maxBuffer: 1 << 30 });
    execFileSync('tar', ['-x', '-C', tmp], { input: tar });
    return { dir: join(tmp, 'data/kb'), lists: join(tmp, 'data/ner/gazetteer'), hash, cleanup: () => rmSync(tmp, { recursive: true, force: true }) };
  } catch (e) {
    rmSync(tmp, { recursive: true, force: true });
    fail(`cannot export data/kb at ${rev} (${(e as Error).message.split('\n')[0]}); use --kb DIR`);
  }
}

const t0 = performance.now();
const all = readConll(readFileSync(dataPath, 'utf8'));
if (all.length < 10) fail(`${dataPath}: only ${all.length} sentences`);
const cut = Math.round(all.length * 0.9);
const exported = values.kb ? null : exportKb(values['kb-commit']!);
const kbDir = values.kb ? resolve(CWD, values.kb) : exported!.dir;
const listsDir = values.kb ? resolve(CWD, values.lists ?? join(ROOT, 'data/ner/gazetteer')) : exported!.lists;
const kb = readKbDirs([kbDir]);
let lists: NerList[];
try {
  lists = readNerLists(listsDir);
} catch (e) {
  fail((e as Error).message);
}
exported?.cleanup();
const gazetteer = gazetteerFromKb(kb, lists);
const kbAt = values.kb ? values.kb : `data/kb and data/ner/gazetteer at ${exported!.hash}`;
console.log(`corpus ${relative(ROOT, dataPath) || dataPath}: ${all.length} sentences; train ${cut}, dev ${all.length - cut}`);
console.log(`gazetteer: ${gazetteer.names.length} names (${lists.reduce((n, l) => n + l.entries.length, 0)} list entries), ${gazetteer.nisba.length} nisba forms, ${gazetteer.titles.length} titles (KB ${kbAt}, ${kb.actors.length} actors)`);
console.log(`epochs ${epochs}, seed ${seed}, dropout ${dropout}, runs ${runs} (weights averaged over runs), margin ${margin.entity},${margin.o}, label propagation ±${propagate} sentences, ${scheme.toUpperCase()} labels, ${stack ? `stacked on a first stage (1 run) tagging by ${stackFolds}-fold jackknife` : 'not stacked'}`);

const pct = (x: number): string => (100 * x).toFixed(2);
const dev = all.slice(cut);
const m90 = train(all.slice(0, cut), {
  epochs, seed, dropout, runs, margin, propagate, scheme, stack, gazetteer, dev, devEveryEpoch: false, onStage: (m) => console.log(`  ${m}`),
  onEpoch: (r) => console.log(`  run ${(r.run ?? 0) + 1} epoch ${String(r.epoch).padStart(2)}: ${r.mistakes} sentences wrong, ${r.seconds.toFixed(1)} s${r.dev ? `, dev F1 of the first ${(r.run ?? 0) + 1} run(s) ${pct(r.dev.all.f1)}` : ''}`),
});
const devScore: Score = scoreEntities(dev.map((s) => s.labels), m90.tagDocument(dev.map((s) => s.tokens)));
console.log(`dev (last ${all.length - cut} sentences), shipped quantised weights of the 90% model:`);
console.log(formatScore(devScore));

const devMeta = Object.fromEntries(
  [...Object.entries(devScore.byType), ['ALL', devScore.all] as const].map(([t, x]) => [t, { p: +pct(x.precision), r: +pct(x.recall), f1: +pct(x.f1) }]),
);
const meta = { trainedOn: values['dev-only'] ? 'first 90% of sentences' : 'all sentences', sentences: values['dev-only'] ? cut : all.length, epochs, seed, dropout, runs, margin, propagate, scheme, stackFolds, kbCommit: kbAt, dev: devMeta, devOf: 'the 90% model' };
let model = m90;
if (!values['dev-only']) {
  console.log(`retraining on all ${all.length} sentences ...`);
  model = train(all, { epochs, seed, dropout, runs, margin, propagate, scheme, stack, gazetteer, meta, onStage: (m) => console.log(`  ${m}`), onEpoch: (r) => console.log(`  run ${(r.run ?? 0) + 1} epoch ${String(r.epoch).padStart(2)}: ${r.mistakes} sentences wrong, ${r.seconds.toFixed(1)} s`) });
} else {
  model = new NerModel({ ...m90.parts, meta });
}
mkdirSync(dirname(outPath), { recursive: true });
const bytes = model.serialize();
writeFileSync(outPath, bytes);
console.log(`wrote ${relative(CWD, outPath) || outPath}: ${(bytes.length / 1e6).toFixed(2)} MB, ${model.parts.hashes.length} feature rows; ${((performance.now() - t0) / 1000).toFixed(1)} s in all`);
