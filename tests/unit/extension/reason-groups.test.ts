import { describe, expect, it } from 'vitest';
import type { Match, Reason } from '../../../core/model/match.ts';
import { formatPoints, groupReasons } from '../../../extension/content/ui/reason-groups.ts';

const reason = (priorityId: string, concept: string, term: string, quote: string, points: number): Reason => ({
  priorityId,
  priorityLabel: { sv: `Prio ${priorityId}`, en: `Priority ${priorityId}` },
  conceptId: concept,
  conceptLabel: { sv: `${concept} (sv)`, en: concept },
  evidence: [{ term, quote }],
  points,
});

function match(reasons: Reason[]): Match {
  return {
    callId: 'c',
    score: 50,
    band: 'relevant',
    reasons,
    eligibility: {
      area: 'unknown',
      areaText: { sv: '', en: '' },
      applicant: 'unknown',
      applicantText: { sv: '', en: '' },
    },
    blockers: [],
    boosts: [],
  };
}

describe('reasons grouped by priority', () => {
  it('gives one entry per priority, most points first, in the reader’s language', () => {
    const groups = groupReasons(
      match([
        reason('a', 'water', 'water', 'Title', 2),
        reason('b', 'schools', 'schools', '…schools and NGOs…', 3),
        reason('a', 'climate', 'climate', '…climate adaptation…', 2.25),
        reason('a', 'water', 'Water', '…Water…', 1),
      ]),
      'en',
      'Title',
    );
    expect(groups.map((g) => [g.label, g.points])).toEqual([
      ['Priority a', 5.3],
      ['Priority b', 3],
    ]);
    expect(groups[0].concepts).toEqual(['water', 'climate']);
    // Words are told once, whatever their case.
    expect(groups[0].words).toEqual(['water', 'climate']);
    // The title is on screen already: a quote from the call's text is preferred.
    expect(groups[0].quote).toBe('…climate adaptation…');
    expect(groupReasons(match([reason('a', 'water', 'w', 'q', 1)]), 'sv')[0].concepts).toEqual(['water (sv)']);
  });

  it('keeps each line short: at most three concepts and four words', () => {
    const many = Array.from({ length: 8 }, (_, i) => reason('a', `c${i}`, `word${i}`, `q${i}`, 1));
    const [g] = groupReasons(match(many), 'sv');
    expect(g.concepts).toHaveLength(3);
    expect(g.words).toHaveLength(4);
    expect(g.points).toBe(8);
  });

  it('writes points with a Swedish decimal comma and a real minus sign', () => {
    expect(formatPoints(12.46, 'sv')).toBe('+12,5');
    expect(formatPoints(12.46, 'en')).toBe('+12.5');
    expect(formatPoints(-20, 'sv')).toBe('−20');
    expect(formatPoints(4, 'en')).toBe('+4');
  });
});
