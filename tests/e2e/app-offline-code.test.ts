import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumPath, QUIET_ARGS } from './support/browser.ts';
import { dumpDb } from './support/pwa-page.ts';
import { type Preview, startPwaPreview } from './support/pwa-server.ts';
import { chooseSeedProfile } from './support/pwa-setup.ts';

/**
 * Code the page loads on first use that cannot be fetched: a view's file, and the data layer's (the `actions-*.js`
 * file: Dexie, the start-up, every action) just after the first view is painted on a new device. The app as
 * `npm start` serves it, real Chromium; a file fails as a dropped connection does (playwright routing), or with the
 * whole browser offline (Chromium's network emulation) and back online.
 *
 * Service workers are blocked: a page the worker controls has every file in its precache and opens it offline
 * (tests/e2e/pwa.test.ts); this is every other page (the first visit before the worker took over, a browser that keeps
 * no service workers), where the file must come from the server.
 */

let server: Preview;
let browser: Browser;
let ctx: BrowserContext;

beforeAll(async () => {
  server = await startPwaPreview();
  browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: QUIET_ARGS });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** A page in a new browser context (a new device), Swedish, without service workers. */
async function freshPage(): Promise<Page> {
  ctx = await browser.newContext({ viewport: { width: 1280, height: 900 }, serviceWorkers: 'block', locale: 'sv-SE' });
  return ctx.newPage();
}

const TIMELINE = 'Tidslinje – kommande 12 månader';
const SAYS = 'Vyn gick inte att läsa in. Kontrollera anslutningen och försök igen.';
const isTimelineCode = (path: string) => /^\/assets\/timeline-.*\.js$/.test(path);

/**
 * A device in use: a fresh page whose data layer has started (a built-in profile chosen, its calls ranked), with the
 * files it asks the server for recorded. The timeline's code is not part of that: it has not been fetched.
 */
async function deviceInUse(): Promise<{ page: Page; requested: string[] }> {
  const page = await freshPage();
  const requested: string[] = [];
  page.on('request', (r) => requested.push(new URL(r.url()).pathname));
  await page.goto(`${server.url}#/matchningar`);
  await chooseSeedProfile(page, 'Karlskrona', 30_000);
  expect(requested.some(isTimelineCode)).toBe(false);
  return { page, requested };
}

describe('a view whose code is not on the device, opened while it cannot be fetched', () => {
  it('offline: says so in Swedish; "Försök igen" asks again; back online, the view opens by itself', async () => {
    const { page, requested } = await deviceInUse();
    await ctx.setOffline(true);
    await page.getByRole('link', { name: 'Tidslinje' }).click();
    const alert = page.getByRole('alert');
    await alert.waitFor({ timeout: 20_000 });
    expect(await alert.textContent()).toContain(SAYS);
    // The view's file was asked for and the request failed: the offline path, not a view that never asked.
    expect(requested.filter(isTimelineCode)).toHaveLength(1);
    expect(await page.getByRole('heading', { name: TIMELINE }).count()).toBe(0);

    // Still offline: the new try fails too, and says so again.
    await alert.getByRole('button', { name: 'Försök igen' }).click();
    await expect.poll(() => requested.filter(isTimelineCode).length, { timeout: 20_000 }).toBe(2);
    await alert.getByRole('button', { name: 'Försök igen' }).waitFor({ timeout: 20_000 });
    expect(await alert.textContent()).toContain(SAYS);

    // Online again (the browser's "online" event): no click needed.
    await ctx.setOffline(false);
    await page.getByRole('heading', { name: TIMELINE }).waitFor({ timeout: 20_000 });
    expect(await page.getByRole('alert').count()).toBe(0);
    expect(new URL(page.url()).hash).toBe('#/tidslinje');
    await ctx.close();
  }, 90_000);

  it('the server not reached for the file while the browser stays online: "Försök igen" opens the view', async () => {
    const { page } = await deviceInUse();
    // The request fails as a dropped connection does; the browser does not go offline, so no "online" event follows.
    await page.route(/\/assets\/timeline-[^/?]*\.js(\?.*)?$/, (route) => route.abort('connectionreset'));
    await page.getByRole('link', { name: 'Tidslinje' }).click();
    const alert = page.getByRole('alert');
    await alert.waitFor({ timeout: 20_000 });
    expect(await alert.textContent()).toContain(SAYS);

    await page.unrouteAll();
    await alert.getByRole('button', { name: 'Försök igen' }).click();
    await page.getByRole('heading', { name: TIMELINE }).waitFor({ timeout: 20_000 });
    expect(await page.getByRole('alert').count()).toBe(0);
    await ctx.close();
  }, 90_000);
});

// The file under any address: a retry asks for it with a query (`?retry=1`, pwa/lib/import-again.ts).
const DATA_CODE = /\/assets\/actions-[^/?]*\.js(\?.*)?$/;
const NOT_FETCHED = 'appens kod gick inte att hämta (ingen anslutning?)';
const START_FAILED = `Fundwatch startade inte: ${NOT_FETCHED}`;
/** Written once this device's engine has ranked the calls: the data layer's start-up ran. */
const ranked = (page: Page) => page.evaluate(() => localStorage.getItem('fundwatch:first-view:v1') !== null);

/** A new device that chose Karlskrona, with the data layer's file refused; its requests for that file counted. */
async function newDeviceWithoutDataCode(): Promise<{ page: Page; asked: () => number; notice: () => Promise<string> }> {
  const page = await freshPage();
  let n = 0;
  page.on('request', (r) => {
    if (DATA_CODE.test(new URL(r.url()).pathname)) n++;
  });
  await page.route(DATA_CODE, (route) => route.abort('connectionreset'));
  await page.goto(`${server.url}#/matchningar`);
  await chooseSeedProfile(page, 'Karlskrona', 30_000);
  const notice = async () => (await page.locator('p.notice').textContent()) ?? '';
  await expect.poll(notice, { timeout: 20_000 }).toContain(START_FAILED);
  expect(await notice()).not.toMatch(/Failed to fetch|dynamically imported/);
  expect(n).toBe(1);
  expect(await ranked(page)).toBe(false);
  return { page, asked: () => n, notice };
}

describe("the data layer's code not fetched on a new device", () => {
  it('says so in Swedish; an action does nothing while it still fails; once it comes, watching and a note work', async () => {
    const { page, asked, notice } = await newDeviceWithoutDataCode();
    const card = page.locator('li.card').first();
    const id = (await card.getAttribute('data-call-id')) ?? '';
    expect(id).not.toBe('');
    const watched = page.locator(`li.card[data-call-id="${id}"]`);

    // Still refused: the tap asks for the file again, does nothing, and says so.
    await watched.getByRole('button', { name: 'Bevaka' }).click();
    await expect.poll(notice, { timeout: 20_000 }).toContain(`Inget ändrades: ${NOT_FETCHED}`);
    expect(asked()).toBe(2);
    expect(await watched.getByRole('link', { name: /Bevakas/ }).count()).toBe(0);

    // The file can be fetched now: the same tap starts the data layer and watches the call, with no reload.
    await page.unrouteAll();
    await watched.getByRole('button', { name: 'Bevaka' }).click();
    await watched.getByRole('link', { name: /Bevakas/ }).waitFor({ timeout: 30_000 });
    expect(await notice()).not.toContain(NOT_FETCHED);
    // The start that had failed ran (before the tap's action, not on a later view change): its engine ranked.
    await expect.poll(() => ranked(page), { timeout: 20_000 }).toBe(true);

    await page.getByRole('link', { name: 'Bevakning', exact: true }).click();
    const entry = page.locator(`li.entry[data-call-id="${id}"]`);
    await entry.getByRole('button', { name: /Detaljer/ }).click({ timeout: 20_000 });
    await page.getByLabel('Anteckningar').fill('Ring Region Blekinge');
    await page.getByRole('button', { name: 'Spara', exact: true }).click();
    await expect.poll(notice, { timeout: 20_000 }).toContain('Sparat.');
    const db = await dumpDb(page, ['watchlist', 'settings']);
    const rows = db.watchlist as { callId: string; notes: string }[];
    expect(rows.map((r) => [r.callId, r.notes])).toEqual([[id, 'Ring Region Blekinge']]);
    expect(db.settings).toContainEqual(expect.objectContaining({ key: 'activeProfileId' }));
    expect(new URL(page.url()).hash).toBe('#/bevakning');
    await ctx.close();
  }, 120_000);

  it('"Försök igen" on the line starts the data layer at once: the line stays while it still fails, then goes', async () => {
    const { page, asked, notice } = await newDeviceWithoutDataCode();
    const line = page.locator('p.notice');
    const retry = line.getByRole('button', { name: 'Försök igen' });
    expect(await retry.count()).toBe(1);

    // Still refused, the answer held back: while the retry runs, the line and its button stay; when it fails, too.
    let refuse = () => {};
    const held = new Promise<void>((resolve) => {
      refuse = resolve;
    });
    await page.unrouteAll();
    await page.route(DATA_CODE, async (route) => {
      await held;
      await route.abort('connectionreset');
    });
    await retry.click();
    await expect.poll(asked, { timeout: 20_000 }).toBe(2);
    expect(await notice()).toContain(START_FAILED);
    expect(await retry.count()).toBe(1);
    refuse();
    await expect.poll(notice, { timeout: 20_000 }).toContain(START_FAILED);
    await retry.waitFor({ timeout: 20_000 });
    expect(await ranked(page)).toBe(false);

    // The file can be fetched now (the browser stayed online all along: no "online" event): the button starts it.
    await page.unrouteAll();
    await retry.click();
    await expect.poll(asked, { timeout: 20_000 }).toBe(3);
    await expect.poll(notice, { timeout: 20_000 }).not.toContain(NOT_FETCHED);
    expect(await retry.count()).toBe(0);
    await expect.poll(() => ranked(page), { timeout: 20_000 }).toBe(true);

    const id = (await page.locator('li.card').first().getAttribute('data-call-id')) ?? '';
    const watched = page.locator(`li.card[data-call-id="${id}"]`);
    await watched.getByRole('button', { name: 'Bevaka' }).click();
    await watched.getByRole('link', { name: /Bevakas/ }).waitFor({ timeout: 30_000 });
    expect(asked()).toBe(3);
    const rows = (await dumpDb(page, ['watchlist'])).watchlist as { callId: string }[];
    expect(rows.map((r) => r.callId)).toEqual([id]);
    await ctx.close();
  }, 120_000);

  it('offline then back online: the data layer starts by itself, the line goes, and a tap watches', async () => {
    const { page, asked, notice } = await newDeviceWithoutDataCode();
    await ctx.setOffline(true);
    await page.unrouteAll();
    // Offline, the file still does not come.
    const card = page.locator('li.card').first();
    const id = (await card.getAttribute('data-call-id')) ?? '';
    const watched = page.locator(`li.card[data-call-id="${id}"]`);
    await watched.getByRole('button', { name: 'Bevaka' }).click();
    await expect.poll(notice, { timeout: 20_000 }).toContain(`Inget ändrades: ${NOT_FETCHED}`);

    await ctx.setOffline(false);
    await expect.poll(asked, { timeout: 20_000 }).toBe(3);
    await expect.poll(notice, { timeout: 20_000 }).not.toContain(NOT_FETCHED);
    await expect.poll(() => ranked(page), { timeout: 20_000 }).toBe(true);
    await watched.getByRole('button', { name: 'Bevaka' }).click();
    await watched.getByRole('link', { name: /Bevakas/ }).waitFor({ timeout: 30_000 });
    const rows = (await dumpDb(page, ['watchlist'])).watchlist as { callId: string }[];
    expect(rows.map((r) => r.callId)).toEqual([id]);
    await ctx.close();
  }, 120_000);
});
