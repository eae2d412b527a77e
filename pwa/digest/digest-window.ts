import type { FundingCall } from '../../core/model/call.ts';
import type { Profile } from '../../core/model/profile.ts';
import type { DigestRequest } from '../calls/rank-protocol.ts';
import { changesSince } from '../db/calls-repo.ts';
import type { StoredCall } from '../db/entities/stored-call.ts';

const DAY = 86_400_000;
export const DIGEST_PERIOD_DAYS = 7;
/** Watched and matching calls whose deadline falls within three weeks are "closing soon". */
export const CLOSING_SOON_DAYS = 21;

/**
 * "Nytt sedan förra veckan": changes of the last week, or since the last digest if that is longer ago. On the
 * very first digest every call is "new", so new calls are left out rather than listing the whole feed.
 */
export function digestRequest(
  stored: readonly StoredCall[],
  profile: Profile,
  watched: readonly { callId: string; call: FundingCall }[],
  history: { lastRunAt?: string; firstRun: boolean },
  now: Date,
): DigestRequest {
  const weekAgo = now.getTime() - DIGEST_PERIOD_DAYS * DAY;
  const since = new Date(Math.min(weekAgo, history.lastRunAt ? Date.parse(history.lastRunAt) : weekAgo));
  const changes = changesSince(stored, since).filter((c) => !history.firstRun || c.kind !== 'new');
  // Watched calls no longer in the feed still have deadlines worth showing.
  const inFeed = new Set(stored.map((s) => s.id));
  const calls = [...stored.map((s) => s.call), ...watched.filter((w) => !inFeed.has(w.callId)).map((w) => w.call)];
  return {
    calls,
    changes,
    profile,
    since: since.toISOString(),
    now: now.toISOString(),
    watched: watched.map((w) => w.callId),
    horizonDays: CLOSING_SOON_DAYS,
  };
}
