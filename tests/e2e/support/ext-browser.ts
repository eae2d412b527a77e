/// <reference types="chrome" />
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
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

/**
 * Chromium with the built extension loaded and every funder host resolved to the local fixture server,
 * so content scripts run on their real match patterns.
 */
export async function launchWithExtension(port: number): Promise<ExtBrowser> {
  if (!existsSync(join(EXT_DIST, 'manifest.json'))) throw new Error('dist/ext missing: run `npm run build` first');
  const profileDir = mkdtempSync(join(tmpdir(), 'fundwatch-ext-'));
  const rules = funderHosts()
    .map((h) => `MAP ${h} 127.0.0.1:${port}`)
    .join(',');
  const ctx = await chromium.launchPersistentContext(profileDir, {
    executablePath: chromiumPath(),
    headless: true,
    args: [
      ...QUIET_ARGS,
      `--disable-extensions-except=${EXT_DIST}`,
      `--load-extension=${EXT_DIST}`,
      `--host-resolver-rules=${rules}`,
      // The fixture server's https side uses a throwaway self-signed certificate.
      '--ignore-certificate-errors',
    ],
  });
  const worker = async (): Promise<Worker> => {
    const live = ctx.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));
    return live ?? ctx.waitForEvent('serviceworker', { timeout: 15_000 });
  };
  const extensionId = new URL((await worker()).url()).host;
  return {
    ctx,
    extensionId,
    worker,
    close: async () => {
      await ctx.close();
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
