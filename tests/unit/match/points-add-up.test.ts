import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCallsFile } from '../../../cli/read-calls.ts';
import { CUT_KINDS } from '../../../core/format/part-labels.ts';
import { analyseCall, rank } from '../../../core/match/index.ts';
import type { FundingCall } from '../../../core/model/call.ts';
import { SEED_PROFILES } from '../../../core/profile/seeds.ts';
import { sharedDir } from '../../shared-dir.ts';

const evalDir = sharedDir('eval');
const devCalls: FundingCall[] = evalDir ? readCallsFile(join(evalDir, 'calls.jsonl')) : [];

describe('every point is shown and they add up', () => {
  const sets: [string, FundingCall[]][] = [
    ['sample calls', readCallsFile(join(import.meta.dirname, '../../../core/data/sample-calls.json'))],
    ['dev relevance set', devCalls],
  ];
  it('has calls to check', () => {
    expect(sets[0][1].length).toBeGreaterThan(5);
  });
  for (const [name, calls] of sets) {
    it.skipIf(calls.length === 0)(
      `${name}: reasons + eligibility + boosts + blockers = score, for every profile`,
      () => {
        const analysed = calls.map(analyseCall);
        let checked = 0;
        for (const profile of SEED_PROFILES) {
          for (const { match: m } of rank(analysed, profile)) {
            const sum =
              m.reasons.reduce((t, r) => t + r.points, 0) +
              m.eligibility.points +
              m.boosts.reduce((t, b) => t + b.points, 0) +
              m.blockers.reduce((t, b) => t + b.points, 0);
            expect(Math.round(sum * 10) / 10, `${m.callId} × ${profile.id}`).toBe(m.score);
            expect(m.eligibility.points).toBeCloseTo(m.eligibility.areaPoints + m.eligibility.applicantPoints, 5);
            for (const b of m.blockers) expect(b.points).toBeLessThanOrEqual(0);
            for (const b of m.boosts)
              if (CUT_KINDS.has(b.kind)) expect(b.points).toBeLessThan(0);
              else expect(b.points).toBeGreaterThan(0);
            checked++;
          }
        }
        expect(checked).toBe(calls.length * SEED_PROFILES.length);
      },
    );
  }
});
