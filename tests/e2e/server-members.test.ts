import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSmtpSink } from '../unit/server/smtp-sink.ts';
import { createTeam, type FundwatchServer, NO_FETCH, startFundwatch } from './support/fundwatch-server.ts';

describe('team members: weekly e-mail and push subscriptions', () => {
  let server: FundwatchServer;
  let sink: Awaited<ReturnType<typeof startSmtpSink>>;
  let team: { team: string; token: string };
  const api = (path: string, init: RequestInit & { token?: string } = {}) =>
    fetch(`${server.url}${path}`, {
      ...init,
      headers: {
        'content-type': 'application/json',
        ...(init.token ? { authorization: `Bearer ${init.token}` } : {}),
      },
    });

  beforeAll(async () => {
    sink = await startSmtpSink();
    server = await startFundwatch({
      args: [...NO_FETCH, '--no-app', '--smtp', sink.url, '--mail-from', 'Fundwatch <fundwatch@kommun.example>'],
    });
    team = createTeam(server.dataDir, 'EU-gruppen');
  });
  afterAll(async () => {
    await server?.stop();
    await sink?.close();
  });

  it('subscribes with the team token only, and unsubscribes in one click', async () => {
    const body = JSON.stringify({ email: 'anna@kommun.example', lang: 'sv' });
    expect((await api(`api/teams/${team.team}/subscribers`, { method: 'POST', body })).status).toBe(401);
    expect((await api(`api/teams/${team.team}/subscribers`, { method: 'POST', body, token: 'wrong' })).status).toBe(
      401,
    );
    expect((await api(`api/teams/nosuchteam/subscribers`, { method: 'POST', body, token: team.token })).status).toBe(
      404,
    );
    const bad = await api(`api/teams/${team.team}/subscribers`, {
      method: 'POST',
      body: '{"email":"not-an-address"}',
      token: team.token,
    });
    expect(bad.status).toBe(400);
    // A language the digest does not have is refused, naming the field, not stored as Swedish; none means Swedish.
    for (const lang of ['de', 'EN', 'english', 1]) {
      const res = await api(`api/teams/${team.team}/subscribers`, {
        method: 'POST',
        body: JSON.stringify({ email: 'anna@kommun.example', lang }),
        token: team.token,
      });
      expect([res.status, await res.json()]).toEqual([
        400,
        { error: 'bad-lang', message: 'field "lang": expected "sv" or "en"' },
      ]);
    }
    const { readFileSync: read } = await import('node:fs');
    expect(JSON.parse(read(`${server.dataDir}/teams.json`, 'utf8')).teams[team.team].subscribers).toHaveLength(0);
    const ok = await api(`api/teams/${team.team}/subscribers`, { method: 'POST', body, token: team.token });
    expect(ok.status).toBe(201);
    expect(await ok.json()).toMatchObject({ email: 'anna@kommun.example', mail: true });

    const { readFileSync } = await import('node:fs');
    const registry = JSON.parse(readFileSync(`${server.dataDir}/teams.json`, 'utf8'));
    const token = registry.teams[team.team].subscribers[0].unsubscribe as string;
    // A link checker opening the link changes nothing; the one-click POST does.
    const page = await fetch(`${server.url}api/unsubscribe?t=${token}`);
    expect(await page.text()).toContain('<form method="post">');
    expect(JSON.parse(readFileSync(`${server.dataDir}/teams.json`, 'utf8')).teams[team.team].subscribers).toHaveLength(
      1,
    );
    const post = await fetch(`${server.url}api/unsubscribe?t=${token}`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=One-Click',
    });
    expect(post.status).toBe(200);
    expect(await post.text()).toContain('inte längre');
    expect(JSON.parse(readFileSync(`${server.dataDir}/teams.json`, 'utf8')).teams[team.team].subscribers).toHaveLength(
      0,
    );
  });

  it('takes push subscriptions with the team token and gives the VAPID key', async () => {
    const key = (await (await fetch(`${server.url}api/push/public-key`)).json()) as { publicKey: string };
    expect(Buffer.from(key.publicKey, 'base64url')).toHaveLength(65);
    const sub = {
      endpoint: 'https://push.example.net/send/abc',
      keys: { p256dh: 'B'.repeat(87), auth: 'a'.repeat(22) },
      lang: 'sv',
    };
    expect(
      (await api(`api/teams/${team.team}/push-subscriptions`, { method: 'POST', body: JSON.stringify(sub) })).status,
    ).toBe(401);
    expect(
      (
        await api(`api/teams/${team.team}/push-subscriptions`, {
          method: 'POST',
          body: JSON.stringify({ ...sub, endpoint: 'http://x/y' }),
          token: team.token,
        })
      ).status,
    ).toBe(400);
    expect(
      (
        await api(`api/teams/${team.team}/push-subscriptions`, {
          method: 'POST',
          body: JSON.stringify(sub),
          token: team.token,
        })
      ).status,
    ).toBe(201);
    const del = await api(`api/teams/${team.team}/push-subscriptions`, {
      method: 'DELETE',
      body: JSON.stringify({ endpoint: sub.endpoint }),
      token: team.token,
    });
    expect(await del.json()).toEqual({ removed: true });
  });
});
