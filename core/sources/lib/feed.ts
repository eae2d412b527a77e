import { InputError } from '../../model/errors.ts';
import type { SourceInput } from '../types.ts';
import { htmlToText } from './html.ts';
import { asArray, readXml, xmlText } from './input.ts';

/**
 * A feed item in the shape rss-parser gives on the Node side, so the same source code takes items parsed by
 * rss-parser (CLI) or by `readFeed` (pure, for the extension's service worker, which has no DOMParser).
 */
export interface FeedItem {
  title?: string;
  link?: string;
  pubDate?: string;
  isoDate?: string;
  content?: string;
  contentSnippet?: string;
  categories?: string[];
  guid?: string;
}

type Node = Record<string, unknown>;

/** Reads RSS 2.0 or Atom with fast-xml-parser (pure, no DOM). */
export function readFeed(input: SourceInput, sourceId: string): FeedItem[] {
  if (input.feedItems) return input.feedItems;
  const doc = readXml(input, sourceId);
  const rss = doc.rss as Node | undefined;
  const channel = rss?.channel as Node | undefined;
  if (channel) {
    return asArray(channel.item as Node[] | Node | undefined).map((it) => {
      const html = xmlText(it['content:encoded']) || xmlText(it.description);
      const pub = xmlText(it.pubDate);
      const t = Date.parse(pub);
      return {
        title: xmlText(it.title),
        link: xmlText(it.link),
        pubDate: pub,
        ...(Number.isNaN(t) ? {} : { isoDate: new Date(t).toISOString() }),
        content: html,
        contentSnippet: htmlToText(html),
        categories: asArray(it.category as unknown[] | undefined)
          .map(xmlText)
          .filter(Boolean),
        guid: xmlText(it.guid),
      };
    });
  }
  const feed = doc.feed as Node | undefined;
  if (feed) {
    return asArray(feed.entry as Node[] | Node | undefined).map((e) => {
      const links = asArray(e.link as Node[] | Node | undefined);
      const alt = links.find((l) => !l['@_rel'] || l['@_rel'] === 'alternate') ?? links[0];
      const html = xmlText(e.content) || xmlText(e.summary);
      const updated = xmlText(e.published) || xmlText(e.updated);
      const t = Date.parse(updated);
      return {
        title: xmlText(e.title),
        link: alt ? String(alt['@_href'] ?? '') : '',
        pubDate: updated,
        ...(Number.isNaN(t) ? {} : { isoDate: new Date(t).toISOString() }),
        content: html,
        contentSnippet: htmlToText(html),
        categories: asArray(e.category as Node[] | undefined)
          .map((c) => String(c['@_term'] ?? ''))
          .filter(Boolean),
        guid: xmlText(e.id),
      };
    });
  }
  throw new InputError(`${sourceId}: not an RSS or Atom feed (no <rss><channel> or <feed>)`, { file: input.url });
}

/** True when a response looks like a feed rather than a page. */
export function isFeed(input: SourceInput): boolean {
  return (
    /xml|rss|atom/i.test(input.contentType ?? '') ||
    /\/feed\/?$|\.xml$|\/rss/i.test(input.url) ||
    /^\s*<\?xml|^\s*<rss/i.test(input.body)
  );
}
