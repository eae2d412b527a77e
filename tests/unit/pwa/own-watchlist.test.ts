import { describe, expect, it } from 'vitest';
import { normaliseCall } from '../../../core/model/normalise-call.ts';
import { normaliseWatchEntry } from '../../../pwa/db/entities/watch-entry.ts';
import { entriesForTeam, keepOwnWatchlist, ownWatchlist } from '../../../pwa/db/own-watchlist.ts';
import { newWatchEntry } from '../../../pwa/db/watchlist-repo.ts';
import { fixtureCalls } from '../../e2e/support/pwa-fixture-calls.ts';
import { openTestDb } from './db-helpers.ts';

const now = new Date('2026-09-01T08:00:00Z');
const calls = fixtureCalls(now).map((c) => normaliseCall(c, {}, now));
const row = (i: number, extra: Record<string, unknown> = {}) =>
  normaliseWatchEntry({ ...newWatchEntry(calls[i], undefined, 'karlskrona', now), ...extra }, {}, now);

describe('the own watchlist a device brings into a team (real Dexie)', () => {
  it('is the calls saved outside any team; a row kept from a team goes back only into that team', async () => {
    const db = openTestDb();
    await db.watchlist.bulkPut([row(0), row(1, { fromTeam: 'team-a' })]);
    expect((await ownWatchlist(db, now)).map((e) => e.callId)).toEqual([calls[0].id]);
    expect((await entriesForTeam(db, 'team-b', now)).map((e) => e.callId)).toEqual([calls[0].id]);
    expect((await entriesForTeam(db, 'team-a', now)).map((e) => e.callId).sort()).toEqual(
      [calls[0].id, calls[1].id].sort(),
    );
  });

  it('is kept apart when joining, as it was: the table mirroring a team does not change it', async () => {
    const db = openTestDb();
    await db.watchlist.put(row(0, { notes: 'Egen anteckning' }));
    await keepOwnWatchlist(db, now);
    // In team A the mirror replaces the row with the team's version (a colleague's note), and adds team A's calls.
    await db.watchlist.bulkPut([
      row(0, { notes: 'Team A:s anteckning', fromTeam: 'team-a' }),
      row(2, { fromTeam: 'team-a' }),
    ]);
    const toB = await entriesForTeam(db, 'team-b', now);
    expect(toB.map((e) => [e.callId, e.notes])).toEqual([[calls[0].id, 'Egen anteckning']]);
    // Back in team A, its own (newer) copy of the row goes, not the older private one.
    const toA = await entriesForTeam(db, 'team-a', now);
    expect(toA.find((e) => e.callId === calls[0].id)?.notes).toBe('Team A:s anteckning');
  });
});
