/**
 * The matching engine's public API (stable: the extension, PWA, CLI and digest depend on it).
 *
 * PLACEHOLDER IMPLEMENTATION — the engine helper replaces the bodies below with the real engine
 * (files beside this one). Signatures must stay as they are.
 */
import type { FundingCall } from '../model/call.ts';
import type { Band, Match } from '../model/match.ts';
import type { Profile } from '../model/profile.ts';
import { deriveStatus } from '../model/status.ts';

export interface ScoreOptions {
  /** Clock for deadline-related reasons; defaults to now. */
  now?: Date;
}
export interface RankOptions extends ScoreOptions {
  /** Drop closed calls (by default closed calls rank like open ones). */
  openOnly?: boolean;
}

/** A call analysed once on arrival (tokens, stems, concepts); opaque to callers beyond `.call`. */
export interface AnalysedCall {
  readonly call: FundingCall;
  readonly brand: 'analysed-call';
}
/** A profile prepared once for fast scoring; opaque to callers beyond `.profile`. */
export interface PreparedProfile {
  readonly profile: Profile;
  readonly brand: 'prepared-profile';
}
export interface Ranked {
  call: FundingCall;
  match: Match;
}

export function analyseCall(call: FundingCall): AnalysedCall {
  return { call, brand: 'analysed-call' };
}

export function prepareProfile(profile: Profile): PreparedProfile {
  return { profile, brand: 'prepared-profile' };
}

function bandOf(score: number): Band {
  return score >= 60 ? 'strong' : score >= 40 ? 'relevant' : score >= 20 ? 'weak' : 'none';
}

export function score(
  call: FundingCall | AnalysedCall,
  profile: Profile | PreparedProfile,
  _opts: ScoreOptions = {},
): Match {
  const c = 'call' in call ? call.call : call;
  const p = 'profile' in profile ? profile.profile : profile;
  const text = `${c.title} ${c.summary}`.toLowerCase();
  let points = 0;
  for (const pr of p.priorities) if (pr.terms.some((t) => text.includes(t.toLowerCase()))) points += 20;
  const s = Math.min(100, points);
  const unknown = { sv: 'okänt', en: 'unknown' };
  return {
    callId: c.id,
    score: s,
    band: bandOf(s),
    reasons: [],
    eligibility: { area: 'unknown', areaText: unknown, applicant: 'unknown', applicantText: unknown },
    blockers: [],
    boosts: [],
  };
}

export function rank(
  calls: readonly (FundingCall | AnalysedCall)[],
  profile: Profile | PreparedProfile,
  opts: RankOptions = {},
): Ranked[] {
  const now = opts.now ?? new Date();
  const prepared = 'profile' in profile ? profile : prepareProfile(profile);
  return calls
    .map((c) => ('call' in c ? c.call : c))
    .filter((c) => !opts.openOnly || deriveStatus(c, now) !== 'closed')
    .map((call) => ({ call, match: score(call, prepared, opts) }))
    .sort((a, b) => b.match.score - a.match.score || a.call.id.localeCompare(b.call.id));
}

export function explain(match: Match, lang: 'sv' | 'en'): string[] {
  return match.reasons.map((r) => `${r.priorityLabel[lang]}: ${r.evidence.map((e) => e.term).join(', ')}`);
}
