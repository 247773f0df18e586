// The `marsad` command line. Each area registers its subcommands; errors the user caused are
// printed as one line without a stack trace.
import { Command, CommanderError } from 'commander';
import { UserError } from './errors.ts';
import { register as registerAnalyze } from './analyze.ts';
import { register as registerNer } from './ner.ts';
import { register as registerCorpus } from './corpus.ts';
import { register as registerServe } from './serve.ts';

const program = new Command();
program
  .name('marsad')
  .description('Marsad (مرصد): Arabic-first political event data from news articles')
  .version('0.1.0')
  .exitOverride()
  .configureOutput({ outputError: (str, write) => write(str) });

registerAnalyze(program);
registerNer(program);
registerCorpus(program);
registerServe(program);

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
