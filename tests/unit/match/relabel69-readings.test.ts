/**
 * A reading relabel 69 (blind fact-checks of the claims new on the released sets) showed wrong, as a general rule,
 * with sentences written for this test: "twinning sessions" between cities of a mobility or innovation programme
 * are peer-learning visits, not town twinning.
 */
import { describe, expect, it } from 'vitest';
import { score } from '../../../core/match/index.ts';
import { testCall, testPriority, testProfile } from '../../support/test-call.ts';

describe('twinning sessions', () => {
  const p = testProfile({ priorities: [testPriority('vanorter', ['town-twinning'])] });
  const concepts = (summary: string) =>
    score(testCall({ title: 'Cities take up mobility solutions', summary }), p).reasons.map((r) => r.conceptId);
  it('between cities learning from each other are no town twinning', () => {
    expect(
      concepts('Follower cities learn from leading cities through transfer activities such as twinning sessions.'),
    ).not.toContain('town-twinning');
  });
  it('while town twinning still is', () => {
    expect(concepts('The call funds town twinning between European municipalities.')).toContain('town-twinning');
  });
});
