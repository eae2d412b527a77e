import type { CallStatus, FundingCall } from './call.ts';
import { deadlineInstant } from './deadline-time.ts';

/** A call whose last deadline is within this many days is "closing soon". */
export const CLOSING_SOON_DAYS = 14;
const DAY_MS = 86_400_000;

/** The next deadline still ahead of `now`, or undefined when all have passed. */
export function nextDeadline(
  call: Pick<FundingCall, 'deadlines'>,
  now: Date,
): FundingCall['deadlines'][number] | undefined {
  let best: { d: FundingCall['deadlines'][number]; t: number } | undefined;
  for (const d of call.deadlines) {
    const t = deadlineInstant(d).getTime();
    if (t >= now.getTime() && (!best || t < best.t)) best = { d, t };
  }
  return best?.d;
}

/**
 * Status from the dates alone: funders' own status flags are often stale.
 * No dates at all, or only a fuzzy date, reads as forthcoming (announced, not yet open).
 */
export function deriveStatus(call: Pick<FundingCall, 'deadlines' | 'opens' | 'fuzzyDate'>, now: Date): CallStatus {
  const nowMs = now.getTime();
  if (call.opens && Date.parse(`${call.opens}T00:00:00Z`) > nowMs) return 'forthcoming';
  if (call.deadlines.length === 0) return call.opens ? 'open' : 'forthcoming';
  const next = nextDeadline(call, now);
  if (!next) return 'closed';
  const last = Math.max(...call.deadlines.map((d) => deadlineInstant(d).getTime()));
  return last - nowMs <= CLOSING_SOON_DAYS * DAY_MS ? 'closing-soon' : 'open';
}
