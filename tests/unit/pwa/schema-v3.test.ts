import { describe, expect, it } from 'vitest';
import { normaliseCall } from '../../../core/model/normalise-call.ts';
import { watchEntryV2toV3 } from '../../../pwa/db/migrations/v3-team-fields.ts';
import { STORES_V2 } from '../../../pwa/db/schema.ts';
import { loadWatchlist, newWatchEntry } from '../../../pwa/db/watchlist-repo.ts';
import { fixtureCalls } from '../../e2e/support/pwa-fixture-calls.ts';
import { freshName, openTestDb, rawDexie } from './db-helpers.ts';

const now = new Date('2026-03-01T10:00:00Z');
const calls = fixtureCalls(now).map((c) => normaliseCall(c, {}, now));

/** A v2 row exactly as version 2 wrote it (no team fields). */
function v2Row(i: number): Record<string, unknown> {
  const e = newWatchEntry(calls[i], undefined, 'kalmar', now) as unknown as Record<string, unknown>;
  for (const k of ['savedBy', 'comments', 'log', 'archived', 'concurrent', 'withdrawnAt']) delete e[k];
  return JSON.parse(JSON.stringify({ ...e, notes: `anteckning ${i}`, status: i === 1 ? 'forbereds' : 'bevakas' }));
}

describe('Dexie schema v2 → v3 (team fields, hidden calls)', () => {
  it('upgrades a v2 database, keeping every entry and adding empty team fields', async () => {
    const name = freshName();
    const v2 = rawDexie(name);
    v2.version(2).stores(STORES_V2);
    await v2.open();
    await v2.table('watchlist').bulkPut([v2Row(0), v2Row(1), v2Row(2)]);
    await v2.table('settings').put({ key: 'language', value: 'en' });
    v2.close();

    const db = openTestDb(name);
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(3);
    const raw = await db.watchlist.get(calls[1].id);
    expect(raw).toMatchObject({ archived: false, comments: [], log: [], concurrent: [], notes: 'anteckning 1' });
    const { items, broken } = await loadWatchlist(db, now);
    expect(broken).toEqual([]);
    expect(items).toHaveLength(3);
    expect(items.find((e) => e.callId === calls[1].id)?.status).toBe('forbereds');
    expect(await db.hidden.count()).toBe(0);
    await db.hidden.put({ callId: 'x:1', reason: 'Fel län', who: 'Anna', at: now.toISOString(), title: 'X' });
    expect(await db.hidden.get('x:1')).toMatchObject({ reason: 'Fel län' });
    expect(await db.settings.get('language')).toEqual({ key: 'language', value: 'en' });
    db.close();
  });

  it('keeps an archived flag and team fields a row already has', () => {
    const row = { ...v2Row(0), archived: true, comments: [{ id: 'c', at: now.toISOString(), author: 'A', text: 'x' }] };
    expect(watchEntryV2toV3(row)).toMatchObject({ archived: true, comments: row.comments, log: [] });
    expect(watchEntryV2toV3({ ...v2Row(0), archived: 'yes' }).archived).toBe(false);
  });
});
