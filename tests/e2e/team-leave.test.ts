import { type Browser, type BrowserContext, chromium, type Page, type WebSocket as PageSocket } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FundingCall } from '../../core/model/call.ts';
import { normaliseCall } from '../../core/model/normalise-call.ts';
import { decideInTeam, readTeamEntry, watchInTeam } from '../../core/team/watchlist.ts';
import { chromiumPath, QUIET_ARGS } from './support/browser.ts';
import { type CreatedTeam, createTeam, type FundwatchServer, startFundwatch } from './support/fundwatch-server.ts';
import { fixtureCalls } from './support/pwa-fixture-calls.ts';
import { ensurePwaBuild } from './support/pwa-server.ts';
import { openView } from './support/pwa-setup.ts';
import { connectClient, waitFor, whenSynced } from './support/yjs-client.ts';

/**
 * One device (a real Chromium) in a team with a colleague (a stock y-websocket client) on a real `fundwatch serve`:
 * leaving the team in Inställningar, joining it again by the invite, and going offline and back. The server's
 * /healthz counts the live sync connections; the page's own WebSocket events count what the app opened.
 */
describe('leaving a team, rejoining it and reconnecting after being offline', () => {
  let server: FundwatchServer;
  let team: CreatedTeam;
  let browser: Browser;
  let ctx: BrowserContext;
  let page: Page;
  let colleague: ReturnType<typeof connectClient>;
  const calls: FundingCall[] = fixtureCalls().map((c) => normaliseCall(c));
  const [fromColleague, afterLeaving, whileOffline, afterToggling, afterSwitching] = calls;
  const colleagueNote = 'Kollegans anteckning: ring UHR.';
  const soloNote = 'Egen anteckning skriven utanför teamet.';
  let own = '';
  let colleagueDecisions = 0;
  let ownDecisions = 0;
  /** Every sync socket the page opened, and whether it has closed. */
  const sockets: { ws: PageSocket; closed: boolean }[] = [];

  const connections = async (): Promise<number> => {
    const res = await fetch(new URL('healthz', server.url));
    return ((await res.json()) as { syncConnections: number }).syncConnections;
  };
  const openSockets = () => sockets.filter((s) => !s.closed).length;
  const watchAsColleague = (call: FundingCall) =>
    watchInTeam(colleague.doc, call, { who: 'Kollega', now: new Date() }, { why: 'Passar oss' });
  const entry = (id: string) => page.locator(`li.entry[data-call-id="${id}"]`);
  const connected = () => page.locator('[data-testid="sync-badge"].connected').waitFor({ timeout: 20_000 });
  const notesOf = async (id: string): Promise<string> => {
    const e = entry(id);
    const details = e.getByRole('button', { name: /Detaljer/ });
    if ((await details.getAttribute('aria-expanded')) !== 'true') await details.click();
    return e.getByLabel('Anteckningar').inputValue();
  };
  /** Sets a status with the entry's editor and waits until the entry is in that status's group. */
  const decideHere = async (id: string, to: string, why: string) => {
    const e = entry(id);
    // The toggle reads Stäng while the entry is open.
    if ((await e.getByLabel('Ny status').count()) === 0) await e.getByRole('button', { name: 'Detaljer' }).click();
    await e.getByLabel('Ny status').selectOption(to);
    await e.getByLabel('Varför', { exact: true }).fill(why);
    await e.getByRole('button', { name: 'Ändra status' }).click();
    await page.locator(`section.group:has(#g-${to}) li.entry[data-call-id="${id}"]`).waitFor({ timeout: 10_000 });
  };
  /** What the server holds now, read by a second stock client that connects afresh. */
  const serverHas = async (id: string): Promise<void> => {
    const witness = connectClient(server.url, team.team, team.token);
    try {
      await whenSynced(witness.provider);
      await waitFor(`${id} on the server`, () => !!readTeamEntry(witness.doc, id));
    } finally {
      witness.provider.destroy();
    }
  };
  const joinByInvite = async () => {
    await page.goto(team.invite);
    await page.getByTestId('join-member').fill('Bo');
    await page.getByTestId('join-confirm').click();
    await page.waitForURL(/#\/bevakning$/, { timeout: 20_000 });
    await connected();
  };

  beforeAll(async () => {
    ensurePwaBuild();
    server = await startFundwatch({ args: ['--offline', '--fetch-every', 'off'] });
    team = createTeam(server.dataDir, 'EU-gruppen', server.url);
    colleague = connectClient(server.url, team.team, team.token);
    await whenSynced(colleague.provider);
    watchAsColleague(fromColleague);
    colleague.doc.getText(`notes:${fromColleague.id}`).insert(0, colleagueNote);
    browser = await chromium.launch({ executablePath: chromiumPath(), args: QUIET_ARGS });
    ctx = await browser.newContext({ locale: 'sv-SE' });
    page = await ctx.newPage();
    page.on('websocket', (ws) => {
      if (!new URL(ws.url()).pathname.startsWith('/sync/')) return;
      const s = { ws, closed: false };
      sockets.push(s);
      ws.on('close', () => {
        s.closed = true;
      });
    });
  });
  afterAll(async () => {
    colleague?.provider.destroy();
    await browser?.close();
    await server?.stop();
  });

  it('joins with a call of its own; the colleague’s watched call and note arrive', async () => {
    await page.goto(`${server.url}#/matchningar`);
    await page.getByRole('button', { name: /Karlskrona kommun/ }).click();
    const first = page
      .locator('li[data-call-id]')
      .filter({ has: page.locator('button.watch[aria-pressed="false"]') })
      .first();
    await first.waitFor({ timeout: 30_000 });
    own = (await first.getAttribute('data-call-id')) ?? '';
    expect(calls.map((c) => c.id)).not.toContain(own);
    await first.locator('button.watch').click();
    await page.locator(`li[data-call-id="${own}"] .watch.on`).waitFor();

    await joinByInvite();
    await entry(fromColleague.id).waitFor({ timeout: 20_000 });
    await entry(own).waitFor();
    expect(await notesOf(fromColleague.id)).toBe(colleagueNote);
    await waitFor('the own call with the colleague', () => !!readTeamEntry(colleague.doc, own));
    colleagueDecisions = readTeamEntry(colleague.doc, fromColleague.id)?.decisions.length ?? 0;
    expect(colleagueDecisions).toBe(1);
    ownDecisions = readTeamEntry(colleague.doc, own)?.decisions.length ?? 0;
    expect(ownDecisions).toBeGreaterThan(0);
    await expect.poll(connections, { timeout: 20_000 }).toBe(2);
    expect(openSockets()).toBe(1);
  });

  it('leaving in Inställningar closes the connection, keeps the watchlist on the device, and stops syncing', async () => {
    await openView(page, server.url, 'installningar');
    const section = page.getByTestId('team-section');
    let question = '';
    page.once('dialog', (d) => {
      question = d.message();
      void d.accept();
    });
    await section.getByRole('button', { name: 'Lämna teamet' }).click();
    await section.getByRole('button', { name: 'Skapa team' }).waitFor({ timeout: 20_000 });
    // What the question promised is what the test holds the app to.
    expect(question).toContain('Bevakningslistan finns kvar på den här enheten.');

    // The server sees the device go: only the colleague is connected; the page has no sync socket open.
    await expect.poll(connections, { timeout: 20_000 }).toBe(1);
    await expect.poll(openSockets, { timeout: 20_000 }).toBe(0);

    // The colleague watches another call; the server has it.
    watchAsColleague(afterLeaving);
    await serverHas(afterLeaving.id);

    // Reloaded (from IndexedDB only): the watchlist stayed, with the colleague's note; the new call did not come.
    const opened = sockets.length;
    await page.goto(`${server.url}#/bevakning`);
    await page.reload();
    await entry(own).waitFor({ timeout: 20_000 });
    await entry(fromColleague.id).waitFor();
    expect(await notesOf(fromColleague.id)).toBe(colleagueNote);
    expect(await page.locator('[data-testid="sync-badge"]').count()).toBe(0);
    expect(await entry(afterLeaving.id).count()).toBe(0);
    expect(sockets.length).toBe(opened);
    expect(await connections()).toBe(1);

    // Solo again: an edit is saved on the device (with the button the solo editor has) and survives a reload.
    await notesOf(own);
    await entry(own).getByLabel('Anteckningar').fill(soloNote);
    await entry(own).getByRole('button', { name: 'Spara', exact: true }).click();
    await page.locator('p.notice', { hasText: 'Sparat.' }).waitFor();
    await page.reload();
    await entry(own).waitFor({ timeout: 20_000 });
    expect(await notesOf(own)).toBe(soloNote);
    expect(readTeamEntry(colleague.doc, own)?.notes).toBe('');

    // Statuses set outside the team, on the own call and on the colleague's; the colleague then decides on theirs.
    await decideHere(own, 'forbereds', 'Beslutat utanför teamet');
    await decideHere(fromColleague.id, 'avstar', 'Passar inte oss');
    decideInTeam(colleague.doc, fromColleague.id, 'ansokt', 'Skickad', { who: 'Kollega', now: new Date() });
    await page.reload();
    await page.locator(`section.group:has(#g-forbereds) li.entry[data-call-id="${own}"]`).waitFor({ timeout: 20_000 });
    expect(sockets.length).toBe(opened);
  });

  it('rejoining by the invite brings the team’s state back, without doubling what the device already had', async () => {
    await joinByInvite();
    await entry(afterLeaving.id).waitFor({ timeout: 20_000 });
    await entry(fromColleague.id).waitFor();
    await entry(own).waitFor();
    // The edit made while solo went to the team.
    await waitFor('the solo note with the colleague', () => readTeamEntry(colleague.doc, own)?.notes === soloNote);
    // The entries the device kept from the team are the same entries again, not copies merged on top of them.
    expect(readTeamEntry(colleague.doc, fromColleague.id)?.notes).toBe(colleagueNote);
    // The statuses set outside the team are in the team's log, once. The own call's is the latest decision, so it
    // is the status; on the colleague's call the colleague decided later, so theirs stands, with the device's beside
    // it (made without seeing each other) until someone decides again.
    await waitFor(
      'the solo status with the colleague',
      () => readTeamEntry(colleague.doc, own)?.status === 'forbereds',
    );
    const ownEntry = readTeamEntry(colleague.doc, own)!;
    expect(ownEntry.decisions).toHaveLength(ownDecisions + 1);
    expect(ownEntry.decisions.at(-1)).toMatchObject({ to: 'forbereds', why: 'Beslutat utanför teamet' });
    const theirs = readTeamEntry(colleague.doc, fromColleague.id)!;
    expect(theirs.decisions).toHaveLength(colleagueDecisions + 2);
    expect(theirs.status).toBe('ansokt');
    expect(theirs.concurrent.map((d) => [d.to, d.why])).toEqual([
      ['ansokt', 'Skickad'],
      ['avstar', 'Passar inte oss'],
    ]);
    await page.locator(`section.group:has(#g-ansokt) li.entry[data-call-id="${fromColleague.id}"]`).waitFor();
    expect(await notesOf(fromColleague.id)).toBe(colleagueNote);
    await expect.poll(connections, { timeout: 20_000 }).toBe(2);
    expect(openSockets()).toBe(1);
  });

  it('offline and back online: one connection again, and what the colleague saved meanwhile arrives', async () => {
    await ctx.setOffline(true);
    await page.locator('[data-testid="sync-badge"].disconnected').waitFor({ timeout: 20_000 });
    // (Chromium's offline emulation holds the socket it had: neither the page nor the server sees it end yet.)
    const before = sockets.length;
    watchAsColleague(whileOffline);
    await serverHas(whileOffline.id);
    await ctx.setOffline(false);
    await connected();
    await entry(whileOffline.id).waitFor({ timeout: 20_000 });
    expect(sockets.length).toBeGreaterThan(before);
    expect(await entry(afterToggling.id).count()).toBe(0);
    // The socket from before going offline is gone: the device has one connection, the colleague the other. (The
    // server counts; the page's close events are not reliable here: Chromium's offline emulation swallows some.)
    await expect.poll(connections, { timeout: 60_000 }).toBe(2);

    // Flapping quickly (offline, online, offline, online) still leaves exactly one connection.
    for (const offline of [true, false, true, false]) await ctx.setOffline(offline);
    await connected();
    watchAsColleague(afterToggling);
    await entry(afterToggling.id).waitFor({ timeout: 20_000 });
    await expect.poll(connections, { timeout: 60_000 }).toBe(2);
    // Still one after a round trip from the device to the colleague.
    await entry(afterToggling.id)
      .getByRole('button', { name: /Detaljer/ })
      .click();
    // Bound to the shared text (typing goes to the team as it is typed).
    await entry(afterToggling.id).locator('textarea[data-live="true"]').waitFor({ timeout: 10_000 });
    await entry(afterToggling.id).getByLabel('Anteckningar').fill('Efter nätavbrotten.');
    await waitFor(
      'the device’s note with the colleague',
      () => readTeamEntry(colleague.doc, afterToggling.id)?.notes === 'Efter nätavbrotten.',
    );
    expect(await connections()).toBe(2);
  });

  it('joining another team’s invite closes this team’s connection: the first team no longer syncs here', async () => {
    const second = createTeam(server.dataDir, 'Regiongruppen', server.url);
    await page.goto(second.invite);
    await page.getByText('Du lämnar teamet EU-gruppen på den här enheten.').waitFor({ timeout: 20_000 });
    await page.getByTestId('join-member').fill('Bo');
    await page.getByTestId('join-confirm').click();
    await page.waitForURL(/#\/bevakning$/, { timeout: 20_000 });
    await connected();
    // One connection each: the colleague's to the first team, the device's to the second.
    await expect.poll(connections, { timeout: 20_000 }).toBe(2);
    expect(sockets.at(-1)?.ws.url()).toContain(`/sync/${second.team}?`);
    expect(sockets.at(-1)?.closed).toBe(false);
    watchAsColleague(afterSwitching);
    await serverHas(afterSwitching.id);
    await page.reload();
    await entry(own).waitFor({ timeout: 20_000 });
    expect(await entry(afterSwitching.id).count()).toBe(0);
    await openView(page, server.url, 'installningar');
    expect(await page.getByTestId('team-name').textContent()).toBe('Regiongruppen');
  });
});
