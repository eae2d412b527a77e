import { readFeed } from '../../sources/lib/feed.ts';
import type { SourcePlan, SourceRequest } from '../../sources/types.ts';
import { callPageLinks } from './parser.ts';

/** A GET request (endpoints as documented in ../shared/sources/NOTES.md; `npm run live-check` checks them live). */
const get = (url: string, accept = 'text/html'): SourceRequest => ({ url, method: 'GET', accept });

export const plan: SourcePlan = {
  hosts: ['interreg-baltic.eu'],
  requests: () => [get('https://interreg-baltic.eu/feed/', 'application/rss+xml')],
  follow(responses) {
    const feed = responses.find((r) => /\/feed\/?$/.test(r.url));
    if (!feed) return [];
    return callPageLinks(readFeed(feed, 'interreg-bsr'))
      .slice(0, 10)
      .map((u) => get(u));
  },
};
