// K-fold cross-validation of the NER trainer on ANERcorp: a steadier estimate than the one dev
// split (which is a sports- and business-heavy stretch), for choosing features and settings.
//
//   node --import tsx scripts/cv-ner.ts --data ../shared/data/anercorp/train.txt [--folds 5]
//        [--epochs 15] [--runs 1] [--dropout 0.3] [--margin 5,1] [--propagate 10] [--seed 1] [--kb DIR] [--lists DIR]
//        [--scheme bio|bioes] [--stack-folds K]
//        [--dump FILE]   (writes `token GOLD PRED` lines of every fold, for error analysis)
//
// The gazetteer is read from the working tree (data/kb, data/ner/gazetteer), not a pinned commit.
//
// Folds are contiguous blocks of sentences (the corpus is in document order, and a random split
// would leak a document's names across folds). Prints each fold's F1 per type and the micro mean
// over all folds (entities of every fold pooled).
import { parseArgs } from 'node:util';
import { readFileSync, existsSync, writeFileSync } from 'node:fs';
import { resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readConll, scoreEntities, formatScore } from '../src/ner/conll.ts';
import { train } from '../src/ner/train.ts';
import { gazetteerFromKb } from '../src/ner/gazetteer.ts';
import { readKbDirs } from '../src/kb/load.ts';
import { readNerLists } from '../src/ner/lists.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const CWD = process.env.INIT_CWD ?? process.cwd();
const { values } = parseArgs({
  options: {
    data: { type: 'string' }, folds: { type: 'string', default: '5' }, epochs: { type: 'string', default: '15' },
    runs: { type: 'string', default: '1' }, dropout: { type: 'string', default: '0.3' }, seed: { type: 'string', default: '1' },
    kb: { type: 'string', default: resolve(ROOT, 'data/kb') },
    margin: { type: 'string', default: '5,1' },
    propagate: { type: 'string', default: '10' },
    lists: { type: 'string', default: resolve(ROOT, 'data/ner/gazetteer') },
    dump: { type: 'string' },
    scheme: { type: 'string', default: 'bioes' },
    'stack-folds': { type: 'string', default: '0' },
  },
});
const fail = (m: string): never => {
  process.stderr.write(`cv-ner: ${m}\n`);
  process.exit(2);
};
if (!values.data) fail('--data FILE (ANERcorp train.txt) is required');
const dataPath = resolve(CWD, values.data!);
if (!existsSync(dataPath)) fail(`corpus not found: ${dataPath}`);
const K = Number(values.folds), epochs = Number(values.epochs), runs = Number(values.runs), dropout = Number(values.dropout), seed = Number(values.seed);
if (!(Number.isInteger(K) && K >= 2)) fail('--folds must be an integer ≥ 2');
if (values.scheme !== 'bio' && values.scheme !== 'bioes') fail('--scheme must be bio or bioes');
const scheme = values.scheme as 'bio' | 'bioes';

const [mE, mO] = values.margin!.split(',').map(Number) as [number, number];
const all = readConll(readFileSync(dataPath, 'utf8'));
const gazetteer = gazetteerFromKb(readKbDirs([resolve(CWD, values.kb!)]), readNerLists(resolve(CWD, values.lists!)));
const golds: string[][] = [];
const preds: string[][] = [];
const t0 = performance.now();
for (let f = 0; f < K; f++) {
  const a = Math.floor((f * all.length) / K), b = Math.floor(((f + 1) * all.length) / K);
  const m = train([...all.slice(0, a), ...all.slice(b)], { epochs, seed, dropout, runs, gazetteer, ...(mE || mO ? { margin: { entity: mE, o: mO } } : {}), propagate: Number(values.propagate), scheme, ...(Number(values['stack-folds']) ? { stack: { folds: Number(values['stack-folds']) } } : {}) });
  const fold = all.slice(a, b);
  const p = m.tagDocument(fold.map((s) => s.tokens));
  const s = scoreEntities(fold.map((x) => x.labels), p);
  const t = (k: string): string => (100 * (s.byType[k]?.f1 ?? 0)).toFixed(1);
  console.log(`fold ${f + 1}/${K} (sentences ${a + 1}-${b}): F1 ${(100 * s.all.f1).toFixed(2)}  LOC ${t('LOC')} ORG ${t('ORG')} PERS ${t('PERS')} MISC ${t('MISC')}`);
  golds.push(...fold.map((x) => [...x.labels]));
  preds.push(...p);
}
console.log(`${K}-fold cross-validation (epochs ${epochs}, runs ${runs}, dropout ${dropout}, seed ${seed}), all folds pooled, ${((performance.now() - t0) / 1000).toFixed(0)} s:`);
console.log(formatScore(scoreEntities(golds, preds)));
if (values.dump) {
  const lines: string[] = [];
  let i = 0;
  for (let f = 0; f < K; f++) {
    const a = Math.floor((f * all.length) / K), b = Math.floor(((f + 1) * all.length) / K);
    for (const s of all.slice(a, b)) {
      s.tokens.forEach((t, j) => lines.push(`${t} ${golds[i]![j]} ${preds[i]![j]}`));
      lines.push('');
      i++;
    }
  }
  writeFileSync(resolve(CWD, values.dump), lines.join('\n'));
}
