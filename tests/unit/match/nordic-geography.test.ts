/**
 * A Nordic programme whose rules take no Baltic partners (geography "nordic" in programmes.json) is told as open to
 * the Nordic countries, not the Nordic and Baltic ones. A call written for this test.
 */
import { describe, expect, it } from 'vitest';
import { PROGRAMME_BY_ID } from '../../../core/data/index.ts';
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
    expect(PROGRAMME_BY_ID.get('ncm-arctic')?.geography).toBe('nordic');
    // A body outside the Arctic it is made for is told so (programme-focus.test.ts), never of Baltic partners.
    const m = score(c, testProfile());
    expect(m.eligibility.areaText.sv).not.toContain('baltiska');
    expect(m.blockers).toEqual([]);
  });
});
