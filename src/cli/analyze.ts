// `marsad analyze FILE --published DATE --format json|text|plover` and the `--jsonl` batch mode.
import { readFileSync, statSync, existsSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { createReadStream } from 'node:fs';
import type { Command } from 'commander';
import { UserError } from './errors.ts';
import { decode, DecodeError } from '../io/decode.ts';
import { PublishedSchema, BatchLineSchema, issueText, publishedDay } from '../io/schemas.ts';
import { createEngine, type Engine } from '../pipeline/engine.ts';
import { renderText } from '../report/text.ts';
import { renderPlover } from '../report/plover.ts';
import { KbError } from '../kb/load.ts';

const MAX_BYTES = 20 * 1024 * 1024;

export function readArticleFile(file: string): string {
  if (!existsSync(file)) throw new UserError(`file not found: ${file}`);
  const st = statSync(file);
  if (st.isDirectory()) throw new UserError(`${file} is a folder; give an article file (or use "marsad ingest" for folders)`);
  if (st.size === 0) throw new UserError(`${file} is empty`);
  if (st.size > MAX_BYTES) throw new UserError(`${file} is ${(st.size / 1048576).toFixed(1)} MB; articles above 20 MB are refused`);
  let text: string;
  try {
    text = decode(readFileSync(file), file).text;
  } catch (e) {
    if (e instanceof DecodeError) throw new UserError(e.message);
    throw e;
  }
  if (!text.trim()) throw new UserError(`${file} holds only white space`);
  if (/^\s*<(!doctype html|html|head|body)[\s>]/i.test(text)) text = htmlToText(text);
  return text;
}

/** Minimal HTML to text for a single file (the ingest command has the full Readability path). */
function htmlToText(html: string): string {
  return html
    .replace(/<(script|style|noscript)[\s\S]*?<\/\1>/gi, '')
    .replace(/<\/(p|div|h[1-6]|li|br|tr|section|article)>|<br\s*\/?>/gi, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\n\s*\n+/g, '\n')
    .trim();
}

function parsePublished(v: string | undefined): string | null {
  if (v === undefined) return null;
  const r = PublishedSchema.safeParse(v);
  if (!r.success) throw new UserError(`--published "${v}": ${issueText(r.error)}`);
  return v;
}

function makeEngine(kb: string[] | undefined, ner: boolean): Engine {
  try {
    return createEngine({ kbDirs: kb ?? (process.env.MARSAD_KB ? [process.env.MARSAD_KB] : []), ner: ner && process.env.MARSAD_NER !== '0' });
  } catch (e) {
    if (e instanceof KbError) throw new UserError(e.message);
    throw e;
  }
}

async function runBatch(engine: Engine, input: string): Promise<void> {
  if (input !== '-' && !existsSync(input)) throw new UserError(`file not found: ${input}`);
  const stream = input === '-' ? process.stdin : createReadStream(input, { encoding: 'utf8' });
  const rl = createInterface({ input: stream, crlfDelay: Infinity });
  let lineNo = 0;
  const out: string[] = [];
  const flush = (): void => {
    if (out.length) process.stdout.write(out.join(''));
    out.length = 0;
  };
  for await (const line of rl) {
    lineNo++;
    if (!line.trim()) continue;
    let id = `line-${lineNo}`;
    try {
      let raw: unknown;
      try {
        raw = JSON.parse(line);
      } catch (e) {
        throw new UserError(`line ${lineNo}: not valid JSON (${(e as Error).message})`);
      }
      if (raw && typeof raw === 'object' && 'id' in raw) id = String((raw as { id: unknown }).id);
      const r = BatchLineSchema.safeParse(raw);
      if (!r.success) throw new UserError(`line ${lineNo}: ${issueText(r.error)}`);
      if (!r.data.text.trim()) throw new UserError(`line ${lineNo}: text is empty`);
      const a = engine.analyze({ text: r.data.text, published: r.data.published ?? null, id: r.data.id, lang: r.data.lang });
      out.push(JSON.stringify(a) + '\n');
    } catch (e) {
      const msg = e instanceof UserError ? e.message : `line ${lineNo}: internal error: ${(e as Error).message}`;
      out.push(JSON.stringify({ id, error: msg }) + '\n');
    }
    if (out.length >= 64) flush();
  }
  flush();
}

export function register(program: Command): void {
  program
    .command('analyze')
    .description('analyse one article (FILE) or many (--jsonl IN.jsonl, - for stdin)')
    .argument('[file]', 'article text file (UTF-8; UTF-16 with BOM, windows-1256 and HTML are detected)')
    .option('--published <date>', 'publication date YYYY-MM-DD that relative dates are resolved against')
    .option('--format <format>', 'json | text | plover', 'json')
    .option('--jsonl <input>', 'batch mode: one {"id","text","published"} per line; one analysis per line out')
    .option('--kb <dir...>', 'extra knowledge-base folders merged over the bundled one')
    .option('--no-ner', 'do not use the statistical name tagger')
    .option('--id <id>', 'document id to put in the analysis')
    .action(async (file: string | undefined, o: { published?: string; format: string; jsonl?: string; kb?: string[]; ner: boolean; id?: string }) => {
      if (!['json', 'text', 'plover'].includes(o.format)) throw new UserError(`--format "${o.format}": expected json, text or plover`);
      if (o.jsonl !== undefined) {
        if (file) throw new UserError('give either FILE or --jsonl, not both');
        await runBatch(makeEngine(o.kb, o.ner), o.jsonl);
        return;
      }
      if (!file) throw new UserError('missing FILE (or --jsonl IN.jsonl); see "marsad analyze --help"');
      const published = parsePublished(o.published);
      const text = readArticleFile(file);
      const engine = makeEngine(o.kb, o.ner);
      const d = engine.run({ text, published: publishedDay(published), id: o.id });
      const analysis = engine.toAnalysis(d);
      if (!published) process.stderr.write('marsad: no --published date given: relative dates are not resolved and roles are not dated\n');
      if (o.format === 'json') process.stdout.write(JSON.stringify(analysis, null, 1) + '\n');
      else if (o.format === 'text') process.stdout.write(renderText(analysis, text));
      else process.stdout.write(renderPlover(analysis, text, engine.kb));
    });
}
