import type * as Y from 'yjs';
import type { FundingCall } from '../model/call.ts';
import { normaliseCall } from '../model/normalise-call.ts';
import { coveredSources, followFeed } from './follow-feed.ts';
import { entryTypes, watchIndex } from './layout.ts';
import { recentItems, TeamLogLineSchema } from './schemas.ts';

export interface FeedResult {
  /** Entries whose copy or withdrawn mark changed. */
  updated: string[];
  /** Log lines appended. */
  lines: number;
}

/**
 * Watched calls follow the feed (core's followFeed, the same rule the app applies to a solo watchlist): a moved
 * deadline, changed budget or withdrawn call updates the stored copy and appends a typed log line; only calls gone
 * from the feed keep their stored copy. `sources` names sources the feed covers beyond those with calls in it
 * (pass only sources whose last fetch succeeded). Idempotent: applying the same feed twice adds nothing.
 */
export function applyFeedToTeam(
  doc: Y.Doc,
  calls: readonly FundingCall[],
  now: Date,
  sources: Iterable<string> = [],
): FeedResult {
  const byId = new Map(calls.map((c) => [c.id, c]));
  const covered = coveredSources(calls, sources);
  const result: FeedResult = { updated: [], lines: 0 };
  doc.transact(() => {
    for (const callId of watchIndex(doc).keys()) {
      const t = entryTypes(doc, callId);
      let stored: FundingCall;
      try {
        stored = normaliseCall(t.fields.get('call'), { file: 'team document', position: callId }, now);
      } catch {
        // A copy this version cannot read: the feed's own version replaces it when the feed has the call.
        const fresh = byId.get(callId);
        if (fresh) {
          t.fields.set('call', JSON.parse(JSON.stringify(fresh)));
          result.updated.push(callId);
        }
        continue;
      }
      const w = t.fields.get('withdrawnAt');
      const follow = followFeed(
        { call: stored, withdrawnAt: typeof w === 'string' && w ? w : undefined },
        byId.get(callId),
        covered,
        now,
      );
      if (!follow.changed) continue;
      if (follow.call !== stored) t.fields.set('call', JSON.parse(JSON.stringify(follow.call)));
      if ((follow.withdrawnAt ?? null) !== (typeof w === 'string' && w ? w : null)) {
        t.fields.set('withdrawnAt', follow.withdrawnAt ?? '');
      }
      const have = new Set(recentItems(t.log, TeamLogLineSchema, 'logLines').map((l) => l.id));
      const fresh = follow.lines.filter((l) => !have.has(l.id));
      if (fresh.length) t.log.push(fresh);
      result.updated.push(callId);
      result.lines += fresh.length;
    }
  }, 'feed');
  return result;
}
