import type { BrowserContext, Page } from 'playwright-core';

/** Stops the extension's worker as Chrome does when idle (DevTools protocol), and waits until it has stopped. */
export async function stopExtensionWorker(ctx: BrowserContext, page: Page): Promise<void> {
  const cdp = await ctx.newCDPSession(page);
  type Versions = { versions: { scriptURL: string; runningStatus: string }[] };
  const status = (e: Versions) => e.versions.find((v) => v.scriptURL.startsWith('chrome-extension://'))?.runningStatus;
  const known = new Promise<void>((resolve) => cdp.on('ServiceWorker.workerVersionUpdated', () => resolve()));
  const stopped = new Promise<void>((resolve) =>
    cdp.on('ServiceWorker.workerVersionUpdated', (e: Versions) => {
      if (status(e) === 'stopped') resolve();
    }),
  );
  await cdp.send('ServiceWorker.enable');
  await known;
  await cdp.send('ServiceWorker.stopAllWorkers');
  await stopped;
  await cdp.detach();
}
