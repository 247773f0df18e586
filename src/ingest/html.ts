// HTML pages → article text and metadata, with linkedom (DOM) + Mozilla Readability (main text).
// Paragraph breaks are kept: block elements become blank-line-separated paragraphs, <br> a newline.
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import { toDay } from './dates.ts';

export interface HtmlArticle {
  readonly text: string;
  readonly title: string | null;
  readonly published: string | null;
  readonly outlet: string | null;
  readonly url: string | null;
  readonly lang: string | null;
}

const BLOCK = new Set([
  'P', 'DIV', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'UL', 'OL', 'BLOCKQUOTE', 'SECTION', 'ARTICLE', 'HEADER', 'FOOTER',
  'TR', 'TABLE', 'PRE', 'FIGURE', 'FIGCAPTION', 'DL', 'DT', 'DD', 'ASIDE', 'MAIN', 'ADDRESS', 'HR',
]);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'HEAD']);

interface NodeLike {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<NodeLike>;
}

/** Text of a DOM subtree with paragraph breaks. */
export function domText(root: NodeLike): string {
  const parts: string[] = [];
  const walk = (n: NodeLike): void => {
    if (n.nodeType === 3) {
      parts.push((n.textContent ?? '').replace(/\s+/g, ' '));
      return;
    }
    if (n.nodeType !== 1 && n.nodeType !== 9 && n.nodeType !== 11) return;
    const name = n.nodeName.toUpperCase();
    if (SKIP.has(name)) return;
    if (name === 'BR') {
      parts.push('\n');
      return;
    }
    const block = BLOCK.has(name);
    if (block) parts.push('\n\n');
    for (let i = 0; i < n.childNodes.length; i++) walk(n.childNodes[i]!);
    if (block) parts.push('\n\n');
  };
  walk(root);
  return parts
    .join('')
    .split('\n')
    .map((l) => l.replace(/[ \t\u00a0]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Text of an HTML fragment (feed descriptions). */
export function fragmentText(html: string): string {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  return domText(document.body as unknown as NodeLike);
}

type Doc = ReturnType<typeof parseHTML>['document'];

function meta(doc: Doc, ...sel: string[]): string | null {
  for (const s of sel) {
    const el = doc.querySelector(s);
    const v = el?.getAttribute('content') ?? el?.getAttribute('datetime') ?? el?.getAttribute('href');
    if (v && v.trim()) return v.trim();
  }
  return null;
}

function jsonLdDate(doc: Doc): string | null {
  for (const s of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    const m = /"datePublished"\s*:\s*"([^"]+)"/.exec(s.textContent ?? '');
    if (m) return m[1]!;
  }
  return null;
}

/** Extracts the main text and metadata of an HTML page. `baseUrl` is where it was fetched from. */
export function extractHtml(html: string, baseUrl: string | null = null): HtmlArticle {
  const { document } = parseHTML(html);
  const title0 = meta(document, 'meta[property="og:title"]', 'meta[name="twitter:title"]');
  const published0 =
    meta(document, 'meta[property="article:published_time"]', 'meta[name="pubdate"]', 'meta[name="publishdate"]',
      'meta[name="date"]', 'meta[name="DC.date.issued"]', 'meta[itemprop="datePublished"]', 'time[datetime]') ?? jsonLdDate(document);
  const site0 = meta(document, 'meta[property="og:site_name"]', 'meta[name="application-name"]');
  const canonical = meta(document, 'link[rel="canonical"]', 'meta[property="og:url"]');
  const lang0 = document.documentElement?.getAttribute('lang') ?? null;
  const titleTag = document.querySelector('title')?.textContent?.trim() || null;
  let text = '';
  let rTitle: string | null = null;
  let rSite: string | null = null;
  let rPublished: string | null = null;
  try {
    const r = new Readability(document as unknown as globalThis.Document, { charThreshold: 100 }).parse();
    if (r?.content) {
      text = fragmentText(r.content);
      rTitle = r.title?.trim() || null;
      rSite = r.siteName?.trim() || null;
      rPublished = r.publishedTime?.trim() || null;
    }
  } catch {
    // fall back to the whole body below
  }
  if (text.replace(/\s/g, '').length < 20) {
    const { document: again } = parseHTML(html);
    for (const el of Array.from(again.querySelectorAll('nav, header, footer, aside, form'))) el.remove();
    text = again.body ? domText(again.body as unknown as NodeLike) : '';
  }
  let url: string | null = canonical;
  if (url && baseUrl) {
    try {
      url = new URL(url, baseUrl).toString();
    } catch {
      url = baseUrl;
    }
  }
  return {
    text,
    title: title0 ?? rTitle ?? titleTag,
    published: toDay(published0 ?? rPublished),
    outlet: site0 ?? rSite,
    url: url ?? baseUrl,
    lang: lang0 ? lang0.slice(0, 2).toLowerCase() : null,
  };
}
