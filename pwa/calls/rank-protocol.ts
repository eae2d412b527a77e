import type { FundingCall } from '../../core/model/call.ts';
import type { Match } from '../../core/model/match.ts';
import type { Profile } from '../../core/model/profile.ts';

/** Messages between the page and the scoring worker (the engine and lexicon live only in the worker). */
export type RankRequest =
  | { id: number; kind: 'rank'; calls: FundingCall[]; profile: Profile; now: string }
  | { id: number; kind: 'score'; call: FundingCall; profile: Profile; now: string };

export type RankResponse = { id: number; ok: true; matches: Match[] } | { id: number; ok: false; error: string };
