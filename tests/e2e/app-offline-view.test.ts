import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumPath, QUIET_ARGS } from './support/browser.ts';
import { type Preview, startPwaPreview } from './support/pwa-server.ts';
import { chooseSeedProfile } from './support/pwa-setup.ts';

/**
 * A view whose code the page has not loaded yet, opened while the device is offline: the app as `npm start` serves it,
 * real Chromium taken offline by its own network emulation (every request fails as with no network), and back online.
 *
 * Service workers are blocked: a page the worker controls has every view's code in its precache and opens it offline
 * (tests/e2e/pwa.test.ts); this is every other page (the first visit before the worker took over, a browser that keeps
 * no service workers), where the view's file must come from the server.
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

const TIMELINE = 'Tidslinje – kommande 12 månader';
const SAYS = 'Vyn gick inte att läsa in. Kontrollera anslutningen och försök igen.';
const isTimelineCode = (path: string) => /^\/assets\/timeline-.*\.js$/.test(path);

/**
 * A device in use: a fresh page whose data layer has started (a built-in profile chosen, its calls ranked), with the
 * files it asks the server for recorded. The timeline's code is not part of that: it has not been fetched.
 */
async function deviceInUse(): Promise<{ page: Page; requested: string[] }> {
  ctx = await browser.newContext({ viewport: { width: 1280, height: 900 }, serviceWorkers: 'block', locale: 'sv-SE' });
  const page = await ctx.newPage();
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
    await page.route(/\/assets\/timeline-[^/]*\.js$/, (route) => route.abort('connectionreset'));
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
