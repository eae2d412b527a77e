/**
 * A numbered priority's quoted name ("Priority 1 'Innovative societies'") is the programme's heading: a name, no
 * evidence of what the call funds (set 44, released in the thirty-seventh session). Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { score } from '../../../core/match/index.ts';
import type { Priority } from '../../../core/model/profile.ts';
import { testCall, testProfile } from '../../support/test-call.ts';

const innovation: Priority = {
  id: 'innovation',
  label: { sv: 'Forskning och innovation', en: 'Research and innovation' },
  weight: 1,
  concepts: ['research-innovation'],
  terms: [],
};
const reasonsFor = (title: string, summary: string) =>
  score(testCall({ title, summary, language: 'en' }), testProfile({ priorities: [innovation] })).reasons.filter(
    (r) => r.conceptId === 'research-innovation',
  );

describe("a numbered priority's quoted name", () => {
  const summary = 'The call funds joint plans for the emergency preparedness of local services in small towns.';
  it('is no evidence of its topic', () => {
    expect(reasonsFor("Small projects 2027 – Priority 1 'Innovative societies'", summary)).toEqual([]);
    expect(reasonsFor('Small projects 2027 – Priority 1: "Innovative societies"', summary)).toEqual([]);
  });
  it('while the same words unquoted, or a call of its own words, still are', () => {
    expect(reasonsFor('Small projects 2027 for innovative societies', summary).length).toBe(1);
    expect(
      reasonsFor(
        "Small projects 2027 – Priority 1 'Innovative societies'",
        `${summary} Projects test innovative solutions.`,
      ).length,
    ).toBe(1);
  });
});
