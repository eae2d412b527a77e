import { describe, expect, it } from 'vitest';
import { normaliseCall } from '../../../core/model/normalise-call.ts';
import { lastDeadlineMove } from '../../../pwa/db/entities/deadline-move.ts';
import { localRepository } from '../../../pwa/db/repository.ts';
import { loadWatchlist } from '../../../pwa/db/watchlist-repo.ts';
import { watchlistToIcs } from '../../../pwa/export/watchlist-ics.ts';
import { fixtureCalls } from '../../e2e/support/pwa-fixture-calls.ts';
import { openTestDb } from './db-helpers.ts';

const now = new Date('2026-03-01T10:00:00Z');
const later = new Date('2026-03-02T06:00:00Z');
const calls = fixtureCalls(now).map((c) => normaliseCall(c, {}, now));

describe('a solo watchlist follows the feed (core followFeed, as the server does for teams)', () => {
  it('moves the deadline of the entry and its ICS, logs it once, marks a withdrawn call and keeps its copy', async () => {
    const db = openTestDb();
    const repo = localRepository(db);
    await repo.watch(calls[0], undefined, 'karlskrona', now);
    await repo.watch(calls[1], undefined, 'karlskrona', now);
    await repo.decide(calls[0].id, 'forbereds', 'Anna', 'Vi skriver', now);
    await repo.edit(calls[0].id, { notes: 'Ring Lena' }, now);
    const moved = { ...calls[0], deadlines: [{ ...calls[0].deadlines[0], date: '2026-06-30', time: '12:00' }] };
    const feed = [moved, ...calls.slice(2)];
    const sources = [calls[1].source];
    expect((await repo.followFeed(feed, sources, later)).sort()).toEqual([calls[0].id, calls[1].id].sort());
    expect(await repo.followFeed(feed, sources, later)).toEqual([]);
    const { items } = await loadWatchlist(db, later);
    const e0 = items.find((e) => e.callId === calls[0].id)!;
    expect(e0.call.deadlines[0]).toMatchObject({ date: '2026-06-30', time: '12:00' });
    expect(e0.status).toBe('forbereds');
    expect(e0.notes).toBe('Ring Lena');
    expect(lastDeadlineMove(e0)?.from).toEqual(calls[0].deadlines);
    expect(e0.log).toHaveLength(1);
    const ics = watchlistToIcs([e0], 'sv');
    expect(ics).toContain('20260630');
    expect(ics).not.toContain(calls[0].deadlines[0].date.replaceAll('-', ''));
    const e1 = items.find((e) => e.callId === calls[1].id)!;
    expect(e1.withdrawnAt).toBe(later.toISOString());
    expect(e1.call).toEqual(calls[1]);
    db.close();
  });

  it('archives instead of deleting, restores, and keeps comments', async () => {
    const db = openTestDb();
    const repo = localRepository(db);
    await repo.watch(calls[0], undefined, 'karlskrona', now);
    await repo.comment(calls[0].id, 'Bra match', 'Anna', now);
    await repo.archive(calls[0].id, 'Anna', 'Inte i år', now);
    let [e] = (await loadWatchlist(db, now)).items;
    expect(e.archived).toBe(true);
    expect(e.log.map((l) => l.kind)).toEqual(['archived']);
    await repo.restore(calls[0].id, 'Bo', later);
    [e] = (await loadWatchlist(db, now)).items;
    expect(e.archived).toBe(false);
    expect(e.comments.map((c) => c.text)).toEqual(['Bra match']);
    expect(e.log.map((l) => l.kind)).toEqual(['archived', 'restored']);
    await repo.hide(calls[3].id, 'Bara företag', 'Anna', calls[3].title, now);
    expect(await db.hidden.get(calls[3].id)).toMatchObject({ reason: 'Bara företag' });
    await repo.unhide(calls[3].id, 'Anna', now);
    expect(await db.hidden.count()).toBe(0);
    db.close();
  });
});
