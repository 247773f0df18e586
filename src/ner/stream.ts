// `marsad ner --conll`: tags a token-per-line file, echoing every line as `token GOLD PRED`.
// Lines are never dropped or merged: blank (or whitespace-only) lines come out as blank lines at
// the same positions, CR of CRLF endings is dropped, a last line without newline is still tagged.
import type { Readable } from 'node:stream';
import { parseLine } from './conll.ts';
import type { Tagger } from './index.ts';

/** Sentences longer than this are tagged in pieces, so memory stays bounded on odd input. */
const MAX_SENTENCE = 2000;

export class BinaryInputError extends Error {
  constructor(readonly line: number) {
    super(`binary data (NUL byte) on line ${line}`);
  }
}

/** Line-by-line state machine: feed lines, collect output text. */
export class ConllTagging {
  private tokens: string[] = [];
  private golds: string[] = [];
  private lineNo = 0;

  constructor(private readonly tagger: Tagger) {}

  /** Processes one input line (without its newline); returns output text (maybe empty). */
  line(raw: string): string {
    this.lineNo++;
    let line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (this.lineNo === 1 && line.startsWith('\ufeff')) line = line.slice(1);
    if (line.includes('\0')) throw new BinaryInputError(this.lineNo);
    const p = parseLine(line);
    if (!p) return this.flush() + '\n';
    this.tokens.push(p.token);
    this.golds.push(p.gold);
    return this.tokens.length >= MAX_SENTENCE ? this.flush() : '';
  }

  /** Tags and returns the pending sentence. */
  flush(): string {
    if (!this.tokens.length) return '';
    const pred = this.tagger.tag(this.tokens);
    let out = '';
    for (let i = 0; i < this.tokens.length; i++) out += `${this.tokens[i]} ${this.golds[i]} ${pred[i]}\n`;
    this.tokens = [];
    this.golds = [];
    return out;
  }
}

/** Whole-text version (tests, small inputs). */
export function tagConllText(text: string, tagger: Tagger): string {
  const t = new ConllTagging(tagger);
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  let out = '';
  for (const l of lines) out += t.line(l);
  return out + t.flush();
}

/** Streams `input` (utf8) to `write`, honouring back-pressure. */
export async function tagConllStream(
  input: Readable,
  tagger: Tagger,
  write: (chunk: string) => Promise<void>,
): Promise<void> {
  const t = new ConllTagging(tagger);
  input.setEncoding('utf8');
  let rest = '';
  for await (const chunk of input as AsyncIterable<string>) {
    const text = rest + chunk;
    const lines = text.split('\n');
    rest = lines.pop()!;
    let out = '';
    for (const l of lines) out += t.line(l);
    if (out) await write(out);
  }
  let out = rest ? t.line(rest) : '';
  out += t.flush();
  if (out) await write(out);
}
