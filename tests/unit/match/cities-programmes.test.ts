/**
 * How much a call made for cities counts for cities working together, on calls written for this test: a list of
 * applicants naming only cities says who the call is for with certainty, so the concept stands beside a theme the
 * call's own text keeps repeating.
 */
import { describe, expect, it } from 'vitest';
import { score } from '../../../core/match/index.ts';
import { testCall, testPriority, testProfile } from '../../support/test-call.ts';

const body = testProfile({
  priorities: [testPriority('cities', ['city-cooperation']), testPriority('climate', ['climate-mitigation'])],
});
const pointsOf = (m: ReturnType<typeof score>, id: string) =>
  m.reasons.filter((r) => r.priorityId === id).reduce((t, r) => t + r.points, 0);

describe('a list naming only cities says who the call is for with certainty', () => {
  it('it outweighs a theme its title names and its text repeats in every sentence', () => {
    const m = score(
      testCall({
        title: 'Climate action',
        summary:
          'Projects cut greenhouse gas emissions. Each project reports its carbon emissions. Climate neutrality is the aim.',
        applicantTypes: ['urban authorities'],
      }),
      body,
    );
    expect(pointsOf(m, 'cities')).toBeGreaterThan(pointsOf(m, 'climate'));
  });
  it('a text on city networks besides still adds to it', () => {
    const listed = (summary: string) =>
      pointsOf(
        score(testCall({ title: 'Innovative actions', summary, applicantTypes: ['urban authorities'] }), body),
        'cities',
      );
    const plain = listed('Projects test new solutions for local services.');
    const networks = listed('Cities work together in networks of cities and exchange between cities.');
    expect(networks).toBeGreaterThan(plain);
  });
});
