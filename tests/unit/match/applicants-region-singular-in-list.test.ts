/**
 * A singular "region" or "regionen" that is an item of a list of bodies — "en kommun, en region eller en
 * länsstyrelse", "kommuner, länsstyrelser och regionen", "a municipality, a region or an agency" — is the
 * self-governing body, as the kommun beside it is: the call does not leave regions out. A region as a place
 * ("kommuner i regionen") stays a place. Sentences written for this test
 * from the general ways calls list public applicants, none copied from a labelled call.
 */
import { describe, expect, it } from 'vitest';
import { score } from '../../../core/match/index.ts';
import type { FundingCall } from '../../../core/model/call.ts';
import { testCall, testProfile } from '../../support/test-call.ts';

const region = testProfile({ id: 'test-region', name: 'Region Test', kind: 'region' });
const call = (over: Partial<FundingCall>): FundingCall =>
  testCall({ funder: 'Testverket', title: 'Utlysning 2027', language: 'sv', ...over });

describe('a singular region in a list of bodies', () => {
  const LISTS: [string, Partial<FundingCall>][] = [
    [
      '"en kommun, en region eller en länsstyrelse"',
      { summary: 'Sökande kan vara en kommun, en region eller en länsstyrelse.' },
    ],
    [
      '"kommuner, länsstyrelser och regionen"',
      { summary: 'Stödet kan sökas av kommuner, länsstyrelser och regionen.' },
    ],
    [
      'English: "a municipality, a region or a national authority"',
      { language: 'en', summary: 'The applicant may be a municipality, a region or a national authority.' },
    ],
  ];
  for (const [what, over] of LISTS) {
    it(`names regions among the applicants: ${what}`, () => {
      const m = score(call(over), region);
      expect(m.eligibility.applicant, m.eligibility.applicantText.sv).toBe('eligible');
      expect(m.eligibility.applicantText.sv).not.toMatch(/men inte regioner|inte till regioner/);
    });
  }

  it('kommuner in the region are kommuner only', () => {
    const m = score(call({ summary: 'Stödet kan sökas av kommuner i regionen.' }), region);
    expect(m.eligibility.applicant).not.toBe('eligible');
  });
});
