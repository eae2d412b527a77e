import type { WatchStatus } from '../model/watch-status.ts';
import type { TeamDecision } from './schemas.ts';

/** Later first by time, then by client (the same order on every device). */
function later(a: TeamDecision, b: TeamDecision): number {
  if (a.at !== b.at) return a.at < b.at ? 1 : -1;
  if (a.client !== b.client) return b.client - a.client;
  return a.id < b.id ? 1 : -1;
}

export interface DerivedStatus {
  status: WatchStatus;
  /** The latest decision, which set the status. */
  latest?: TeamDecision;
  /**
   * Decisions made without seeing each other that disagree (two people moved the call offline to different
   * statuses): all of them, latest first. Empty when there is no disagreement. Shown to the team until someone
   * decides again, which supersedes them all.
   */
  concurrent: TeamDecision[];
}

/** The status follows from the append-only decision log: the latest decision by time, then client. */
export function deriveWatchStatus(decisions: readonly TeamDecision[]): DerivedStatus {
  if (decisions.length === 0) return { status: 'bevakas', concurrent: [] };
  const superseded = new Set(decisions.flatMap((d) => d.after));
  const heads = decisions.filter((d) => !superseded.has(d.id)).sort(later);
  const sorted = [...decisions].sort(later);
  const latest = heads[0] ?? sorted[0];
  const disagree = new Set(heads.map((d) => d.to)).size > 1;
  return { status: latest.to, latest, concurrent: disagree ? heads : [] };
}

/** The decisions a new decision follows: every current head, so it supersedes a disagreement. */
export function currentHeads(decisions: readonly TeamDecision[]): string[] {
  const superseded = new Set(decisions.flatMap((d) => d.after));
  return decisions.filter((d) => !superseded.has(d.id)).map((d) => d.id);
}

/** Earlier first by time, then client, then id (the same order on every device). */
function earlier(a: TeamDecision, b: TeamDecision): number {
  return -later(a, b);
}

/**
 * The log's order, oldest first: every decision after the decisions it followed (its `after`), otherwise by time.
 * Time alone would put a decision from a device whose clock is behind above the ones it settled, and the last line
 * would not be the status. Links to unknown ids (and, in a hostile document, cycles) fall back to time.
 */
export function logOrder(decisions: readonly TeamDecision[]): TeamDecision[] {
  const byId = new Map(decisions.map((d) => [d.id, d]));
  const waiting = new Map(decisions.map((d) => [d.id, new Set(d.after.filter((id) => byId.has(id) && id !== d.id))]));
  const out: TeamDecision[] = [];
  const left = [...decisions].sort(earlier);
  while (left.length > 0) {
    const i = left.findIndex((d) => (waiting.get(d.id)?.size ?? 0) === 0);
    const [next] = left.splice(i === -1 ? 0 : i, 1);
    out.push(next);
    for (const set of waiting.values()) set.delete(next.id);
  }
  return out;
}
