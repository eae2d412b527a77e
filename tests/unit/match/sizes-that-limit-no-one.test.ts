/**
 * Readings the first look at probe round fw–fx (written blind, counted before reading: 12 false and 33 missed
 * blockers of 291 judgements) showed wrong, each as a general rule. Sentences written for this test from how
 * funders generally write, none copied from a probe's page. A size said of kommuner limits no one when it is:
 * - the rate for smaller kommuner, said after them: "för kommuner med färre än 15 000 invånare kan bidraget vara upp
 *   till 70 procent";
 * - a condition on one of the parties: "minst en part ska vara en kommun med färre än 30 000 invånare";
 * - what their application must show: "ansökan från kommuner med färre än 10 000 invånare bör visa …".
 * And "municipal associations … are not eligible" refuses the associations, not the municipalities.
 */
import { describe, expect, it } from 'vitest';
import { populationLimitsIn } from '../../../core/match/population-limit.ts';
import { seedBlockers } from '../../support/seed-score.ts';

describe('sizes that limit no one', () => {
  it('reads none of these as a limit on who applies', () => {
    for (const text of [
      'Bidraget täcker halva kostnaden; för projekt i kommuner med färre än 15 000 invånare kan bidraget vara upp till 70 procent.',
      'Projektet ska ha minst tre parter, och minst en part ska vara en kommun med färre än 30 000 invånare.',
      'At least one of the partners must be a municipality with fewer than 20,000 inhabitants.',
      'Alla kommuner kan söka, men ansökan från kommuner med färre än 10 000 invånare bör visa hur tätorten stärks.',
    ])
      expect(populationLimitsIn(text), text).toEqual([]);
  });
  it('while "kommuner med färre än 15 000 invånare kan söka" still limits', () => {
    expect(populationLimitsIn('Bidraget kan sökas av kommuner med färre än 15 000 invånare.')).toHaveLength(1);
  });
  it('leaves larger kommuner in a call whose only size is a party’s', () => {
    const call = {
      language: 'sv' as const,
      summary:
        'Koordinator ska vara en svensk kommun eller region. Varje projekt ska ha minst tre parter, och minst en part ' +
        'ska vara en kommun med färre än 30 000 invånare.',
      applicantTypes: ['kommun', 'region'],
      eligibleCountries: ['SE'],
    };
    expect(seedBlockers(call, 'linkoping')).toEqual([]);
  });
});

describe('associations named by their members’ kind', () => {
  it('"municipal associations … are not eligible" leaves municipalities in', () => {
    const call = {
      summary:
        'Lead applicants must be municipalities in an EU Member State; municipal associations, regional and state ' +
        'authorities are not eligible to lead or co-apply.',
      applicantTypes: ['municipality'],
      eligibleCountries: ['EU Member States'],
    };
    expect(seedBlockers(call, 'karlskrona')).toEqual([]);
    expect(seedBlockers(call, 'kronoberg')).toContain('applicant-type');
  });
});
