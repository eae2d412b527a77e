import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type WebSocket from 'ws';
import WS from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { readTeamWatchlist } from '../../core/team/index.ts';
import { createTeam, type FundwatchServer, NO_FETCH, startFundwatch } from './support/fundwatch-server.ts';
import { connectClient, rawUpgrade, waitFor, whenSynced } from './support/yjs-client.ts';

const SERVER_ARGS = [...NO_FETCH, '--no-app', '--max-message-bytes', '65536', '--max-conns-per-team', '8'];

describe('team sync over the standard y-websocket protocol', () => {
  let server: FundwatchServer;
  let t1: { team: string; token: string; invite: string; sync: string };
  let t2: { team: string; token: string; invite: string };

  beforeAll(async () => {
    server = await startFundwatch({ args: SERVER_ARGS });
    t1 = createTeam(server.dataDir, 'EU-gruppen');
    t2 = createTeam(server.dataDir, 'Region');
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('team create prints team, token and an invite link to the app', () => {
    expect(t1.team).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(t1.invite).toMatch(new RegExp(`/join#team=${t1.team}&token=${t1.token}&name=EU-gruppen$`));
  });

  it("team create on a running server's data folder links to that server (also on --port 0) and prints its sync address", async () => {
    expect(t1.invite.startsWith(`${server.url}join#`)).toBe(true);
    expect(t1.sync).toBe(`${server.url.replace(/^http/, 'ws')}sync`);
    // A stock y-websocket client given exactly what was printed connects.
    const doc = new Y.Doc();
    const provider = new WebsocketProvider(t1.sync, t1.team, doc, {
      params: { token: t1.token },
      WebSocketPolyfill: WS as unknown as typeof globalThis.WebSocket,
      disableBc: true,
    });
    await whenSynced(provider);
    // A watch entry written with plain Yjs calls as docs/team-document.md shows is one core/team reads.
    const call = {
      id: 'eu-ft:STOCK-CLIENT-1',
      source: 'eu-ft',
      funder: 'European Commission',
      title: 'Town-Twinning',
      summary: '',
      url: 'https://ec.europa.eu/x',
      language: 'en',
      deadlines: [{ date: '2027-03-02', time: '17:00', timeZone: 'Europe/Brussels', kind: 'application' }],
    };
    const now = new Date().toISOString();
    doc.transact(() => {
      doc.getMap('watchlist').set(call.id, now);
      const entry = doc.getMap(`entry:${call.id}`);
      entry.set('call', call);
      entry.set('savedAt', now);
      entry.set('savedBy', 'Anna');
      doc
        .getArray(`decisions:${call.id}`)
        .push([
          { id: `${doc.clientID}-1`, at: now, client: doc.clientID, who: 'Anna', to: 'bevakas', why: '', after: [] },
        ]);
      doc.getText(`notes:${call.id}`).insert(0, 'Kolla med näringslivskontoret.');
    });
    const reader = connectClient(server.url, t1.team, t1.token);
    await whenSynced(reader.provider);
    await waitFor('the entry on another client', () => readTeamWatchlist(reader.doc).length === 1);
    const [entry] = readTeamWatchlist(reader.doc);
    expect(entry).toMatchObject({ callId: call.id, status: 'bevakas', savedBy: 'Anna' });
    expect(entry.notes).toBe('Kolla med näringslivskontoret.');
    expect(entry.call.deadlines[0]).toMatchObject({ time: '17:00', timeZone: 'Europe/Brussels' });
    provider.destroy();
    reader.provider.destroy();
  });

  it('two stock clients converge, and everything acknowledged survives kill -9', async () => {
    const a = connectClient(server.url, t1.team, t1.token);
    const b = connectClient(server.url, t1.team, t1.token);
    await Promise.all([whenSynced(a.provider), whenSynced(b.provider)]);
    const watch = a.doc.getMap<string>('watch');
    for (let i = 0; i < 50; i++) watch.set(`call-${i}`, `note ${i}`);
    a.doc.getText('note').insert(0, 'Skicka in före jul');
    b.doc.getMap<string>('watch').set('from-b', 'yes');
    // Acknowledged: the server passed A's last write on to B (the note, after the 50 entries), and B's to A.
    await waitFor('B sees A', () => b.doc.getMap('watch').get('call-49') === 'note 49');
    await waitFor("B sees A's note", () => b.doc.getText('note').toString() === 'Skicka in före jul');
    await waitFor('A sees B', () => watch.get('from-b') === 'yes');
    a.provider.destroy();
    b.provider.destroy();

    await server.kill9();
    server = await startFundwatch({ dataDir: server.dataDir, args: SERVER_ARGS });
    const c = connectClient(server.url, t1.team, t1.token);
    await whenSynced(c.provider);
    // synced = the server answered C's state request: its state came from disk.
    const got = c.doc.getMap<string>('watch');
    try {
      expect(got.size).toBe(51);
      expect(got.get('call-0')).toBe('note 0');
      expect(c.doc.getText('note').toString()).toBe('Skicka in före jul');
    } finally {
      // A failure here must not leave a connection open for the tests after it.
      c.provider.destroy();
    }
  });

  it('refuses a wrong or missing token (401) and an unknown team (404), and logs it without the token', async () => {
    const base = server.url.replace(/^http/, 'ws');
    expect((await rawUpgrade(`${base}sync/${t1.team}?token=wrong-token-123`)).status).toBe(401);
    expect((await rawUpgrade(`${base}sync/${t1.team}`)).status).toBe(401);
    expect((await rawUpgrade(`${base}sync/${t1.team}?token=${t2.token}`)).status).toBe(401);
    expect((await rawUpgrade(`${base}sync/noSuchTeam?token=${t1.token}`)).status).toBe(404);
    expect((await rawUpgrade(`${base}other?token=${t1.token}`)).status).toBe(404);
    // The same answers over HTTP, which a browser can read before it joins: GET /api/teams/<team> with the token.
    const info = (team: string, token?: string) =>
      fetch(`${server.url}api/teams/${team}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
    const ok = await info(t1.team, t1.token);
    expect([ok.status, await ok.json()]).toEqual([200, { team: t1.team, name: 'EU-gruppen' }]);
    for (const [team, token, status, error] of [
      [t1.team, 'wrong-token-123', 401, 'bad-token'],
      [t1.team, undefined, 401, 'bad-token'],
      [t1.team, t2.token, 401, 'bad-token'],
      ['noSuchTeam', t1.token, 404, 'unknown-team'],
    ] as const) {
      const res = await info(team, token);
      expect([res.status, ((await res.json()) as { error: string }).error]).toEqual([status, error]);
    }
    // The extension asks from its own origin, maybe before it holds a permission for the server: CORS for this one
    // route (its preflight allows the Authorization header); creating a team stays same-origin.
    expect(ok.headers.get('access-control-allow-origin')).toBe('*');
    const preflight = await fetch(`${server.url}api/teams/${t1.team}`, {
      method: 'OPTIONS',
      headers: { origin: 'chrome-extension://abc', 'access-control-request-method': 'GET' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-headers')).toBe('authorization');
    expect((await info('noSuchTeam', t1.token)).headers.get('access-control-allow-origin')).toBe('*');
    const create = await fetch(`${server.url}api/teams`, { method: 'OPTIONS' });
    expect(create.headers.get('access-control-allow-origin')).toBeNull();
    await waitFor('log', () => /refused 401/.test(server.log()) && /refused 404/.test(server.log()));
    expect(server.log()).not.toContain(t1.token);
    // Nothing of team 1 reached a client of team 2.
    const other = connectClient(server.url, t2.team, t2.token);
    await whenSynced(other.provider);
    expect(other.doc.getMap('watch').size).toBe(0);
    other.provider.destroy();
  });

  it('drops malformed and oversized messages and keeps serving the others', async () => {
    const good = connectClient(server.url, t1.team, t1.token);
    await whenSynced(good.provider);
    const url = `${server.url.replace(/^http/, 'ws')}sync/${t1.team}?token=${t1.token}`;
    const closeCode = async (send: (ws: WebSocket) => void) => {
      const { ws } = await rawUpgrade(url);
      if (!ws) throw new Error('did not open');
      const closed = new Promise<number>((r) => ws.on('close', (code) => r(code)));
      send(ws);
      return closed;
    };
    // A sync update whose bytes are not a Yjs update.
    expect(await closeCode((ws) => ws.send(Uint8Array.from([0, 2, 5, 1, 2, 3, 250, 251])))).toBe(1007);
    expect(await closeCode((ws) => ws.send(Uint8Array.from([9, 9, 9])))).toBe(1007);
    // Well-formed envelopes with a garbage state vector or awareness payload.
    expect(await closeCode((ws) => ws.send(Uint8Array.from([0, 0, 4, 250, 250, 250, 250])))).toBe(1007);
    expect(await closeCode((ws) => ws.send(Uint8Array.from([1, 5, 200, 200, 200, 200, 200])))).toBe(1007);
    expect(await closeCode((ws) => ws.send('hello'))).toBe(1003);
    expect(await closeCode((ws) => ws.send(new Uint8Array(70_000)))).toBe(1009);
    await waitFor('log', () => /malformed|unknown message type/.test(server.log()));
    // The team's document is intact and still syncing.
    good.doc.getMap<string>('watch').set('after-garbage', 'ok');
    const check = connectClient(server.url, t1.team, t1.token);
    await whenSynced(check.provider);
    await waitFor('a fresh client sees the write', () => check.doc.getMap('watch').get('after-garbage') === 'ok');
    expect(check.doc.getMap('watch').get('call-1')).toBe('note 1');
    good.provider.destroy();
    check.provider.destroy();
  });

  it('refuses a flood of connections to one team (429) while another team is served', async () => {
    const url = `${server.url.replace(/^http/, 'ws')}sync/${t1.team}?token=${t1.token}`;
    // Earlier tests' connections are gone first, so the ceiling is all this test's.
    let live = -1;
    await waitFor('no connections left', () => {
      void fetch(`${server.url}healthz`)
        .then((r) => r.json())
        .then((h: { syncConnections: number }) => {
          live = h.syncConnections;
        });
      return live === 0;
    });
    const flood = await Promise.all(Array.from({ length: 20 }, () => rawUpgrade(url)));
    const open = flood.filter((f) => f.status === 'open');
    expect(open.length).toBe(8);
    expect(flood.filter((f) => f.status === 429).length).toBe(12);
    const other = connectClient(server.url, t2.team, t2.token);
    await whenSynced(other.provider);
    other.doc.getMap<string>('watch').set('x', 'y');
    const other2 = connectClient(server.url, t2.team, t2.token);
    await whenSynced(other2.provider);
    await waitFor('team 2 syncs', () => other2.doc.getMap('watch').get('x') === 'y');
    for (const f of open) f.ws?.close();
    await waitFor('log', () => /refused 429/.test(server.log()));
    // Once the flood is gone the team is reachable again.
    const again = connectClient(server.url, t1.team, t1.token);
    await whenSynced(again.provider);
    again.provider.destroy();
    other.provider.destroy();
    other2.provider.destroy();
  });

  it('lets the app create a team from its own origin only', async () => {
    const res = await fetch(`${server.url}api/teams`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: server.url.replace(/\/$/, '') },
      body: JSON.stringify({ name: 'Kommunens EU-team' }),
    });
    expect(res.status).toBe(201);
    const created = (await res.json()) as { team: string; token: string; invite: string };
    expect(created.invite).toBe(
      `${server.url}join#team=${created.team}&token=${created.token}&name=Kommunens%20EU-team`,
    );
    const c = connectClient(server.url, created.team, created.token);
    await whenSynced(c.provider);
    c.provider.destroy();
    const cross = await fetch(`${server.url}api/teams`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: 'https://evil.example' },
      body: '{}',
    });
    expect(cross.status).toBe(403);
    // A body that is not {name} is refused with a typed code and creates no team.
    for (const body of ['[1,2]', '"EU"', '42']) {
      const res = await fetch(`${server.url}api/teams`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
      });
      expect([res.status, ((await res.json()) as { error: string }).error]).toEqual([400, 'bad-input']);
    }
  });
});

describe('team creation from the app', () => {
  it('is limited per client address, so a script cannot fill the disk with teams', async () => {
    const s = await startFundwatch({ args: SERVER_ARGS });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 22; i++) {
        const res = await fetch(`${s.url}api/teams`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ name: `t${i}` }),
        });
        statuses.push(res.status);
      }
      expect(statuses.filter((x) => x === 201)).toHaveLength(20);
      expect(statuses.slice(20)).toEqual([429, 429]);
      await waitFor('log', () => /refused 429: team creation rate/.test(s.log()));
    } finally {
      await s.stop();
    }
  });
});

describe('--no-open-teams', () => {
  it('switches team creation from the app off', async () => {
    const s = await startFundwatch({ args: [...SERVER_ARGS, '--no-open-teams'] });
    try {
      const res = await fetch(`${s.url}api/teams`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{}',
      });
      expect(res.status).toBe(403);
    } finally {
      await s.stop();
    }
  });
});
