/** Builders for engine tests: a call and a one-priority profile, each field overridable. */
import type { FundingCall } from '../../core/model/call.ts';
import type { Match } from '../../core/model/match.ts';
import type { Profile } from '../../core/model/profile.ts';

export function testCall(over: Partial<FundingCall> = {}): FundingCall {
  return {
    id: 'test:1',
    source: 'test',
    funder: 'Test funder',
    title: 'A call',
    summary: '',
    url: '',
    language: 'en',
    deadlines: [],
    ...over,
  };
}

/** A priority labelled by its id, with these lexicon concepts and no own terms. */
export function testPriority(id: string, concepts: string[], weight = 1): Profile['priorities'][number] {
  return { id, label: { sv: id, en: id }, weight, concepts, terms: [] };
}

/** A kommun or region in Kalmar län with one youth priority, unless told otherwise. */
export function testProfile(over: Partial<Profile> = {}): Profile {
  return {
    id: 'test',
    name: 'Testby kommun',
    kind: 'kommun',
    lan: 'kalmar',
    priorities: [{ id: 'unga', label: { sv: 'unga', en: 'youth' }, weight: 1, concepts: ['youth'], terms: [] }],
    partnerCountries: [],
    networks: [],
    preferredFunders: [],
    exclusions: [],
    ...over,
  };
}

/** The points a match shows (reasons, eligibility, boosts, blockers) summed as the score is rounded: they must add up to it. */
export function shownPoints(m: Match): number {
  const sum = (xs: readonly { points: number }[]) => xs.reduce((t, x) => t + x.points, 0);
  return Math.round((sum(m.reasons) + m.eligibility.points + sum(m.boosts) + sum(m.blockers)) * 10) / 10;
}

/** A kommun and a region of the test län with the default priority: the two kinds of body a who-may-apply rule judges. */
export const testKommun = (): Profile => testProfile({ id: 'test-kommun', kind: 'kommun' });
export const testRegion = (): Profile => testProfile({ id: 'test-region', name: 'Region Test', kind: 'region' });
