/**
 * A triple or quadruple helix is academia, industry and the public sector (and civil society): a call for
 * "consortia of innovation actors from the quadruple helix" is open to public bodies, so no blocker may say it is
 * only for companies. Sentences written for this test from the general ways calls say it, none copied from a
 * labelled call.
 */
import { describe, expect, it } from 'vitest';
import { score } from '../../../core/match/index.ts';
import type { FundingCall } from '../../../core/model/call.ts';
import { testCall, testKommun, testRegion } from '../../support/test-call.ts';

const kommun = testKommun();
const region = testRegion();
const call = (over: Partial<FundingCall>): FundingCall =>
  testCall({ funder: 'Testfonden', title: 'Call for proposals 2027', ...over });

const HELIX: [string, Partial<FundingCall>][] = [
  [
    'quadruple helix consortia that must include a company',
    {
      summary:
        'The call is open to consortia of innovation actors from the quadruple helix. Companies must be part of each consortium.',
    },
  ],
  ['triple helix in a list entry', { applicantTypes: ['Companies', 'Triple helix partnerships'] }],
  [
    'Swedish "fyrfaldiga helix"',
    {
      language: 'sv',
      summary: 'Utlysningen vänder sig till konsortier av aktörer från hela fyrfaldiga helix, där företag ingår.',
    },
  ],
];

describe('a call for actors of the triple or quadruple helix', () => {
  for (const [what, over] of HELIX) {
    it(`admits a kommun and a region: ${what}`, () => {
      for (const p of [kommun, region]) {
        const m = score(call(over), p);
        expect(
          m.blockers.some((b) => b.kind === 'applicant-type'),
          m.eligibility.applicantText.sv,
        ).toBe(false);
        expect(m.eligibility.applicant, `${p.kind}: ${m.eligibility.applicantText.sv}`).toBe('eligible');
      }
    });
  }

  it('a helix approach asked of the project opens no list of companies', () => {
    const m = score(
      call({ summary: 'Only SMEs may apply. Projects should apply a quadruple helix approach to innovation.' }),
      kommun,
    );
    expect(m.eligibility.applicant).toBe('not-eligible');
    expect(m.blockers.find((b) => b.kind === 'applicant-type')?.text.sv).toMatch(/bara till företag/);
  });
});
