import { AppError } from '../i18n/error-text.ts';
import { type ParsedFeed, parseFeed } from './parse-feed.ts';
import { SNAPSHOT_URL } from './snapshot-url.ts';

export interface FeedResult extends ParsedFeed {
  from: 'feed' | 'snapshot';
  url: string;
}

/** The user's feed URL when set, else the bundled snapshot. Only the URL the user chose is ever contacted. */
export async function fetchCalls(feedUrl: string, now = new Date()): Promise<FeedResult> {
  const url = feedUrl.trim() || SNAPSHOT_URL;
  if (!url) throw new AppError('no-feed');
  const from = feedUrl.trim() ? 'feed' : 'snapshot';
  const res = await fetch(url, { cache: 'no-cache' }).catch(() => {
    throw new AppError('feed-unreachable', { url });
  });
  if (!res.ok) throw new AppError('feed-http', { url, status: res.status });
  return { ...parseFeed(await res.text(), url, now), from, url };
}
