import { parseSchedule } from '../../dates/schedule.ts';
import type { FundingCall } from '../../model/call.ts';
import { parseBudget } from '../../sources/lib/budget.ts';
import { dedupeById, finishCall } from '../../sources/lib/call.ts';
import { type FeedItem, readFeed } from '../../sources/lib/feed.ts';
import { clip, urlSlug } from '../../sources/lib/ids.ts';
import { fetchedDate } from '../../sources/lib/input.ts';
import { upcomingWindows, windowToCall } from '../../sources/recurring.ts';
import type { SourceDefinition, SourceInput } from '../../sources/types.ts';
import site from './site.json' with { type: 'json' };

/** ICLD: the standing municipal-partnership windows (data) plus calls announced in the news feed. */
export const id: string = site.id;

const CALL_WORDS =
  /ansök|utlys|söker (kommuner|regioner)|ansökningsomgång|intresseanmälan|call for|apply|applications? (are )?open/i;
const NOT_A_CALL = /webbinar|webinar|seminari|konferens|rapport|report|publikation|välkommen till|evenemang/i;

/** Feed items that announce something to apply for, as calls. Takes rss-parser's items too. */
export function parseFeedItems(items: readonly FeedItem[], input: SourceInput): FundingCall[] {
  const out: FundingCall[] = [];
  for (const item of items) {
    const title = (item.title ?? '').trim();
    if (!title || !CALL_WORDS.test(title) || NOT_A_CALL.test(title)) continue;
    const text = item.contentSnippet ?? '';
    const published = item.isoDate ? new Date(item.isoDate) : fetchedDate(input);
    const schedule = parseSchedule(text, { defaultZone: 'Europe/Stockholm', defaultYear: published.getUTCFullYear() });
    const link = item.link || input.url;
    const research = /forskare|universitet|högskol/i.test(text);
    out.push(
      finishCall(
        {
          id: `${id}:${urlSlug(link)}`,
          source: id,
          funder: 'ICLD',
          programme: research ? 'Kunskapscentrum' : 'Kommunala partnerskap',
          title,
          summary: clip(text),
          url: link,
          language: 'sv',
          opens: schedule.opens,
          fuzzyDate: schedule.fuzzyDate,
          deadlines: schedule.deadlines,
          budget: parseBudget(text, 'SEK'),
          applicantTypes: research ? ['universitet', 'högskola'] : ['kommun', 'region', 'kommunalförbund'],
          fetchedAt: input.fetchedAt,
        },
        { title, link, text, pubDate: item.pubDate },
      ),
    );
  }
  return out;
}

/** Recurring windows for the 12 months after the fetch: the programme runs whether or not the feed says so. */
export function windowCalls(fetchedAt: string): FundingCall[] {
  const now = new Date(fetchedAt);
  return upcomingWindows(now, 12)
    .filter((o) => o.window.source === id)
    .map((o) => windowToCall(o, fetchedAt));
}

export const source: SourceDefinition = {
  id,
  name: 'ICLD – kommunala partnerskap',
  format: 'rss',
  parse: (input) => dedupeById([...parseFeedItems(readFeed(input, id), input), ...windowCalls(input.fetchedAt)]),
};
