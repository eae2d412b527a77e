/**
 * A Nordic programme whose rules take no Baltic partners (geography "nordic" in programmes.json) is told as open to
 * the Nordic countries, not the Nordic and Baltic ones. A call written for this test.
 */
import { describe, expect, it } from 'vitest';
import { score } from '../../../core/match/index.ts';
import { testCall, testProfile } from '../../support/test-call.ts';

describe('a Nordic programme without Baltic partners', () => {
  it('is told as open to the Nordic countries, not the Nordic and Baltic ones', () => {
    const c = testCall({
      funder: 'Nordic Council of Ministers',
      programme: 'Arctic Cooperation Programme',
      title: 'Open call',
      summary: 'The programme supports projects for sustainable development in the Arctic.',
    });
    const m = score(c, testProfile());
    expect(m.eligibility.area).toBe('eligible');
    expect(m.eligibility.areaText.sv).toContain('de nordiska länderna');
    expect(m.eligibility.areaText.sv).not.toContain('baltiska');
  });
});
