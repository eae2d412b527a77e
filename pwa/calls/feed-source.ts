import { type ParsedFeed, parseFeed } from './parse-feed.ts';
import { SNAPSHOT_URL } from './snapshot-url.ts';

export interface FeedResult extends ParsedFeed {
  from: 'feed' | 'snapshot';
  url: string;
}

/** The user's feed URL when set, else the bundled snapshot. Only the URL the user chose is ever contacted. */
export async function fetchCalls(feedUrl: string, now = new Date()): Promise<FeedResult> {
  const url = feedUrl.trim() || SNAPSHOT_URL;
  if (!url) throw new Error('no feed URL set and no bundled snapshot in this build');
  const from = feedUrl.trim() ? 'feed' : 'snapshot';
  const res = await fetch(url, { cache: 'no-cache' });
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
  return { ...parseFeed(await res.text(), url, now), from, url };
}
