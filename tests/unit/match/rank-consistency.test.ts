import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCallsFile } from '../../../cli/read-calls.ts';
import { analyseCall, rank, score } from '../../../core/match/index.ts';
import { SEED_PROFILES } from '../../../core/profile/seeds.ts';

const calls = readCallsFile(join(import.meta.dirname, '..', '..', '..', 'core', 'data', 'sample-calls.json'));

describe('ranking and explained scores agree', () => {
  it('orders by the explained score, for every seed profile (the fast ranking path matches the explained one)', () => {
    const analysed = calls.map(analyseCall);
    expect(analysed.length).toBeGreaterThan(5);
    for (const profile of SEED_PROFILES) {
      const ranked = rank(analysed, profile, { now: new Date('2026-01-01') });
      const scores = ranked.map((r) => r.match.score);
      for (let i = 1; i < scores.length; i++) expect(scores[i], profile.id).toBeLessThanOrEqual(scores[i - 1]);
      for (const r of ranked) expect(score(r.call, profile).score).toBe(r.match.score);
    }
  });
});
