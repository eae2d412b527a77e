import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { chromiumPath, QUIET_ARGS } from './browser.ts';

/**
 * The app set up as a Swedish official sets it up: a browser in Swedish with its own profile folder, a built-in
 * profile chosen on the first-run screen, and a calls.json feed saved in Inställningar.
 */

export interface AppBrowserOptions {
  /** Default: playwright's own (1280×720); the app's tests mostly use 1280×900. */
  viewport?: { width: number; height: number };
  acceptDownloads?: boolean;
}

/** Headless Chromium in Swedish whose profile (IndexedDB, service worker) lives in `dir`, and its first tab. */
export async function launchAppBrowser(
  dir: string,
  options: AppBrowserOptions = {},
): Promise<{ ctx: BrowserContext; page: Page }> {
  const ctx = await chromium.launchPersistentContext(dir, {
    executablePath: chromiumPath(),
    headless: true,
    args: QUIET_ARGS,
    locale: 'sv-SE',
    ...options,
  });
  const page = ctx.pages()[0] ?? (await ctx.newPage());
  return { ctx, page };
}

/** Opens a view by its route (`#/matchningar`, …) and waits until its heading is there. */
export async function openView(page: Page, appUrl: string, view: string): Promise<void> {
  await page.goto(`${appUrl}#/${view}`);
  await page.locator('main h2').first().waitFor();
}

/** On the first-run screen, chooses the built-in profile whose button names `body`; waits for its ranked calls. */
export async function chooseSeedProfile(page: Page, body = 'Karlskrona', timeout?: number): Promise<void> {
  await page.locator('section.onboarding button.seed', { hasText: body }).click({ timeout });
  await page.locator('p.count').waitFor({ timeout });
}

/** Saves `feedUrl` as the address of calls.json in Inställningar ("Spara och hämta"), then opens the matches. */
export async function useFeed(page: Page, appUrl: string, feedUrl: string): Promise<void> {
  await openView(page, appUrl, 'installningar');
  await page.getByLabel(/Adress till calls.json/).fill(feedUrl);
  await page.getByRole('button', { name: 'Spara och hämta' }).click();
  await openView(page, appUrl, 'matchningar');
}
