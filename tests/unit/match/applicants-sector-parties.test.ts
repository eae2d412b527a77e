/**
 * Innovation calls name their parties by sector: "healthcare, business, academia, institutes or the idea-driven
 * sector", "hälso- och sjukvård, akademi, näringsliv och idéburen sektor". Healthcare is public (in Sweden the
 * regions' and kommuner's), academia is research, the idea-driven sector is civil society: such a list does not say
 * only companies may apply. Lists written for this test.
 */
import { describe, expect, it } from 'vitest';
import { judge, kommun, region } from '../../support/applicant-judge.ts';

describe('parties named by sector', () => {
  const lists: [string[], 'sv' | 'en'][] = [
    [['healthcare', 'business', 'academia', 'institutes', 'idea-driven sector'], 'en'],
    [['hälso- och sjukvård', 'företag', 'akademi', 'idéburen sektor'], 'sv'],
  ];
  for (const [applicantTypes, language] of lists) {
    it(`${applicantTypes.join(', ')}: no "only companies" blocker, public bodies named`, () => {
      for (const p of [kommun, region]) {
        const j = judge({ applicantTypes, language }, p);
        expect(j.blockers).toEqual([]);
        expect(j.verdict).toBe('eligible');
      }
    });
  }

  it('academia alone is research: a kommun is not named', () => {
    const j = judge({ applicantTypes: ['academia'] }, kommun);
    expect(j.verdict).not.toBe('eligible');
  });
});
