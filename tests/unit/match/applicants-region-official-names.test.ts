/**
 * The regional level has official names besides "regioner": "regionala självstyrelseorgan" (the law's name for a
 * region as a self-governing body), "landsting", "regionalt utvecklingsansvariga", "regional self-governing
 * bodies". A call listing kommuner, länsstyrelser, kommunala samverkansorgan and regionala självstyrelseorgan is
 * open to regions: no "inte till regioner" blocker. Sentences written for this test from how Swedish and EU
 * calls generally name public applicants, none copied from a labelled call.
 */
import { describe, expect, it } from 'vitest';
import { score } from '../../../core/match/index.ts';
import type { FundingCall } from '../../../core/model/call.ts';
import { testCall, testKommun, testRegion } from '../../support/test-call.ts';

const kommun = testKommun();
const region = testRegion();
const call = (over: Partial<FundingCall>): FundingCall =>
  testCall({ funder: 'Testverket', title: 'Utlysning 2027', language: 'sv', ...over });

const CASES: [string, Partial<FundingCall>][] = [
  [
    'a list of public applicants ending with regionala självstyrelseorgan',
    { applicantTypes: ['Kommuner', 'Länsstyrelser', 'Kommunala samverkansorgan', 'Regionala självstyrelseorgan'] },
  ],
  [
    'a sentence on who may apply naming regionala självstyrelseorgan',
    {
      summary: 'Stöd kan sökas av kommuner, länsstyrelser, kommunala samverkansorgan och regionala självstyrelseorgan.',
    },
  ],
  [
    'an English list naming regional self-governing bodies',
    {
      language: 'en',
      applicantTypes: ['Municipalities', 'National authorities', 'Regional self-governing bodies'],
    },
  ],
];

describe('official names of the regional level', () => {
  for (const [what, over] of CASES) {
    it(`admit a region and a kommun: ${what}`, () => {
      for (const p of [region, kommun]) {
        const m = score(call(over), p);
        expect(
          m.blockers.some((b) => b.kind === 'applicant-type'),
          `${p.kind}: ${m.eligibility.applicantText.sv}`,
        ).toBe(false);
        expect(m.eligibility.applicant, `${p.kind}: ${m.eligibility.applicantText.sv}`).toBe('eligible');
      }
    });
  }

  it('a list of kommuner and länsstyrelser alone still leaves regions out', () => {
    const m = score(call({ applicantTypes: ['Kommuner', 'Länsstyrelser'] }), region);
    expect(m.eligibility.applicant).toBe('not-eligible');
    expect(m.blockers.find((b) => b.kind === 'applicant-type')?.text.sv).toMatch(/inte till regioner/);
  });
});
