import { readFileSync } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumPath, QUIET_ARGS } from './support/browser.ts';
import { fakeVinnova } from './support/fake-vinnova.ts';
import { type FundwatchServer, startFundwatch } from './support/fundwatch-server.ts';
import { ensurePwaBuild } from './support/pwa-server.ts';

interface CallsBody {
  calls: { id: string; deadlines: { date: string }[] }[];
}

/**
 * The live path end to end, solo (no team): the server fetches a fake Vinnova on 127.0.0.1 on a schedule, the app
 * reads /api/calls from its own origin, shows the data's age, and a watched call follows the moved deadline into
 * the watch entry ("Ändrad deadline") and its calendar export.
 */
describe('fresh calls from the Fundwatch server in the app', () => {
  let browser: Browser;
  let server: FundwatchServer;
  let site: Awaited<ReturnType<typeof fakeVinnova>>;
  beforeAll(async () => {
    ensurePwaBuild();
    site = await fakeVinnova();
    server = await startFundwatch({
      args: ['--fetch-every', '2s', '--sources', 'vinnova'],
      env: { FUNDWATCH_SOURCE_ORIGINS: JSON.stringify({ 'https://data.vinnova.se': site.origin }) },
    });
    browser = await chromium.launch({ executablePath: chromiumPath(), args: QUIET_ARGS });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await site?.close();
  });

  it('shows the age and source status, and a moved deadline reaches the watch entry and its ICS', async () => {
    const get = async () => (await (await fetch(`${server.url}api/calls`)).json()) as CallsBody;
    const isRound = (id: string) => id.includes('2026-01201');
    // Wait for the first scheduled fetch of the fake site.
    for (let i = 0; i < 150 && !(await get()).calls.some((c) => isRound(c.id)); i++)
      await new Promise((r) => setTimeout(r, 200));
    const ctx = await browser.newContext({ acceptDownloads: true });
    const page = await ctx.newPage();
    await page.goto(`${server.url}#/matchningar`);
    await page.getByRole('button', { name: /Karlskrona kommun/ }).click();
    const age = page.getByTestId('data-age');
    await expect
      .poll(() => age.textContent(), { timeout: 20_000 })
      .toMatch(/^Uppdaterad i dag \d\d\.\d\d · \d+ av \d+ källor/);

    const round = page.locator('li[data-call-id*="2026-01201"]');
    await round.first().waitFor({ timeout: 30_000 });
    const callId = (await round.first().getAttribute('data-call-id')) ?? '';
    await round.first().locator('button.watch').click();
    await page.goto(`${server.url}#/bevakning`);
    const entry = page.locator(`li.entry[data-call-id="${callId}"]`);
    await entry.waitFor();
    expect(await entry.getByTestId('deadline-moved').count()).toBe(0);

    site.moveDeadline('2027-03-04T14:00:00');
    for (let i = 0; i < 150; i++) {
      const c = (await get()).calls.find((x) => x.id === callId);
      if (c?.deadlines.some((d) => d.date === '2027-03-04')) break;
      await new Promise((r) => setTimeout(r, 200));
    }
    // Opening the app again reads the fresh calls; the watch entry follows them.
    await page.reload();
    await entry.waitFor({ timeout: 20_000 });
    await expect.poll(() => entry.getByTestId('deadline-moved').count(), { timeout: 20_000 }).toBe(1);
    expect(await entry.getByTestId('deadline-moved').textContent()).toMatch(/Ändrad deadline: var 11 feb\.? 2027/);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Kalender (.ics)' }).click(),
    ]);
    const ics = readFileSync((await download.path()) ?? '', 'utf8');
    expect(ics).toContain('20270304');
    expect(ics).not.toContain('20270211');
    await ctx.close();
  });
});
