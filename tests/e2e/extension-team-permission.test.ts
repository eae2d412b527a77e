/// <reference types="chrome" />
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtBrowser, launchWithExtension, sendFromExtensionPage } from './support/ext-browser.ts';
import { type FixtureServer, startFixtureServer } from './support/ext-server.ts';
import { joinTeamFromOptions } from './support/ext-team-join.ts';
import { createTeam, type FundwatchServer, NO_FETCH, startFundwatch } from './support/fundwatch-server.ts';

/**
 * The team server's host permission goes with the team: the built extension in real Chromium, three real `fundwatch
 * serve` processes, and the permission as Chrome itself reports it (chrome.permissions.getAll).
 *
 * Joining asks Chrome for the server's one origin. Headless Chromium cannot show that prompt (see
 * tests/e2e/extension-team-join.test.ts), so the user's "Allow" for each server is recorded in the profile before
 * Chrome starts (support/ext-browser.ts, grantedOrigins): the options page's real request then resolves true with no
 * prompt, and what the test reads afterwards is Chrome's own state, which only chrome.permissions.remove changes.
 */

let funders: FixtureServer;
let servers: FundwatchServer[];
let browser: ExtBrowser;
let options: Page;

const pattern = (server: FundwatchServer) => `${new URL(server.url).origin}/*`;
const granted = async () => (await options.evaluate(() => chrome.permissions.getAll())).origins ?? [];
const optionsUrl = () => `chrome-extension://${browser.extensionId}/extension/options/index.html`;

beforeAll(async () => {
  funders = await startFixtureServer();
  servers = [];
  for (let i = 0; i < 3; i++) servers.push(await startFundwatch({ args: [...NO_FETCH, '--no-app'] }));
  browser = await launchWithExtension(funders.port, { grantedOrigins: servers.map(pattern) });
  options = await browser.ctx.newPage();
  await options.goto(optionsUrl());
});

afterAll(async () => {
  await browser?.close();
  for (const s of servers ?? []) await s.stop();
  await funders?.close();
});

async function join(server: FundwatchServer, name: string) {
  const team = createTeam(server.dataDir, name);
  const section = await joinTeamFromOptions(options, browser.extensionId, {
    invite: team.invite,
    serverUrl: server.url,
    name: 'Eva',
    timeoutMs: 15_000,
  });
  // The request for the server's origin was answered yes (the user's grant): no "Utan behörighet" note.
  await expect.poll(() => section.textContent()).toContain(`Med i ${name}.`);
  expect(await section.textContent()).not.toContain('Utan behörighet');
  return section;
}

async function leave() {
  const section = options.getByTestId('team');
  await section.getByRole('button', { name: 'Lämna teamet' }).click();
  await section.getByLabel('Inbjudningslänk').waitFor();
}

/** The options page's "Egna webbplatser": add or remove a site as the user does. */
function sites() {
  const section = options.locator('section', { has: options.getByRole('heading', { name: 'Egna webbplatser' }) });
  return {
    add: async (origin: string) => {
      await section.getByPlaceholder('https://').fill(origin);
      await section.getByRole('button', { name: 'Lägg till' }).click();
      await section.getByRole('listitem').filter({ hasText: origin }).waitFor();
    },
    remove: async (origin: string) => {
      const item = section.getByRole('listitem').filter({ hasText: origin });
      await item.getByRole('button', { name: 'Ta bort' }).click();
      await item.waitFor({ state: 'detached' });
    },
  };
}

describe("the team server's host permission", () => {
  it('leaving the team gives it back; the other servers the user allowed keep theirs', async () => {
    const [a, b, c] = servers;
    expect(await granted()).toEqual(expect.arrayContaining([pattern(a), pattern(b), pattern(c)]));
    await join(a, 'Internationella enheten');
    expect(await granted()).toContain(pattern(a));

    await leave();
    await expect.poll(granted).not.toContain(pattern(a));
    expect(await granted()).toEqual(expect.arrayContaining([pattern(b), pattern(c)]));
    // Gone for good, as Chrome keeps it: after a restart of the worker too.
    await options.reload();
    expect(await granted()).not.toContain(pattern(a));
  });

  it("joining a team on another server gives back the previous server's", async () => {
    const [, b, c] = servers;
    await join(b, 'Regionkansliet');
    const other = createTeam(c.dataDir, 'Miljöförvaltningen');
    await sendFromExtensionPage(options, 'team-join', { invite: other.invite, server: c.url, who: 'Eva' });
    await expect.poll(granted).not.toContain(pattern(b));
    expect(await granted()).toContain(pattern(c));
    const status = await sendFromExtensionPage<{ team?: { server: string } }>(options, 'team-status', {});
    expect(status.team?.server).toBe(c.url.replace(/\/$/, ''));
  });

  it('an origin that other features use stays until none needs it: an added site and the feed on that server', async () => {
    const [, , c] = servers;
    const origin = new URL(c.url).origin;
    await options.goto(optionsUrl());
    await options.getByTestId('team').getByRole('button', { name: 'Lämna teamet' }).waitFor();
    // Joined to c (from the test before). Removing an added site on the team's server keeps the team's permission.
    await sites().add(origin);
    await sites().remove(origin);
    expect(await granted()).toContain(pattern(c));
    // Leaving the team while the site is there keeps the site's.
    await sites().add(origin);
    await leave();
    expect(await granted()).toContain(pattern(c));
    // A calls feed on that server, set in the options: removing the site keeps the feed's.
    const feed = options.getByLabel('Eget utlysningsflöde (calls.json)');
    await feed.fill(`${origin}/calls.json`);
    await feed.press('Tab');
    await expect
      .poll(
        async () =>
          (await sendFromExtensionPage<{ settings: { feedUrl: string } }>(options, 'get-state', {})).settings.feedUrl,
      )
      .toBe(`${origin}/calls.json`);
    await sites().remove(origin);
    expect(await granted()).toContain(pattern(c));
    // None left: the feed cleared gives it back.
    await feed.fill('');
    await feed.press('Tab');
    await expect.poll(granted).not.toContain(pattern(c));
  });
});
