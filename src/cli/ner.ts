// `marsad ner --conll FILE`: tags a token-per-line file with the statistical NER model.
import type { Command } from 'commander';
import { createReadStream, existsSync, statSync } from 'node:fs';
import type { Readable } from 'node:stream';
import { UserError } from './errors.ts';
import { loadTagger } from '../ner/index.ts';
import { tagConllStream, BinaryInputError } from '../ner/stream.ts';

function openInput(file: string): Readable {
  if (file === '-') return process.stdin;
  if (!existsSync(file)) throw new UserError(`ner: input file not found: ${file}`);
  if (!statSync(file).isFile()) throw new UserError(`ner: not a regular file: ${file}`);
  return createReadStream(file);
}

function writeOut(chunk: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const ok = process.stdout.write(chunk, (err) => (err ? reject(err) : undefined));
    if (ok) resolve();
    else process.stdout.once('drain', () => resolve());
  });
}

export function register(program: Command): void {
  program
    .command('ner')
    .description('tag Arabic named entities (ANERcorp scheme: B-/I- PERS, LOC, ORG, MISC) on given tokens')
    .requiredOption('--conll <file>', 'one token per line (`token` or `token GOLD`), blank line between sentences; - for stdin')
    .option('--model <path>', 'model file (default: the bundled data/ner/model.bin)')
    .action(async (opts: { conll: string; model?: string }) => {
      const tagger = loadTagger(opts.model);
      const input = openInput(opts.conll);
      try {
        await tagConllStream(input, tagger, writeOut);
      } catch (e) {
        const where = opts.conll === '-' ? 'stdin' : opts.conll;
        if (e instanceof BinaryInputError) throw new UserError(`ner: ${where}: not a text file (${e.message})`);
        const code = (e as NodeJS.ErrnoException).code;
        if (code === 'EISDIR' || code === 'EACCES') throw new UserError(`ner: cannot read ${where} (${code})`);
        throw e;
      }
    });
}
