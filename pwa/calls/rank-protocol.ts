import type { Digest } from '../../core/digest/build.ts';
import type { FundingCall } from '../../core/model/call.ts';
import type { Match } from '../../core/model/match.ts';
import type { Profile } from '../../core/model/profile.ts';
import type { CallChange } from '../../core/store/changes.ts';

/** What core's buildDigest needs, with dates as ISO strings for postMessage. */
export interface DigestRequest {
  calls: FundingCall[];
  changes: CallChange[];
  profile: Profile;
  since: string;
  now: string;
  watched: string[];
  horizonDays: number;
}

/** Messages between the page and the scoring worker (the engine and lexicon live only in the worker). */
export type RankRequest =
  | { id: number; kind: 'rank'; calls: FundingCall[]; profile: Profile; now: string }
  | { id: number; kind: 'score'; call: FundingCall; profile: Profile; now: string }
  | { id: number; kind: 'digest'; input: DigestRequest };

export type RankResponse =
  | { id: number; ok: true; matches: Match[] }
  | { id: number; ok: true; digest: Digest }
  | { id: number; ok: false; error: string };
