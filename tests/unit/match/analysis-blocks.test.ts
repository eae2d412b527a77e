import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCallsFile } from '../../../cli/read-calls.ts';
import { analyseCall, rank, score } from '../../../core/match/index.ts';
import { SEED_PROFILES } from '../../../core/profile/seeds.ts';

const calls = readCallsFile(join(import.meta.dirname, '..', '..', '..', 'data', 'snapshot', 'calls.json'));
const now = new Date('2026-11-20T06:00:00Z');

describe('analyses cut from shared blocks', () => {
  it('stay as they were while thousands more are analysed (no two analyses share numbers)', () => {
    const profile = SEED_PROFILES[0];
    const first = calls.map(analyseCall);
    const before = rank(first, profile, { now }).map((r) => JSON.stringify(r.match));
    // Enough further analyses to fill and replace many blocks.
    for (let i = 0; i < 40; i++) calls.map(analyseCall);
    const after = rank(first, profile, { now }).map((r) => JSON.stringify(r.match));
    expect(after).toEqual(before);
    // And each equals a fresh analysis of its own call.
    for (const a of first) expect(score(a, profile, { now })).toEqual(score(a.call, profile, { now }));
  });
});
