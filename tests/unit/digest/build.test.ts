import { describe, expect, it } from 'vitest';
import { buildDigest, FILTER_REASONS } from '../../../core/digest/build.ts';
import { BANDS } from '../../../core/model/match.ts';
import { deriveStatus } from '../../../core/model/status.ts';
import { LATER, PROFILE, twoFetches, WEEK, weeklyDigest } from './support.ts';

describe('buildDigest', () => {
  const { two } = twoFetches();
  const { now, since } = WEEK;
  const digest = weeklyDigest(two);

  it('lists as new only the calls that arrived since the date, each with reasons in Swedish and English', () => {
    const newIds = two.changes.filter((c) => c.kind === 'new').map((c) => c.callId);
    for (const m of digest.newMatches) {
      expect(newIds).toContain(m.call.id);
      expect(m.reasons.sv.length).toBeGreaterThan(0);
      expect(m.reasons.en.length).toBeGreaterThan(0);
      expect(BANDS).toContain(m.match.band);
    }
    expect(digest.newMatches.length + digest.filteredOut.total).toBe(newIds.length);
  });

  it('orders new matches best first', () => {
    const scores = digest.newMatches.map((m) => m.match.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('counts what was filtered out, by reason', () => {
    expect(Object.keys(digest.filteredOut.byReason).sort()).toEqual([...FILTER_REASONS].sort());
    const sum = Object.values(digest.filteredOut.byReason).reduce((a, b) => a + b, 0);
    expect(sum).toBe(digest.filteredOut.total);
  });

  it("shows a watched call's moved deadline even if it does not match", () => {
    const d = weeklyDigest(two, { watched: ['vinnova:2026-01201'] });
    const moved = d.changedDeadlines.find((c) => c.call.id === 'vinnova:2026-01201');
    expect(moved?.before[0].date).toBe('2027-02-11');
    expect(moved?.after[0].date).toBe('2027-02-25');
  });

  it('lists withdrawn calls by title', () => {
    expect(digest.withdrawn.map((w) => w.callId)).toContain('vinnova:2026-01512');
  });

  it('lists coming deadlines within the horizon, soonest first, never closed ones', () => {
    const d = weeklyDigest(two, { horizonDays: 60, watched: two.snapshot.calls.map((c) => c.id) });
    expect(d.upcoming.length).toBeGreaterThan(0);
    for (const u of d.upcoming) {
      expect(u.daysLeft).toBeLessThanOrEqual(60);
      expect(u.daysLeft).toBeGreaterThanOrEqual(0);
      expect(deriveStatus(u.call, now)).not.toBe('closed');
    }
    const days = d.upcoming.map((u) => u.daysLeft);
    expect(days).toEqual([...days].sort((a, b) => a - b));
  });

  it('with no history, a first digest treats every call as new', () => {
    const d = buildDigest({ calls: two.snapshot.calls, profile: PROFILE, since, now: LATER });
    expect(d.newMatches.length + d.filteredOut.total).toBe(two.snapshot.calls.length);
  });

  it('with a previous snapshot instead of history, new = not in the previous one', () => {
    const { one } = twoFetches();
    const d = buildDigest({ calls: two.snapshot.calls, previous: one.snapshot, profile: PROFILE, since, now });
    expect(d.newMatches.length + d.filteredOut.total).toBe(1);
  });
});
