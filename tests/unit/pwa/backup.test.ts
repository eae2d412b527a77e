import { describe, expect, it } from 'vitest';
import { InputError } from '../../../core/model/errors.ts';
import { normaliseCall } from '../../../core/model/normalise-call.ts';
import { exportBackup, parseBackup, restoreBackup, userTables } from '../../../pwa/db/backup.ts';
import { saveProfile } from '../../../pwa/db/profiles-repo.ts';
import type { FundwatchDb } from '../../../pwa/db/schema.ts';
import { saveSetting } from '../../../pwa/db/settings-repo.ts';
import { decide, editEntry, watchCall } from '../../../pwa/db/watchlist-repo.ts';
import { fixtureCalls } from '../../e2e/support/pwa-fixture-calls.ts';
import { openTestDb } from './db-helpers.ts';

const now = new Date('2026-03-01T10:00:00Z');
const calls = fixtureCalls(now).map((c) => normaliseCall(c, {}, now));
const match = {
  callId: calls[0].id,
  score: 72,
  band: 'strong' as const,
  reasons: [],
  eligibility: {
    area: 'eligible' as const,
    areaText: { sv: 'ja', en: 'yes' },
    applicant: 'unknown' as const,
    applicantText: { sv: '?', en: '?' },
    areaPoints: 0,
    applicantPoints: 0,
    points: 0,
  },
  blockers: [],
  boosts: [],
};
const profile = {
  id: 'egen-1',
  name: 'Testkommun',
  kind: 'kommun',
  lan: 'blekinge',
  priorities: [
    { id: 'klimat', label: { sv: 'Klimat', en: 'Climate' }, weight: 1.5, concepts: ['climate-adaptation'], terms: [] },
  ],
};

async function fill(db: FundwatchDb) {
  await watchCall(db, calls[0], match, 'karlskrona', now);
  await watchCall(db, calls[1], undefined, 'karlskrona', now);
  await editEntry(db, calls[0].id, { notes: 'Ring "Anna", 0455-12345', owner: 'Anna', tags: ['hav', 'klimat'] }, now);
  await decide(db, calls[1].id, 'avstar', 'Ledningsgruppen', 'Ingen kapacitet i år', now);
  // The own watchlist kept apart while in a team (pwa/db/own-watchlist.ts): a note only this device has.
  await db.own.put({ ...(await db.watchlist.get(calls[1].id))!, notes: 'Egen anteckning' });
  await saveProfile(db, profile);
  await saveSetting(db, 'language', 'en');
  await db.digestRuns.add({
    at: now.toISOString(),
    trigger: 'open',
    profileId: 'karlskrona',
    newCallIds: [],
    movedCallIds: [],
    closingCallIds: [],
    notified: false,
  });
}

async function snapshot(db: FundwatchDb) {
  return {
    watchlist: await db.watchlist.toArray(),
    own: await db.own.toArray(),
    profiles: await db.profiles.toArray(),
    settings: await db.settings.toArray(),
    digestRuns: await db.digestRuns.toArray(),
  };
}

describe('backup and restore', () => {
  it('backup → wipe → restore gives identical data', async () => {
    const db = openTestDb();
    await fill(db);
    const before = await snapshot(db);
    const text = JSON.stringify(await exportBackup(db, now));
    await Promise.all(userTables(db).map((t) => t.clear()));
    expect(await db.watchlist.count()).toBe(0);
    await restoreBackup(db, parseBackup(text, 'b.json', now));
    expect(await snapshot(db)).toEqual(before);
    db.close();
  });

  const corrupt: [string, (b: Record<string, unknown>) => string][] = [
    ['truncated JSON', (b) => JSON.stringify(b).slice(0, 200)],
    ['a foreign JSON file', () => JSON.stringify({ name: 'package', version: '1.0.0' })],
    ['a newer backup version', (b) => JSON.stringify({ ...b, version: 99 })],
    [
      'a watch entry with a bad status',
      (b) => JSON.stringify({ ...b, watchlist: [{ ...(b.watchlist as object[])[0], status: 'maybe' }] }),
    ],
    [
      'a call without a title',
      (b) => {
        const wl = b.watchlist as { call: object }[];
        return JSON.stringify({ ...b, watchlist: [wl[0], { ...wl[1], call: { ...wl[1].call, title: '' } }] });
      },
    ],
    [
      'a profile with weight 9',
      (b) =>
        JSON.stringify({ ...b, profiles: [{ ...profile, priorities: [{ ...profile.priorities[0], weight: 9 }] }] }),
    ],
    ['an unknown setting', (b) => JSON.stringify({ ...b, settings: [{ key: 'theme', value: 'dark' }] })],
    [
      'a duplicated watch entry',
      (b) => JSON.stringify({ ...b, watchlist: [(b.watchlist as object[])[0], (b.watchlist as object[])[0]] }),
    ],
    [
      'a duplicated own watch entry',
      (b) => JSON.stringify({ ...b, own: [(b.own as object[])[0], (b.own as object[])[0]] }),
    ],
    ['an own list that is no list', (b) => JSON.stringify({ ...b, own: 'x' })],
    ['an array', () => '[]'],
  ];

  for (const [what, make] of corrupt) {
    it(`refuses ${what} with a clear error and changes nothing`, async () => {
      const db = openTestDb();
      await fill(db);
      const before = await snapshot(db);
      const good = JSON.parse(JSON.stringify(await exportBackup(db, now))) as Record<string, unknown>;
      let error: unknown;
      try {
        await restoreBackup(db, parseBackup(make(good), 'fundwatch-backup.json', now));
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(InputError);
      expect((error as Error).message).toContain('fundwatch-backup.json');
      expect(await snapshot(db)).toEqual(before);
      db.close();
    });
  }

  it('keeps the own watchlist through backup and restore', async () => {
    const db = openTestDb();
    await fill(db);
    const text = JSON.stringify(await exportBackup(db, now));
    await db.own.clear();
    await restoreBackup(db, parseBackup(text, 'b.json', now));
    expect((await db.own.toArray()).map((e) => [e.callId, e.notes])).toEqual([[calls[1].id, 'Egen anteckning']]);
    db.close();
  });

  it('reads a backup made before the own list was kept: the own list starts empty, the rest is restored', async () => {
    const db = openTestDb();
    await fill(db);
    const old = JSON.parse(JSON.stringify(await exportBackup(db, now))) as Record<string, unknown>;
    delete old.own;
    await restoreBackup(db, parseBackup(JSON.stringify(old), 'old.json', now));
    expect(await db.own.count()).toBe(0);
    expect(await db.watchlist.count()).toBe(2);
    db.close();
  });

  it('names the entry and field that is wrong', () => {
    const text = JSON.stringify({
      format: 'fundwatch-backup',
      version: 1,
      watchlist: [{ callId: 'a' }],
      profiles: [],
      settings: [],
      digestRuns: [],
    });
    expect(() => parseBackup(text, 'x.json')).toThrow(/x\.json, watchlist\[0\]: field "call/);
  });
});
