/**
 * The first reason a reader meets is the first line of the explanation: the priority with the most points, and
 * within it the priority's own topic before a topic next to it. A neighbour's words (say "democracy" for a
 * competence priority) may earn more points than the priority's own words ("peer learning") yet are weaker
 * evidence that the call is about the priority. Profiles and sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { explainMatch } from '../../../core/match/explain.ts';
import { score } from '../../../core/match/index.ts';
import { groupReasons, orderReasons } from '../../../core/match/reason-groups.ts';
import { testCall, testPriority, testProfile } from '../../support/test-call.ts';

const competence = testProfile({ priorities: [testPriority('kompetens', ['capacity-building'])] });

// Democracy words recur in every sentence (a neighbour of capacity building); peer learning is named once.
const governanceCall = testCall({
  title: 'Partnerships for local democracy',
  summary:
    'Municipalities work with partner towns abroad for exchange and peer learning. ' +
    'Projects strengthen local democracy and good governance. ' +
    'They raise the transparency and accountability of local government. ' +
    'Democratic participation of young people in local democracy is a goal.',
});

describe('the first reason', () => {
  it("is the priority's own topic when it matched, before a neighbour with more points", () => {
    const m = score(governanceCall, competence);
    const own = m.reasons.find((r) => r.conceptId === 'capacity-building');
    const neighbour = m.reasons.find((r) => r.related);
    expect(own && neighbour && neighbour.points > own.points).toBe(true);
    expect(m.reasons[0].conceptId).toBe('capacity-building');
    expect(m.reasons[0].related).toBeUndefined();
  });

  it("leads the priority's line with its own words and quote", () => {
    const line = explainMatch(score(governanceCall, competence), 'en').find((l) => l.startsWith('Matches'));
    expect(line).toMatch(/through "peer learning", /);
    expect(line).toMatch(/Quote: [^"]*peer learning/);
  });

  it('keeps the priorities in the order of their points, as the explanation shows them', () => {
    const reasons = [
      { priorityId: 'a', points: 2, related: true },
      { priorityId: 'b', points: 6, related: true },
      { priorityId: 'a', points: 1 },
      { priorityId: 'b', points: 0.5 },
      { priorityId: 'a', points: 1.5, related: true },
    ];
    const ordered = orderReasons(reasons);
    expect(ordered.map((r) => `${r.priorityId}${r.points}`)).toEqual(['b0.5', 'b6', 'a1', 'a2', 'a1.5']);
    const groups = groupReasons(
      ordered.map((r) => ({ ...r, priorityLabel: { sv: r.priorityId, en: r.priorityId }, evidence: [] })),
      'sv',
    );
    expect(groups.map((g) => g.priorityId)).toEqual(['b', 'a']);
  });
});
