import type { FundingCall } from '../../model/call.ts';
import { dedupeById } from '../../sources/lib/call.ts';
import { type FeedItem, isFeed, readFeed } from '../../sources/lib/feed.ts';
import { blockText, layoutError, readHtml } from '../../sources/lib/html.ts';
import { urlSlug } from '../../sources/lib/ids.ts';
import { feedCalls, interregCall, isCallItem, itemLinks, type Programme } from '../../sources/lib/interreg.ts';
import type { SourceDefinition, SourceInput } from '../../sources/types.ts';
import { programmeOf } from '../site.ts';
import site from './site.json' with { type: 'json' };

/** Interreg Baltic Sea Region: the WordPress feed finds calls, the call pages give their dates. */
export const id: string = site.id;

/** Funder, programme area, zone and countries come from the funder's one definition (site.json). */
export const PROGRAMME: Programme = programmeOf(site);

/** Call pages live under /call/; news items link to them. */
export const CALL_PAGE = /interreg-baltic\.eu\/call\//;

export function parseCallPage(input: SourceInput): FundingCall[] {
  const root = readHtml(input, id);
  const article = root.querySelector('article') ?? root.querySelector('main');
  const h1 = article?.querySelector('h1');
  if (!article || !h1) throw layoutError(input, id, 'no <article> with an <h1> call title');
  const content = article.querySelector('.entry-content') ?? article;
  const text = blockText(content);
  const headings = content.querySelectorAll('h2, h3');
  const keyDates = headings.find((h) => /key dates|dates|deadlines|timeline/i.test(h.textContent));
  const budget = headings.find((h) => /budget|funding/i.test(h.textContent));
  const sectionText = (h: typeof keyDates) => {
    if (!h) return undefined;
    const parts: string[] = [];
    for (let el = h.nextElementSibling; el && !/^H[23]$/.test(el.tagName); el = el.nextElementSibling)
      parts.push(blockText(el));
    return parts.join('\n');
  };
  return [
    interregCall(PROGRAMME, input, {
      idSuffix: urlSlug(input.url),
      title: h1.textContent,
      text,
      dateText: sectionText(keyDates) ?? text,
      budgetText: sectionText(budget) ?? text,
      raw: { url: input.url, text },
    }),
  ];
}

function build(inputs: readonly SourceInput[]): FundingCall[] {
  const pages = inputs.filter((i) => !isFeed(i));
  const pageUrls = new Set(pages.map((p) => p.url));
  const calls: FundingCall[] = pages.flatMap(parseCallPage);
  for (const feed of inputs.filter(isFeed)) {
    // An item whose call page was fetched is described by the page; the rest come from the feed text.
    const items = readFeed(feed, id).filter((it) => !itemLinks(it).some((l) => pageUrls.has(l)));
    calls.push(...feedCalls(PROGRAMME, feed, items));
  }
  return dedupeById(calls);
}

/** Call pages to fetch after the feed: those linked from call items. */
export function callPageLinks(items: readonly FeedItem[]): string[] {
  return [
    ...new Set(
      items
        .filter(isCallItem)
        .flatMap(itemLinks)
        .filter((l) => CALL_PAGE.test(l)),
    ),
  ];
}

export const source: SourceDefinition = {
  id,
  name: 'Interreg Baltic Sea Region',
  format: 'rss',
  parse: (input) => build([input]),
  parseMany: build,
};
