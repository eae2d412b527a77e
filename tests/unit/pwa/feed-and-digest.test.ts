import { describe, expect, it } from 'vitest';
import { rank } from '../../../core/match/index.ts';
import { InputError } from '../../../core/model/errors.ts';
import { normaliseCall } from '../../../core/model/normalise-call.ts';
import type { Profile } from '../../../core/model/profile.ts';
import { parseFeed } from '../../../pwa/calls/parse-feed.ts';
import { loadStoredCalls, storeCalls } from '../../../pwa/db/calls-repo.ts';
import { watchCall } from '../../../pwa/db/watchlist-repo.ts';
import { computeDigest, digestIsEmpty } from '../../../pwa/digest/compute-digest.ts';
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
  it('reads a snapshot, skips invalid calls by position and keeps the rest', () => {
    const calls = fixtureCalls(t0);
    const text = JSON.stringify({
      version: 1,
      generatedAt: t0.toISOString(),
      calls: [...calls, { id: 'bad', title: 3 }],
    });
    const feed = parseFeed(text, 'calls.json', t0);
    expect(feed.calls).toHaveLength(calls.length);
    expect(feed.rejected).toHaveLength(1);
    expect(feed.rejected[0]).toContain('calls.json, calls[7]');
    expect(feed.generatedAt).toBe(t0.toISOString());
  });
  it('refuses what is not a feed', () => {
    expect(() => parseFeed('<html>', 'x')).toThrow(InputError);
    expect(() => parseFeed('{"a":1}', 'x')).toThrow(/calls/);
  });
});

describe('digest: new since last week', () => {
  it('tells new matches, moved deadlines and closing-soon watched calls; nothing new gives an empty digest', async () => {
    const db = openTestDb();
    const first = fixtureCalls(t0).map((c) => normaliseCall(c, {}, t0));
    await storeCalls(db, first.slice(0, 4), t0);
    const t1 = new Date(t0.getTime() + 8 * DAY);
    // A week later: the ICLD call's deadline moved, one new matching call arrived.
    const moved = { ...first[1], deadlines: [{ ...first[1].deadlines[0], date: '2026-03-20' }] };
    const fresh = { ...first[0], id: 'interreg-sb:climate-2026-b', title: `${first[0].title} (second round)` };
    const next = [first[0], moved, first[2], first[3], first[5], fresh];
    await storeCalls(db, next, t1);
    await watchCall(db, moved, undefined, 'test', t1);
    const stored = await loadStoredCalls(db, t1);
    const ranked = rank(
      stored.map((s) => s.call),
      profile,
      { now: t1 },
    );
    const watch = (await db.watchlist.toArray()).map((w) => ({ ...w, call: normaliseCall(w.call, {}, t1) }));
    const digest = computeDigest(stored, ranked, watch, { lastRunAt: t0.toISOString(), firstRun: false }, 'sv', t1);
    expect(digest.movedDeadlines.map((i) => i.callId)).toContain(moved.id);
    expect(digest.closingSoon.map((i) => i.callId)).toContain(moved.id);
    // New = first seen since the last run and matching (strong/relevant) for the profile, whatever the engine's scores.
    const matching = new Set(
      ranked.filter((r) => r.match.band === 'strong' || r.match.band === 'relevant').map((r) => r.call.id),
    );
    const expectedNew = [first[5].id, fresh.id].filter((id) => matching.has(id));
    expect(digest.newMatches.map((i) => i.callId).sort()).toEqual(expectedNew.sort());
    expect(matching.has(first[0].id)).toBe(matching.has(fresh.id));
    for (const id of [first[0].id, first[2].id, first[3].id])
      expect(digest.newMatches.map((i) => i.callId)).not.toContain(id);
    // The same data a week on, with nothing new and nothing closing: empty.
    const t2 = new Date(t1.getTime() + 60 * DAY);
    const later = computeDigest(
      stored,
      rank(
        stored.map((s) => s.call),
        profile,
        { now: t2 },
      ),
      [],
      { lastRunAt: t1.toISOString(), firstRun: false },
      'sv',
      t2,
    );
    expect(later.newMatches).toEqual([]);
    expect(later.movedDeadlines).toEqual([]);
    db.close();
  });

  it('shows nothing as new on the very first run', async () => {
    const db = openTestDb();
    const calls = fixtureCalls(t0).map((c) => normaliseCall(c, {}, t0));
    const stored = await storeCalls(db, calls, t0);
    const d = computeDigest(stored, rank(calls, profile, { now: t0 }), [], { firstRun: true }, 'sv', t0);
    expect(d.newMatches).toEqual([]);
    expect(digestIsEmpty({ ...d, closingSoon: [] })).toBe(true);
    db.close();
  });
});
