// The `marsad` command line. Each area registers its subcommands; errors the user caused are
// printed as one line without a stack trace.
import { Command, CommanderError } from 'commander';
import { UserError } from './errors.ts';
/** Which module registers which subcommands; only the module a command needs is loaded. */
const AREAS: Record<string, () => Promise<{ register: (p: Command) => void }>> = {
  analyze: () => import('./analyze.ts'),
  ner: () => import('./ner.ts'),
  corpus: () => import('./corpus.ts'),
  serve: () => import('./serve.ts'),
};
const AREA_OF: Record<string, string> = {
  analyze: 'analyze', ner: 'ner', ingest: 'corpus', events: 'corpus', actor: 'corpus', search: 'corpus', export: 'corpus',
  worker: 'corpus', reanalyze: 'corpus', serve: 'serve', start: 'serve',
};

const program = new Command();
program
  .name('marsad')
  .description('Marsad (مرصد): Arabic-first political event data from news articles')
  .version('0.1.0')
  .exitOverride()
  .configureOutput({ outputError: (str, write) => write(str) });

const sub = process.argv.slice(2).find((a) => !a.startsWith('-'));
const wanted = sub && AREA_OF[sub] ? [AREA_OF[sub]!] : Object.keys(AREAS);
for (const area of wanted) (await AREAS[area]!()).register(program);

try {
  await program.parseAsync(process.argv);
} catch (e) {
  if (e instanceof CommanderError) {
    process.exitCode = e.exitCode === 0 ? 0 : 2;
  } else if (e instanceof UserError) {
    process.stderr.write(`marsad: ${e.message}\n`);
    process.exitCode = e.exitCode;
  } else {
    const err = e as Error;
    process.stderr.write(`marsad: internal error: ${err.message}\n`);
    if (process.env.MARSAD_DEBUG) process.stderr.write(`${err.stack}\n`);
    process.exitCode = 70;
  }
}
