import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumPath, QUIET_ARGS } from './support/browser.ts';
import { poll, waitForServiceWorker } from './support/pwa-page.ts';
import { type StaticPwa, startStaticPwa } from './support/pwa-static.ts';

/** A worker build that answers "which build are you?", so the test can tell which worker controls the page. */
const build = (id: string) =>
  `self.addEventListener('message', (e) => { if (e.data && e.data.type === 'FW_TEST_BUILD') e.ports[0].postMessage(${JSON.stringify(id)}); });`;

let server: StaticPwa;
let browser: Browser;
let ctx: BrowserContext;
let page: Page;

async function controllingBuild(): Promise<string> {
  return poll(page, async () => {
    const sw = navigator.serviceWorker.controller;
    if (!sw) return undefined;
    const channel = new MessageChannel();
    const answer = new Promise<string>((resolve) => {
      channel.port1.onmessage = (e) => resolve(String(e.data));
    });
    sw.postMessage({ type: 'FW_TEST_BUILD' }, [channel.port2]);
    return Promise.race([answer, new Promise<undefined>((r) => setTimeout(() => r(undefined), 500))]);
  });
}

beforeAll(async () => {
  server = await startStaticPwa();
  server.setWorkerSuffix(build('1'));
  browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: QUIET_ARGS });
  ctx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  page = await ctx.newPage();
});

afterAll(async () => {
  await ctx?.close();
  await browser?.close();
  await server?.stop();
});

describe('PWA update prompt in Chromium', () => {
  it('offers a new service worker with "Uppdatera", keeps the old one until pressed, then reloads onto the new', async () => {
    await page.goto(server.url);
    await waitForServiceWorker(page);
    expect(await controllingBuild()).toBe('1');
    // The first install takes over without a prompt.
    expect(await page.locator('.update').count()).toBe(0);

    server.setWorkerSuffix(build('2'));
    await page.evaluate(async () => {
      (window as unknown as { fwBeforeUpdate: boolean }).fwBeforeUpdate = true;
      await (await navigator.serviceWorker.getRegistration())?.update();
    });
    const prompt = page.locator('.update[role=status]');
    await prompt.waitFor();
    expect(await prompt.textContent()).toContain('En ny version finns.');
    // Waiting, not yet in control: unsaved edits on the page are safe until the user says so.
    expect(await controllingBuild()).toBe('1');
    expect(await page.evaluate(async () => !!(await navigator.serviceWorker.getRegistration())?.waiting)).toBe(true);

    await Promise.all([page.waitForEvent('load'), prompt.getByRole('button', { name: 'Uppdatera' }).click()]);
    expect(
      await page.evaluate(() => (window as unknown as { fwBeforeUpdate?: boolean }).fwBeforeUpdate),
    ).toBeUndefined();
    expect(await controllingBuild()).toBe('2');
    await page.locator('main h2').first().waitFor();
    expect(await page.locator('.update').count()).toBe(0);
  });
});
