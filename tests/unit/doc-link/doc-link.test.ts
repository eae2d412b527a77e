import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { attachDocLink, type LinkErrorCode, type LinkMessage, MAX_LINK_CHARS } from '../../../core/doc-link/index.ts';
import type { FundingCall } from '../../../core/model/call.ts';
import { readTeamWatchlist, watchInTeam } from '../../../core/team/index.ts';

const call = (id: string): FundingCall =>
  ({
    id,
    source: 'page',
    funder: 'Interreg South Baltic',
    programme: 'Interreg South Baltic',
    title: `Call ${id}`,
    summary: 'Small projects',
    url: `https://southbaltic.eu/${id}`,
    language: 'en',
    deadlines: [{ date: '2027-01-15', time: '16:00', timeZone: 'Europe/Brussels', kind: 'application' }],
  }) as unknown as FundingCall;

/** Two docs linked through queues that are flushed explicitly (as a port delivers: async, in order). */
function pair(nameA = 'local', nameB = 'local') {
  const a = new Y.Doc();
  const b = new Y.Doc();
  const toA: LinkMessage[] = [];
  const toB: LinkMessage[] = [];
  const problems: { side: string; code: LinkErrorCode }[] = [];
  const la = attachDocLink(a, {
    docName: nameA,
    send: (m) => toB.push(JSON.parse(JSON.stringify(m))),
    onProblem: (code) => problems.push({ side: 'a', code }),
  });
  const lb = attachDocLink(b, {
    docName: nameB,
    send: (m) => toA.push(JSON.parse(JSON.stringify(m))),
    onProblem: (code) => problems.push({ side: 'b', code }),
  });
  const flush = () => {
    while (toA.length || toB.length) {
      for (const m of toA.splice(0)) la.receive(m);
      for (const m of toB.splice(0)) lb.receive(m);
    }
  };
  return { a, b, la, lb, flush, problems, toA, toB };
}

const actor = { who: 'Anna', now: new Date('2026-11-30T10:00:00Z') };

describe('doc link', () => {
  it('brings both copies to the same state, then carries live changes both ways without echo', async () => {
    const { a, b, la, lb, flush } = pair();
    watchInTeam(a, call('page:one'), actor);
    flush();
    await Promise.all([la.synced, lb.synced]);
    expect(readTeamWatchlist(b).map((e) => e.callId)).toEqual(['page:one']);
    let updatesOnA = 0;
    a.on('update', () => updatesOnA++);
    watchInTeam(b, call('page:two'), actor);
    flush();
    expect(
      readTeamWatchlist(a)
        .map((e) => e.callId)
        .sort(),
    ).toEqual(['page:one', 'page:two']);
    expect(updatesOnA).toBe(1);
    expect(Y.encodeStateVector(a)).toEqual(Y.encodeStateVector(b));
  });

  it('merges changes both sides made before linking', () => {
    const { a, b, flush } = pair();
    watchInTeam(a, call('page:a'), actor);
    watchInTeam(b, call('page:b'), actor);
    flush();
    expect(readTeamWatchlist(a).length).toBe(2);
    expect(readTeamWatchlist(b).length).toBe(2);
  });

  it('never links two different documents (a team and the local list, or two teams)', () => {
    const { a, b, flush, problems } = pair('local', 'team-abcd');
    watchInTeam(a, call('page:a'), actor);
    watchInTeam(b, call('page:b'), actor);
    flush();
    expect(readTeamWatchlist(a).map((e) => e.callId)).toEqual(['page:a']);
    expect(readTeamWatchlist(b).map((e) => e.callId)).toEqual(['page:b']);
    expect(problems.map((p) => p.code)).toContain('other-document');
  });

  it('refuses junk, oversized and damaged updates with a code, leaving the document untouched', () => {
    const { a, la, flush, problems } = pair();
    flush();
    watchInTeam(a, call('page:a'), actor);
    flush();
    const before = Y.encodeStateAsUpdate(a);
    const head = { p: 'fundwatch-doc-link', v: 1 };
    la.receive('hello');
    la.receive({ ...head, v: 2, t: 'update', u: '' });
    la.receive({ ...head, t: 'update', u: 'A'.repeat(MAX_LINK_CHARS + 4) });
    la.receive({ ...head, t: 'update', u: '!!notbase64' });
    la.receive({ ...head, t: 'update', u: btoa('\u0001\u0002garbage that is no yjs update') });
    la.receive({ ...head, t: 'state', doc: '<script>', sv: '' });
    expect(problems.filter((p) => p.side === 'a').map((p) => p.code)).toEqual([
      'not-a-link-message',
      'unsupported-version',
      'too-large',
      'bad-update',
      'bad-update',
      'not-a-link-message',
    ]);
    expect(Y.encodeStateAsUpdate(a)).toEqual(before);
  });
});
