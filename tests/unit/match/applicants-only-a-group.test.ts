/**
 * A call only open to a named or selected group of bodies ("only open to Mission Cities", "reserved for URBACT
 * partner cities", "endast för utvalda kommuner") is for bodies chosen before: whether a particular kommun or
 * region is one of them the call does not say, and programme data saying kommuner may apply to the programme must
 * not be told instead. A word of nationality or place ("only open to Swedish municipalities", "EU cities") names
 * no such group. Sentences written for this test after how funders write, none copied from a labelled call.
 */
import { describe, expect, it } from 'vitest';
import { score } from '../../../core/match/index.ts';
import { onlyGroupIn } from '../../../core/match/who-wording.ts';
import type { FundingCall } from '../../../core/model/call.ts';
import { testCall, testKommun } from '../../support/test-call.ts';

const kommun = testKommun();
const call = (summary: string, over: Partial<FundingCall> = {}): FundingCall =>
  testCall({ funder: 'Testfonden', title: 'Call for proposals 2027', summary, ...over });

describe('a call only open to a group chosen before', () => {
  for (const [summary, group] of [
    ['The second round is only open to Lighthouse Cities that joined the network in 2024.', 'Lighthouse Cities'],
    ['Only URBACT partner cities may apply.', 'URBACT partner cities'],
    [
      'The call is open to selected cities only; it is exclusively open to participating cities.',
      'participating cities',
    ],
  ] as const) {
    it(`"${summary}" names the group, not every kommun`, () => {
      expect(onlyGroupIn(summary)).toBe(group);
      const m = score(call(summary), kommun);
      expect(m.eligibility.applicant).toBe('unknown');
      expect(m.eligibility.applicantText.sv).toBe(
        `Utlysningen är bara öppen för "${group}"; om en enskild kommun hör dit framgår inte av utlysningen.`,
      );
    });
  }
  it('programme data is not told instead', () => {
    const m = score(
      call('This call is only open to Mission Cities that are not yet pilot cities.', {
        funder: 'NetZeroCities',
        programme: 'Horizon Europe – Mission Climate-Neutral and Smart Cities',
      }),
      kommun,
    );
    expect(m.eligibility.applicantFrom).toBeUndefined();
    expect(m.eligibility.applicantText.sv).toMatch(/bara öppen för "Mission Cities"/);
  });
  it('a nationality or place names no group', () => {
    for (const summary of [
      'The call is only open to Swedish municipalities.',
      'Funding is only available to EU cities and regions.',
      'Stödet kan bara sökas av svenska kommuner.',
      'Only Nordic municipalities may apply.',
    ]) {
      expect(onlyGroupIn(summary)).toBeUndefined();
      expect(score(call(summary), kommun).eligibility.applicant).toBe('eligible');
    }
  });
});
