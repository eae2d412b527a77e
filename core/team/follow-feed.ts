import type { FundingCall } from '../model/call.ts';
import { hashRecord } from '../model/hash.ts';
import { deriveStatus } from '../model/status.ts';
import { compareCall } from '../store/changes.ts';
import type { TeamLogLine } from './schemas.ts';

/** A feed log line before it gets its id and time. */
type FeedLineBody = TeamLogLine extends infer L ? (L extends TeamLogLine ? Omit<L, 'id' | 'at'> : never) : never;

/** A watched call's copy and whether the feed has dropped it. */
export interface WatchedCopy {
  call: FundingCall;
  /** When the feed stopped listing the call (it was open or forthcoming then); absent while listed. */
  withdrawnAt?: string;
}

export interface FeedFollow extends WatchedCopy {
  /** Whether anything above differs from the input (so a caller writes only when needed). */
  changed: boolean;
  /** Log lines to append: moved deadline, changed budget, withdrawn, reinstated. */
  lines: TeamLogLine[];
}

/**
 * How one watched call follows the feed — the one rule for team documents (applyFeedToTeam, run by the server) and
 * for a solo watchlist in the app. A listed call's copy becomes the feed's version, with a log line for a moved
 * deadline or changed budget; a call gone from a source the feed covers keeps its stored copy and is marked
 * withdrawn (once); a call of a source the feed does not cover (a page saved from a website) is left alone.
 * Idempotent: following the same feed twice changes nothing the second time.
 */
export function followFeed(
  copy: WatchedCopy,
  feedCall: FundingCall | undefined,
  coveredSources: ReadonlySet<string>,
  now: Date,
): FeedFollow {
  const at = now.toISOString();
  const lines: TeamLogLine[] = [];
  const line = (l: FeedLineBody): void => {
    // Deterministic ids: the same change found twice (two runs on two devices) is one line on read.
    lines.push({
      ...l,
      at,
      id: `${l.kind}:${hashRecord({ callId: copy.call.id, ...l, at: at.slice(0, 10) })}`,
    } as TeamLogLine);
  };
  if (feedCall) {
    const found = compareCall(copy.call, feedCall, at);
    for (const c of found) {
      if (c.kind === 'deadline-moved')
        line({ kind: 'deadline-moved', from: copy.call.deadlines, to: feedCall.deadlines });
      if (c.kind === 'budget-changed') line({ kind: 'budget-changed', from: copy.call.budget, to: feedCall.budget });
    }
    if (copy.withdrawnAt) line({ kind: 'reinstated' });
    const changed = found.length > 0 || copy.withdrawnAt !== undefined;
    return { call: found.length ? feedCall : copy.call, changed, lines };
  }
  if (copy.withdrawnAt || !coveredSources.has(copy.call.source) || deriveStatus(copy.call, now) === 'closed') {
    return { ...copy, changed: false, lines };
  }
  line({ kind: 'withdrawn' });
  return { call: copy.call, withdrawnAt: at, changed: true, lines };
}

/** The sources a feed covers: those with calls in it, plus any the feed reports (a source with no calls left). */
export function coveredSources(calls: readonly FundingCall[], reported: Iterable<string> = []): Set<string> {
  return new Set([...calls.map((c) => c.source), ...reported]);
}
