/**
 * A call about the sea for a body without a coast. A call whose title or themes name the blue economy (shipping,
 * fisheries, ports, maritime planning) is work for those by the sea; a body the reference data places inland (a
 * kommun lan.json lists as not reaching the sea, or any body of a län without a coast) meets its topics only in
 * general words ("sustainable", "innovation"). Such a call keeps SEA_INLAND_FACTOR of its score, the rest shown as
 * its own (negative) line — unless the body's own strategy names the blue economy.
 *
 * Measured on the 48 released sets before it was adopted (a dump of every call's score against its grades): inland
 * bodies' calls with the blue economy in the title or themes were graded 0,3–0,8 below what their scores predict,
 * and ×0,85 moved the sum of nDCG@10 by about +0,1 (20 sets up, 5 down).
 */
import { LAN_BY_ID } from '../data/index.ts';
import type { FundingCall } from '../model/call.ts';
import type { Adjustment } from '../model/match.ts';
import type { Profile } from '../model/profile.ts';
import { type CallAnalysis, evidenceOf, FIELDS } from './analyse.ts';
import { CONCEPT_INDEX } from './concepts.ts';
import { namedAmong } from './named-municipalities.ts';

/** What a call about the sea keeps of its score for a body without a coast. */
export const SEA_INLAND_FACTOR = 0.85;

const BLUE_ECONOMY = CONCEPT_INDEX.get('blue-economy') ?? -1;
/** The analysis's field codes of the title and the themes. */
const HEAD_FIELDS = new Set([FIELDS.indexOf('title'), FIELDS.indexOf('themes')]);

/** Kinds of territory by the sea (territory-kind.ts): a call limited to one already shuts an inland body out. */
const SEA_TERRITORIES: ReadonlySet<string> = new Set(['coast', 'coastal-region', 'islands', 'island-municipalities']);

/** Whether the reference data places the body away from the sea: an inland kommun, or a län without a coast. */
export function withoutCoast(profile: Profile): boolean {
  const lan = LAN_BY_ID.get(profile.lan);
  if (!lan) return false;
  if (!lan.seaCoast) return true;
  return profile.kind === 'kommun' && namedAmong(lan.inlandMunicipalities ?? [], profile.name);
}

/** Whether the title or the themes name the blue economy. */
function seaInHead(a: CallAnalysis): boolean {
  const ev = a.evidence;
  for (let k = 0; k < ev.length; k += 4) if (ev[k] === BLUE_ECONOMY && HEAD_FIELDS.has(ev[k + 1])) return true;
  return false;
}

/** Whether a body takes the cut: no coast, and no blue economy of its own in the strategy. Once per profile (prepare.ts). */
export function takesSeaCut(profile: Profile): boolean {
  if (profile.priorities.some((p) => p.concepts.includes('blue-economy'))) return false;
  return withoutCoast(profile);
}

/** Whether the call is about the sea, for a body that takes the cut (`seaCut` of its preparation). */
export function isSeaCallInland(a: CallAnalysis, seaCut: boolean): boolean {
  if (!seaCut || BLUE_ECONOMY < 0 || !seaInHead(a)) return false;
  // A call for coastal bodies only tells an inland body so in its area line (a blocker): no cut on top.
  return !(a.signals.territory && SEA_TERRITORIES.has(a.signals.territory.kind));
}

/** The explanation of the cut, with its (negative) points: the call's own words for the sea. */
export function seaCallAdjustment(call: FundingCall, a: CallAnalysis, profile: Profile, points: number): Adjustment {
  const words = [...new Set(evidenceOf(call, a, BLUE_ECONOMY).map((e) => `"${e.term}"`))].slice(0, 3).join(', ');
  return {
    kind: 'sea-call',
    points,
    text: {
      sv: `Utlysningen gäller havet och den blå ekonomin (${words}); ${profile.name} ligger inte vid kusten.`,
      en: `The call is about the sea and the blue economy (${words}); ${profile.name} has no coast.`,
    },
  };
}
