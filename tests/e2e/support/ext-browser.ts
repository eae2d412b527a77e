/// <reference types="chrome" />
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BrowserContext, chromium, type Page, type Worker } from 'playwright-core';
import { funderHosts } from '../../../extension/funder-sites.ts';
import { chromiumPath, QUIET_ARGS } from './browser.ts';

export const EXT_DIST = fileURLToPath(new URL('../../../dist/ext/', import.meta.url));

export interface ExtBrowser {
  ctx: BrowserContext;
  extensionId: string;
  worker(): Promise<Worker>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  /**
   * Optional host permissions the user allowed before this start, as origin patterns ("http://127.0.0.1:4173/*").
   * Headless Chromium cannot show Chrome's permission prompt (a request stays unanswered; no flag or protocol command
   * answers it), so the grant is written where Chrome itself records an "Allow": the profile's Preferences,
   * extensions.settings.<id>.granted_permissions and active_permissions. Chrome then holds a real grant:
   * chrome.permissions.contains/getAll list it, a request for it resolves true without a prompt, and
   * chrome.permissions.remove takes it away for good (a later request prompts again).
   */
  grantedOrigins?: string[];
}

function chromiumArgs(port: number): string[] {
  const rules = funderHosts()
    .map((h) => `MAP ${h} 127.0.0.1:${port}`)
    .join(',');
  return [
    ...QUIET_ARGS,
    `--disable-extensions-except=${EXT_DIST}`,
    `--load-extension=${EXT_DIST}`,
    `--host-resolver-rules=${rules}`,
    // The fixture server's https side uses a throwaway self-signed certificate.
    '--ignore-certificate-errors',
  ];
}

async function extensionWorker(ctx: BrowserContext): Promise<Worker> {
  const live = ctx.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));
  return live ?? ctx.waitForEvent('serviceworker', { timeout: 15_000 });
}

/** Records `origins` as granted host permissions of the extension installed in the (closed) profile. */
function grantInProfile(profileDir: string, extensionId: string, origins: string[]): void {
  const file = join(profileDir, 'Default', 'Preferences');
  const prefs = JSON.parse(readFileSync(file, 'utf8'));
  const ext = prefs.extensions?.settings?.[extensionId];
  if (!ext?.granted_permissions || !ext.active_permissions)
    throw new Error(`no permissions recorded for ${extensionId}`);
  for (const set of [ext.granted_permissions, ext.active_permissions]) {
    set.explicit_host = [...new Set([...(set.explicit_host ?? []), ...origins])];
  }
  writeFileSync(file, JSON.stringify(prefs));
}

/**
 * Chromium with the built extension loaded and every funder host resolved to the local fixture server,
 * so content scripts run on their real match patterns.
 */
export async function launchWithExtension(port: number, options: LaunchOptions = {}): Promise<ExtBrowser> {
  if (!existsSync(join(EXT_DIST, 'manifest.json'))) throw new Error('dist/ext missing: run `npm run build` first');
  const profileDir = mkdtempSync(join(tmpdir(), 'fundwatch-ext-'));
  const launch = () =>
    chromium.launchPersistentContext(profileDir, {
      executablePath: chromiumPath(),
      headless: true,
      args: chromiumArgs(port),
    });
  let ctx = await launch();
  const extensionId = new URL((await extensionWorker(ctx)).url()).host;
  if (options.grantedOrigins?.length) {
    // Installed once, so the profile has the extension's record; then the grant, and the browser started again.
    await ctx.close();
    grantInProfile(profileDir, extensionId, options.grantedOrigins);
    ctx = await launch();
    await extensionWorker(ctx);
  }
  const live = ctx;
  return {
    ctx: live,
    extensionId,
    worker: () => extensionWorker(live),
    close: async () => {
      await live.close();
      rmSync(profileDir, { recursive: true, force: true });
    },
  };
}

/** Waits until the content script has marked at least `min` items, then returns their marks in page order. */
export async function marksOn(page: Page, min = 1): Promise<{ title: string; band: string; score: number }[]> {
  await page.waitForFunction((n) => document.querySelectorAll('[data-fundwatch-band]').length >= n, min, {
    timeout: 15_000,
  });
  return page.$$eval('[data-fundwatch-band]', (els) =>
    els.map((el) => ({
      title: (el.querySelector('h1, h2, h3, h4, a')?.textContent ?? '').replace(/\s+/g, ' ').trim(),
      band: el.getAttribute('data-fundwatch-band') ?? '',
      score: Number(el.getAttribute('data-fundwatch-score')),
    })),
  );
}

/** Sends a typed message from an extension page (the popup) to the worker, as the UI does. */
export async function sendFromExtensionPage<T>(page: Page, type: string, req: unknown): Promise<T> {
  return page.evaluate(
    async ([t, r]) => {
      const reply = (await chrome.runtime.sendMessage({ fw: 1, type: t, req: r })) as {
        ok: boolean;
        res?: unknown;
        error?: string;
      };
      if (!reply.ok) throw new Error(reply.error);
      return reply.res;
    },
    [type, req] as const,
  ) as Promise<T>;
}
