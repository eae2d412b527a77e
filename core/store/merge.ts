import type { FundingCall } from '../model/call.ts';
import { deadlineInstant } from '../model/deadline-time.ts';
import { normaliseCall } from '../model/normalise-call.ts';
import { deriveStatus } from '../model/status.ts';
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

/**
 * Why a source's answer was not used, as a typed code each product words in its own language:
 * the fetch failed, or the answer was valid but empty / sharply smaller than what the store holds (a funder's
 * site half-broken, a changed layout the parser no longer reads), so the previous calls were kept.
 */
export const SOURCE_PROBLEMS = ['fetch-failed', 'suspect-empty', 'suspect-shrink'] as const;
export type SourceProblem = (typeof SOURCE_PROBLEMS)[number];

export interface SourceSummary {
  id: string;
  /** True when the source's answer was merged. */
  ok: boolean;
  /** Calls the store holds for the source after the merge. */
  calls: number;
  new: number;
  changed: number;
  withdrawn: number;
  /** Set when ok is false. */
  problem?: SourceProblem;
  /** Human detail: the fetch error, or e.g. "answered 0 calls; the store had 7". */
  error?: string;
  /** Calls in the answer that was not used (suspect answers only). */
  answered?: number;
}

export interface MergeResult {
  snapshot: Snapshot;
  changes: CallChange[];
  summary: SourceSummary[];
}

export interface MergeOptions {
  discovery?: ReadonlySet<string>;
  retainClosedDays?: number;
  /** Sources whose empty or much smaller answer is accepted this time (the user checked the funder's site). */
  acceptShrink?: ReadonlySet<string>;
}

/**
 * An answer is suspect when the source had calls and now answers none, or when most of its calls that were
 * still open or forthcoming vanished at once (at least two). Calls closing and leaving a funder's list one by
 * one is normal and never suspect.
 */
export function suspectAnswer(
  prev: readonly FundingCall[],
  next: readonly FundingCall[],
  now: Date,
): { problem: SourceProblem; detail: string } | undefined {
  if (prev.length === 0) return undefined;
  if (next.length === 0) return { problem: 'suspect-empty', detail: `answered 0 calls; the store had ${prev.length}` };
  const ids = new Set(next.map((c) => c.id));
  const live = prev.filter((c) => deriveStatus(c, now) !== 'closed');
  const vanished = live.filter((c) => !ids.has(c.id)).length;
  if (vanished >= 2 && vanished * 2 > live.length) {
    return {
      problem: 'suspect-shrink',
      detail: `${vanished} of ${live.length} open or forthcoming calls vanished at once (answered ${next.length} calls; the store had ${prev.length})`,
    };
  }
  return undefined;
}

/**
 * Merges one fetch into the store. A source that failed, or answered suspiciously little, keeps its previous
 * calls (never wiped) and is reported by name and code; a source that worked replaces its calls, and the
 * differences become changes (new, deadline moved, budget changed, withdrawn) kept in the snapshot's history.
 * Only sources fetched in this run are pruned of long-closed calls: a store is never emptied by a clock.
 * Pure: the caller reads and writes files.
 */
export function mergeFetch(
  previous: Snapshot | undefined,
  results: readonly SourceResult[],
  now: Date,
  discoveryOrOptions: ReadonlySet<string> | MergeOptions = {},
  retainClosedDays = RETAIN_CLOSED_DAYS,
): MergeResult {
  const opts: MergeOptions =
    discoveryOrOptions instanceof Set ? { discovery: discoveryOrOptions } : (discoveryOrOptions as MergeOptions);
  const discovery = opts.discovery ?? new Set<string>();
  const retain = opts.retainClosedDays ?? retainClosedDays;
  const at = now.toISOString();
  const recent = (c: FundingCall) => !isLongClosed(c, now, retain);
  const prevBySource = new Map<string, FundingCall[]>();
  for (const c of previous?.calls ?? []) {
    const list = prevBySource.get(c.source);
    if (list) list.push(c);
    else prevBySource.set(c.source, [c]);
  }
  const sources: Record<string, SourceState> = { ...(previous?.sources ?? {}) };
  const bySource = new Map(prevBySource);
  const changes: CallChange[] = [];
  const summary: SourceSummary[] = [];

  // Every call passes the model's gate; the source's own fetch time stays on each call.
  const suspect = new Map<string, { problem: SourceProblem; detail: string; answered: number }>();
  for (const r of results) {
    if (!r.ok) continue;
    const next = r.calls.map((c) => normaliseCall(c, { file: r.id }, now)).filter(recent);
    const prev = (prevBySource.get(r.id) ?? []).filter(recent);
    const doubt = opts.acceptShrink?.has(r.id) ? undefined : suspectAnswer(prev, next, now);
    if (doubt) suspect.set(r.id, { ...doubt, answered: next.length });
    else bySource.set(r.id, next);
  }
  // Discovery duplicates go before diffing, so an interreg.no event already covered is never "new".
  const kept = new Set(dropDiscoveryDuplicates([...bySource.values()].flat(), discovery));
  for (const [id, list] of bySource)
    bySource.set(
      id,
      list.filter((c) => kept.has(c)),
    );

  const merged = new Set<string>();
  for (const r of results) {
    const prev = prevBySource.get(r.id) ?? [];
    const doubt = r.ok ? suspect.get(r.id) : undefined;
    if (!r.ok || doubt) {
      const problem: SourceProblem = doubt?.problem ?? 'fetch-failed';
      const error = r.ok ? (doubt?.detail ?? '') : r.error;
      const keptCalls = bySource.get(r.id)?.length ?? 0;
      sources[r.id] = {
        ...sources[r.id],
        ok: false,
        problem,
        error,
        attemptedAt: r.ok ? at : r.attemptedAt,
        count: keptCalls,
      };
      summary.push({
        id: r.id,
        ok: false,
        calls: keptCalls,
        new: 0,
        changed: 0,
        withdrawn: 0,
        problem,
        error,
        ...(doubt ? { answered: doubt.answered } : {}),
      });
      continue;
    }
    merged.add(r.id);
    const calls = bySource.get(r.id) ?? [];
    const diff = diffSource(prev.filter(recent), calls, at, now);
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

  const calls = [...bySource.entries()]
    .flatMap(([id, list]) => (merged.has(id) ? list.filter(recent) : list))
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
