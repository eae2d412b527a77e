/**
 * The matching engine's public API (stable: the extension, PWA, CLI and digest depend on it).
 * Calls are analysed once on arrival (tokens, stems, compounds, concepts, eligibility signals);
 * a profile is prepared once; scoring a prepared pair is arithmetic over a few concept weights.
 * An explained match also tells the call's deadline as of the clock given (`deadline`), which never moves the score.
 */
import type { FundingCall } from '../model/call.ts';
import type { Match } from '../model/match.ts';
import type { Profile } from '../model/profile.ts';
import { deriveStatus } from '../model/status.ts';
import { analyse, type CallAnalysis } from './analyse.ts';
import { deadlineInfo } from './deadline.ts';
import { explainMatch } from './explain.ts';
import { type Preparation, prepare } from './prepare.ts';
import { rawScore, scoreAnalysed } from './score.ts';

export { bandOf } from './score.ts';

export interface ScoreOptions {
  /** Clock for the match's deadline note (and --open-only); defaults to now. Never changes the score. */
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
  /** The score (match.score) without building the explanation: lists that show only scores read this. */
  readonly score: number;
  match: Match;
}

interface AnalysedInternal extends AnalysedCall {
  readonly analysis: CallAnalysis;
}
interface PreparedInternal extends PreparedProfile {
  readonly prep: Preparation;
}

export function analyseCall(call: FundingCall): AnalysedCall {
  const a: AnalysedInternal = { call, brand: 'analysed-call', analysis: analyse(call) };
  return a;
}

export function prepareProfile(profile: Profile): PreparedProfile {
  const p: PreparedInternal = { profile, brand: 'prepared-profile', prep: prepare(profile) };
  return p;
}

function asAnalysed(call: FundingCall | AnalysedCall): AnalysedInternal {
  if ('brand' in call && call.brand === 'analysed-call' && 'analysis' in call) return call as AnalysedInternal;
  return analyseCall('brand' in call ? call.call : call) as AnalysedInternal;
}
function asPrepared(profile: Profile | PreparedProfile): PreparedInternal {
  if ('brand' in profile && profile.brand === 'prepared-profile' && 'prep' in profile)
    return profile as PreparedInternal;
  return prepareProfile('brand' in profile ? profile.profile : profile) as PreparedInternal;
}

export function score(
  call: FundingCall | AnalysedCall,
  profile: Profile | PreparedProfile,
  opts: ScoreOptions = {},
): Match {
  const a = asAnalysed(call);
  const p = asPrepared(profile);
  return explained(a, p, opts.now ?? new Date());
}

/** The explained match with its deadline note; the note is told, not scored. */
function explained(a: AnalysedInternal, p: PreparedInternal, now: Date): Match {
  const match = scoreAnalysed(a.call, a.analysis, p.profile, p.prep);
  match.deadline = deadlineInfo(a.call, now);
  return match;
}

/**
 * Best first; ties broken by id so the order is deterministic. Closed calls stay unless openOnly.
 * Ranking needs only the numbers; each entry's explained `match` is built the first time it is read,
 * so showing the top 20 of 10,000 calls does not pay for 10,000 explanations.
 */
export function rank(
  calls: readonly (FundingCall | AnalysedCall)[],
  profile: Profile | PreparedProfile,
  opts: RankOptions = {},
): Ranked[] {
  const now = opts.now ?? new Date();
  const p = asPrepared(profile);
  const scored: { a: AnalysedInternal; raw: number }[] = [];
  for (const c of calls) {
    const a = asAnalysed(c);
    if (opts.openOnly && deriveStatus(a.call, now) === 'closed') continue;
    scored.push({ a, raw: rawScore(a.call, a.analysis, p.profile, p.prep) });
  }
  scored.sort((x, y) => y.raw - x.raw || (x.a.call.id < y.a.call.id ? -1 : x.a.call.id > y.a.call.id ? 1 : 0));
  return scored.map(({ a, raw }) => lazyRanked(a, p, now, Math.round(raw)));
}

/**
 * A ranked entry whose explained match is built the first time it is read. A class, not an object literal with
 * accessor closures: 100,000 entries then carry no closures of their own.
 */
class LazyRanked implements Ranked {
  private built: Match | undefined;
  readonly call: FundingCall;
  constructor(
    private readonly a: AnalysedInternal,
    private readonly p: PreparedInternal,
    private readonly now: Date,
    readonly score: number,
  ) {
    this.call = a.call;
  }
  get match(): Match {
    this.built ??= explained(this.a, this.p, this.now);
    return this.built;
  }
  set match(value: Match) {
    this.built = value;
  }
}

function lazyRanked(a: AnalysedInternal, p: PreparedInternal, now: Date, score: number): Ranked {
  return new LazyRanked(a, p, now, score);
}

export function explain(match: Match, lang: 'sv' | 'en'): string[] {
  return explainMatch(match, lang);
}
