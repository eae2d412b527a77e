/**
 * Words of citizen participation and regional development inside other senses: "the participation of partners from
 * the observer states" is who takes part in a project, not citizens' participation; "EU macro-regional strategies"
 * names the EU's strategies for large areas, not a region's development strategy. Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { score } from '../../../core/match/index.ts';
import type { Profile } from '../../../core/model/profile.ts';
import { testCall, testPriority, testProfile } from '../../support/test-call.ts';

const body = (): Profile =>
  testProfile({
    lan: 'blekinge',
    priorities: [testPriority('dialog', ['participation-democracy']), testPriority('region', ['regional-development'])],
  });
const concepts = (summary: string) =>
  score(testCall({ funder: 'Testfonden', title: 'Call for proposals 2027', summary }), body()).reasons.map(
    (r) => r.conceptId,
  );

describe('participation and strategies in other senses', () => {
  it('the participation of partners is no citizen participation', () => {
    expect(
      concepts('We welcome proposals with the participation of partners from the observer states and young people.'),
    ).not.toContain('participation-democracy');
    expect(concepts('Projects strengthen the participation of young people in local decision-making.')).toContain(
      'participation-democracy',
    );
  });
  it('EU macro-regional strategies are no regional development strategy', () => {
    expect(concepts('The strategy is one of the four EU macro-regional strategies.')).not.toContain(
      'regional-development',
    );
    expect(concepts('Projects support regional strategies for smart specialisation.')).toContain(
      'regional-development',
    );
  });
});
