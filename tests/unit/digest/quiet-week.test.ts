import { readFileSync } from 'node:fs';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { buildDigest, callsToIcs, digestCalls } from '../../../core/digest/index.ts';
import { rank } from '../../../core/match/index.ts';
import { deadlineInstant } from '../../../core/model/deadline-time.ts';
import { nextDeadline } from '../../../core/model/status.ts';
import { getSeedProfile } from '../../../core/profile/seeds.ts';
import { normaliseSnapshot } from '../../../core/store/snapshot.ts';

/** Issue 11: on an ordinary Monday the digest said "Inget nytt" and its calendar was empty. */
describe('the digest on a week without news', () => {
  const now = new Date('2026-11-30T07:00:00Z');
  const snapshot = normaliseSnapshot(
    JSON.parse(readFileSync(new URL('../../../data/snapshot/calls.json', import.meta.url), 'utf8')),
    {},
    now,
  );
  const profile = getSeedProfile('karlskrona')!;
  const since = new Date(now.getTime() - 7 * 86_400_000);
  const digest = buildDigest({ calls: snapshot.calls, snapshot, profile, since, now });
  const matchedAhead = rank(snapshot.calls, profile, { now }).filter(
    (r) =>
      (r.match.band === 'strong' || r.match.band === 'relevant') &&
      nextDeadline(r.call, now) &&
      r.call.status !== 'closed',
  );

  it('still lists the next deadlines of matched calls, soonest first', () => {
    expect(digest.newMatches).toHaveLength(0);
    expect(digest.upcoming.length).toBeGreaterThanOrEqual(Math.min(5, matchedAhead.length));
    const times = digest.upcoming.map((u) => deadlineInstant(u.deadline).getTime());
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(times.every((t) => t > now.getTime())).toBe(true);
  });

  it('has a calendar of every matched and watched deadline ahead, and nothing past', () => {
    const watchedClosed = snapshot.calls.find(
      (c) => c.deadlines.some((d) => deadlineInstant(d) > now) && !matchedAhead.some((m) => m.call.id === c.id),
    );
    const withWatch = buildDigest({
      calls: snapshot.calls,
      snapshot,
      profile,
      since,
      now,
      watched: watchedClosed ? [watchedClosed.id] : [],
    });
    const ics = callsToIcs(digestCalls(withWatch), { now, from: now });
    const cal = new ICAL.Component(ICAL.parse(ics));
    const events = cal.getAllSubcomponents('vevent').map((e) => new ICAL.Event(e));
    expect(events.length).toBeGreaterThanOrEqual(matchedAhead.length);
    for (const m of matchedAhead)
      expect(events.some((e) => e.uid.startsWith(m.call.id.replace(/[^A-Za-z0-9:._-]/g, '_')))).toBe(true);
    if (watchedClosed)
      expect(events.some((e) => e.uid.startsWith(watchedClosed.id.replace(/[^A-Za-z0-9:._-]/g, '_')))).toBe(true);
    for (const e of events) expect(e.startDate.toJSDate().getTime()).toBeGreaterThan(now.getTime() - 86_400_000);
  });
});
