/**
 * A call about the sea (the blue economy in its title or themes) keeps SEA_INLAND_FACTOR of its score for a body the
 * reference data places away from the coast, with a line that says why; a body by the sea, a strategy that names the
 * blue economy, and a call that mentions the sea only in passing are not cut.
 */
import { describe, expect, it } from 'vitest';
import { analyseCall, score } from '../../../core/match/index.ts';
import { SEA_INLAND_FACTOR, withoutCoast } from '../../../core/match/sea-call.ts';
import { SEED_PROFILES } from '../../../core/profile/seeds.ts';
import { scoredForSeed } from '../../support/seed-score.ts';
import { testCall, testPriority, testProfile } from '../../support/test-call.ts';

const seaCall = {
  title: 'Innovation in fisheries and aquaculture for a greener blue economy',
  summary:
    'The call supports partnerships of regions, local authorities and companies developing low-carbon solutions ' +
    'for fishing fleets, aquaculture farms and ports. Projects should build on regional innovation strategies.',
  themes: ['blue economy', 'decarbonisation', 'innovation'],
  eligibleCountries: ['EU Member States'],
};
const cutOf = (over: typeof seaCall, body: string) =>
  scoredForSeed(over, body).boosts.find((b) => b.kind === 'sea-call');

describe('a call about the sea', () => {
  it('reads which bodies have no coast from the reference data', () => {
    const inland = SEED_PROFILES.filter(withoutCoast).map((p) => p.id);
    expect(inland.sort()).toEqual(['alvsbyn', 'kronoberg', 'linkoping']);
  });
  it('is cut for an inland kommun and a region without a coast, with the call’s words', () => {
    for (const body of ['linkoping', 'alvsbyn', 'kronoberg']) {
      const cut = cutOf(seaCall, body);
      expect(cut?.points, body).toBeLessThan(0);
      expect(cut?.text.sv, body).toContain('ligger inte vid kusten');
      expect(cut?.text.sv, body).toMatch(/"(?:fisheries|aquaculture|blue economy)"/i);
    }
  });
  it('keeps the factor: the cut is the share the score gives up', () => {
    const m = scoredForSeed(seaCall, 'linkoping');
    const cut = -(cutOf(seaCall, 'linkoping')?.points ?? 0);
    expect(cut / (m.score + cut)).toBeCloseTo(1 - SEA_INLAND_FACTOR, 1);
  });
  it('is not cut for a body by the sea', () => {
    expect(cutOf(seaCall, 'kalmar')).toBeUndefined();
    expect(cutOf(seaCall, 'karlskrona')).toBeUndefined();
  });
  it('is not cut where the sea is only mentioned in passing', () => {
    const passing = {
      ...seaCall,
      title: 'Innovation for greener regional economies',
      themes: ['decarbonisation', 'innovation'],
    };
    expect(cutOf(passing, 'linkoping')).toBeUndefined();
  });
  it('is not cut where the body’s own strategy names the blue economy', () => {
    const inland = (concepts: string[]) =>
      testProfile({ id: 'inland', kind: 'kommun', lan: 'jonkoping', priorities: [testPriority('p', concepts)] });
    const cut = (concepts: string[]) =>
      score(analyseCall(testCall(seaCall)), inland(concepts)).boosts.find((b) => b.kind === 'sea-call');
    expect(cut(['business-development'])).toBeDefined();
    expect(cut(['blue-economy'])).toBeUndefined();
  });
});
