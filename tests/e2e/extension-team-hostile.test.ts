/// <reference types="chrome" />
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEAM_CAPS } from '../../core/team/caps.ts';
import { type ExtBrowser, launchWithExtension, sendFromExtensionPage } from './support/ext-browser.ts';
import { type FixtureServer, startFixtureServer } from './support/ext-server.ts';
import { joinTeamFromOptions } from './support/ext-team-join.ts';
import { createTeam, type FundwatchServer, NO_FETCH, startFundwatch } from './support/fundwatch-server.ts';
import { GOOD_TITLE, hostileLanded, IDS, PWN, writeHostile } from './support/hostile-team.ts';
import { pageHarm } from './support/page-harm.ts';
import { writeThroughServer } from './support/yjs-client.ts';

/**
 * The built extension in real Chromium, joined (through its options page) to a team on a real `fundwatch serve`
 * whose document a stock y-websocket client filled with hostile values (tests/e2e/support/hostile-team.ts: script
 * in every text, javascript:/data: links, megabyte strings, wrong types, __proto__ keys). The popup, its digest view
 * and the options page render what the extension read: as text, with web links only, cut to the caps.
 */
describe('the extension synced to a team whose document a hostile client wrote', () => {
  let funders: FixtureServer;
  let fw: FundwatchServer;
  let browser: ExtBrowser;
  let options: Page;
  const dialogs: string[] = [];
  const pageErrors: string[] = [];
  // A team name is plain text from the invite; a hostile one must stay text too.
  const teamName = `<img src=x onerror="${PWN}">`;

  const watch = (p: Page) => {
    p.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    p.on('pageerror', (e) => pageErrors.push(String(e)));
    return p;
  };

  beforeAll(async () => {
    funders = await startFixtureServer();
    fw = await startFundwatch({ args: [...NO_FETCH, '--no-app'] });
    browser = await launchWithExtension(funders.port);
    options = watch(await browser.ctx.newPage());
  });
  afterAll(async () => {
    await browser?.close();
    await fw?.stop();
    await funders?.close();
  });

  it('joins through the options page and syncs the hostile document without breaking', async () => {
    const team = createTeam(fw.dataDir, teamName);
    const writer = await writeThroughServer(fw.url, team, writeHostile, hostileLanded);
    writer.provider.destroy();

    const section = await joinTeamFromOptions(options, browser.extensionId, {
      invite: team.invite,
      serverUrl: fw.url,
      name: 'Eva',
      timeoutMs: 20_000,
    });
    // Synced: the worker's list has the valid entry beside the hostile ones.
    const saved = async () =>
      (await sendFromExtensionPage<{ saved: { id: string }[] }>(options, 'get-state', {})).saved.map((s) => s.id);
    await expect.poll(saved, { timeout: 60_000 }).toContain(IDS.good);
    expect(await saved()).toEqual(expect.arrayContaining([IDS.html, IDS.js, IDS.data, IDS.huge, IDS.proto]));
    // The team's name is shown as text.
    expect(await section.textContent()).toContain(teamName);
    expect(await pageHarm(options)).toEqual({ pwned: undefined, polluted: undefined, bad: [] });
  }, 120_000);

  for (const view of ['popup', 'digest'] as const) {
    it(`the ${view} shows the hostile entries as text, with web links only, cut to the caps`, async () => {
      const query = view === 'digest' ? '?view=digest' : '';
      const page = watch(await browser.ctx.newPage());
      await page.goto(`chrome-extension://${browser.extensionId}/extension/popup/index.html${query}`);
      const list = page.getByTestId('saved');
      await list.getByText(GOOD_TITLE).waitFor({ timeout: 20_000 });
      // Script-like titles are text; the valid entry keeps its web link.
      expect(await list.textContent()).toContain('Elak titel <img src=x onerror=');
      expect(await list.locator('a[href="https://ec.europa.eu/info/call"]').count()).toBeGreaterThan(0);
      // The javascript: and data: calls show, with no link at all.
      for (const title of ['Länk med javascript', 'Länk med data']) {
        const item = list.locator('li', { hasText: title });
        await item.waitFor();
        const hrefs = await item.locator('a[href]').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
        expect(hrefs.every((h) => /^https?:\/\//.test(h))).toBe(true);
      }
      // The megabyte title is cut to its cap; the whole page stays small.
      const huge = list.locator('li', { hasText: 'Stor TTT' }).locator('a').first();
      const hugeTitle = (await huge.textContent()) ?? '';
      expect(hugeTitle.startsWith('Stor TTT')).toBe(true);
      expect(hugeTitle.length).toBeLessThanOrEqual(TEAM_CAPS.title);
      expect(await page.evaluate(() => document.body.innerText.length)).toBeLessThan(50_000);
      await page.waitForTimeout(300);
      expect(await pageHarm(page)).toEqual({ pwned: undefined, polluted: undefined, bad: [] });
      await page.close();
    });
  }

  it('the options page, reloaded, still renders safely, and nothing ran anywhere', async () => {
    await options.reload();
    await options.getByTestId('team').getByTestId('team-status').waitFor();
    expect(await options.getByTestId('team').textContent()).toContain(teamName);
    await options.waitForTimeout(300);
    expect(await pageHarm(options)).toEqual({ pwned: undefined, polluted: undefined, bad: [] });
    const worker = await browser.worker();
    expect(await worker.evaluate(() => (globalThis as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expect(await worker.evaluate(() => (({}) as { pwned?: unknown }).pwned)).toBeUndefined();
    expect(dialogs).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
