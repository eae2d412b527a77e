import { describe, expect, it } from 'vitest';
import { buildDigest } from '../../../core/digest/build.ts';
import { rank } from '../../../core/match/index.ts';
import { InputError } from '../../../core/model/errors.ts';
import { normaliseCall } from '../../../core/model/normalise-call.ts';
import type { Profile } from '../../../core/model/profile.ts';
import { parseFeed } from '../../../pwa/calls/parse-feed.ts';
import { loadStoredCalls, storeCalls } from '../../../pwa/db/calls-repo.ts';
import { loadWatchlist, watchCall } from '../../../pwa/db/watchlist-repo.ts';
import { digestRequest } from '../../../pwa/digest/digest-window.ts';
import { fixtureCalls } from '../../e2e/support/pwa-fixture-calls.ts';
import { openTestDb } from './db-helpers.ts';

const DAY = 86_400_000;
const t0 = new Date('2026-03-01T10:00:00Z');
const profile: Profile = {
  id: 'test',
  name: 'Test',
  kind: 'kommun',
  lan: 'blekinge',
  priorities: [
    {
      id: 'klimat',
      label: { sv: 'Klimat', en: 'Climate' },
      weight: 1,
      concepts: ['climate-adaptation'],
      terms: ['klimatanpassning', 'climate adaptation', 'flooding'],
    },
    {
      id: 'demokrati',
      label: { sv: 'Demokrati', en: 'Democracy' },
      weight: 1,
      concepts: ['local-democracy'],
      terms: ['lokal demokrati', 'jämställdhet', 'partnerskap'],
    },
  ],
  partnerCountries: [],
  networks: [],
  preferredFunders: [],
  exclusions: [],
};

describe('parseFeed', () => {
  it('reads a snapshot from `fundwatch fetch` through normaliseSnapshot, and a plain array of calls', () => {
    const calls = fixtureCalls(t0);
    const snap = {
      version: 1,
      generatedAt: t0.toISOString(),
      calls,
      sources: { x: { ok: true, count: calls.length } },
    };
    const feed = parseFeed(JSON.stringify(snap), 'calls.json', t0);
    expect(feed.calls.map((c) => c.id)).toEqual(calls.map((c) => c.id));
    expect(feed.generatedAt).toBe(t0.toISOString());
    expect(parseFeed(JSON.stringify(calls), 'calls.json', t0).calls).toHaveLength(calls.length);
  });
  it('refuses a feed with a bad call whole, naming file and field', () => {
    const calls = [...fixtureCalls(t0), { id: 'bad', funder: 'X', title: 3 }];
    expect(() => parseFeed(JSON.stringify(calls), 'calls.json', t0)).toThrow(/calls\.json, \[7\]: field "title"/);
    const snap = { version: 1, generatedAt: t0.toISOString(), calls, sources: {} };
    expect(() => parseFeed(JSON.stringify(snap), 'calls.json', t0)).toThrow(/calls\.7/);
  });
  it('refuses what is not a feed', () => {
    expect(() => parseFeed('<html>', 'x')).toThrow(InputError);
    expect(() => parseFeed('{"a":1}', 'x')).toThrow(InputError);
  });
});

describe('digest: new since last week (core buildDigest on what this device saw)', () => {
  const digestOf = (req: ReturnType<typeof digestRequest>) => {
    const { since, now, ...rest } = req;
    return buildDigest({ ...rest, since: new Date(since), now: new Date(now) });
  };

  it('records new calls and moved deadlines per fetch, and the digest reports them', async () => {
    const db = openTestDb();
    const first = fixtureCalls(t0).map((c) => normaliseCall(c, {}, t0));
    await storeCalls(db, first.slice(0, 4), t0);
    const t1 = new Date(t0.getTime() + 8 * DAY);
    // A week later: the ICLD call's deadline moved, one new call arrived.
    const moved = { ...first[1], deadlines: [{ ...first[1].deadlines[0], date: '2026-03-20' }] };
    const fresh = { ...first[0], id: 'interreg-sb:climate-2026-b', title: `${first[0].title} (second round)` };
    await storeCalls(db, [first[0], moved, first[2], first[3], fresh], t1);
    await watchCall(db, moved, undefined, 'test', t1);
    const stored = await loadStoredCalls(db, t1);
    expect(stored.find((s) => s.id === moved.id)!.changes.map((c) => c.kind)).toEqual(['new', 'deadline-moved']);
    const watch = (await loadWatchlist(db, t1)).items;
    const req = digestRequest(stored, profile, watch, { lastRunAt: t0.toISOString(), firstRun: false }, t1);
    expect(req.changes.map((c) => `${c.kind}:${c.callId}`).sort()).toEqual(
      [`deadline-moved:${moved.id}`, `new:${fresh.id}`].sort(),
    );
    const digest = digestOf(req);
    // Moved and watched: always shown; closing within three weeks: "closing soon".
    expect(digest.changedDeadlines.map((c) => c.call.id)).toEqual([moved.id]);
    expect(digest.upcoming.map((u) => u.call.id)).toContain(moved.id);
    // New = first seen since the last digest and a match for the profile, whatever the engine's exact scores.
    const matching = new Set(
      rank(
        stored.map((s) => s.call),
        profile,
        { now: t1 },
      )
        .filter((r) => r.match.band === 'strong' || r.match.band === 'relevant')
        .map((r) => r.call.id),
    );
    expect(digest.newMatches.map((m) => m.call.id)).toEqual(matching.has(fresh.id) ? [fresh.id] : []);
    db.close();
  });

  it('says nothing is new on the very first digest, and nothing when nothing changed', async () => {
    const db = openTestDb();
    const calls = fixtureCalls(t0).map((c) => normaliseCall(c, {}, t0));
    const stored = await storeCalls(db, calls, t0);
    const first = digestOf(digestRequest(stored, profile, [], { firstRun: true }, t0));
    expect(first.newMatches).toEqual([]);
    const later = new Date(t0.getTime() + 30 * DAY);
    const again = await storeCalls(db, calls, later);
    const d = digestOf(digestRequest(again, profile, [], { lastRunAt: t0.toISOString(), firstRun: false }, later));
    expect(d.newMatches).toEqual([]);
    expect(d.changedDeadlines).toEqual([]);
    db.close();
  });
});
