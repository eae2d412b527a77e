import { describe, expect, it } from 'vitest';
import { buildProfileFromText } from '../../../core/profile/from-document.ts';
import { largeStrategy } from '../../support/large-strategy.ts';

// Figures live in the bench (npm run bench, "profile"); this test only guards against the quadratic case,
// with bounds far above the linear figures (≈1 s for 1 MB here) and far below the quadratic ones (≈35 s).
describe('building a profile is linear in the document size', () => {
  it('a 1 MB document of unbroken prose builds in well under 20 s, and 4× the text takes far less than 16× the time', () => {
    const time = (bytes: number) => {
      const text = largeStrategy(bytes);
      const start = performance.now();
      const p = buildProfileFromText(text);
      const ms = performance.now() - start;
      expect(p.lan).toBe('blekinge');
      expect(p.priorities.length).toBeGreaterThan(2);
      return ms;
    };
    time(50_000); // warm-up: lexicon compiled, word table filled
    const quarter = time(250_000);
    const full = time(1_000_000);
    expect(full).toBeLessThan(20_000);
    expect(full / Math.max(quarter, 1)).toBeLessThan(10);
  }, 60_000);
});
