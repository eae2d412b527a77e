/**
 * A new device's first view: the seed bodies to choose among (built into the app), and for the chosen seed the
 * calls ranked by this engine on the Fundwatch server (GET /api/first-view?profile=<seed>). The device paints it before its own data
 * layer and scoring worker have loaded; they rank again afterwards and replace it (same engine, same calls).
 */
import type { FundingCall } from '../model/call.ts';
import type { Match } from '../model/match.ts';
import type { Profile } from '../model/profile.ts';
import { type AnalysedCall, type PreparedProfile, rank } from './index.ts';

/** What the onboarding shows for each seed body. */
export interface FirstViewSeed {
  id: string;
  name: string;
  /** The län's name ("Blekinge län"). */
  lanName: string;
  priorities: number;
}

export interface FirstViewRanking {
  profile: Profile;
  /** When the server last fetched the funders (the calls' age). */
  fetchedAt: string;
  sources?: Record<string, { ok: boolean; count: number; fetchedAt?: string; error?: string }>;
  /** Every call, best first, with its explained match: the same list the app's worker would make. */
  ranked: { call: FundingCall; match: Match }[];
}

export function seedSummaries(seeds: readonly Profile[], lanNames: ReadonlyMap<string, string>): FirstViewSeed[] {
  return seeds.map((p) => ({
    id: p.id,
    name: p.name,
    lanName: lanNames.get(p.lan) ?? p.lan,
    priorities: p.priorities.length,
  }));
}

/** The ranked list of the first view, explained: what the app's scoring worker returns for the same input. */
export function firstViewRanking(
  calls: readonly AnalysedCall[],
  profile: PreparedProfile,
  now: Date,
): FirstViewRanking['ranked'] {
  return rank(calls, profile, { now }).map((r) => ({ call: r.call, match: r.match }));
}
