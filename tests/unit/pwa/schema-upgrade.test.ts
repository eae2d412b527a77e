import { describe, expect, it } from 'vitest';
import { normaliseCall } from '../../../core/model/normalise-call.ts';
import { normaliseWatchEntry } from '../../../pwa/db/entities/watch-entry.ts';
import { type WatchEntryV1, watchEntryV1toV2 } from '../../../pwa/db/migrations/v2-watch-entries.ts';
import { STORES_V1 } from '../../../pwa/db/schema.ts';
import { loadWatchlist } from '../../../pwa/db/watchlist-repo.ts';
import { fixtureCalls } from '../../e2e/support/pwa-fixture-calls.ts';
import { freshName, openTestDb, rawDexie } from './db-helpers.ts';

const now = new Date('2026-03-01T10:00:00Z');
const calls = fixtureCalls(now).map((c) => normaliseCall(c, {}, now));

function v1Row(i: number, extra: Partial<WatchEntryV1> = {}): WatchEntryV1 {
  return {
    callId: calls[i].id,
    call: calls[i],
    status: 'bevakas',
    note: `anteckning ${i}`,
    savedAt: `2026-02-0${i + 1}T08:00:00.000Z`,
    profileId: 'kalmar',
    score: 40 + i,
    band: 'relevant',
    reasons: [],
    ...extra,
  };
}

describe('Dexie schema v1 → v2', () => {
  it('upgrades a v1 database filled with v1-shaped rows, keeping every entry and its meaning', async () => {
    const name = freshName();
    const v1 = rawDexie(name);
    v1.version(1).stores(STORES_V1);
    await v1.open();
    await v1
      .table('watchlist')
      .bulkPut([v1Row(0), v1Row(1, { status: 'forbereds' }), v1Row(3, { score: undefined, band: undefined })]);
    await v1.table('settings').put({ key: 'language', value: 'en' });
    await v1.table('digestRuns').add({
      at: '2026-02-20T00:00:00.000Z',
      trigger: 'open',
      profileId: 'kalmar',
      newCallIds: [],
      movedCallIds: [],
      closingCallIds: [],
      notified: false,
    });
    expect(v1.verno).toBe(1);
    v1.close();

    const db = openTestDb(name);
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(2);
    const { items, broken } = await loadWatchlist(db, now);
    expect(broken).toEqual([]);
    expect(items).toHaveLength(3);
    const first = items.find((e) => e.callId === calls[0].id)!;
    expect(first.notes).toBe('anteckning 0');
    expect(first.owner).toBe('');
    expect(first.tags).toEqual([]);
    expect(first.decisions).toEqual([]);
    expect(first.savedMatch).toMatchObject({ profileId: 'kalmar', score: 40, band: 'relevant' });
    expect(first.lastDeadline).toBeGreaterThan(now.getTime());
    expect(items.find((e) => e.callId === calls[1].id)!.status).toBe('forbereds');
    expect(items.find((e) => e.callId === calls[3].id)!.savedMatch).toBeUndefined();
    // The new index works on upgraded rows: sort by deadline straight from IndexedDB.
    const byDeadline = await db.watchlist.orderBy('lastDeadline').primaryKeys();
    expect(byDeadline).toHaveLength(3);
    const deadlines = (await db.watchlist.orderBy('lastDeadline').toArray()).map((e) => e.lastDeadline);
    expect([...deadlines].sort((a, b) => a - b)).toEqual(deadlines);
    // Untouched tables keep their data.
    expect(await db.settings.get('language')).toEqual({ key: 'language', value: 'en' });
    expect(await db.digestRuns.count()).toBe(1);
    db.close();
  });

  it('converts a row without a note or score to a valid v2 entry', () => {
    const { note: _n, score: _s, band: _b, reasons: _r, ...bare } = v1Row(2);
    const v2 = watchEntryV1toV2(bare);
    expect(() => normaliseWatchEntry(v2, {}, now)).not.toThrow();
    expect(v2.notes).toBe('');
  });

  it('does not abort the upgrade on a v1 row with a damaged call; the row is reported when read', async () => {
    const name = freshName();
    const v1 = rawDexie(name);
    v1.version(1).stores(STORES_V1);
    await v1.open();
    const damaged = {
      ...v1Row(0),
      callId: 'x:1',
      call: {
        ...calls[0],
        id: 'x:1',
        deadlines: [{ date: 'not a date', timeZone: 'Europe/Stockholm', kind: 'application' }],
      },
    };
    await v1.table('watchlist').bulkPut([damaged, v1Row(1)]);
    v1.close();
    const db = openTestDb(name);
    const { items, broken } = await loadWatchlist(db, now);
    expect(items.map((e) => e.callId)).toEqual([calls[1].id]);
    expect(broken).toHaveLength(1);
    expect(broken[0].message).toMatch(/deadlines\.0\.date/);
    expect(await db.watchlist.count()).toBe(2);
    db.close();
  });
});
