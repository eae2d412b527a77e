import type { FundingCall } from '../../model/call.ts';
import { hashRecord } from '../../model/hash.ts';

/**
 * Finishes a parsed call: the content hash is taken over the raw record (what the funder published), so a
 * later fetch can tell the call changed even in fields the model does not keep.
 */
export function finishCall(call: Omit<FundingCall, 'contentHash'>, raw: unknown): FundingCall {
  const clean = Object.fromEntries(Object.entries(call).filter(([, v]) => v !== undefined && v !== '')) as FundingCall;
  return { ...clean, summary: call.summary ?? '', contentHash: hashRecord(raw) };
}

/** Keeps one call per id: the fuller one (more deadlines, longer summary), so duplicates never double up. */
export function dedupeById(calls: readonly FundingCall[]): FundingCall[] {
  const byId = new Map<string, FundingCall>();
  for (const c of calls) {
    const prev = byId.get(c.id);
    if (!prev || fullness(c) > fullness(prev)) byId.set(c.id, c);
  }
  return [...byId.values()];
}

export function fullness(c: FundingCall): number {
  return c.deadlines.length * 1000 + (c.budget ? 500 : 0) + (c.opens ? 200 : 0) + Math.min(c.summary.length, 199);
}

function deadlineKey(c: FundingCall): string {
  return [...new Set(c.deadlines.map((d) => d.date))].sort().join(',');
}

/**
 * Calls of one programme area with the same deadline dates are the same call seen twice (a call page and a
 * news item; a programme page and the interreg.no calendar). Keeps the one `prefer` ranks higher, else the
 * fuller one.
 */
export function dedupeSameDeadlines(
  calls: readonly FundingCall[],
  prefer: (c: FundingCall) => number = () => 0,
): FundingCall[] {
  const keep = new Map<string, FundingCall>();
  const keyOf = (c: FundingCall) =>
    c.deadlines.length > 0 ? `${c.programmeArea ?? c.source}|${deadlineKey(c)}` : undefined;
  for (const c of calls) {
    const key = keyOf(c);
    if (!key) continue;
    const prev = keep.get(key);
    if (!prev) keep.set(key, c);
    else if (prefer(c) > prefer(prev) || (prefer(c) === prefer(prev) && fullness(c) > fullness(prev))) keep.set(key, c);
  }
  return calls.filter((c) => {
    const key = keyOf(c);
    return !key || keep.get(key) === c;
  });
}

/** A funder's words for a call that was called off: such a call is dropped, so the store reports it withdrawn. */
const WITHDRAWN =
  /\b(?:call|utlysning(?:en)?|ansökningsomgång(?:en)?)\b[^.]{0,40}(?<!\p{L})(?:has been|was|is|har|är|blev)\s+(?:cancelled|canceled|withdrawn|called off|återkallad|inställd|stoppad|avbruten|ställts in)/iu;

export function isWithdrawnText(text: string): boolean {
  return WITHDRAWN.test(text);
}
