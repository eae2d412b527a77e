/**
 * A clause that names bodies and a next one that shuts "them" out: "Regional and local authorities are the target
 * group; they are not expected to participate in the consortium", "Kommunerna är målgrupp. De kan inte söka." The
 * pronoun stands for the bodies named before, so the call says they may not apply — it is not silent, and programme
 * data must not tell them they can. Only a clause about applying or taking part shuts anyone out, and the first
 * clause's topic words stay evidence. Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { score } from '../../../core/match/index.ts';
import type { FundingCall } from '../../../core/model/call.ts';
import { testCall, testPriority, testProfile } from '../../support/test-call.ts';

const kommun = testProfile({ kind: 'kommun', priorities: [testPriority('klimat', ['climate-adaptation'])] });
const region = testProfile({ kind: 'region', priorities: [testPriority('klimat', ['climate-adaptation'])] });
const judged = (summary: string, language: 'sv' | 'en' = 'en', over: Partial<FundingCall> = {}) =>
  score(testCall({ summary, language, ...over }), kommun);

describe('"they" in a negated clause about taking part is the bodies named before', () => {
  const shutOut: [string, 'sv' | 'en'][] = [
    [
      'Local and regional authorities are the target group of the knowledge hub; they are not expected to participate in the consortium.',
      'en',
    ],
    ['Municipalities will use the guidance. They cannot apply for the grant.', 'en'],
    ['Kommunerna är målgrupp för kunskapen om klimatanpassning; de förväntas inte delta i konsortiet.', 'sv'],
    ['Kommuner tar del av resultaten. De kan inte söka stödet.', 'sv'],
  ];
  for (const [summary, language] of shutOut) {
    it(summary, () => {
      const m = judged(summary, language);
      expect(m.eligibility.applicant).toBe('not-eligible');
      expect(m.eligibility.applicantText.sv).not.toMatch(/kan söka \(|nämner kommuner/);
    });
  }
  it('a region is shut out by the same sentence', () => {
    const m = score(
      testCall({
        summary: 'Regional and local authorities are the target group; they are not expected to participate.',
      }),
      region,
    );
    expect(m.eligibility.applicant).toBe('not-eligible');
  });
  it("the first clause's topic still counts", () => {
    const m = judged(
      'Municipalities are the target group of the climate adaptation services; they are not expected to participate in the consortium.',
    );
    expect(m.reasons.some((r) => r.conceptId === 'climate-adaptation')).toBe(true);
  });
});

describe('a pronoun clause about something else shuts no one out', () => {
  const open: [string, 'sv' | 'en'][] = [
    ['Municipalities may apply; they are not expected to co-finance the project.', 'en'],
    ['Kommuner kan söka; de förväntas inte bidra med egen finansiering.', 'sv'],
  ];
  for (const [summary, language] of open) {
    it(summary, () => expect(judged(summary, language).eligibility.applicant).toBe('eligible'));
  }
});
