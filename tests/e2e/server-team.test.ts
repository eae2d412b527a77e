import { readFileSync } from 'node:fs';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FundingCall } from '../../core/model/call.ts';
import { getSeedProfile } from '../../core/profile/seeds.ts';
import { normaliseSnapshot } from '../../core/store/snapshot.ts';
import { readTeamWatchlist, watchInTeam, writeTeamProfile } from '../../core/team/index.ts';
import { startSmtpSink } from '../unit/server/smtp-sink.ts';
import { fakeVinnova } from './support/fake-vinnova.ts';
import { createTeam, type FundwatchServer, startFundwatch } from './support/fundwatch-server.ts';
import { connectClient, waitFor, whenSynced } from './support/yjs-client.ts';

const ROUND = '2026-01201';

describe('the server and the team document', () => {
  let server: FundwatchServer;
  let sink: Awaited<ReturnType<typeof startSmtpSink>>;
  let site: Awaited<ReturnType<typeof fakeVinnova>>;
  let team: { team: string; token: string };
  let client: ReturnType<typeof connectClient>;
  let watched: FundingCall;

  beforeAll(async () => {
    sink = await startSmtpSink();
    site = await fakeVinnova();
    server = await startFundwatch({
      args: [
        '--fetch-every',
        '2s',
        '--sources',
        'vinnova',
        '--no-app',
        '--smtp',
        sink.url,
        '--mail-from',
        'fundwatch@kommun.example',
      ],
      env: { FUNDWATCH_SOURCE_ORIGINS: JSON.stringify({ 'https://data.vinnova.se': site.origin }) },
    });
    team = createTeam(server.dataDir, 'EU-gruppen');
    client = connectClient(server.url, team.team, team.token);
    await whenSynced(client.provider);
    const now = new Date();
    const snapshot = normaliseSnapshot(JSON.parse(readFileSync(`${server.dataDir}/calls.json`, 'utf8')), {}, now);
    watched = snapshot.calls.find((c) => c.id.includes(ROUND))!;
    writeTeamProfile(client.doc, getSeedProfile('karlskrona')!, { who: 'Anna', now });
    watchInTeam(client.doc, watched, { who: 'Anna', now });
  });
  afterAll(async () => {
    client?.provider.destroy();
    await server?.stop();
    await site?.close();
    await sink?.close();
  });

  it('a moved deadline on the funder site updates the watched call in the team document, with a log line', async () => {
    expect(watched.deadlines.map((d) => d.date)).toContain('2027-02-11');
    site.moveDeadline('2027-03-04T14:00:00');
    await waitFor(
      'the watch entry to follow the feed',
      () =>
        readTeamWatchlist(client.doc)
          .find((e) => e.callId === watched.id)
          ?.call.deadlines.some((d) => d.date === '2027-03-04') ?? false,
      30_000,
    );
    const entry = readTeamWatchlist(client.doc).find((e) => e.callId === watched.id)!;
    expect(entry.log.length).toBeGreaterThan(0);
    expect(JSON.stringify(entry.log)).toContain('2027-03-04');
  });

  it('mails the weekly digest with the team profile’s matches and the watched call in a valid calendar', async () => {
    const sub = await fetch(`${server.url}api/teams/${team.team}/subscribers`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${team.token}` },
      body: JSON.stringify({ email: 'anna@kommun.example', lang: 'sv' }),
    });
    expect(sub.status).toBe(201);
    const sent = await fetch(`${server.url}api/teams/${team.team}/digest`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${team.token}` },
      body: '{}',
    });
    expect(await sent.json()).toMatchObject({ emails: 1, failed: 0 });
    await waitFor('the mail in the sink', () => sink.mails.length === 1);
    const mail = sink.mails[0];
    expect(mail.to && 'text' in mail.to ? mail.to.text : '').toContain('anna@kommun.example');
    expect(mail.subject).toMatch(/^Fundwatch – EU-gruppen/);
    expect(mail.text).toContain('Sista ansökningsdagar de närmaste veckorna');
    const ics = mail.attachments.find((a) => a.filename?.endsWith('.ics'));
    const events = new ICAL.Component(ICAL.parse(ics!.content.toString('utf8')))
      .getAllSubcomponents('vevent')
      .map((e) => new ICAL.Event(e));
    const mine = events.filter((e) => e.uid.startsWith(watched.id.replace(/[^A-Za-z0-9:._-]/g, '_')));
    expect(mine.length).toBeGreaterThan(0);
    // The calendar carries the deadline as the funder moved it.
    expect(mine.some((e) => e.startDate.toString().startsWith('2027-03-04'))).toBe(true);
  });
});
