import { describe, expect, it } from 'vitest';
import { normaliseCall } from '../../../core/model/normalise-call.ts';
import { ownRowsAtV4 } from '../../../pwa/db/migrations/v4-own-watchlist.ts';
import { entriesForTeam, ownWatchlist } from '../../../pwa/db/own-watchlist.ts';
import { STORES_V3 } from '../../../pwa/db/schema.ts';
import { loadWatchlist, newWatchEntry } from '../../../pwa/db/watchlist-repo.ts';
import { fixtureCalls } from '../../e2e/support/pwa-fixture-calls.ts';
import { freshName, openTestDb, rawDexie } from './db-helpers.ts';

const now = new Date('2026-09-01T08:00:00Z');
const calls = fixtureCalls(now).map((c) => normaliseCall(c, {}, now));

/** A v3 row exactly as version 3 wrote it: team fields, but no team mark. */
function v3Row(i: number): Record<string, unknown> {
  const e = newWatchEntry(calls[i], undefined, 'kalmar', now) as unknown as Record<string, unknown>;
  delete e.fromTeam;
  return JSON.parse(JSON.stringify({ ...e, notes: `anteckning ${i}` }));
}

async function v3Database(rows: Record<string, unknown>[], team: boolean): Promise<string> {
  const name = freshName();
  const v3 = rawDexie(name);
  v3.version(3).stores(STORES_V3);
  await v3.open();
  await v3.table('watchlist').bulkPut(rows);
  const config = { appOrigin: 'http://127.0.0.1:8787/', team: 'team-a', token: 't', name: 'A', member: 'Anna' };
  if (team) await v3.table('settings').put({ key: 'team', value: config });
  v3.close();
  return name;
}

describe('Dexie schema v3 → v4 (the own watchlist kept apart)', () => {
  it('keeps every entry of a device that was in a team as its own, so none is lost on joining another', async () => {
    const db = openTestDb(await v3Database([v3Row(0), v3Row(1)], true));
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(4);
    expect((await db.own.toArray()).map((e) => e.callId).sort()).toEqual([calls[0].id, calls[1].id].sort());
    // The mirror of team A then marks the table's rows as the team's and drops one: the own list still has both.
    await db.watchlist.put({ ...(await db.watchlist.get(calls[0].id))!, fromTeam: 'team-a' });
    await db.watchlist.delete(calls[1].id);
    const toB = await entriesForTeam(db, 'team-b', now);
    expect(toB.map((e) => [e.callId, e.notes]).sort()).toEqual(
      [
        [calls[0].id, 'anteckning 0'],
        [calls[1].id, 'anteckning 1'],
      ].sort(),
    );
    const { items, broken } = await loadWatchlist(db, now);
    expect(broken).toEqual([]);
    expect(items.map((e) => e.callId)).toEqual([calls[0].id]);
    db.close();
  });

  it('copies nothing for a device outside any team: its table is its own list already', async () => {
    const db = openTestDb(await v3Database([v3Row(0), v3Row(2)], false));
    await db.open();
    expect(await db.own.count()).toBe(0);
    expect((await ownWatchlist(db, now)).map((e) => e.callId).sort()).toEqual([calls[0].id, calls[2].id].sort());
    expect((await loadWatchlist(db, now)).items).toHaveLength(2);
    db.close();
  });

  it('selects only unmarked rows with a call id', () => {
    const rows = [{ callId: 'a' }, { callId: 'b', fromTeam: 'team-a' }, { notes: 'no id' }];
    expect(ownRowsAtV4(rows, true)).toEqual([{ callId: 'a' }]);
    expect(ownRowsAtV4(rows, false)).toEqual([]);
  });
});
