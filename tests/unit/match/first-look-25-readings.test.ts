/**
 * Readings set 25's first look showed wrong, each as a general rule. Sentences written for this test from how
 * funders generally write, none copied from a call of the set:
 * - what a call "is open to" may be its priorities, not its applicants ("…open to Priority Axes 1 and 2");
 * - "the Nordic partner must be a Nordic company…" says who takes part from the Nordic side, whatever countries the
 *   call lists as where the work is done;
 * - municipalities named as earlier recipients are not the area of the call;
 * - a fund's own name in the programme field ("Arctic Climate Facility") is context, as its funder field's is;
 * - "time to network" is applicants making contacts, not cooperation the call funds;
 * - Interreg IVC is Interreg Europe's programme of 2007–2013, with that period's area.
 */
import { describe, expect, it } from 'vitest';
import { score } from '../../../core/match/index.ts';
import { blockerKinds, judge, kommun, region } from '../../support/applicant-judge.ts';
import { evidenceTerms } from '../../support/evidence.ts';
import { testCall } from '../../support/test-call.ts';

describe('a call open to its priorities', () => {
  it('"open to Priority Axes … access to the regions" names no applicants', () => {
    const j = judge({
      summary:
        'The second call is open to Priority Axes 2 and 3 and to the thematic objective on better access to the regions and their towns.',
      language: 'en',
    });
    expect(j.applicantBlockers).toEqual([]);
    expect(j.text).not.toMatch(/regioner/);
  });
  it('"är öppen för alla insatsområden" neither', () => {
    const j = judge({
      summary: 'Omgången är öppen för alla insatsområden, också för regionala projekt.',
      language: 'sv',
    });
    expect(j.applicantBlockers).toEqual([]);
  });
  it('"open to regions and their agencies" still names the applicants', () => {
    const j = judge({ summary: 'The call is open to regions and their development agencies.', language: 'en' });
    expect(j.verdict).toBe('not-eligible');
    expect(
      judge({ summary: 'The call is open to regions and their development agencies.', language: 'en' }, region).verdict,
    ).toBe('eligible');
  });
});

describe('the Nordic partner of a partnership abroad', () => {
  const over = (summary: string) => ({
    summary,
    eligibleCountries: ['Kenya', 'Tanzania', 'Zambia'],
    applicantTypes: ['companies', 'organisations', 'legal entities'],
  });
  it('admits Swedish bodies beside a list of countries where the work is done', () => {
    const kinds = blockerKinds(
      over(
        'Projects are run by partnerships between Nordic and local organisations in an eligible country. The Nordic partner must be a Nordic company, organisation or other legal entity registered in one of the Nordic countries.',
      ),
    );
    expect(kinds).not.toContain('country-not-eligible');
  });
  it('without it, the list of countries is where applicants must be', () => {
    const kinds = blockerKinds(over('Projects are run by local organisations in an eligible country.'));
    expect(kinds).toContain('country-not-eligible');
  });
});

describe('municipalities named as earlier recipients', () => {
  it('are not the area of the call', () => {
    const kinds = blockerKinds({
      summary:
        'Civil servants at all levels could apply for mobility grants. The list of this year’s recipients includes three municipalities: Alfaby, Betaby and Gammaby. The next call opens in January.',
    });
    expect(kinds).not.toContain('outside-programme-area');
  });
  it('a call whose area is made of named municipalities still has that area', () => {
    const kinds = blockerKinds({
      summary: 'The call covers the area that includes the municipalities: Alfaby, Betaby and Gammaby.',
    });
    expect(kinds).toContain('outside-programme-area');
  });
});

describe("a fund's own name in the programme field", () => {
  it('is context, not evidence of its topic word', () => {
    const call = {
      funder: 'Northern Development Bank',
      programme: 'Arctic Climate Facility',
      title: 'Arctic Climate Facility launches its third call',
      summary: 'The third call supports projects on water supply in small towns.',
    };
    expect(evidenceTerms(call, 'climate-mitigation')).toEqual([]);
  });
  it('a strand named for its topic stays evidence', () => {
    const call = {
      funder: 'Northern Development Bank',
      programme: 'Network for Climate Action',
      title: 'Network for Climate Action: call for members',
      summary: 'Members work together in the network.',
    };
    expect(evidenceTerms(call, 'climate-mitigation')).not.toEqual([]);
  });
});

describe('"to network"', () => {
  it('is the applicants making contacts, not cooperation the call funds', () => {
    const call = {
      funder: 'Interreg Northern Periphery and Arctic',
      title: 'Call dates moved',
      summary: 'The call is extended to give applicants more time to network and prepare strong applications.',
    };
    expect(evidenceTerms(call, 'international-cooperation')).toEqual([]);
  });
  it('the networks a call funds still count', () => {
    const call = {
      funder: 'Interreg Northern Periphery and Arctic',
      title: 'Call dates moved',
      summary: 'The call funds networks between organisations in the programme area.',
    };
    expect(evidenceTerms(call, 'international-cooperation')).toContain('networks');
  });
});

describe('Interreg IVC', () => {
  it('is Interreg Europe in 2007–2013, over all of Sweden', () => {
    const m = score(
      testCall({
        funder: 'INTERREG IVC',
        programme: 'INTERREG IVC 2007-2013',
        title: 'Fourth call for Regional Initiative Projects',
        summary:
          'The call for interregional cooperation projects between regional and local authorities opens in December.',
      }),
      kommun,
    );
    expect(m.eligibility.area).toBe('eligible');
    expect(m.eligibility.areaText.sv).toMatch(/Interreg Europe/);
  });
});
