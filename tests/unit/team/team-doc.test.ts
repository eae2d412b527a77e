import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { LOCAL_DOC } from '../../../core/doc-link/messages.ts';
import { normaliseCall } from '../../../core/model/normalise-call.ts';
import { getSeedProfile } from '../../../core/profile/seeds.ts';
import {
  applyFeedToTeam,
  archiveInTeam,
  commentInTeam,
  decideInTeam,
  entryTypes,
  hideInTeam,
  mergeLocalIntoTeam,
  readHiddenCalls,
  readTeamEntry,
  readTeamProfile,
  readTeamWatchlist,
  restoreInTeam,
  setNotesInTeam,
  setOwnerInTeam,
  setTagsInTeam,
  setTeamWeight,
  unhideInTeam,
  unreadableTeamEntries,
  watchInTeam,
  writeTeamProfile,
} from '../../../core/team/index.ts';
import { logOrder } from '../../../core/team/status.ts';
import { fixtureCalls } from '../../e2e/support/pwa-fixture-calls.ts';

const now = new Date('2026-09-01T08:00:00Z');
const later = (min: number) => new Date(now.getTime() + min * 60_000);
const calls = fixtureCalls(now).map((c) => normaliseCall(c, {}, now));
const anna = { who: 'Anna', now };
const bo = { who: 'Bo', now };

/** Two devices: each sends the other what it lacks (what y-websocket does on reconnect). */
function exchange(a: Y.Doc, b: Y.Doc): void {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
}

function pair(): [Y.Doc, Y.Doc] {
  const a = new Y.Doc();
  const b = new Y.Doc();
  return [a, b];
}

describe('the team document', () => {
  it('a call watched on one device is on the other with its status, owner, tags and comments', () => {
    const [a, b] = pair();
    watchInTeam(a, calls[0], anna);
    setOwnerInTeam(a, calls[0].id, 'Anna');
    setTagsInTeam(a, calls[0].id, ['klimat', ' vatten ']);
    commentInTeam(a, calls[0].id, 'Passar vår strategi', anna);
    exchange(a, b);
    const [e] = readTeamWatchlist(b, now);
    expect(e.callId).toBe(calls[0].id);
    expect(e.call).toEqual(calls[0]);
    expect(e.status).toBe('bevakas');
    expect(e.owner).toBe('Anna');
    expect(e.tags).toEqual(['klimat', 'vatten']);
    expect(e.comments.map((c) => [c.author, c.text])).toEqual([['Anna', 'Passar vår strategi']]);
    expect(e.archived).toBe(false);
  });

  it('keeps both concurrent note edits', () => {
    const [a, b] = pair();
    watchInTeam(a, calls[0], anna);
    setNotesInTeam(a, calls[0].id, 'Budget: 12 MEUR.\nPartner: Gdańsk.');
    exchange(a, b);
    // Offline: Anna edits the first line, Bo appends a line.
    setNotesInTeam(a, calls[0].id, 'Budget: 12 MEUR, vi söker 400 000.\nPartner: Gdańsk.');
    setNotesInTeam(b, calls[0].id, 'Budget: 12 MEUR.\nPartner: Gdańsk.\nRing Lena på regionen.');
    exchange(a, b);
    const notes = readTeamEntry(a, calls[0].id, now)!.notes;
    expect(notes).toBe('Budget: 12 MEUR, vi söker 400 000.\nPartner: Gdańsk.\nRing Lena på regionen.');
    expect(readTeamEntry(b, calls[0].id, now)!.notes).toBe(notes);
  });

  it('an editor that saves stale text keeps what others wrote meanwhile (three-way: base, theirs, mine)', () => {
    const [a, b] = pair();
    watchInTeam(a, calls[0], anna);
    setNotesInTeam(a, calls[0].id, 'Rad ett.\nRad två.');
    exchange(a, b);
    // Bo opened the editor on "Rad ett.\nRad två."; Anna's edit arrives before Bo saves.
    const base = readTeamEntry(b, calls[0].id, now)!.notes;
    setNotesInTeam(a, calls[0].id, 'Rad ett.\nRad två.\nAnna: budget klar.');
    exchange(a, b);
    setNotesInTeam(b, calls[0].id, 'Rad ett (ändrad av Bo).\nRad två.', base);
    exchange(a, b);
    expect(readTeamEntry(a, calls[0].id, now)!.notes).toBe('Rad ett (ändrad av Bo).\nRad två.\nAnna: budget klar.');
    // Both changed the same words: both versions are kept.
    const base2 = readTeamEntry(b, calls[0].id, now)!.notes;
    setNotesInTeam(a, calls[0].id, base2.replace('Rad två.', 'Rad 2 (Anna).'));
    exchange(a, b);
    setNotesInTeam(b, calls[0].id, base2.replace('Rad två.', 'Rad II (Bo).'), base2);
    exchange(a, b);
    const both = readTeamEntry(b, calls[0].id, now)!.notes;
    expect(both).toContain('Rad 2 (Anna) / II (Bo).');
    expect(readTeamEntry(a, calls[0].id, now)!.notes).toBe(both);
  });

  it('saving notes that hold another client’s embeds edits the words saved and keeps the embeds', () => {
    const [a] = pair();
    watchInTeam(a, calls[0], anna);
    const notes = entryTypes(a, calls[0].id).notes;
    notes.insert(0, 'Budget klar. Ring Lena.');
    notes.insertEmbed(12, { image: 'https://example.org/a.png' });
    notes.insertEmbed(0, { formula: 'x' });
    expect(readTeamEntry(a, calls[0].id, now)!.notes).toBe('Budget klar. Ring Lena.');
    setNotesInTeam(a, calls[0].id, 'Budget klar. Ring Lena i dag.');
    expect(readTeamEntry(a, calls[0].id, now)!.notes).toBe('Budget klar. Ring Lena i dag.');
    setNotesInTeam(a, calls[0].id, 'Budget: 12 MEUR. Ring Lena i dag.');
    expect(readTeamEntry(a, calls[0].id, now)!.notes).toBe('Budget: 12 MEUR. Ring Lena i dag.');
    expect(notes.toDelta().filter((op: { insert: unknown }) => typeof op.insert !== 'string')).toHaveLength(2);
  });

  it('shows both concurrent decisions, the status following the latest; a new decision supersedes both', () => {
    const [a, b] = pair();
    watchInTeam(a, calls[0], anna);
    exchange(a, b);
    decideInTeam(a, calls[0].id, 'forbereds', 'Vi skriver', { who: 'Anna', now: later(5) });
    decideInTeam(b, calls[0].id, 'avstar', 'Fel område', { who: 'Bo', now: later(3) });
    exchange(a, b);
    const e = readTeamEntry(a, calls[0].id, now)!;
    expect(e.status).toBe('forbereds');
    expect(e.concurrent.map((d) => d.to)).toEqual(['forbereds', 'avstar']);
    expect(e.decisions.map((d) => d.to)).toEqual(['bevakas', 'avstar', 'forbereds']);
    expect(readTeamEntry(b, calls[0].id, now)).toEqual(e);
    decideInTeam(b, calls[0].id, 'forbereds', 'Enade', { who: 'Bo', now: later(10) });
    exchange(a, b);
    const after = readTeamEntry(a, calls[0].id, now)!;
    expect(after.status).toBe('forbereds');
    expect(after.concurrent).toEqual([]);
    expect(after.decisions).toHaveLength(4);
  });

  it('resolving concurrent decisions: choosing the earlier one appends a decision the status follows, on every device', () => {
    const [a, b] = pair();
    const c = new Y.Doc();
    watchInTeam(a, calls[0], anna);
    exchange(a, b);
    decideInTeam(a, calls[0].id, 'forbereds', 'Vi skriver', { who: 'Anna', now: later(5) });
    decideInTeam(b, calls[0].id, 'avstar', 'Fel område', { who: 'Bo', now: later(3) });
    exchange(a, b);
    exchange(b, c);
    const before = readTeamEntry(c, calls[0].id, now)!;
    expect(before.concurrent.map((d) => `${d.to} ${d.who}`)).toEqual(['forbereds Anna', 'avstar Bo']);
    // Cia chooses Bo's decision (the earlier one). Her device's clock is behind: the choice still stands, because it
    // follows both decisions in the log, not because of its time.
    const chosen = before.concurrent[1];
    const made = decideInTeam(c, calls[0].id, chosen.to, chosen.why, { who: 'Cia', now: later(1) });
    expect([...made.after].sort()).toEqual(before.concurrent.map((d) => d.id).sort());
    exchange(c, a);
    exchange(a, b);
    for (const d of [a, b, c]) {
      const e = readTeamEntry(d, calls[0].id, now)!;
      expect(e.status).toBe('avstar');
      expect(e.concurrent).toEqual([]);
      // Append-only: both concurrent decisions stay in the log, the resolution is added with its author and time,
      // and it is the log's last line although its time is earlier (it followed both).
      expect(e.decisions.map((x) => `${x.to} ${x.who}`)).toEqual([
        'bevakas Anna',
        'avstar Bo',
        'forbereds Anna',
        'avstar Cia',
      ]);
      expect(e.decisions.find((x) => x.who === 'Cia')?.at).toBe(later(1).toISOString());
    }
  });

  it('the log lists decisions after those they followed, and every decision even when the links make a cycle', () => {
    const d = (id: string, at: number, after: string[]) => ({
      id,
      at: later(at).toISOString(),
      client: 1,
      who: 'X',
      to: 'bevakas' as const,
      why: '',
      after,
    });
    expect(logOrder([d('c', 1, ['a', 'b']), d('b', 3, ['a']), d('a', 2, [])]).map((x) => x.id)).toEqual([
      'a',
      'b',
      'c',
    ]);
    expect(logOrder([d('x', 2, ['y']), d('y', 1, ['x']), d('z', 0, ['gone'])]).map((x) => x.id)).toEqual([
      'z',
      'y',
      'x',
    ]);
  });

  it('a resolution made while someone else decided again is itself shown as concurrent', () => {
    const [a, b] = pair();
    watchInTeam(a, calls[0], anna);
    exchange(a, b);
    decideInTeam(a, calls[0].id, 'forbereds', '', { who: 'Anna', now: later(1) });
    decideInTeam(b, calls[0].id, 'avstar', '', { who: 'Bo', now: later(2) });
    exchange(a, b);
    // Both settle it at once, differently, without seeing each other.
    decideInTeam(a, calls[0].id, 'forbereds', 'Vi kör', { who: 'Anna', now: later(3) });
    decideInTeam(b, calls[0].id, 'avstar', 'Nej', { who: 'Bo', now: later(4) });
    exchange(a, b);
    const e = readTeamEntry(a, calls[0].id, now)!;
    expect(e.concurrent.map((d) => d.why)).toEqual(['Nej', 'Vi kör']);
    expect(e.status).toBe('avstar');
  });

  it('breaks a tie in time by client, the same way on every device', () => {
    const [a, b] = pair();
    watchInTeam(a, calls[0], anna);
    exchange(a, b);
    decideInTeam(a, calls[0].id, 'forbereds', '', { who: 'Anna', now: later(1) });
    decideInTeam(b, calls[0].id, 'avstar', '', { who: 'Bo', now: later(1) });
    exchange(a, b);
    const sa = readTeamEntry(a, calls[0].id, now)!;
    expect(sa.status).toBe(readTeamEntry(b, calls[0].id, now)!.status);
    expect(sa.status).toBe(a.clientID > b.clientID ? 'forbereds' : 'avstar');
  });

  it('the same call watched on two offline devices becomes one entry that keeps both sides', () => {
    const [a, b] = pair();
    watchInTeam(a, calls[1], anna);
    setNotesInTeam(a, calls[1].id, 'Annas anteckning');
    watchInTeam(b, calls[1], bo);
    setTagsInTeam(b, calls[1].id, ['demokrati']);
    commentInTeam(b, calls[1].id, 'Bos kommentar', bo);
    exchange(a, b);
    const list = readTeamWatchlist(a, now);
    expect(list).toHaveLength(1);
    expect(list[0].notes).toBe('Annas anteckning');
    expect(list[0].tags).toEqual(['demokrati']);
    expect(list[0].comments).toHaveLength(1);
    // Two first decisions that agree are not a disagreement.
    expect(list[0].concurrent).toEqual([]);
  });

  it('archives instead of deleting; an edit made meanwhile elsewhere is kept; restore logs too', () => {
    const [a, b] = pair();
    watchInTeam(a, calls[0], anna);
    exchange(a, b);
    archiveInTeam(a, calls[0].id, 'Inte aktuell', anna);
    setNotesInTeam(b, calls[0].id, 'Bo skrev under tiden');
    exchange(a, b);
    const e = readTeamEntry(b, calls[0].id, now)!;
    expect(e.archived).toBe(true);
    expect(e.notes).toBe('Bo skrev under tiden');
    expect(e.log.map((l) => l.kind)).toEqual(['archived']);
    restoreInTeam(b, calls[0].id, bo);
    exchange(a, b);
    expect(readTeamEntry(a, calls[0].id, now)!.archived).toBe(false);
    expect(readTeamEntry(a, calls[0].id, now)!.log.map((l) => l.kind)).toEqual(['archived', 'restored']);
    // Watching an archived call again restores it.
    archiveInTeam(a, calls[0].id, '', anna);
    watchInTeam(a, calls[0], anna);
    expect(readTeamEntry(a, calls[0].id, now)!.archived).toBe(false);
  });

  it('follows the feed: moved deadline and budget update the copy and log once; withdrawn keeps the copy', () => {
    const doc = new Y.Doc();
    for (const c of calls.slice(0, 3)) watchInTeam(doc, c, anna);
    const moved = { ...calls[0], deadlines: [{ ...calls[0].deadlines[0], date: '2026-12-01', time: '12:00' }] };
    const budget = { ...calls[1], budget: { amount: 5_000_000, currency: 'SEK', text: '5 miljoner kronor' } };
    // calls[2] is gone from a feed that still covers its source.
    const feed = [moved, budget, ...calls.slice(3)];
    const sources = [calls[2].source];
    const first = applyFeedToTeam(doc, feed, later(60), sources);
    expect(first.updated.sort()).toEqual([calls[0].id, calls[1].id, calls[2].id].sort());
    const snapshot = Y.encodeStateAsUpdate(doc);
    // Idempotent: the same feed again writes nothing at all.
    expect(applyFeedToTeam(doc, feed, later(120), sources)).toEqual({ updated: [], lines: 0 });
    expect(Y.encodeStateAsUpdate(doc)).toEqual(snapshot);
    const e0 = readTeamEntry(doc, calls[0].id, now)!;
    expect(e0.call.deadlines[0]).toMatchObject({ date: '2026-12-01', time: '12:00' });
    expect(e0.log).toEqual([
      expect.objectContaining({ kind: 'deadline-moved', from: calls[0].deadlines, to: moved.deadlines }),
    ]);
    const e1 = readTeamEntry(doc, calls[1].id, now)!;
    expect(e1.log[0]).toMatchObject({ kind: 'budget-changed', to: { amount: 5_000_000 } });
    const e2 = readTeamEntry(doc, calls[2].id, now)!;
    expect(e2.call).toEqual(calls[2]);
    expect(e2.withdrawnAt).toBe(later(60).toISOString());
    expect(e2.log.map((l) => l.kind)).toEqual(['withdrawn']);
    // Back in the feed: reinstated, once.
    applyFeedToTeam(doc, [...feed, calls[2]], later(180));
    applyFeedToTeam(doc, [...feed, calls[2]], later(240));
    const back = readTeamEntry(doc, calls[2].id, now)!;
    expect(back.withdrawnAt).toBeUndefined();
    expect(back.log.map((l) => l.kind)).toEqual(['withdrawn', 'reinstated']);
  });

  it('leaves a saved web page alone when the feed does not cover its source', () => {
    const doc = new Y.Doc();
    const page = { ...calls[0], id: 'page:abc', source: 'page' };
    watchInTeam(doc, page, anna);
    expect(applyFeedToTeam(doc, calls, later(60))).toEqual({ updated: [], lines: 0 });
  });

  it('holds the active profile; two people changing a weight and the län both keep theirs', () => {
    const [a, b] = pair();
    const seed = getSeedProfile('karlskrona')!;
    writeTeamProfile(a, seed, anna);
    exchange(a, b);
    expect(readTeamProfile(b)).toEqual(seed);
    setTeamWeight(a, seed.priorities[0].id, 2.5);
    writeTeamProfile(b, { ...seed, lan: 'kalmar', partnerCountries: ['Poland', 'Latvia'] }, bo);
    exchange(a, b);
    const p = readTeamProfile(a)!;
    expect(p.priorities[0].weight).toBe(2.5);
    expect(p.lan).toBe('kalmar');
    expect(p.partnerCountries).toEqual(['Poland', 'Latvia']);
    expect(readTeamProfile(b)).toEqual(p);
  });

  it('hides calls with a reason and shows them again, keeping the record', () => {
    const doc = new Y.Doc();
    hideInTeam(doc, calls[3].id, 'Gäller bara företag', anna, calls[3].title);
    expect(readHiddenCalls(doc)).toEqual([
      expect.objectContaining({
        callId: calls[3].id,
        reason: 'Gäller bara företag',
        who: 'Anna',
        title: calls[3].title,
      }),
    ]);
    unhideInTeam(doc, calls[3].id, bo);
    expect(readHiddenCalls(doc)).toEqual([]);
  });

  it('reads nothing it cannot trust: bad records are skipped, an unreadable entry is reported, not dropped', () => {
    const doc = new Y.Doc();
    watchInTeam(doc, calls[0], anna);
    watchInTeam(doc, calls[1], anna);
    const t = entryTypes(doc, calls[0].id);
    t.decisions.push([{ to: 'hacked' }, 'x', null]);
    t.comments.push([{ id: 'c', at: 'yesterday', author: 'x', text: 'y' }]);
    t.log.push([{ id: 'l', kind: 'deadline-moved', at: now.toISOString(), from: 'x' }]);
    t.tags.set('<b>', 'yes');
    t.fields.set('owner', { evil: true });
    entryTypes(doc, calls[1].id).fields.set('call', { id: calls[1].id, title: '' });
    doc.getMap('hidden').set('x', { hidden: 'yes' });
    const e = readTeamEntry(doc, calls[0].id, now)!;
    expect(e.status).toBe('bevakas');
    expect(e.decisions).toHaveLength(1);
    expect(e.comments).toEqual([]);
    expect(e.log).toEqual([]);
    expect(e.tags).toEqual([]);
    expect(e.owner).toBe('');
    expect(readTeamWatchlist(doc, now).map((x) => x.callId)).toEqual([calls[0].id]);
    expect(unreadableTeamEntries(doc, now)).toEqual([calls[1].id]);
    expect(readHiddenCalls(doc)).toEqual([]);
    // The feed repairs an unreadable copy of a call it lists.
    applyFeedToTeam(doc, calls, later(1));
    expect(readTeamEntry(doc, calls[1].id, now)?.call).toEqual(calls[1]);
  });

  it('merges a device watchlist and profile in when it joins', () => {
    const team = new Y.Doc();
    const seed = getSeedProfile('kalmar')!;
    writeTeamProfile(team, seed, anna);
    watchInTeam(team, calls[0], anna);
    setNotesInTeam(team, calls[0].id, 'Teamets anteckning');
    const result = mergeLocalIntoTeam(
      team,
      {
        profile: getSeedProfile('karlskrona')!,
        entries: [
          {
            call: calls[0],
            status: 'avstar',
            notes: 'Min anteckning',
            owner: 'Bo',
            tags: ['hamn'],
            decisions: [],
            savedAt: later(5).toISOString(),
          },
          {
            call: calls[1],
            status: 'forbereds',
            notes: 'Egen',
            owner: '',
            tags: [],
            decisions: [
              { at: '2026-08-01T00:00:00.000Z', who: '', to: 'bevakas', why: '' },
              { at: '2026-08-02T00:00:00.000Z', who: 'Bo', to: 'forbereds', why: 'Skriver' },
            ],
            savedAt: '2026-08-01T00:00:00.000Z',
          },
        ],
      },
      bo,
      'team-b',
    );
    expect(result).toEqual({ added: 1, merged: 1, decided: 1, profileAdopted: false });
    expect(readTeamProfile(team)?.id).toBe('kalmar');
    const e0 = readTeamEntry(team, calls[0].id, now)!;
    expect(e0.notes).toBe('Teamets anteckning\n\nMin anteckning');
    // The device's status, set later than the team's and without seeing it, is kept: it is the later decision, and
    // both show as made without seeing each other.
    expect(e0.status).toBe('avstar');
    expect(e0.concurrent.map((d) => [d.who, d.to])).toEqual([
      ['Bo', 'avstar'],
      ['Anna', 'bevakas'],
    ]);
    expect(e0.tags).toEqual(['hamn']);
    const e1 = readTeamEntry(team, calls[1].id, now)!;
    expect(e1.status).toBe('forbereds');
    expect(e1.decisions.map((d) => d.to)).toEqual(['bevakas', 'forbereds']);
    expect(e1.concurrent).toEqual([]);
    expect(e1.savedAt).toBe('2026-08-01T00:00:00.000Z');
    // Joining twice adds nothing more.
    const again = mergeLocalIntoTeam(team, { entries: [{ ...e1, decisions: [] }] }, bo, 'team-b');
    expect(again.added).toBe(0);
    expect(readTeamEntry(team, calls[1].id, now)!.notes).toBe('Egen');
  });

  it('never brings a copy kept from another team; the device’s own document keeps it, marked with its team', () => {
    const base = {
      status: 'bevakas' as const,
      notes: '',
      owner: '',
      tags: [],
      decisions: [],
      savedAt: now.toISOString(),
    };
    const own = { ...base, call: calls[0] };
    const keptFromA = { ...base, call: calls[1], notes: 'Team A:s anteckning', fromTeam: 'team-a' };
    const teamB = new Y.Doc();
    expect(mergeLocalIntoTeam(teamB, { entries: [own, keptFromA] }, bo, 'team-b').added).toBe(1);
    expect(readTeamWatchlist(teamB, now).map((e) => e.callId)).toEqual([calls[0].id]);
    // Rejoining team A brings its own kept copy back.
    const teamA = new Y.Doc();
    expect(mergeLocalIntoTeam(teamA, { entries: [own, keptFromA] }, bo, 'team-a').added).toBe(2);
    expect(readTeamEntry(teamA, calls[1].id, now)?.fromTeam).toBeUndefined();
    // The device's own document holds both; the kept copy is marked, so the extension leaves it out of team B too.
    const local = new Y.Doc();
    expect(mergeLocalIntoTeam(local, { entries: [own, keptFromA] }, bo, LOCAL_DOC).added).toBe(2);
    expect(readTeamEntry(local, calls[1].id, now)?.fromTeam).toBe('team-a');
    expect(readTeamEntry(local, calls[0].id, now)?.fromTeam).toBeUndefined();
    // Team A's copy of the own call (its colleagues' note and decision on it) leaves the own entry as it was.
    const ownInA = {
      ...own,
      notes: 'Team A:s anteckning',
      status: 'ansokt' as const,
      decisions: [{ at: later(60).toISOString(), who: 'Kollega', to: 'ansokt' as const, why: 'Skickad' }],
      fromTeam: 'team-a',
    };
    mergeLocalIntoTeam(local, { entries: [ownInA] }, bo, LOCAL_DOC);
    expect(readTeamEntry(local, calls[0].id, now)).toMatchObject({ notes: '', status: 'bevakas' });
    expect(readTeamEntry(local, calls[0].id, now)?.decisions.map((d) => d.who)).not.toContain('Kollega');
    const fromLocal = readTeamWatchlist(local, now).map((e) => ({ ...base, call: e.call, fromTeam: e.fromTeam }));
    const teamC = new Y.Doc();
    mergeLocalIntoTeam(teamC, { entries: fromLocal }, bo, 'team-c');
    expect(readTeamWatchlist(teamC, now).map((e) => e.callId)).toEqual([calls[0].id]);
  });

  it('a status set while outside the team is kept on rejoin: the later decision by time sets the status', () => {
    const team = new Y.Doc();
    watchInTeam(team, calls[0], anna);
    watchInTeam(team, calls[1], anna);
    // The device's copies as it kept them when it left: the team's log, as rows.
    const kept = (id: string) => {
      const e = readTeamEntry(team, id, now)!;
      const decisions = e.decisions.map((d) => ({ at: d.at, who: d.who, to: d.to, why: d.why }));
      return { call: e.call, status: e.status, notes: '', owner: '', tags: [], decisions, savedAt: e.savedAt };
    };
    const [k0, k1] = [kept(calls[0].id), kept(calls[1].id)];
    // Outside the team, Bo decides on both at 10:00; meanwhile the team decides on the second, later (10:30).
    const solo = { at: later(120).toISOString(), who: 'Bo', why: 'Beslutat utanför teamet' };
    k0.decisions.push({ ...solo, to: 'forbereds' });
    k0.status = 'forbereds';
    k1.decisions.push({ ...solo, to: 'avstar' });
    k1.status = 'avstar';
    decideInTeam(team, calls[1].id, 'ansokt', 'Skickad', { who: 'Anna', now: later(150) });

    const result = mergeLocalIntoTeam(team, { entries: [k0, k1] }, bo, 'team-a');
    expect(result.decided).toBe(2);
    const e0 = readTeamEntry(team, calls[0].id, now)!;
    expect(e0.status).toBe('forbereds');
    expect(e0.decisions.at(-1)).toMatchObject({ who: 'Bo', to: 'forbereds', why: 'Beslutat utanför teamet' });
    expect(e0.concurrent).toEqual([]);
    // The team's later decision stands; Bo's is in the log, shown beside it until someone decides again.
    const e1 = readTeamEntry(team, calls[1].id, now)!;
    expect(e1.status).toBe('ansokt');
    expect(e1.concurrent.map((d) => d.to)).toEqual(['ansokt', 'avstar']);
    // Joining again adds nothing.
    expect(mergeLocalIntoTeam(team, { entries: [k0, k1] }, bo, 'team-a').decided).toBe(0);
    expect(readTeamEntry(team, calls[0].id, now)!.decisions).toHaveLength(2);
  });
});
