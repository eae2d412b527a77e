import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FundingCall } from '../../core/model/call.ts';
import { normaliseCall } from '../../core/model/normalise-call.ts';
import { commentInTeam, readTeamEntry, readTeamWatchlist, watchInTeam } from '../../core/team/watchlist.ts';
import { chromiumPath, QUIET_ARGS } from './support/browser.ts';
import { type CreatedTeam, createTeam, type FundwatchServer, startFundwatch } from './support/fundwatch-server.ts';
import { fixtureCalls } from './support/pwa-fixture-calls.ts';
import { ensurePwaBuild } from './support/pwa-server.ts';
import { openView } from './support/pwa-setup.ts';
import { connectClient, waitFor, whenSynced } from './support/yjs-client.ts';

/**
 * One device (a real Chromium) on a real `fundwatch serve` moves from team to team. What it brings into a team it
 * joins is its own watchlist (calls saved outside any team); another team's list (colleagues' calls, notes and
 * decisions) never comes along. Each team's document is read by a stock y-websocket client.
 */
describe('joining a second team brings the own watchlist, never the first team’s', () => {
  let server: FundwatchServer;
  let teamA: CreatedTeam;
  let teamB: CreatedTeam;
  let teamC: CreatedTeam;
  let browser: Browser;
  let ctx: BrowserContext;
  let page: Page;
  let colleague: ReturnType<typeof connectClient>;
  const calls: FundingCall[] = fixtureCalls().map((c) => normaliseCall(c));
  const [colleaguesCall] = calls;
  const colleagueNote = 'Kollegans anteckning i team A.';
  const colleagueOnOwn = 'Team A:s anteckning om min bevakning.';
  let own = '';
  let savedSolo = '';

  const entry = (id: string) => page.locator(`li.entry[data-call-id="${id}"]`);
  const connected = () => page.locator('[data-testid="sync-badge"].connected').waitFor({ timeout: 20_000 });
  const join = async (team: CreatedTeam) => {
    await page.goto(team.invite);
    await page.getByTestId('join-member').fill('Bo');
    await page.getByTestId('join-confirm').click();
    await page.waitForURL(/#\/bevakning$/, { timeout: 20_000 });
    await connected();
  };
  /** Watches the first call on Matchningar not yet watched; returns its id. */
  const watchFirstUnwatched = async (): Promise<string> => {
    await page.goto(`${server.url}#/matchningar`);
    const first = page
      .locator('li[data-call-id]')
      .filter({ has: page.locator('button.watch[aria-pressed="false"]') })
      .first();
    await first.waitFor({ timeout: 30_000 });
    const id = (await first.getAttribute('data-call-id')) ?? '';
    await first.locator('button.watch').click();
    await page.locator(`li[data-call-id="${id}"] .watch.on`).waitFor();
    return id;
  };
  /** A team's document as a stock client reads it once `present` has arrived (the join merges in one transaction). */
  const teamHolds = async (team: CreatedTeam, present: string[]) => {
    const witness = connectClient(server.url, team.team, team.token);
    try {
      await whenSynced(witness.provider);
      await waitFor(`${present.join(', ')} in ${team.name}`, () =>
        present.every((id) => !!readTeamEntry(witness.doc, id)),
      );
      return readTeamWatchlist(witness.doc);
    } finally {
      witness.provider.destroy();
    }
  };

  beforeAll(async () => {
    ensurePwaBuild();
    server = await startFundwatch({ args: ['--offline', '--fetch-every', 'off'] });
    teamA = createTeam(server.dataDir, 'Team A', server.url);
    teamB = createTeam(server.dataDir, 'Team B', server.url);
    teamC = createTeam(server.dataDir, 'Team C', server.url);
    colleague = connectClient(server.url, teamA.team, teamA.token);
    await whenSynced(colleague.provider);
    watchInTeam(colleague.doc, colleaguesCall, { who: 'Kollega', now: new Date() }, { why: 'Passar oss' });
    colleague.doc.getText(`notes:${colleaguesCall.id}`).insert(0, colleagueNote);
    browser = await chromium.launch({ executablePath: chromiumPath(), args: QUIET_ARGS });
    ctx = await browser.newContext({ locale: 'sv-SE' });
    page = await ctx.newPage();
    await page.goto(`${server.url}#/matchningar`);
    await page.getByRole('button', { name: /Karlskrona kommun/ }).click();
  });
  afterAll(async () => {
    colleague?.provider.destroy();
    await browser?.close();
    await server?.stop();
  });

  it('team A gets the call saved outside any team; the colleague comments on it there', async () => {
    own = await watchFirstUnwatched();
    expect(calls.map((c) => c.id)).not.toContain(own);
    await join(teamA);
    await entry(colleaguesCall.id).waitFor({ timeout: 20_000 });
    await waitFor('the own call in team A', () => !!readTeamEntry(colleague.doc, own));
    colleague.doc.getText(`notes:${own}`).insert(0, colleagueOnOwn);
    commentInTeam(colleague.doc, own, 'Kollegans kommentar', { who: 'Kollega', now: new Date() });
    await page.locator(`li.entry[data-call-id="${own}"]`).waitFor();
  });

  it('the join page counts only the own watchlist', async () => {
    await page.goto(teamB.invite);
    await page.getByTestId('join-member').waitFor({ timeout: 20_000 });
    await expect
      .poll(() => page.getByTestId('join-team').textContent(), { timeout: 10_000 })
      .toContain('Dina 1 egna bevakningar');
  });

  it('switching to team B brings the own call as it was, and nothing of team A’s', async () => {
    await join(teamB);
    const b = await teamHolds(teamB, [own]);
    expect(b.map((e) => e.callId)).toEqual([own]);
    const ownInB = b[0];
    expect(ownInB.notes).not.toContain(colleagueOnOwn);
    expect(ownInB.comments).toEqual([]);
    expect(ownInB.decisions.map((d) => d.who)).not.toContain('Kollega');
    // The device shows team B's list: the colleague's call from team A is gone from it.
    await entry(own).waitFor({ timeout: 20_000 });
    await expect.poll(() => entry(colleaguesCall.id).count(), { timeout: 10_000 }).toBe(0);
  });

  it('after leaving, a call saved outside any team goes into the next team; the kept copy of B does not', async () => {
    // Team B gets a call of its own from a colleague there.
    const colleagueB = connectClient(server.url, teamB.team, teamB.token);
    try {
      await whenSynced(colleagueB.provider);
      watchInTeam(colleagueB.doc, calls[1], { who: 'Kollega B', now: new Date() });
      await entry(calls[1].id).waitFor({ timeout: 20_000 });
    } finally {
      colleagueB.provider.destroy();
    }
    await openView(page, server.url, 'installningar');
    const section = page.getByTestId('team-section');
    page.once('dialog', (d) => void d.accept());
    await section.getByRole('button', { name: 'Lämna teamet' }).click();
    await section.getByRole('button', { name: 'Skapa team' }).waitFor({ timeout: 20_000 });
    savedSolo = await watchFirstUnwatched();

    await join(teamC);
    const c = await teamHolds(teamC, [own, savedSolo]);
    expect(c.map((e) => e.callId).sort()).toEqual([own, savedSolo].sort());
    expect(c.find((e) => e.callId === own)?.notes).not.toContain(colleagueOnOwn);
  });

  it('rejoining team A brings back only what is the device’s own or team A’s', async () => {
    await join(teamA);
    await entry(colleaguesCall.id).waitFor({ timeout: 20_000 });
    const a = await teamHolds(teamA, [own, colleaguesCall.id, savedSolo]);
    expect(a.map((e) => e.callId)).not.toContain(calls[1].id);
    // Nothing doubled: the colleague's note on the own call is there once.
    expect(a.find((e) => e.callId === own)?.notes.split(colleagueOnOwn)).toHaveLength(2);
  });
});
