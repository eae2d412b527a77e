/**
 * "Local authorities", "local governments": in EU wording the authorities below the state, which in Sweden are
 * regioner as well as kommuner (both local self-government under the European Charter). A call naming only them,
 * with no word of kommuner themselves (municipalities, towns, cities), leaves it open whether a region may apply:
 * its list gives no "kommuner, inte regioner" blocker (a sentence naming bodies gave none already), whatever other
 * kinds of body it names beside them ("non-profit associations or local authorities"): the local authorities are
 * as open to a region there as alone. A list or sentence that names municipalities or towns, or one country's own
 * local authorities ("Irish local authorities"), keeps the blocker. Lists and sentences written for this test after
 * how funders write, none copied from a labelled call. (A list naming municipalities beside companies, NGOs or
 * universities names no blocker either: applicants-mixed-lists.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { score } from '../../../core/match/index.ts';
import type { FundingCall } from '../../../core/model/call.ts';
import { testCall, testKommun, testRegion } from '../../support/test-call.ts';

const region = testRegion();
const kommun = testKommun();
const call = (over: Partial<FundingCall>): FundingCall =>
  testCall({ funder: 'Testfonden', title: 'Call for proposals 2027', summary: 'Projects on democracy.', ...over });

describe('local authorities alone', () => {
  for (const over of [
    { applicantTypes: ['local authorities'] },
    { applicantTypes: ['Local governments'] },
    { applicantTypes: ['local authorities', 'universities'] },
    { applicantTypes: ['NGOs', 'local authorities'] },
  ]) {
    it(`${JSON.stringify(over)}: no blocker for a region, eligible for a kommun`, () => {
      const m = score(call(over), region);
      expect(m.eligibility.applicant).toBe('unknown');
      expect(m.eligibility.applicantText.sv).toMatch(/utan att nämna kommuner eller städer; om regioner räknas dit/);
      expect(m.blockers).toEqual([]);
      expect(score(call(over), kommun).eligibility.applicant).toBe('eligible');
    });
  }
  for (const over of [
    { applicantTypes: ['municipalities', 'local authorities'] },
    { applicantTypes: ['towns', 'local governments'] },
    { applicantTypes: ['Irish local authorities'] },
  ]) {
    it(`${JSON.stringify(over)}: the region's blocker stays`, () => {
      const m = score(call(over), region);
      expect(m.eligibility.applicant).toBe('not-eligible');
      expect(m.blockers.map((b) => b.kind)).toContain('applicant-type');
    });
  }
});
