/**
 * Each built-in profile holds its population, with the statistic it comes from: calls for bodies of some size are
 * judged by it (core/match/population-limit.ts). A region's is its län's.
 */
import { describe, expect, it } from 'vitest';
import { SEED_PROFILES } from '../../../core/profile/seeds.ts';

describe('built-in profiles: population', () => {
  it('each holds a count and its SCB source', () => {
    for (const p of SEED_PROFILES) {
      expect(p.population, p.id).toBeDefined();
      expect(p.population?.source, p.id).toMatch(/^SCB, Folkmängd 31 december \d{4}/);
    }
  });
  it("counts are of a kommun's or a län's order of size", () => {
    for (const p of SEED_PROFILES) {
      const n = p.population?.count ?? 0;
      if (p.kind === 'kommun') expect(n, p.id).toBeGreaterThan(2_000);
      if (p.kind === 'kommun') expect(n, p.id).toBeLessThan(1_000_000);
      if (p.kind === 'region') expect(n, p.id).toBeGreaterThan(50_000);
    }
  });
});
