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

interface Pending {
  readonly pre: string; // blank lines before the sentence
  readonly tokens: string[];
  readonly golds: string[];
}

/**
 * Line-by-line state machine: feed lines, collect output text. With a tagger that takes document
 * context (`tagWindow`), a sentence is tagged once CONTEXT sentences after it have been read (or at
 * the end), so memory stays bounded however long the input.
 */
export class ConllTagging {
  private tokens: string[] = [];
  private golds: string[] = [];
  private pre = ''; // blank lines seen since the last sentence
  private lineNo = 0;
  private readonly sents: Pending[] = []; // closed sentences from next - context on
  private next = 0; // index in sents of the first untagged sentence
  private readonly context: number;

  constructor(private readonly tagger: Tagger, context = tagger.contextSize ?? 10) {
    this.context = tagger.tagWindow ? context : 0;
  }

  /** Processes one input line (without its newline); returns output text (maybe empty). */
  line(raw: string): string {
    this.lineNo++;
    let line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (this.lineNo === 1 && line.startsWith('\ufeff')) line = line.slice(1);
    if (line.includes('\0')) throw new BinaryInputError(this.lineNo);
    const p = parseLine(line);
    if (!p) {
      this.close();
      this.pre += '\n';
      return this.drain(false);
    }
    this.tokens.push(p.token);
    this.golds.push(p.gold);
    if (this.tokens.length >= MAX_SENTENCE) {
      this.close();
      return this.drain(false);
    }
    return '';
  }

  /** Tags and returns everything pending (end of input). */
  flush(): string {
    this.close();
    const out = this.drain(true) + this.pre;
    this.pre = '';
    return out;
  }

  private close(): void {
    if (!this.tokens.length) return;
    this.sents.push({ pre: this.pre, tokens: this.tokens, golds: this.golds });
    this.pre = '';
    this.tokens = [];
    this.golds = [];
  }

  private drain(all: boolean): string {
    let out = '';
    while (this.next < this.sents.length && (all || this.next + this.context < this.sents.length)) {
      const s = this.sents[this.next]!;
      const pred = this.tagger.tagWindow
        ? this.tagger.tagWindow(this.sents.map((x) => x.tokens), this.next)
        : this.tagger.tag(s.tokens);
      out += s.pre;
      for (let i = 0; i < s.tokens.length; i++) out += `${s.tokens[i]} ${s.golds[i]} ${pred[i]}\n`;
      this.next++;
      while (this.next > this.context) {
        this.sents.shift();
        this.next--;
      }
    }
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
