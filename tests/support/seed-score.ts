/**
 * The scaffold of the eligibility-reading tests: a call from "Testfonden" (a funder without programme data, unless
 * a test names one), scored for one of the five seed bodies by its id.
 */
import { score } from '../../core/match/index.ts';
import { getSeedProfile } from '../../core/profile/seeds.ts';
import { testCall } from './test-call.ts';

type CallOver = Parameters<typeof testCall>[0];

/** The match of a call for a seed body ("karlskrona", "kronoberg", …). */
export function scoredForSeed(over: CallOver, body: string) {
  const profile = getSeedProfile(body);
  if (!profile) throw new Error(`no seed profile "${body}"`);
  return score(testCall({ funder: 'Testfonden', ...over }), profile);
}

/** The kinds of the blockers a seed body gets on a call. */
export const seedBlockers = (over: CallOver, body: string) => scoredForSeed(over, body).blockers.map((b) => b.kind);

/** The area line a seed body gets on a call, in Swedish. */
export const seedAreaText = (over: CallOver, body: string) => scoredForSeed(over, body).eligibility.areaText.sv;

/** The applicant line a seed body gets on a call, in Swedish. */
export const seedApplicantText = (over: CallOver, body: string) =>
  scoredForSeed(over, body).eligibility.applicantText.sv;
