import type { FeedStatus } from '../db/entities/team-config.ts';
import { AppError } from '../i18n/error-text.ts';
import { parseApiCalls } from './api-calls.ts';
import { type ParsedFeed, parseFeed } from './parse-feed.ts';
import { serverCallsUrl } from './server-url.ts';
import { SNAPSHOT_URL } from './snapshot-url.ts';

export interface FeedResult extends ParsedFeed {
  from: 'server' | 'feed' | 'snapshot';
  url: string;
  /** The server's age and per-source report (only from /api/calls). */
  status?: FeedStatus;
}

export { serverCallsUrl } from './server-url.ts';

async function fromServer(now: Date): Promise<FeedResult | 'absent'> {
  const url = serverCallsUrl();
  const res = await fetch(url, { cache: 'no-cache', headers: { accept: 'application/json' } });
  // A static host (no Fundwatch server) answers 404, or the app's own page for an unknown path.
  if (!res.ok || !(res.headers.get('content-type') ?? '').includes('json')) return 'absent';
  const api = parseApiCalls(await res.text(), url, now);
  return {
    calls: api.calls,
    generatedAt: api.fetchedAt,
    from: 'server',
    url,
    status: { fetchedAt: api.fetchedAt, sources: api.sources },
  };
}

/**
 * The user's feed URL when set; else the Fundwatch server that serves the app (GET /api/calls); else the bundled
 * snapshot. Offline after having had the server's calls, it throws, so the calls stored on the device are kept
 * rather than replaced by the older snapshot.
 */
export async function fetchCalls(feedUrl: string, now = new Date(), lastServer?: FeedStatus): Promise<FeedResult> {
  if (!feedUrl.trim()) {
    try {
      const server = await fromServer(now);
      if (server !== 'absent') return server;
    } catch (error) {
      if (lastServer) throw error;
    }
  }
  const url = feedUrl.trim() || SNAPSHOT_URL;
  if (!url) throw new AppError('no-feed');
  const from = feedUrl.trim() ? 'feed' : 'snapshot';
  const res = await fetch(url, { cache: 'no-cache' }).catch(() => {
    throw new AppError('feed-unreachable', { url });
  });
  if (!res.ok) throw new AppError('feed-http', { url, status: res.status });
  return { ...parseFeed(await res.text(), url, now), from, url };
}
