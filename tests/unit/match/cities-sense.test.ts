/**
 * "Cities" and "städer" name cooperation between cities only beside words of cooperation (lexicon `inContext`):
 * "cities across Europe work together in networks" is city cooperation, "supports cities of all sizes" or "utveckla
 * städer och regioner" is urban development at home, not cities working together. Sentences written for this test,
 * after how funders generally write.
 */
import { describe, expect, it } from 'vitest';
import { score } from '../../../core/match/index.ts';
import { testCall, testProfile } from '../../support/test-call.ts';

const body = testProfile({
  priorities: [
    { id: 'cities', label: { sv: 'Städer', en: 'Cities' }, weight: 1, concepts: ['city-cooperation'], terms: [] },
  ],
});
const cityCooperation = (title: string, summary: string, language: 'sv' | 'en') =>
  score(testCall({ title, summary, language }), body).reasons.some((r) => r.conceptId === 'city-cooperation');

describe('cities as cooperation between cities', () => {
  it.each([
    [
      'Call for networks',
      'Cities across Europe work together in networks to exchange experience on local challenges.',
      'en',
    ],
    ['Transfer call', 'Each partner city tests the solution with its peers in a transnational exchange.', 'en'],
    ['Nätverksstöd', 'Städer i Norden samarbetar i nätverk och utbyter erfarenheter om klimatanpassning.', 'sv'],
  ] as const)('counts "%s": %s', (title, summary, language) => {
    expect(cityCooperation(title, summary, language)).toBe(true);
  });

  it.each([
    ['Innovative actions', 'The fund supports cities of all sizes in testing new solutions for their centres.', 'en'],
    ['Kunskapsprojekt', 'Utlysningen ska ta fram kunskap som kan användas för att utveckla städer och regioner.', 'sv'],
  ] as const)('does not count "%s": %s', (title, summary, language) => {
    expect(cityCooperation(title, summary, language)).toBe(false);
  });

  it('a phrase that says it needs no cooperation word beside it', () => {
    expect(cityCooperation('City networks', 'Grants for city networks on housing.', 'en')).toBe(true);
    expect(cityCooperation('Stadsnätverk', 'Stöd till nätverk av städer om bostäder.', 'sv')).toBe(true);
  });
});
