import { describe, expect, it } from 'vitest';
import { normaliseCall } from '../../../core/model/normalise-call.ts';
import { archiveEntry, decide, editEntry, loadWatchlist, watchCall } from '../../../pwa/db/watchlist-repo.ts';
import { fixtureCalls } from '../../e2e/support/pwa-fixture-calls.ts';
import { openTestDb } from './db-helpers.ts';

const now = new Date('2026-03-01T10:00:00Z');
const calls = fixtureCalls(now).map((c) => normaliseCall(c, {}, now));

describe('watchlist repository', () => {
  it('keeps status, notes and the decision log when a watched call is saved again with newer text', async () => {
    const db = openTestDb();
    await watchCall(db, calls[0], undefined, 'karlskrona', now);
    await editEntry(db, calls[0].id, { notes: 'viktig', owner: 'Eva', tags: ['hav'] }, now);
    await decide(db, calls[0].id, 'forbereds', 'Eva', 'Passar strategin', now);
    const newer = { ...calls[0], title: `${calls[0].title} (uppdaterad)` };
    await watchCall(db, newer, undefined, 'karlskrona', new Date(now.getTime() + 1000));
    const [e] = (await loadWatchlist(db, now)).items;
    expect(e.call.title).toBe(newer.title);
    expect(e).toMatchObject({ status: 'forbereds', notes: 'viktig', owner: 'Eva', tags: ['hav'] });
    expect(e.decisions.map((d) => [d.from, d.to, d.who, d.why])).toEqual([
      [null, 'bevakas', '', ''],
      ['bevakas', 'forbereds', 'Eva', 'Passar strategin'],
    ]);
    // Removing archives: the entry, its notes and log stay.
    await archiveEntry(db, calls[0].id, 'Eva', 'Inte i år', now);
    const [archived] = (await loadWatchlist(db, now)).items;
    expect(archived).toMatchObject({ archived: true, notes: 'viktig', status: 'forbereds' });
    db.close();
  });

  it('refuses an edit that would store an invalid entry, leaving the stored one as it was', async () => {
    const db = openTestDb();
    await watchCall(db, calls[1], undefined, 'karlskrona', now);
    const before = await db.watchlist.get(calls[1].id);
    await expect(editEntry(db, calls[1].id, { tags: [3 as unknown as string] }, now)).rejects.toThrow(/tags/);
    expect(await db.watchlist.get(calls[1].id)).toEqual(before);
    db.close();
  });
});

describe('first screen of a long watchlist', () => {
  it('picks, per status, the entries the view shows first, and leaves the rest for later', async () => {
    const { firstScreenRows } = await import('../../../pwa/db/watchlist-repo.ts');
    const { compareDeadlines } = await import('../../../pwa/db/entities/deadline-order.ts');
    const t = now.getTime();
    const rows = Array.from({ length: 100 }, (_, i) => ({
      callId: `c${i}`,
      status: i % 2 ? 'bevakas' : 'ansokt',
      lastDeadline: i % 10 === 0 ? 0 : t + (i % 3 === 0 ? -1 : 1) * i * 86_400_000,
    }));
    const [first, rest] = firstScreenRows(rows, 5, t);
    expect(first).toHaveLength(10);
    expect(first.length + rest.length).toBe(100);
    for (const status of ['bevakas', 'ansokt']) {
      const all = rows
        .filter((r) => r.status === status)
        .sort((a, b) => compareDeadlines(a.lastDeadline, b.lastDeadline, t));
      const picked = (first as typeof rows).filter((r) => r.status === status);
      expect(picked.map((r) => r.callId)).toEqual(all.slice(0, 5).map((r) => r.callId));
    }
    expect(compareDeadlines(t + 1, t - 1, t)).toBeLessThan(0);
    expect(compareDeadlines(t - 5, t - 1, t)).toBeGreaterThan(0);
    expect(compareDeadlines(0, t - 1, t)).toBeGreaterThan(0);
  });
});

describe('first screen read by key', () => {
  it('reads the same first screen as firstScreenRows from the indexes, skips archived rows, and leaves the rest', async () => {
    const { firstScreenRows, readFirstScreen, newWatchEntry } = await import('../../../pwa/db/watchlist-repo.ts');
    const { WATCH_STATUSES } = await import('../../../pwa/db/entities/watch-status.ts');
    const db = openTestDb();
    const t = now.getTime();
    const rows = Array.from({ length: 300 }, (_, i) => {
      const e = newWatchEntry({ ...calls[i % calls.length], id: `c${i}` }, undefined, 'karlskrona', now);
      return {
        ...e,
        status: WATCH_STATUSES[i % 3],
        archived: i % 17 === 0,
        lastDeadline: i % 10 === 0 ? 0 : t + (i % 3 === 0 ? -1 : 1) * i * 86_400_000,
      };
    });
    await db.watchlist.bulkPut(rows);
    const screen = await readFirstScreen(db, 20, now);
    const live = rows.filter((r) => !r.archived);
    const [expected] = firstScreenRows(live, 20, t);
    const ids = (xs: unknown[]) => xs.map((r) => (r as { callId: string }).callId).sort();
    expect(ids(screen.rows)).toEqual(ids(expected));
    expect(screen.complete).toBe(false);
    const rest = await screen.rest();
    expect(ids([...screen.rows, ...rest])).toEqual(ids(live));

    const small = openTestDb();
    await small.watchlist.bulkPut(rows.slice(0, 12));
    const whole = await readFirstScreen(small, 20, now);
    expect(whole.complete).toBe(true);
    expect(ids(whole.rows)).toEqual(ids(rows.slice(0, 12).filter((r) => !r.archived)));
    db.close();
    small.close();
  });
});
