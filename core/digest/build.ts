import { explain, rank } from '../match/index.ts';
import type { Deadline, FundingCall } from '../model/call.ts';
import { deadlineInstant } from '../model/deadline-time.ts';
import type { Band, Match } from '../model/match.ts';
import type { Profile } from '../model/profile.ts';
import { deriveStatus, nextDeadline } from '../model/status.ts';
import type { CallChange } from '../store/changes.ts';
import { changesSince } from '../store/merge.ts';
import type { Snapshot } from '../store/snapshot.ts';

export interface DigestInput {
  calls: readonly FundingCall[];
  /** The store the calls came from: its history says what is new or changed since `since`. */
  snapshot?: Snapshot;
  /** Or the change list itself (e.g. from the last fetch); wins over the snapshot's history. */
  changes?: readonly CallChange[];
  /** Or the previous snapshot: calls not in it are new. */
  previous?: Snapshot;
  profile: Profile;
  since: Date;
  now: Date;
  /** Ids of calls the user watches: their changes and deadlines are always shown. */
  watched?: readonly string[];
  /** Deadlines this many days ahead are "coming up" (default 56: eight weeks). */
  horizonDays?: number;
  /**
   * Show at least this many coming deadlines even when they lie beyond the horizon (default 5), so a quiet
   * week still tells the reader what is next.
   */
  minUpcoming?: number;
  /** Weakest band that counts as a match (default "relevant"). */
  minBand?: Band;
}

export interface DigestMatch {
  call: FundingCall;
  match: Match;
  reasons: { sv: string[]; en: string[] };
}

export interface DigestDeadlineChange {
  call: FundingCall;
  match?: Match;
  before: Deadline[];
  after: Deadline[];
}

export interface DigestUpcoming {
  call: FundingCall;
  match?: Match;
  deadline: Deadline;
  daysLeft: number;
  watched: boolean;
}

export const FILTER_REASONS = ['closed', 'weak-match', 'not-eligible', 'excluded'] as const;
export type FilterReason = (typeof FILTER_REASONS)[number];

export interface Digest {
  generatedAt: string;
  since: string;
  profile: { id: string; name: string };
  newMatches: DigestMatch[];
  changedDeadlines: DigestDeadlineChange[];
  upcoming: DigestUpcoming[];
  withdrawn: { callId: string; title: string; source: string }[];
  /** New calls that did not make the list, and why. */
  filteredOut: { total: number; byReason: Record<FilterReason, number> };
  /** Every matched (strong/relevant) or watched call with a deadline ahead: what the calendar file holds. */
  calendar: FundingCall[];
}

const BAND_ORDER: Record<Band, number> = { strong: 3, relevant: 2, weak: 1, none: 0 };
const DAY = 86_400_000;

/** Why a call is not shown as a match, or undefined when it is one. */
function filterReason(call: FundingCall, match: Match, now: Date, minBand: Band): FilterReason | undefined {
  if (deriveStatus(call, now) === 'closed') return 'closed';
  if (match.eligibility.area === 'not-eligible' || match.eligibility.applicant === 'not-eligible')
    return 'not-eligible';
  if (match.blockers.length > 0 && match.score === 0) return 'excluded';
  if (BAND_ORDER[match.band] < BAND_ORDER[minBand]) return 'weak-match';
  return undefined;
}

function newIds(input: DigestInput, changes: readonly CallChange[] | undefined): Set<string> {
  if (changes) return new Set(changes.filter((c) => c.kind === 'new').map((c) => c.callId));
  if (input.previous) {
    const before = new Set(input.previous.calls.map((c) => c.id));
    return new Set(input.calls.filter((c) => !before.has(c.id)).map((c) => c.id));
  }
  // No history at all: everything is news (a first digest).
  return new Set(input.calls.map((c) => c.id));
}

/**
 * The weekly digest: new matching calls with their reasons, moved deadlines, deadlines in the coming weeks,
 * withdrawn calls, and how many new calls were filtered out and why. Pure; renderers turn it into md/html/ics.
 */
export function buildDigest(input: DigestInput): Digest {
  const { now, since, profile } = input;
  const minBand = input.minBand ?? 'relevant';
  const horizon = (input.horizonDays ?? 56) * DAY;
  const minUpcoming = input.minUpcoming ?? 5;
  const watched = new Set(input.watched ?? []);
  const changes = input.changes ?? (input.snapshot?.history ? changesSince(input.snapshot, since) : undefined);
  const recent = changes?.filter((c) => Date.parse(c.at) >= since.getTime());
  const fresh = newIds(input, recent);

  const ranked = rank(input.calls, profile, { now });
  const byId = new Map(ranked.map((r) => [r.call.id, r]));
  const isMatch = (r: { call: FundingCall; match: Match }) => filterReason(r.call, r.match, now, minBand) === undefined;

  const byReason = Object.fromEntries(FILTER_REASONS.map((r) => [r, 0])) as Record<FilterReason, number>;
  const newMatches: DigestMatch[] = [];
  for (const r of ranked) {
    if (!fresh.has(r.call.id)) continue;
    const why = filterReason(r.call, r.match, now, minBand);
    if (why) byReason[why]++;
    else
      newMatches.push({
        call: r.call,
        match: r.match,
        reasons: { sv: explain(r.match, 'sv'), en: explain(r.match, 'en') },
      });
  }

  const changedDeadlines: DigestDeadlineChange[] = [];
  for (const c of recent ?? []) {
    if (c.kind !== 'deadline-moved') continue;
    const r = byId.get(c.callId);
    if (!r || !(isMatch(r) || watched.has(c.callId))) continue;
    if (changedDeadlines.some((x) => x.call.id === c.callId)) continue;
    changedDeadlines.push({
      call: r.call,
      match: r.match,
      before: c.before?.deadlines ?? [],
      after: c.after?.deadlines ?? [],
    });
  }

  const ahead: DigestUpcoming[] = [];
  const calendar: FundingCall[] = [];
  for (const r of ranked) {
    const w = watched.has(r.call.id);
    if (!w && !isMatch(r)) continue;
    const d = nextDeadline(r.call, now);
    if (!d) continue;
    calendar.push(r.call);
    const left = deadlineInstant(d).getTime() - now.getTime();
    ahead.push({ call: r.call, match: r.match, deadline: d, daysLeft: Math.floor(left / DAY), watched: w });
  }
  ahead.sort(
    (a, b) =>
      deadlineInstant(a.deadline).getTime() - deadlineInstant(b.deadline).getTime() ||
      a.call.id.localeCompare(b.call.id),
  );
  // The coming weeks, or, in a quiet stretch, at least the next few deadlines.
  const upcoming = ahead.filter((u, i) => u.daysLeft * DAY <= horizon || i < minUpcoming);

  const withdrawn = (recent ?? [])
    .filter((c) => c.kind === 'withdrawn')
    .map((c) => ({ callId: c.callId, title: c.title, source: c.source }));

  return {
    generatedAt: now.toISOString(),
    since: since.toISOString(),
    profile: { id: profile.id, name: profile.name },
    newMatches,
    changedDeadlines,
    upcoming,
    withdrawn,
    filteredOut: { total: Object.values(byReason).reduce((a, b) => a + b, 0), byReason },
    calendar: calendar.sort((a, b) => a.id.localeCompare(b.id)),
  };
}

/**
 * The calls a digest's calendar holds: every matched or watched call with a deadline ahead (not only this
 * week's news), plus new matches and moved deadlines.
 */
export function digestCalls(d: Digest): FundingCall[] {
  const seen = new Map<string, FundingCall>();
  for (const c of d.calendar ?? []) seen.set(c.id, c);
  for (const x of [...d.newMatches, ...d.changedDeadlines, ...d.upcoming]) seen.set(x.call.id, x.call);
  return [...seen.values()];
}
