import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';

const AXE = readFileSync(fileURLToPath(new URL('../../../node_modules/axe-core/axe.min.js', import.meta.url)), 'utf8');
export const TABLES = ['calls', 'watchlist', 'profiles', 'settings', 'digestRuns'] as const;

/** Waits until the service worker controls the page (after that, the app works offline). */
export async function waitForServiceWorker(page: Page): Promise<void> {
  await poll(page, async () => {
    const reg = await navigator.serviceWorker.ready;
    return !!reg.active && !!navigator.serviceWorker.controller;
  });
}

/** Polls an async page function until it returns something truthy (waitForFunction does not await promises). */
export async function poll<T>(page: Page, fn: () => Promise<T>, timeoutMs = 30_000): Promise<NonNullable<T>> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await page.evaluate(fn);
    if (value) return value as NonNullable<T>;
    if (Date.now() > until) throw new Error(`poll: timed out after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** Every row of the user's tables, read straight from IndexedDB (not through the app). */
export async function dumpDb(
  page: Page,
  tables: readonly string[] = ['watchlist', 'profiles', 'settings', 'digestRuns'],
) {
  return page.evaluate(
    async (names) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const req = indexedDB.open('fundwatch');
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
      const out: Record<string, unknown[]> = {};
      for (const name of names) {
        out[name] = await new Promise<unknown[]>((resolve, reject) => {
          const req = db.transaction(name, 'readonly').objectStore(name).getAll();
          req.onsuccess = () => resolve(req.result);
          req.onerror = () => reject(req.error);
        });
      }
      db.close();
      return out;
    },
    [...tables],
  );
}

export async function wipeDb(page: Page): Promise<void> {
  await page.evaluate(
    async (names) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const req = indexedDB.open('fundwatch');
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
      const tx = db.transaction(names, 'readwrite');
      for (const n of names) tx.objectStore(n).clear();
      await new Promise((r) => {
        tx.oncomplete = r;
      });
      db.close();
    },
    [...TABLES],
  );
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** Serious and critical issues only. */
export async function seriousAxeViolations(page: Page): Promise<AxeViolation[]> {
  return (await axeViolations(page)).filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/** Runs axe-core in the page (evaluated over DevTools, so the app's CSP stays on) and returns every violation. */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  await page.evaluate(AXE);
  const { violations, passes } = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run: (ctx: Document) => Promise<{ violations: AxeViolation[]; passes: unknown[] }> };
      }
    ).axe;
    const result = await axe.run(document);
    return { violations: result.violations, passes: result.passes.length };
  });
  // A run that checked nothing would pass silently.
  if (passes === 0) throw new Error('axe-core ran no checks');
  return violations.map((v) => ({
    id: v.id,
    impact: v.impact,
    help: v.help,
    nodes: v.nodes.slice(0, 3).map((n) => ({ target: n.target })),
  }));
}
