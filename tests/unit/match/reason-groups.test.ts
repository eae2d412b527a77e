import { describe, expect, it } from 'vitest';
import { groupReasons } from '../../../core/match/reason-groups.ts';
import type { Reason } from '../../../core/model/match.ts';

const reason = (priorityId: string, concept: string, term: string, quote: string, points: number): Reason => ({
  priorityId,
  priorityLabel: { sv: `Prio ${priorityId}`, en: `Priority ${priorityId}` },
  conceptId: concept,
  conceptLabel: { sv: `${concept} (sv)`, en: concept },
  evidence: [{ term, quote }],
  points,
});

describe('reasons grouped by priority', () => {
  it('gives one entry per priority, most points first, in the reader’s language', () => {
    const groups = groupReasons(
      [
        reason('a', 'water', 'water', 'Title', 2),
        reason('b', 'schools', 'schools', '…schools and NGOs…', 3),
        reason('a', 'climate', 'climate', '…climate adaptation…', 2.25),
        reason('a', 'water', 'Water', '…Water…', 1),
        reason('a', 'water', 'water', 'Title', 0),
      ],
      'en',
    );
    expect(groups.map((g) => [g.label.en, g.points])).toEqual([
      ['Priority a', 5.3],
      ['Priority b', 3],
    ]);
    expect(groups[0].concepts).toEqual(['water', 'climate']);
    // Words are told once, whatever their case.
    expect(groups[0].words).toEqual(['water', 'climate']);
    // Quotes are kept once each, first seen first (the panel skips the one equal to the title on screen).
    expect(groups[0].quotes).toEqual(['Title', '…climate adaptation…', '…Water…']);
    expect(groupReasons([reason('a', 'water', 'w', 'q', 1)], 'sv')[0].concepts).toEqual(['water (sv)']);
  });

  it('keeps each line short: at most three concepts and four words', () => {
    const many = Array.from({ length: 8 }, (_, i) => reason('a', `c${i}`, `word${i}`, `q${i}`, 1));
    const [g] = groupReasons(many, 'sv');
    expect(g.concepts).toHaveLength(3);
    expect(g.words).toHaveLength(4);
    expect(g.points).toBe(8);
  });
});
