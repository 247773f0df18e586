// Readers: turn ingest inputs (files, folders, JSONL, HTML, RSS/Atom feeds, URLs) into articles.
// Every problem is reported per file (or per line / feed item) as a failure with a reason; the
// caller goes on with the rest.
import { createReadStream, existsSync, openSync, readSync, closeSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { z } from 'zod';
import type { ArticleInput } from '../store/types.ts';
import { decode, DecodeError } from '../io/decode.ts';
import { PublishedSchema, issueText } from '../io/schemas.ts';
import { extractHtml } from './html.ts';
import { parseFeed, looksLikeFeed, FeedError } from './feed.ts';
import { dayFromFileName, toDay } from './dates.ts';

/** Files holding one document (text, HTML, feed, JSON) above this size are refused. */
export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;
/** HTML/feeds whose extracted text has fewer letters/digits than this are reported as empty. */
export const MIN_TEXT_CHARS = 20;

export type ReadItem =
  | { readonly ok: true; readonly article: ArticleInput }
  | { readonly ok: false; readonly origin: string; readonly reason: string };

/** Metadata given on the command line; applies to every input unless the input says otherwise. */
export interface IngestMeta {
  readonly published?: string | null;
  readonly outlet?: string | null;
  readonly url?: string | null;
  readonly title?: string | null;
  readonly lang?: string | null;
}

export interface ReadOptions {
  readonly meta?: IngestMeta;
  readonly maxBytes?: number;
  /** Fetch each feed item's page when the feed carries only a summary (default true). */
  readonly fetchItemPages?: boolean;
  readonly timeoutMs?: number;
}

const optStr = z.string().nullable().optional();

/** One JSONL line (also the shape of stand-alone .json articles). */
export const ArticleLineSchema = z.object({
  id: z.union([z.string().min(1), z.number()]).transform(String).optional(),
  text: z.string({ error: 'text: expected a string' }).refine((s) => s.trim().length > 0, 'text is empty'),
  published: PublishedSchema.nullable().optional(),
  outlet: optStr,
  url: optStr,
  title: optStr,
  lang: z.string().min(2).max(8).nullable().optional(),
});

/** A sidecar FILE.json next to a text/HTML file: metadata only. */
export const SidecarSchema = ArticleLineSchema.omit({ text: true });

const fail = (origin: string, reason: string): ReadItem => ({ ok: false, origin, reason });
const letters = (s: string): number => (s.match(/[\p{L}\p{N}]/gu) ?? []).length;
const mb = (n: number): string => `${(n / 1048576).toFixed(1)} MB`;

export const isUrl = (s: string): boolean => /^https?:\/\//i.test(s);

const TEXT_EXT = new Set(['.txt', '.text', '.md']);
const HTML_EXT = new Set(['.html', '.htm', '.xhtml']);
const FEED_EXT = new Set(['.xml', '.rss', '.atom']);
const JSONL_EXT = new Set(['.jsonl', '.ndjson']);

/** Files under a folder, recursively, sorted; hidden files and sidecars skipped. */
export function walk(dir: string): string[] {
  const out: string[] = [];
  const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const names = new Set(entries.map((e) => e.name));
  for (const e of entries) {
    if (e.name.startsWith('.')) continue;
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...walk(p));
    else if (e.isFile()) {
      if (e.name.endsWith('.json')) {
        const stem = e.name.slice(0, -5);
        const isSidecar = names.has(stem) || [...TEXT_EXT, ...HTML_EXT].some((x) => names.has(stem + x));
        if (isSidecar) continue;
      }
      out.push(p);
    }
  }
  return out;
}

/** The inputs as a flat list of files and URLs (folders expanded). */
export function expandInputs(paths: readonly string[]): { inputs: string[]; missing: string[] } {
  const inputs: string[] = [];
  const missing: string[] = [];
  for (const p of paths) {
    if (isUrl(p)) inputs.push(p);
    else if (!existsSync(p)) missing.push(p);
    else if (statSync(p).isDirectory()) inputs.push(...walk(p));
    else inputs.push(p);
  }
  return { inputs, missing };
}

/** Rough number of articles in the inputs (JSONL lines counted), for the progress bar. */
export function estimateCount(inputs: readonly string[]): number {
  let n = 0;
  for (const p of inputs) {
    if (!isUrl(p) && JSONL_EXT.has(extname(p).toLowerCase())) {
      const fd = openSync(p, 'r');
      const buf = Buffer.alloc(1 << 20);
      let lines = 0;
      let last = 10;
      for (;;) {
        const got = readSync(fd, buf, 0, buf.length, null);
        if (got <= 0) break;
        for (let i = 0; i < got; i++) if (buf[i] === 10) lines++;
        last = buf[got - 1]!;
      }
      closeSync(fd);
      n += lines + (last === 10 ? 0 : 1);
    } else n++;
  }
  return n;
}

function sidecarFor(file: string): string | null {
  const a = `${file}.json`;
  if (existsSync(a)) return a;
  const ext = extname(file);
  const b = ext ? `${file.slice(0, -ext.length)}.json` : null;
  return b && b !== file && existsSync(b) ? b : null;
}

type Sidecar = z.infer<typeof SidecarSchema>;

function readSidecar(file: string): { ok: true; data: Sidecar } | { ok: false; reason: string } {
  const sc = sidecarFor(file);
  if (!sc) return { ok: true, data: {} };
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(sc, 'utf8'));
  } catch (e) {
    return { ok: false, reason: `sidecar ${sc}: invalid JSON (${(e as Error).message})` };
  }
  const r = SidecarSchema.safeParse(raw);
  if (!r.success) return { ok: false, reason: `sidecar ${sc}: ${issueText(r.error)}` };
  return { ok: true, data: r.data };
}

const pick = <T>(...xs: (T | null | undefined)[]): T | null => {
  for (const x of xs) if (x !== undefined && x !== null && x !== '') return x;
  return null;
};

function fromLine(data: z.infer<typeof ArticleLineSchema>, meta: IngestMeta, origin: string): ArticleInput {
  return {
    id: data.id ?? null,
    text: data.text,
    published: toDay(pick(data.published, meta.published)),
    outlet: pick(data.outlet, meta.outlet),
    url: pick(data.url),
    title: pick(data.title),
    lang: pick(data.lang, meta.lang),
    origin,
  };
}

async function* readJsonl(file: string, opts: Required<Pick<ReadOptions, 'maxBytes'>> & ReadOptions): AsyncGenerator<ReadItem> {
  const meta = opts.meta ?? {};
  const head = Buffer.alloc(8192);
  const fd = openSync(file, 'r');
  const got = readSync(fd, head, 0, head.length, 0);
  closeSync(fd);
  if (got === 0) {
    yield fail(file, 'empty file');
    return;
  }
  let lines: AsyncIterable<string> | Iterable<string>;
  if ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff)) {
    // UTF-16 JSONL: decode whole (within the size limit)
    if (statSync(file).size > opts.maxBytes) {
      yield fail(file, `UTF-16 JSONL file of ${mb(statSync(file).size)} is above the ${mb(opts.maxBytes)} limit; convert it to UTF-8`);
      return;
    }
    lines = decode(readFileSync(file), file).text.split(/\r?\n/);
  } else {
    if (head.subarray(0, got).includes(0)) {
      yield fail(file, 'looks like a binary file, not JSONL text');
      return;
    }
    lines = createInterface({ input: createReadStream(file, { encoding: 'utf8' }), crlfDelay: Infinity });
  }
  let n = 0;
  for await (const raw of lines) {
    n++;
    const line = (n === 1 ? raw.replace(/^\uFEFF/, '') : raw).trim();
    if (!line) continue;
    const origin = `${file}:${n}`;
    if (line.length > opts.maxBytes) {
      yield fail(origin, `line of ${mb(line.length)} is above the ${mb(opts.maxBytes)} limit for one article`);
      continue;
    }
    let data: unknown;
    try {
      data = JSON.parse(line);
    } catch (e) {
      yield fail(origin, `invalid JSON (${(e as Error).message}) — a truncated or broken line`);
      continue;
    }
    const r = ArticleLineSchema.safeParse(data);
    if (!r.success) {
      yield fail(origin, issueText(r.error));
      continue;
    }
    yield { ok: true, article: fromLine(r.data, meta, origin) };
  }
}

function* feedArticles(xml: string, origin: string, meta: IngestMeta): Generator<ReadItem, { pages: { index: number; url: string; article: ArticleInput }[] }> {
  let feed;
  try {
    feed = parseFeed(xml);
  } catch (e) {
    yield fail(origin, e instanceof FeedError ? e.message : `unreadable feed (${(e as Error).message})`);
    return { pages: [] };
  }
  if (feed.items.length === 0) yield fail(origin, 'feed has no items');
  const pages: { index: number; url: string; article: ArticleInput }[] = [];
  for (let i = 0; i < feed.items.length; i++) {
    const it = feed.items[i]!;
    const article: ArticleInput = {
      id: it.url ? null : it.guid,
      text: it.text,
      published: pick(it.published, toDay(meta.published)),
      outlet: pick(meta.outlet, feed.title),
      url: it.url,
      title: it.title,
      lang: meta.lang ?? null,
      origin: `${origin}#item${i + 1}`,
    };
    pages.push({ index: i, url: it.url ?? '', article });
  }
  return { pages };
}

export class FetchError extends Error {}

async function fetchBytes(url: string, maxBytes: number, timeoutMs: number): Promise<{ bytes: Uint8Array; type: string; url: string }> {
  let res: Response;
  try {
    res = await fetch(url, { signal: AbortSignal.timeout(timeoutMs), headers: { 'user-agent': 'marsad-ingest/0.1 (+https://github.com/)' } });
  } catch (e) {
    throw new FetchError(`cannot fetch ${url} (${(e as Error).message})`);
  }
  if (!res.ok) throw new FetchError(`fetching ${url} gave HTTP ${res.status}`);
  const len = Number(res.headers.get('content-length') ?? '0');
  if (len > maxBytes) throw new FetchError(`${url} is ${mb(len)}, above the ${mb(maxBytes)} limit`);
  const bytes = new Uint8Array(await res.arrayBuffer());
  if (bytes.length > maxBytes) throw new FetchError(`${url} is ${mb(bytes.length)}, above the ${mb(maxBytes)} limit`);
  return { bytes, type: res.headers.get('content-type') ?? '', url: res.url || url };
}

/** A document already decoded to text: route by kind and yield its article(s). */
async function* fromDocument(
  text: string, kind: 'text' | 'html' | 'feed' | 'json' | 'auto', origin: string, opts: ReadOptions & { maxBytes: number },
  extra: { sidecar?: Sidecar; fileName?: string; url?: string },
): AsyncGenerator<ReadItem> {
  const meta = opts.meta ?? {};
  const sc = extra.sidecar ?? {};
  if (kind === 'auto') {
    if (looksLikeFeed(text)) kind = 'feed';
    else if (/^\s*(<!--[\s\S]*?-->\s*)*<(!doctype html|html|head|body)[\s>]/i.test(text)) kind = 'html';
    else kind = 'text';
  }
  const nameDay = extra.fileName ? dayFromFileName(extra.fileName) : null;
  if (kind === 'feed') {
    const gen = feedArticles(text, origin, meta);
    let step = gen.next();
    while (!step.done) {
      yield step.value;
      step = gen.next();
    }
    const fetchPages = (opts.fetchItemPages ?? true) && extra.url !== undefined;
    for (const p of step.value.pages) {
      let art = p.article;
      if (fetchPages && isUrl(p.url) && letters(art.text) < 300) {
        try {
          const got = await fetchBytes(p.url, opts.maxBytes, opts.timeoutMs ?? 15000);
          const h = extractHtml(decode(got.bytes, p.url).text, got.url);
          if (letters(h.text) > letters(art.text)) {
            art = { ...art, text: h.text, title: art.title ?? h.title, published: art.published ?? h.published, url: art.url ?? h.url };
          }
        } catch {
          // keep the feed's own summary
        }
      }
      if (letters(art.text) < MIN_TEXT_CHARS) yield fail(art.origin ?? origin, 'feed item has no text');
      else yield { ok: true, article: art };
    }
    return;
  }
  if (kind === 'json') {
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch (e) {
      yield fail(origin, `invalid JSON (${(e as Error).message})`);
      return;
    }
    const list = Array.isArray(data) ? data : [data];
    for (let i = 0; i < list.length; i++) {
      const o = Array.isArray(data) ? `${origin}[${i}]` : origin;
      const r = ArticleLineSchema.safeParse(list[i]);
      if (!r.success) yield fail(o, `not an article: ${issueText(r.error)}`);
      else yield { ok: true, article: fromLine(r.data, meta, o) };
    }
    return;
  }
  if (kind === 'html') {
    const h = extractHtml(text, extra.url ?? null);
    if (letters(h.text) < MIN_TEXT_CHARS) {
      yield fail(origin, 'no article text found in the HTML (broken or empty page)');
      return;
    }
    yield {
      ok: true,
      article: {
        id: sc.id ?? null, text: h.text,
        published: toDay(pick(sc.published, meta.published, h.published, nameDay)),
        outlet: pick(sc.outlet, meta.outlet, h.outlet),
        url: pick(sc.url, meta.url, h.url, extra.url),
        title: pick(sc.title, meta.title, h.title),
        lang: pick(sc.lang, meta.lang, h.lang),
        origin,
      },
    };
    return;
  }
  const body = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (!body.trim()) {
    yield fail(origin, 'holds only white space');
    return;
  }
  yield {
    ok: true,
    article: {
      id: sc.id ?? null, text: body,
      published: toDay(pick(sc.published, meta.published, nameDay)),
      outlet: pick(sc.outlet, meta.outlet),
      url: pick(sc.url, meta.url, extra.url),
      title: pick(sc.title, meta.title),
      lang: pick(sc.lang, meta.lang),
      origin,
    },
  };
}

async function* readFile(file: string, opts: ReadOptions & { maxBytes: number }): AsyncGenerator<ReadItem> {
  const ext = extname(file).toLowerCase();
  if (JSONL_EXT.has(ext)) {
    yield* readJsonl(file, opts);
    return;
  }
  const size = statSync(file).size;
  if (size === 0) {
    yield fail(file, 'empty file');
    return;
  }
  if (size > opts.maxBytes) {
    yield fail(file, `file is ${mb(size)}, above the ${mb(opts.maxBytes)} limit for one document (--max-mb)`);
    return;
  }
  let text: string;
  try {
    text = decode(readFileSync(file), file).text;
  } catch (e) {
    yield fail(file, e instanceof DecodeError ? e.message.replace(`${file} `, '') : (e as Error).message);
    return;
  }
  if (!text.trim()) {
    yield fail(file, 'holds only white space');
    return;
  }
  const kind = HTML_EXT.has(ext) ? 'html' : FEED_EXT.has(ext) ? 'feed' : ext === '.json' ? 'json' : TEXT_EXT.has(ext) ? 'text' : 'auto';
  let sidecar: Sidecar = {};
  if (kind !== 'json' && kind !== 'feed') {
    const s = readSidecar(file);
    if (!s.ok) {
      yield fail(file, s.reason);
      return;
    }
    sidecar = s.data;
  }
  yield* fromDocument(text, kind, file, opts, { sidecar, fileName: basename(file) });
}

async function* readUrl(url: string, opts: ReadOptions & { maxBytes: number }): AsyncGenerator<ReadItem> {
  let got;
  try {
    got = await fetchBytes(url, opts.maxBytes, opts.timeoutMs ?? 15000);
  } catch (e) {
    yield fail(url, (e as Error).message);
    return;
  }
  let text: string;
  try {
    text = decode(got.bytes, url).text;
  } catch (e) {
    yield fail(url, (e as Error).message);
    return;
  }
  const t = got.type.toLowerCase();
  const kind = /rss|atom/.test(t) ? 'feed' : /html/.test(t) ? 'auto' : 'auto';
  yield* fromDocument(text, kind, url, opts, { url: got.url });
}

/** Reads every input (files, folders, URLs) in order. */
export async function* readInputs(paths: readonly string[], opts: ReadOptions = {}): AsyncGenerator<ReadItem> {
  const o = { ...opts, maxBytes: opts.maxBytes ?? DEFAULT_MAX_BYTES };
  const { inputs, missing } = expandInputs(paths);
  for (const m of missing) yield fail(m, 'not found');
  // --url/--title name ONE article: with several inputs they would make every article the same one
  const single = inputs.length === 1 && !JSONL_EXT.has(extname(inputs[0]!).toLowerCase());
  const meta: IngestMeta = single ? (o.meta ?? {}) : { ...(o.meta ?? {}), url: null, title: null };
  for (const p of inputs) {
    try {
      if (isUrl(p)) yield* readUrl(p, { ...o, meta });
      else yield* readFile(p, { ...o, meta });
    } catch (e) {
      yield fail(p, `unreadable (${(e as Error).message})`);
    }
  }
}
