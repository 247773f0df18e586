// RSS 2.0 and Atom feeds → one article per item (title, link, date, content or description).
import { DOMParser } from 'linkedom';
import { fragmentText } from './html.ts';
import { toDay } from './dates.ts';

export interface FeedItem {
  readonly guid: string | null;
  readonly url: string | null;
  readonly title: string | null;
  readonly published: string | null;
  readonly text: string;
}

export interface Feed {
  readonly kind: 'rss' | 'atom';
  readonly title: string | null;
  readonly items: readonly FeedItem[];
}

export class FeedError extends Error {}

/** True when the text looks like an RSS/Atom/RDF document. */
export function looksLikeFeed(s: string): boolean {
  const head = s.slice(0, 2000).replace(/^\uFEFF/, '').replace(/<\?xml[^>]*>\s*/, '').replace(/<!--[\s\S]*?-->\s*/g, '').trimStart();
  return /^<(rss|feed|rdf:RDF)[\s>]/i.test(head);
}

type El = { getElementsByTagName(n: string): ArrayLike<El>; getAttribute(n: string): string | null; textContent: string | null; children: ArrayLike<El>; tagName: string };

function child(el: El, ...names: string[]): El | null {
  for (const n of names) {
    const list = el.getElementsByTagName(n);
    if (list.length) return list[0]!;
  }
  return null;
}

const txt = (el: El | null): string | null => {
  const t = el?.textContent?.trim();
  return t ? t : null;
};

export function parseFeed(xml: string): Feed {
  if (!looksLikeFeed(xml)) throw new FeedError('not an RSS or Atom feed');
  let doc: { documentElement: El | null };
  try {
    doc = new DOMParser().parseFromString(xml, 'text/xml') as unknown as { documentElement: El | null };
  } catch (e) {
    throw new FeedError(`feed is not well-formed XML (${(e as Error).message})`);
  }
  const root = doc.documentElement;
  if (!root) throw new FeedError('feed is empty');
  const isAtom = root.tagName.toLowerCase() === 'feed';
  const items: FeedItem[] = [];
  if (isAtom) {
    const entries = root.getElementsByTagName('entry');
    for (let i = 0; i < entries.length; i++) {
      const e = entries[i]!;
      const links = e.getElementsByTagName('link');
      let href: string | null = null;
      for (let k = 0; k < links.length; k++) {
        const rel = links[k]!.getAttribute('rel');
        if (!rel || rel === 'alternate') { href = links[k]!.getAttribute('href'); break; }
      }
      const body = txt(child(e, 'content')) ?? txt(child(e, 'summary')) ?? '';
      items.push({
        guid: txt(child(e, 'id')), url: href, title: txt(child(e, 'title')),
        published: toDay(txt(child(e, 'published')) ?? txt(child(e, 'updated'))), text: fragmentText(body),
      });
    }
    const feedTitle = [...Array.from(root.children)].find((c) => c.tagName.toLowerCase() === 'title');
    return { kind: 'atom', title: txt(feedTitle ?? null), items };
  }
  const channel = child(root, 'channel');
  const list = root.getElementsByTagName('item');
  for (let i = 0; i < list.length; i++) {
    const it = list[i]!;
    const body = txt(child(it, 'content:encoded')) ?? txt(child(it, 'description')) ?? '';
    items.push({
      guid: txt(child(it, 'guid')), url: txt(child(it, 'link')), title: txt(child(it, 'title')),
      published: toDay(txt(child(it, 'pubDate')) ?? txt(child(it, 'dc:date'))), text: fragmentText(body),
    });
  }
  const chTitle = channel ? [...Array.from(channel.children)].find((c) => c.tagName.toLowerCase() === 'title') : undefined;
  return { kind: 'rss', title: txt(chTitle ?? null), items };
}
