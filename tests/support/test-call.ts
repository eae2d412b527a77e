/** Builders for engine tests: a call and a one-priority profile, each field overridable. */
import type { FundingCall } from '../../core/model/call.ts';
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
