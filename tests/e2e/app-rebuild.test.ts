import { cpSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_RECHECK_MS } from '../../server/static.ts';
import { chromiumPath, QUIET_ARGS } from './support/browser.ts';
import { type FundwatchServer, NO_FETCH, startFundwatch } from './support/fundwatch-server.ts';
import { ensurePwaBuild } from './support/pwa-server.ts';

/**
 * A page opened before the server got a new build of the app (`npm run build:pwa`, a deploy): a real `fundwatch
 * serve --app-dir` on a copy of dist/pwa, real Chromium, and a rebuild as vite makes one (the folder emptied, every
 * hashed file under a new name, the files that name them rewritten). The old page's code it had not loaded yet is
 * gone from the server (404).
 *
 * Service workers are blocked: a page the worker controls has the whole old build in its precache and is offered the
 * new one ("Uppdatera", tests/e2e/pwa-update.test.ts); this is every other page (the first visit before the worker
 * took over, a browser that keeps no service workers).
 */

const DIST = fileURLToPath(new URL('../../dist/pwa/', import.meta.url));
const TEXT = /\.(html|js|mjs|css|json|webmanifest)$/;

let appDir: string;
let server: FundwatchServer;
let browser: Browser;
let ctx: BrowserContext;

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** Builds `from` again into `to` as vite would with changed sources: new hashed names, and the files naming them. */
function rebuild(from: string, to: string, mark: string): void {
  const assets = readdirSync(join(from, 'assets'));
  const renamed = new Map(assets.map((n) => [n, n.replace(/(\.[a-z]+)$/, `-${mark}$1`)]));
  const names = new RegExp(
    [...renamed.keys()]
      .sort((a, b) => b.length - a.length)
      .map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('|'),
    'g',
  );
  rmSync(to, { recursive: true, force: true });
  cpSync(from, to, { recursive: true });
  for (const [old, now] of renamed) renameSync(join(to, 'assets', old), join(to, 'assets', now));
  for (const file of filesUnder(to).filter((f) => TEXT.test(f))) {
    const text = readFileSync(file, 'utf8');
    const next = text.replace(names, (n) => renamed.get(n) ?? n);
    if (next !== text) writeFileSync(file, next);
  }
}

/** What `npm run build:pwa` does to the served folder: emptied, then the new build written in. */
async function publish(build: string): Promise<void> {
  rmSync(appDir, { recursive: true, force: true });
  cpSync(build, appDir, { recursive: true });
  await new Promise((r) => setTimeout(r, APP_RECHECK_MS + 300));
}

const entry = (page: Page) =>
  page.evaluate(() => document.querySelector('script[type="module"][src]')?.getAttribute('src') ?? '');

/** A page of the current build, marked so a test can tell whether it was reloaded. */
async function openOldPage(hash: string, context = ctx): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${server.url}${hash}`);
  await page.locator('main h2').first().waitFor({ timeout: 30_000 });
  await page.evaluate(() => {
    (window as unknown as { fwOldPage: boolean }).fwOldPage = true;
  });
  return page;
}

const isOldPage = (page: Page) =>
  page.evaluate(() => (window as unknown as { fwOldPage?: boolean }).fwOldPage === true);

beforeAll(async () => {
  ensurePwaBuild();
  const root = mkdtempSync(join(tmpdir(), 'fundwatch-rebuild-'));
  appDir = join(root, 'pwa');
  cpSync(DIST, appDir, { recursive: true });
  server = await startFundwatch({ args: [...NO_FETCH, '--app-dir', appDir] });
  browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: QUIET_ARGS });
  ctx = await browser.newContext({ viewport: { width: 1280, height: 900 }, serviceWorkers: 'block' });
}, 120_000);

afterAll(async () => {
  await ctx?.close();
  await browser?.close();
  await server?.stop();
});

describe('a page of the app opened before a rebuild', () => {
  it('opens a view whose code is gone in the new build, at that view, instead of "Läser in…" for ever', async () => {
    const page = await openOldPage('#/matchningar');
    const old = await entry(page);
    expect(old).toMatch(/^\/assets\/index-.*\.js$/);

    const next = join(appDir, '..', 'build-2');
    rebuild(appDir, next, 'b2');
    await publish(next);
    // The old build's files are gone from the server.
    expect((await fetch(new URL(old, server.url))).status).toBe(404);

    await page.getByRole('link', { name: 'Tidslinje' }).click();
    await page.getByRole('heading', { name: 'Tidslinje – kommande 12 månader' }).waitFor({ timeout: 30_000 });
    // The page reloaded onto the new build, at the view the user opened.
    expect(await isOldPage(page)).toBe(false);
    expect(await entry(page)).toBe(old.replace(/\.js$/, '-b2.js'));
    expect(new URL(page.url()).hash).toBe('#/tidslinje');
    await page.close();
  }, 120_000);

  it('code an action needs that is gone: "Ny version av appen … ladda om", and the reload brings the new build', async () => {
    // A new device: the onboarding, with the data layer's code not loaded until it is needed.
    const fresh = await browser.newContext({ viewport: { width: 1280, height: 900 }, serviceWorkers: 'block' });
    const page = await openOldPage('#/matchningar', fresh);
    const requested: string[] = [];
    page.on('request', (r) => requested.push(new URL(r.url()).pathname));

    const next = join(appDir, '..', 'build-3');
    rebuild(appDir, next, 'b3');
    await publish(next);

    // "English" runs an action from the data layer's chunk, which the old page never loaded and the server no longer has.
    await page.getByRole('button', { name: 'English' }).click();
    const banner = page.getByTestId('new-build');
    await banner.waitFor({ timeout: 20_000 });
    expect(requested.some((p) => /^\/assets\/actions-.*\.js$/.test(p))).toBe(true);
    expect(await banner.textContent()).toContain('Ny version av appen på servern – ladda om sidan för att fortsätta.');
    // Nothing reloads under the user: the page is as it was until they choose to.
    expect(await isOldPage(page)).toBe(true);

    await Promise.all([page.waitForEvent('load'), banner.getByRole('button', { name: 'Ladda om' }).click()]);
    expect(await isOldPage(page)).toBe(false);
    expect(await entry(page)).toMatch(/-b3\.js$/);
    await page.locator('main h2').first().waitFor();
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('button', { name: 'Svenska' }).waitFor({ timeout: 20_000 });
    expect(await page.getByTestId('new-build').count()).toBe(0);
    await fresh.close();
  }, 120_000);
});
