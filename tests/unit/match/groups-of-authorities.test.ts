/**
 * Two claims the fact-checkers of set 48 found false, read as general rules. Sentences written for this test from how
 * urban programmes generally word their calls, none copied from the set's page:
 * - "any association or grouping of urban authorities" is a group of authorities, not a civil-society association,
 *   whatever word stands between "association" and "of";
 * - a kommun below a size limit that a group of bodies may reach together does not meet it alone: its applicant line
 *   says so, with its population, instead of leaving open whether it meets it;
 * - "a city or town of at least 60 000 inhabitants" is one limit on one kind of body, the two words for it no
 *   alternative way in.
 */
import { describe, expect, it } from 'vitest';
import { analyse } from '../../../core/match/analyse.ts';
import { scoredForSeed, seedBlockers } from '../../support/seed-score.ts';
import { testCall } from '../../support/test-call.ts';

const applicant = (call: Parameters<typeof seedBlockers>[0], body: string) =>
  scoredForSeed(call, body).eligibility.applicantText.sv;

const call = {
  summary:
    'Applicants must be a city or town of at least 60 000 inhabitants, or any association or grouping of cities and ' +
    'towns whose total population is at least 60 000 inhabitants. Projects may receive up to EUR 4 million.',
  applicantTypes: ['cities or towns of at least 60 000 inhabitants', 'associations or groupings of cities and towns'],
  eligibleCountries: ['EU Member States'],
};

describe('groups of authorities', () => {
  it('reads "association or grouping of cities" as bodies of authorities, not civil society', () => {
    for (const words of [
      'association or grouping of',
      'associations and groupings of',
      'associations / groupings of',
    ]) {
      const s = analyse(
        testCall({ summary: `Eligible are urban authorities and ${words} urban authorities.` }),
      ).signals;
      expect([...s.listed], words).not.toContain('civil');
    }
  });
  it('tells the region why it is refused without naming associations among the applicants', () => {
    expect(seedBlockers(call, 'kronoberg')).toContain('applicant-type');
    expect(applicant(call, 'kronoberg')).not.toContain('ideella');
  });
  it('tells a small kommun it does not meet the limit alone, and that a group may', () => {
    const text = applicant(call, 'alvsbyn');
    expect(text).toContain('inte uppfyller ensam');
    expect(text).toContain('8 100');
    expect(text).not.toContain('framgår inte');
    expect(seedBlockers(call, 'alvsbyn')).toEqual([]);
  });
  it('tells a large kommun it meets the limit', () => {
    expect(applicant(call, 'linkoping')).toContain('uppfyller utlysningens villkor');
  });
});
