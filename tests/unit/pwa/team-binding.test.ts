import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { normaliseCall } from '../../../core/model/normalise-call.ts';
import { getSeedProfile } from '../../../core/profile/seeds.ts';
import { readTeamEntry, setNotesInTeam } from '../../../core/team/index.ts';
import type { FundwatchDb } from '../../../pwa/db/schema.ts';
import { loadWatchlist } from '../../../pwa/db/watchlist-repo.ts';
import { projectTeam } from '../../../pwa/sync/project.ts';
import { loadTeamDoc, TeamDocsDb, teamDocKey } from '../../../pwa/sync/team-persistence.ts';
import { teamRepository } from '../../../pwa/sync/team-repository.ts';
import { fixtureCalls } from '../../e2e/support/pwa-fixture-calls.ts';
import { freshName, openTestDb } from './db-helpers.ts';

const now = new Date('2026-09-01T08:00:00Z');
const calls = fixtureCalls(now).map((c) => normaliseCall(c, {}, now));

function device(member: string) {
  const doc = new Y.Doc();
  const db = openTestDb();
  const repo = teamRepository(doc, 'team-abc', member, async () => {
    await projectTeam(doc, db, now);
  });
  return { doc, db, repo };
}

function exchange(a: Y.Doc, b: Y.Doc): void {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
}

async function entries(db: FundwatchDb) {
  const { items, broken } = await loadWatchlist(db, now);
  expect(broken).toEqual([]);
  return items;
}

describe('the app bound to a team document', () => {
  it('writes go to the document and Dexie mirrors them on every device', async () => {
    const a = device('Anna');
    const b = device('Bo');
    // Bo's device had its own entry before the team: the mirror replaces it only with team entries.
    await a.repo.watch(calls[0], undefined, 'karlskrona', now);
    await a.repo.edit(calls[0].id, { owner: 'Anna', tags: ['klimat'] }, now);
    await a.repo.comment(calls[0].id, 'Passar oss', 'Anna', now);
    expect((await entries(a.db))[0]).toMatchObject({ callId: calls[0].id, owner: 'Anna', tags: ['klimat'] });
    exchange(a.doc, b.doc);
    await projectTeam(b.doc, b.db, now);
    const [e] = await entries(b.db);
    expect(e).toMatchObject({ callId: calls[0].id, status: 'bevakas', owner: 'Anna', savedBy: 'Anna' });
    expect(e.comments.map((c) => c.text)).toEqual(['Passar oss']);
    expect(e.call).toEqual(calls[0]);
  });

  it('offline note edit on one device and status change on the other: both kept', async () => {
    const a = device('Anna');
    const b = device('Bo');
    await a.repo.watch(calls[1], undefined, 'karlskrona', now);
    await a.repo.edit(calls[1].id, { notes: 'Första raden.' }, now);
    exchange(a.doc, b.doc);
    await a.repo.edit(calls[1].id, { notes: 'Första raden.\nAnna la till en rad.' }, now);
    await b.repo.decide(calls[1].id, 'forbereds', 'Bo', 'Vi söker', new Date(now.getTime() + 60_000));
    exchange(a.doc, b.doc);
    await projectTeam(a.doc, a.db, now);
    await projectTeam(b.doc, b.db, now);
    for (const db of [a.db, b.db]) {
      const [e] = await entries(db);
      expect(e.notes).toBe('Första raden.\nAnna la till en rad.');
      expect(e.status).toBe('forbereds');
      expect(e.decisions.map((d) => [d.from, d.to, d.who])).toEqual([
        [null, 'bevakas', 'Anna'],
        ['bevakas', 'forbereds', 'Bo'],
      ]);
    }
  });

  it('mirrors the team profile as the active one, and hidden calls', async () => {
    const a = device('Anna');
    const seed = getSeedProfile('kalmar')!;
    await a.repo.shareProfile({ ...seed, name: 'Kalmar län (team)' }, 'Anna', now);
    await a.repo.hide(calls[3].id, 'Bara företag', 'Anna', calls[3].title, now);
    expect(await a.db.profiles.get('kalmar')).toMatchObject({ name: 'Kalmar län (team)' });
    expect(await a.db.settings.get('activeProfileId')).toEqual({ key: 'activeProfileId', value: 'kalmar' });
    expect(await a.db.hidden.toArray()).toEqual([
      expect.objectContaining({ callId: calls[3].id, reason: 'Bara företag' }),
    ]);
    await a.repo.unhide(calls[3].id, 'Anna', now);
    expect(await a.db.hidden.count()).toBe(0);
  });

  it('archiving is for everyone and keeps the entry; import merges into the team', async () => {
    const a = device('Anna');
    await a.repo.watch(calls[0], undefined, 'karlskrona', now);
    await a.repo.archive(calls[0].id, 'Anna', 'Inte i år', now);
    expect((await entries(a.db))[0]).toMatchObject({ archived: true });
    expect(readTeamEntry(a.doc, calls[0].id, now)?.log.map((l) => l.kind)).toEqual(['archived']);
    const before = await entries(a.db);
    const result = await a.repo.importEntries(
      [
        { ...before[0], archived: false },
        { ...before[0], callId: calls[1].id, call: calls[1] },
      ],
      now,
    );
    expect(result).toEqual({ added: 1, alreadyPresent: 1 });
    expect((await entries(a.db)).map((e) => e.callId).sort()).toEqual([calls[0].id, calls[1].id].sort());
  });

  it('keeps the team document in IndexedDB (y-dexie) across restarts', async () => {
    const name = freshName();
    const key = teamDocKey('http://127.0.0.1:4173', 'team-abc');
    const first = new TeamDocsDb(name);
    const one = await loadTeamDoc(first, key);
    const repo = teamRepository(one.doc, 'team-abc', 'Anna', async () => {});
    await repo.watch(calls[2], undefined, 'karlskrona', now);
    setNotesInTeam(one.doc, calls[2].id, 'sparad lokalt');
    // y-dexie writes each update as it happens; give the write a moment before closing.
    await new Promise((r) => setTimeout(r, 200));
    one.release();
    first.close();
    const second = new TeamDocsDb(name);
    const two = await loadTeamDoc(second, key);
    expect(readTeamEntry(two.doc, calls[2].id, now)?.notes).toBe('sparad lokalt');
    two.release();
    second.close();
  });
});
