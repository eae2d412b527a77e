/**
 * "Regional authorities and their associations", "kommuner och deras förbund": a possessive before an applicant word
 * makes it the bodies named before, grouped — associations of authorities, not civil-society associations. Such a
 * list never tells a kommun that the call is only for associations and NGOs. Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { score } from '../../../core/match/index.ts';
import type { FundingCall } from '../../../core/model/call.ts';
import { testCall, testProfile } from '../../support/test-call.ts';

const kommun = testProfile({ kind: 'kommun' });
const judged = (over: Partial<FundingCall>) => score(testCall(over), kommun);
const civilOnly = /bara till föreningar|ideella organisationer/;

describe('"their associations" are the bodies named before', () => {
  const lists: [Partial<FundingCall>, string][] = [
    [{ summary: 'Eligible applicants are regional authorities and their associations.' }, 'en prose'],
    [{ applicantTypes: ['institutions of regional authorities', 'their associations'] }, 'en list'],
    [{ summary: 'Regioner och deras sammanslutningar kan söka.', language: 'sv' }, 'sv prose'],
  ];
  for (const [over, what] of lists) {
    it(`no association-only blocker (${what})`, () => {
      const m = judged(over);
      expect(m.eligibility.applicantText.sv).not.toMatch(civilOnly);
      for (const b of m.blockers) expect(b.text.sv).not.toMatch(civilOnly);
    });
  }
  it('local authorities and their associations admit a kommun', () => {
    expect(
      judged({ summary: 'Eligible applicants: local authorities and their associations.' }).eligibility.applicant,
    ).toBe('eligible');
  });
  it('associations named on their own are still civil society', () => {
    expect(judged({ summary: 'Föreningar kan söka.', language: 'sv' }).eligibility.applicantText.sv).toMatch(
      /föreningar/,
    );
  });
});
