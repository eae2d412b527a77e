/**
 * A list of applicants that names public administration takes in kommuner and regioner: bodies named by their level
 * of government with the levels listed before one noun ("local/regional authorities", "local or regional
 * administrations", "lokala och regionala förvaltningar") name every level in the list, and plain "förvaltningar"
 * in a list of partner or applicant types are public administrations. Sentences written for this test after how
 * funders write, none copied from a labelled call.
 */
import { describe, expect, it } from 'vitest';
import { score } from '../../../core/match/index.ts';
import { levelBodiesIn } from '../../../core/match/who-wording.ts';
import type { FundingCall } from '../../../core/model/call.ts';
import { testCall, testKommun, testRegion } from '../../support/test-call.ts';

const kommun = testKommun();
const region = testRegion();
const call = (over: Partial<FundingCall>): FundingCall =>
  testCall({ funder: 'Testfonden', title: 'Stöd till projekt 2027', ...over });

const PUBLIC_LISTS: [string, Partial<FundingCall>][] = [
  ['local/regional authorities', { summary: 'Eligible applicants: SMEs, NGOs and local/regional authorities.' }],
  [
    'local or regional authorities',
    { summary: 'Eligible applicants are companies, NGOs and local or regional authorities.' },
  ],
  [
    'lokala och regionala förvaltningar',
    {
      language: 'sv',
      summary: 'Stödet kan sökas av företag, ideella organisationer samt lokala och regionala förvaltningar.',
    },
  ],
  [
    'förvaltningar in a list',
    {
      language: 'sv',
      summary: 'Stöd till projekt.',
      applicantTypes: ['företag', 'ideella organisationer', 'förvaltningar'],
    },
  ],
  [
    'local, regional or national administrations in a list',
    { summary: 'Grants.', applicantTypes: ['SMEs', 'local, regional or national administrations'] },
  ],
];

describe('public administration in a list of applicants', () => {
  for (const [what, over] of PUBLIC_LISTS) {
    it(`${what}: kommuner and regioner are among the applicants`, () => {
      for (const body of [kommun, region]) {
        const m = score(call(over), body);
        expect(m.eligibility.applicant).toBe('eligible');
        expect(m.blockers).toEqual([]);
      }
    });
  }
  it('each level listed names its own kind of body', () => {
    expect(levelBodiesIn('local and regional authorities')).toEqual(['municipal', 'region']);
    expect(levelBodiesIn('regionala eller statliga myndigheter')).toEqual(['region', 'state']);
    expect(levelBodiesIn('regional development')).toEqual([]);
  });
  it('regional and national authorities only still leave a kommun out', () => {
    const m = score(call({ summary: 'Eligible applicants are regional or national authorities.' }), kommun);
    expect(m.eligibility.applicant).toBe('not-eligible');
  });
});
