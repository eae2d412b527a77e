/**
 * What a call is for the body (its own programme area, a funder its strategy names, who may apply) weighs about as
 * much as what the call's words say: the words earn at most TUNING.CONTENT_MAX, and a call that only talks about the
 * body's priorities no longer outranks one the strategy points to that names a priority once. Bands keep their
 * meaning on that scale. Calls written for this test.
 */
import { describe, expect, it } from 'vitest';
import { bandOf, score } from '../../../core/match/index.ts';
import type { Match } from '../../../core/model/match.ts';
import { testCall, testPriority, testProfile } from '../../support/test-call.ts';

const kalmar = testProfile({
  preferredFunders: ['Interreg'],
  priorities: [testPriority('klimat', ['climate-mitigation']), testPriority('unga', ['youth'])],
});

/** Interreg South Baltic (Kalmar län is inside its area), one sentence on climate. */
const ownArea = testCall({
  id: 'own-area',
  funder: 'Interreg South Baltic',
  programme: 'Interreg South Baltic 2021-2027',
  title: 'Call for small-scale projects',
  summary:
    'Local and regional authorities, NGOs and other organisations from the programme area may apply. Projects build cooperation across the South Baltic and may address climate change mitigation.',
});

/** Horizon Europe (open across the EU), all about both priorities. */
const allWords = testCall({
  id: 'all-words',
  funder: 'European Commission',
  programme: 'Horizon Europe',
  title: 'Climate-neutral municipalities with young people: reducing greenhouse gas emissions',
  summary:
    'Local authorities, companies and research organisations may apply. Projects cut greenhouse gas emissions in municipalities and test climate mitigation measures. They reduce emissions from heating and transport. Young people and youth organisations take part in the climate action. Youth councils help plan low-carbon neighbourhoods and young people learn about climate neutrality.',
});

const contentPoints = (m: Match) => m.reasons.reduce((t, r) => t + r.points, 0);
const fitPoints = (m: Match) => m.eligibility.points + m.boosts.reduce((t, b) => t + b.points, 0);

describe('words and fit weigh alike', () => {
  it('a call in the body’s own programme area, of a funder its strategy names, ranks above an EU-wide call that only has more words', () => {
    const own = score(ownArea, kalmar);
    const words = score(allWords, kalmar);
    expect(contentPoints(words)).toBeGreaterThan(contentPoints(own) + 15);
    expect(fitPoints(own)).toBeGreaterThan(fitPoints(words) + 20);
    expect(own.score).toBeGreaterThan(words.score);
  });
  it('the points shown still add up to the score', () => {
    for (const m of [score(ownArea, kalmar), score(allWords, kalmar)]) {
      const parts = contentPoints(m) + fitPoints(m) + m.blockers.reduce((t, b) => t + b.points, 0);
      expect(Math.round(parts * 10) / 10).toBe(m.score);
    }
  });
  it('bands sit on the same scale: 50 is strong, 32 relevant, 16 weak', () => {
    expect([49, 50, 31, 32, 15, 16].map(bandOf)).toEqual(['relevant', 'strong', 'weak', 'relevant', 'none', 'weak']);
  });
});
