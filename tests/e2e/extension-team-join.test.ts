/// <reference types="chrome" />
import { createServer } from 'node:net';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { toBase64 } from '../../core/doc-link/base64.ts';
import type { FundingCall } from '../../core/model/call.ts';
import { readTeamWatchlist, watchInTeam } from '../../core/team/index.ts';
import { uiClick, uiText, waitForUi } from './support/closed-ui.ts';
import { type ExtBrowser, launchWithExtension, marksOn, sendFromExtensionPage } from './support/ext-browser.ts';
import { type FixtureServer, startFixtureServer } from './support/ext-server.ts';
import { joinTeamFromOptions } from './support/ext-team-join.ts';
import { createTeam, type FundwatchServer, NO_FETCH, startFundwatch } from './support/fundwatch-server.ts';
import { stopExtensionWorker } from './support/stop-worker.ts';
import { connectClient, waitFor, whenSynced } from './support/yjs-client.ts';

/**
 * The options page's join form, as a user fills it in: the built extension in real Chromium, a real
 * `fundwatch serve` on a free port, an invite from `fundwatch team create`, and "Bevaka" on a funder page (the
 * recorded page served on 127.0.0.1 under the funder's own host name) reaching a stock y-websocket client.
 *
 * The host permission: joining asks Chrome for the server's one origin (optional_host_permissions), which only the
 * weekly check's read of the server's fresh calls needs. Headless Chromium cannot show that prompt, so the request
 * stays unanswered, as it does while a user has not yet clicked Allow; no flag or protocol command answers it, and
 * faking a grant would test nothing. So the test records the real request (a pass-through spy: the real
 * chrome.permissions.request still runs) and checks that it names only the server's origin, that it is still open,
 * and that joining and sync do not wait for it.
 */

let funders: FixtureServer;
let fw: FundwatchServer;
let browser: ExtBrowser;
let options: Page;

/** What the options page asked chrome.permissions.request for, and how each request ended so far. */
interface PermissionAsks {
  asked: unknown[];
  answered: unknown[];
  failed: string[];
}

/**
 * A pass-through spy on chrome.permissions.request (the real request still runs), fresh on every load of the page:
 * a request Chrome refuses to show (no user activation left) ends in `failed`, an unanswered prompt in neither list.
 */
async function watchPermissionRequests(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { fwAsks: PermissionAsks };
    w.fwAsks = { asked: [], answered: [], failed: [] };
    const real = chrome.permissions.request.bind(chrome.permissions);
    chrome.permissions.request = ((q: chrome.permissions.Permissions) => {
      w.fwAsks.asked.push(q);
      const answer = real(q);
      answer.then(
        (granted) => w.fwAsks.answered.push(granted),
        (err: Error) => w.fwAsks.failed.push(String(err?.message ?? err)),
      );
      return answer;
    }) as typeof chrome.permissions.request;
  });
}

const permissionAsks = (page: Page) => page.evaluate(() => (window as unknown as { fwAsks: PermissionAsks }).fwAsks);

/** The options page once it has read its state: leaves the team it is in (from a test before), shows the form. */
async function optionsWithoutTeam(page: Page): Promise<Locator> {
  const section = page.getByTestId('team');
  await page.goto(`chrome-extension://${browser.extensionId}/extension/options/index.html`);
  const leave = section.getByRole('button', { name: 'Lämna teamet' });
  await leave.or(section.getByLabel('Inbjudningslänk')).first().waitFor();
  if (await leave.isVisible()) await leave.click();
  await section.getByLabel('Inbjudningslänk').waitFor();
  return section;
}

beforeAll(async () => {
  funders = await startFixtureServer();
  fw = await startFundwatch({ args: [...NO_FETCH, '--no-app'] });
  browser = await launchWithExtension(funders.port);
  options = await browser.ctx.newPage();
  await watchPermissionRequests(options);
});

afterAll(async () => {
  await browser?.close();
  await fw?.stop();
  await funders?.close();
});

async function watchFirstOn(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await marksOn(page, 2);
  await uiClick(page, 0, 'button.badge');
  await waitForUi(page, 0, '.panel');
  await uiClick(page, 0, '.panel button.watch');
  await expect.poll(() => uiText(page, 0, '.panel button.watch')).toBe('Bevakas ✓');
}

describe('the stored document (chrome.storage.local)', () => {
  it('loads the earlier single-snapshot format, and a save acknowledged just before Chrome stops the worker is kept', async () => {
    // What an earlier version stored: the whole document as one encoded Yjs state under doc:local.
    const old = new Y.Doc();
    const call = {
      id: 'shared:from-earlier-version',
      source: 'shared',
      funder: 'Vinnova',
      title: 'Utlysning sparad av en tidigare version',
      summary: 'Kommuner kan söka.',
      url: 'https://www.vinnova.se/tidigare',
      language: 'sv',
      deadlines: [{ date: '2027-03-01', time: '14:00', timeZone: 'Europe/Stockholm', kind: 'application' }],
    } as unknown as FundingCall;
    watchInTeam(old, call, { who: 'Eva', now: new Date() });
    const worker = await browser.worker();
    await worker.evaluate((v) => chrome.storage.local.set({ 'doc:local': v }), toBase64(Y.encodeStateAsUpdate(old)));
    await options.goto(`chrome-extension://${browser.extensionId}/extension/popup/index.html`);
    await stopExtensionWorker(browser.ctx, options);
    const ids = async () =>
      (await sendFromExtensionPage<{ saved: { id: string }[] }>(options, 'get-state', {})).saved.map((s) => s.id);
    expect(await ids()).toEqual([call.id]);

    // Bevaka on a funder page, then the worker is stopped at once: the answer came after the save was written.
    const page = await browser.ctx.newPage();
    await watchFirstOn(page, 'https://southbaltic.eu/news');
    await stopExtensionWorker(browser.ctx, options);
    const after = await ids();
    expect(after).toHaveLength(2);
    expect(after).toContain(call.id);
    // The new save went into a part of its own; the earlier snapshot is as it was.
    const stored = await (await browser.worker()).evaluate(() => chrome.storage.local.get(null));
    expect(stored['doc:local']).toBe(toBase64(Y.encodeStateAsUpdate(old)));
    expect(Object.keys(stored).filter((k) => k.startsWith('doc:local:u:')).length).toBeGreaterThan(0);
    await page.close();
  });
});

describe('options page: joining a team', () => {
  it('pasting the invite and the server address joins; Bevaka on a funder page reaches the team', async () => {
    const team = createTeam(fw.dataDir, 'Internationella enheten');

    const section = await joinTeamFromOptions(options, browser.extensionId, {
      invite: team.invite,
      serverUrl: fw.url,
      name: 'Eva',
      timeoutMs: 15_000,
    });
    expect(await section.textContent()).toContain('Internationella enheten');
    // One origin asked for, the server's own (never all sites), after the server accepted the invite and still within
    // the click's user activation (Chrome did not refuse to ask); the prompt is still open and joining did not wait.
    expect(await permissionAsks(options)).toEqual({
      asked: [{ origins: [`${new URL(fw.url).origin}/*`] }],
      answered: [],
      failed: [],
    });
    expect(await options.evaluate(() => chrome.permissions.contains({ origins: ['http://127.0.0.1/*'] }))).toBe(false);

    const other = connectClient(fw.url, team.team, team.token);
    await whenSynced(other.provider);
    const funderPage = await browser.ctx.newPage();
    await watchFirstOn(funderPage, 'https://centralbaltic.eu/for-applicants/call-calendar/');
    const saved = (await sendFromExtensionPage<{ saved: { id: string }[] }>(options, 'get-state', {})).saved;
    expect(saved.length).toBeGreaterThan(0);
    await waitFor('the call watched in the extension, on the other device', () =>
      saved.every((s) => readTeamWatchlist(other.doc).some((e) => e.callId === s.id && e.savedBy === 'Eva')),
    );
    other.provider.destroy();
  });

  it('a wrong key or an unknown team is refused on the form; a server that does not answer joins as before', async () => {
    // The server refuses such a WebSocket upgrade (401, 404), which the extension cannot read: it asks first.
    const team = createTeam(fw.dataDir, 'Regionkansliet');
    const section = await optionsWithoutTeam(options);
    const tryJoin = async (invite: string, serverUrl: string) => {
      await section.getByLabel('Inbjudningslänk').fill(invite);
      await section.getByLabel(/Serverns adress/).fill(serverUrl);
      await section.getByLabel('Ditt namn i teamets logg').fill('Eva');
      await section.getByRole('button', { name: 'Gå med i teamet' }).click();
    };
    const cases = [
      [team.invite.replace(/token=[^&]+/, 'token=fel-nyckel-1234567890'), /känner inte igen nyckeln/],
      [team.invite.replace(/team=[^&]+/, 'team=NoSuchTeam123'), /finns inte på servern/],
    ] as const;
    for (const [invite, says] of cases) {
      await tryJoin(invite, fw.url);
      await expect.poll(() => section.textContent(), { timeout: 10_000 }).toMatch(says);
      // Not joined: the form is still there, no team to show.
      expect(await section.getByTestId('team-status').count()).toBe(0);
      expect((await sendFromExtensionPage<{ team?: unknown }>(options, 'team-status', {})).team).toBeUndefined();
    }
    // A refused invite opened no permission prompt, so it left no permission for the server behind either.
    expect((await permissionAsks(options)).asked).toEqual([]);
    expect(await options.evaluate(() => chrome.permissions.contains({ origins: ['http://127.0.0.1/*'] }))).toBe(false);

    // A port nothing listens on: no answer is not a refusal, so the extension joins and syncs when it can.
    const closedPort = await new Promise<number>((done) => {
      const probe = createServer().listen(0, '127.0.0.1', () => {
        const { port } = probe.address() as { port: number };
        probe.close(() => done(port));
      });
    });
    await tryJoin(team.invite, `http://127.0.0.1:${closedPort}`);
    await expect
      .poll(() => section.getByTestId('team-status').textContent(), { timeout: 10_000 })
      .toContain('Inte ansluten');
    expect(await section.textContent()).toContain('Regionkansliet');
    // Joined without an answer: the server's origin is asked for, still within the click's user activation.
    const asks = await permissionAsks(options);
    expect(asks.asked).toEqual([{ origins: [`http://127.0.0.1:${closedPort}/*`] }]);
    expect(asks.failed).toEqual([]);
  });

  it('a joined extension whose server lost the team says "Nekad av servern", also after Chrome stopped the worker', async () => {
    await optionsWithoutTeam(options);
    const team = createTeam(fw.dataDir, 'Miljöförvaltningen');
    const section = await joinTeamFromOptions(options, browser.extensionId, {
      invite: team.invite,
      serverUrl: fw.url,
      name: 'Eva',
      timeoutMs: 15_000,
    });
    // The server comes back on its address without the team (a new data folder: reset, or another server there). It
    // refuses the WebSocket upgrade, which the worker cannot read: it asks the server, which names the refusal.
    const { port } = fw;
    await fw.stop();
    fw = await startFundwatch({ port, args: [...NO_FETCH, '--no-app'] });
    const status = section.getByTestId('team-status');
    await expect.poll(() => status.textContent(), { timeout: 30_000 }).toContain('Nekad av servern');
    expect(await status.textContent()).toContain('teamet finns inte där. Be om en ny länk');
    expect(await status.textContent()).not.toContain('Inte ansluten');
    // The worker gave up reconnecting; Chrome stops it, and the page still tells the refusal when it wakes.
    await stopExtensionWorker(browser.ctx, options);
    await options.reload();
    await expect.poll(() => status.textContent(), { timeout: 10_000 }).toContain('Nekad av servern');
    // English, as the user may choose in the options.
    await sendFromExtensionPage(options, 'set-settings', { patch: { lang: 'en' } });
    await options.reload();
    await expect.poll(() => status.textContent(), { timeout: 10_000 }).toContain('Refused by the server');
    await sendFromExtensionPage(options, 'set-settings', { patch: { lang: 'sv' } });
  }, 90_000);
});
