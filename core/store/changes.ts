import type { Budget, Deadline, FundingCall } from '../model/call.ts';
import { deriveStatus } from '../model/status.ts';

export const CHANGE_KINDS = ['new', 'deadline-moved', 'budget-changed', 'changed', 'withdrawn'] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

/** One thing a fetch found different from the previous snapshot. */
export interface CallChange {
  kind: ChangeKind;
  callId: string;
  source: string;
  /** The call's title (kept so a withdrawn call can still be named). */
  title: string;
  /** ISO instant of the fetch that found the change. */
  at: string;
  before?: { deadlines?: Deadline[]; budget?: Budget };
  after?: { deadlines?: Deadline[]; budget?: Budget };
}

function deadlineKey(ds: readonly Deadline[]): string {
  return ds
    .map((d) => `${d.kind}|${d.date}|${d.time ?? ''}|${d.timeZone}`)
    .sort()
    .join(';');
}

function budgetKey(b: Budget | undefined): string {
  return b ? `${b.amount ?? ''}|${b.currency ?? ''}` : '';
}

/** What changed between two versions of one call, most telling first; empty when nothing did. */
export function compareCall(prev: FundingCall, next: FundingCall, at: string): CallChange[] {
  const base = { callId: next.id, source: next.source, title: next.title, at };
  const out: CallChange[] = [];
  if (deadlineKey(prev.deadlines) !== deadlineKey(next.deadlines) || prev.fuzzyDate !== next.fuzzyDate) {
    out.push({
      ...base,
      kind: 'deadline-moved',
      before: { deadlines: prev.deadlines },
      after: { deadlines: next.deadlines },
    });
  }
  if (budgetKey(prev.budget) !== budgetKey(next.budget)) {
    out.push({ ...base, kind: 'budget-changed', before: { budget: prev.budget }, after: { budget: next.budget } });
  }
  if (out.length === 0 && prev.contentHash !== next.contentHash) out.push({ ...base, kind: 'changed' });
  return out;
}

/**
 * Changes of one source between its previous and its new calls. A call that is gone while it was still
 * open or forthcoming is "withdrawn"; a closed call that drops out of the funder's list is not news.
 */
export function diffSource(
  prev: readonly FundingCall[],
  next: readonly FundingCall[],
  at: string,
  now: Date,
): CallChange[] {
  const before = new Map(prev.map((c) => [c.id, c]));
  const after = new Map(next.map((c) => [c.id, c]));
  const out: CallChange[] = [];
  for (const c of next) {
    const p = before.get(c.id);
    if (!p) out.push({ kind: 'new', callId: c.id, source: c.source, title: c.title, at });
    else out.push(...compareCall(p, c, at));
  }
  for (const p of prev) {
    if (!after.has(p.id) && deriveStatus(p, now) !== 'closed') {
      out.push({
        kind: 'withdrawn',
        callId: p.id,
        source: p.source,
        title: p.title,
        at,
        before: { deadlines: p.deadlines },
      });
    }
  }
  return out;
}
