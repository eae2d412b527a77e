import type { FundingCall } from '../model/call.ts';
import { deadlineInstant } from '../model/deadline-time.ts';
import { normaliseCall } from '../model/normalise-call.ts';
import { type CallChange, diffSource } from './changes.ts';
import { dropDiscoveryDuplicates } from './dedupe.ts';
import { HISTORY_LIMIT, type Snapshot, type SourceState } from './snapshot.ts';

/**
 * Calls whose last deadline passed more than this many days ago leave the store: the Vinnova API alone lists
 * years of closed rounds. Pruned on both sides of a comparison, so they are never reported as withdrawn or new.
 */
export const RETAIN_CLOSED_DAYS = 365;

export function isLongClosed(c: FundingCall, now: Date, days: number): boolean {
  if (c.deadlines.length === 0) return false;
  const last = Math.max(...c.deadlines.map((d) => deadlineInstant(d).getTime()));
  return last < now.getTime() - days * 86_400_000;
}

/** The outcome of fetching one source: its calls, or why it failed. */
export type SourceResult =
  | { id: string; ok: true; calls: FundingCall[]; fetchedAt: string }
  | { id: string; ok: false; error: string; attemptedAt: string };

export interface SourceSummary {
  id: string;
  ok: boolean;
  calls: number;
  new: number;
  changed: number;
  withdrawn: number;
  error?: string;
}

export interface MergeResult {
  snapshot: Snapshot;
  changes: CallChange[];
  summary: SourceSummary[];
}

/**
 * Merges one fetch into the store. A source that failed keeps its previous calls (never wiped) and is reported
 * by name; a source that worked replaces its calls, and the differences become changes (new, deadline moved,
 * budget changed, withdrawn) kept in the snapshot's history. Pure: the caller reads and writes files.
 */
export function mergeFetch(
  previous: Snapshot | undefined,
  results: readonly SourceResult[],
  now: Date,
  discovery: ReadonlySet<string> = new Set(),
  retainClosedDays = RETAIN_CLOSED_DAYS,
): MergeResult {
  const at = now.toISOString();
  const recent = (c: FundingCall) => !isLongClosed(c, now, retainClosedDays);
  const prevBySource = new Map<string, FundingCall[]>();
  for (const c of previous?.calls ?? []) prevBySource.set(c.source, [...(prevBySource.get(c.source) ?? []), c]);
  const sources: Record<string, SourceState> = { ...(previous?.sources ?? {}) };
  const bySource = new Map(prevBySource);
  const changes: CallChange[] = [];
  const summary: SourceSummary[] = [];

  // Every call passes the model's gate; the source's own fetch time stays on each call.
  for (const r of results) {
    if (r.ok) bySource.set(r.id, r.calls.map((c) => normaliseCall(c, { file: r.id }, now)).filter(recent));
  }
  // Discovery duplicates go before diffing, so an interreg.no event already covered is never "new".
  const kept = new Set(dropDiscoveryDuplicates([...bySource.values()].flat(), discovery));
  for (const [id, list] of bySource)
    bySource.set(
      id,
      list.filter((c) => kept.has(c)),
    );

  for (const r of results) {
    const prev = prevBySource.get(r.id) ?? [];
    if (!r.ok) {
      sources[r.id] = { ...sources[r.id], ok: false, error: r.error, attemptedAt: r.attemptedAt, count: prev.length };
      summary.push({ id: r.id, ok: false, calls: prev.length, new: 0, changed: 0, withdrawn: 0, error: r.error });
      continue;
    }
    const calls = bySource.get(r.id) ?? [];
    const diff = diffSource(prev, calls, at, now);
    changes.push(...diff);
    sources[r.id] = { ok: true, fetchedAt: r.fetchedAt, attemptedAt: at, count: calls.length };
    summary.push({
      id: r.id,
      ok: true,
      calls: calls.length,
      new: diff.filter((d) => d.kind === 'new').length,
      changed: diff.filter((d) => d.kind !== 'new' && d.kind !== 'withdrawn').length,
      withdrawn: diff.filter((d) => d.kind === 'withdrawn').length,
    });
  }

  const calls = [...bySource.values()]
    .flat()
    .filter(recent)
    .map((c) => normaliseCall(c, {}, now))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const history = [...(previous?.history ?? [])];
  if (changes.length > 0) history.push({ at, changes });
  const snapshot: Snapshot = {
    version: 1,
    generatedAt: at,
    calls,
    sources: Object.fromEntries(Object.entries(sources).sort(([a], [b]) => a.localeCompare(b))),
    ...(history.length ? { history: history.slice(-HISTORY_LIMIT) } : {}),
  };
  return { snapshot, changes, summary };
}

/** Changes recorded in a snapshot's history at or after `since`. */
export function changesSince(snapshot: Snapshot, since: Date): CallChange[] {
  return (snapshot.history ?? []).filter((h) => Date.parse(h.at) >= since.getTime()).flatMap((h) => h.changes);
}
