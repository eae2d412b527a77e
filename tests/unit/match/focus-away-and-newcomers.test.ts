/**
 * What a call tells proposals to stay away from ("proposals should avoid focusing on existing cross-border areas",
 * "projekten ska inte fokusera på turism") is not what it is about, and shuts no applicant out; a contrast ends a
 * negated stretch ("not tourism but innovation", "utom turism utan innovation"). And "newcomers" are newly arrived
 * people only beside words of integration or migration, not "newcomer partners" or "newcomers to the programme".
 * Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { score } from '../../../core/match/index.ts';
import { testCall, testPriority, testProfile } from '../../support/test-call.ts';

const reasonFor = (concept: string, summary: string, language: 'sv' | 'en' = 'en') =>
  score(testCall({ summary, language }), testProfile({ priorities: [testPriority('p', [concept])] })).reasons.some(
    (r) => r.conceptId === concept,
  );

describe('what proposals should not focus on', () => {
  it('is no evidence', () => {
    expect(
      reasonFor('cross-border', 'Proposals should avoid focusing on existing cross-border cooperation areas.'),
    ).toBe(false);
    expect(reasonFor('tourism', 'Projekten ska inte fokusera på turism.', 'sv')).toBe(false);
  });
  it('the next requirement and the contrast still count', () => {
    const en =
      'Proposals should avoid focusing on existing cross-border areas and must address renewable energy or waste.';
    expect(reasonFor('energy-transition', en)).toBe(true);
    expect(reasonFor('research-innovation', 'Projects should not focus on tourism but on innovation.')).toBe(true);
    expect(reasonFor('research-innovation', 'Projekten ska inte fokusera på turism utan på innovation.', 'sv')).toBe(
      true,
    );
  });
  it('shuts no region out', () => {
    const m = score(
      testCall({
        summary: 'Applicants should avoid focusing on regions already funded, and must include new partners.',
      }),
      testProfile({ kind: 'region' }),
    );
    expect(m.blockers.some((b) => b.kind === 'applicant-type')).toBe(false);
  });
});

describe('newcomers', () => {
  it('beside integration words are newly arrived people', () => {
    expect(reasonFor('integration-migration', 'Support for newcomers and refugees in the local labour market.')).toBe(
      true,
    );
  });
  it('newcomer partners and newcomers to a programme are not', () => {
    expect(
      reasonFor('integration-migration', 'Proposals may include underrepresented regions and newcomer partners.'),
    ).toBe(false);
    expect(reasonFor('integration-migration', 'Organisations that are newcomers to the programme are welcome.')).toBe(
      false,
    );
  });
});
