/**
 * Lists of applicants that do not shut a body out by leaving its kind unnamed. Sentences written for this test:
 * - a list naming kommuner beside companies, associations or universities names kinds of organisation broadly: a
 *   region it leaves out is not told it may not apply (a list of cities alone still tells it so);
 * - a consortium or a testbed beside companies is a group, or a facility, of any kind: the list is no
 *   company-only list.
 */
import { describe, expect, it } from 'vitest';
import { score } from '../../../core/match/index.ts';
import { testCall, testProfile } from '../../support/test-call.ts';

const region = testProfile({ kind: 'region' });
const kommun = testProfile();
const applicantBlockers = (m: ReturnType<typeof score>) => m.blockers.filter((b) => b.kind === 'applicant-type');

describe('a region left out of a list of several kinds', () => {
  it('"kommuner, ideella organisationer eller företag" leaves a region unknown, with no blocker', () => {
    const m = score(
      testCall({
        language: 'sv',
        title: 'Utlysning om integration',
        applicantTypes: ['kommuner', 'ideella organisationer', 'företag'],
      }),
      region,
    );
    expect(m.eligibility.applicant).toBe('unknown');
    expect(m.eligibility.applicantText.sv).toMatch(/regioner nämns inte/);
    expect(applicantBlockers(m)).toEqual([]);
  });

  it('a list of cities alone still shuts a region out', () => {
    const m = score(testCall({ title: 'Call for city networks', applicantTypes: ['cities'] }), region);
    expect(m.eligibility.applicant).toBe('not-eligible');
  });
});

describe('a consortium beside companies', () => {
  it('"Nordic consortium", "testbeds", "companies" is no company-only list', () => {
    const m = score(
      testCall({
        title: 'Call for proposals: testing collaboration',
        applicantTypes: ['Nordic consortium', 'testbeds', 'companies'],
      }),
      kommun,
    );
    expect(m.eligibility.applicant).not.toBe('not-eligible');
    expect(applicantBlockers(m)).toEqual([]);
  });

  it('"companies" alone still is', () => {
    const m = score(testCall({ title: 'Call for proposals: testing', applicantTypes: ['companies'] }), kommun);
    expect(m.eligibility.applicant).toBe('not-eligible');
    expect(applicantBlockers(m).map((b) => b.text.sv)).toEqual(['Utlysningen vänder sig bara till företag.']);
  });
});
