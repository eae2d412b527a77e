import { deadlineInstant } from '../../core/model/deadline-time.ts';
import { nextDeadline } from '../../core/model/status.ts';
import type { RankedCall } from '../calls/ranker.ts';
import type { StoredCall } from '../db/entities/stored-call.ts';
import type { WatchEntry } from '../db/entities/watch-entry.ts';

const DAY = 86_400_000;
export const DIGEST_PERIOD_DAYS = 7;
export const CLOSING_SOON_DAYS = 21;

export interface DigestItem {
  callId: string;
  title: string;
  score?: number;
  band?: string;
  deadline?: string;
  reasons: string[];
}

export interface Digest {
  since: string;
  newMatches: DigestItem[];
  movedDeadlines: DigestItem[];
  closingSoon: DigestItem[];
}

const DONE = new Set(['beviljad', 'avslag', 'avstar', 'ansokt']);

/**
 * "Nytt sedan förra veckan": matching calls first seen, and deadlines moved, within the last week or since the
 * last digest if that is longer ago; and watched or strong calls whose deadline falls in the next three weeks.
 */
export function computeDigest(
  stored: StoredCall[],
  ranked: RankedCall[],
  watchlist: WatchEntry[],
  history: { lastRunAt?: string; firstRun: boolean },
  lang: 'sv' | 'en',
  now = new Date(),
): Digest {
  const { lastRunAt, firstRun } = history;
  const weekAgo = now.getTime() - DIGEST_PERIOD_DAYS * DAY;
  const since = Math.min(weekAgo, lastRunAt ? Date.parse(lastRunAt) : weekAgo);
  const byId = new Map(stored.map((s) => [s.id, s]));
  const watched = new Map(watchlist.map((w) => [w.callId, w]));
  const item = (r: RankedCall): DigestItem => {
    const next = nextDeadline(r.call, now);
    return {
      callId: r.call.id,
      title: r.call.title,
      score: r.match.score,
      band: r.match.band,
      deadline: next ? deadlineInstant(next).toISOString() : undefined,
      reasons: [...new Set(r.match.reasons.map((x) => x.priorityLabel[lang]))].slice(0, 2),
    };
  };
  const matching = ranked.filter((r) => r.match.band === 'strong' || r.match.band === 'relevant');
  // On the very first run everything is "new": say nothing rather than list the whole feed.
  const newMatches = firstRun
    ? []
    : matching.filter((r) => {
        const s = byId.get(r.call.id);
        return s && Date.parse(s.firstSeenAt) > since && r.call.status !== 'closed';
      });
  const movedDeadlines = ranked.filter((r) => {
    const s = byId.get(r.call.id);
    const changed = s?.deadlinesChangedAt && Date.parse(s.deadlinesChangedAt) > since;
    return changed && (watched.has(r.call.id) || r.match.band !== 'none');
  });
  const horizon = now.getTime() + CLOSING_SOON_DAYS * DAY;
  const closing = (call: RankedCall['call']) => {
    const next = nextDeadline(call, now);
    return next !== undefined && deadlineInstant(next).getTime() <= horizon;
  };
  const closingSoon: DigestItem[] = [];
  for (const w of watchlist) {
    if (DONE.has(w.status) || !closing(w.call)) continue;
    const next = nextDeadline(w.call, now);
    closingSoon.push({
      callId: w.callId,
      title: w.call.title,
      score: w.savedMatch?.score,
      band: w.savedMatch?.band,
      deadline: next ? deadlineInstant(next).toISOString() : undefined,
      reasons: [],
    });
  }
  for (const r of matching) {
    if (r.match.band === 'strong' && !watched.has(r.call.id) && closing(r.call)) closingSoon.push(item(r));
  }
  closingSoon.sort((a, b) => (a.deadline ?? '').localeCompare(b.deadline ?? ''));
  return {
    since: new Date(since).toISOString(),
    newMatches: newMatches.map(item),
    movedDeadlines: movedDeadlines.map(item),
    closingSoon,
  };
}

export function digestIsEmpty(d: Digest): boolean {
  return d.newMatches.length + d.movedDeadlines.length + d.closingSoon.length === 0;
}
