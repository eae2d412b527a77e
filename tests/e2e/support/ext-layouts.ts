import type { Page } from 'playwright-core';
import { type LayoutCase, scoreCase } from '../../support/layout-cases.ts';
import type { FixtureServer } from './ext-server.ts';

export interface MarkedItem {
  title: string;
  band: string;
  score: number;
}

export interface CaseResult {
  c: LayoutCase;
  marks: MarkedItem[];
  hits: number;
  missed: string[];
  extra: string[];
  /** Expected bands met / judged (items with a `band` in the sidecar that were found). */
  bandsRight: number;
  bandsJudged: number;
  /** Marks on things that are not calls with a strong or relevant band. */
  strayHigh: number;
}

/** Serves the synthetic layouts at their sidecar addresses (the recorded pages are served by path already). */
export function routeLayouts(server: FixtureServer, cases: readonly LayoutCase[]): void {
  for (const c of cases) {
    const u = new URL(c.url);
    server.route(u.hostname, u.pathname, () => ({ type: 'text/html; charset=utf-8', body: c.html }));
  }
}

/**
 * What the extension marked: each badge's title (the title element it sits in or after) and its item's band.
 * Reads only light-DOM attributes, so it works with closed shadow roots.
 */
export async function readMarks(page: Page): Promise<MarkedItem[]> {
  return page.$$eval('[data-fundwatch-ui="badge"]', (hosts) =>
    hosts.map((host) => {
      const prev = host.previousElementSibling;
      const titleEl = prev && prev.tagName === 'A' ? prev : host.parentElement;
      const root = host.closest('[data-fundwatch-band]');
      return {
        title: (titleEl?.textContent ?? '').replace(/\s+/g, ' ').trim(),
        band: root?.getAttribute('data-fundwatch-band') ?? '',
        score: Number(root?.getAttribute('data-fundwatch-score') ?? Number.NaN),
      };
    }),
  );
}

/** Loads a case and waits until the content script has finished and the marks stopped changing. */
export async function marksAfterSettling(page: Page, c: LayoutCase): Promise<MarkedItem[]> {
  await page.goto(c.url);
  await page.waitForFunction(() => performance.getEntriesByName('fundwatch:scan-done').length > 0, null, {
    timeout: 15_000,
  });
  // Scripted pages render (and re-render) after load: give them time to finish, then wait for quiet.
  if (c.scripted) await page.waitForTimeout(2500);
  let last = '';
  for (let i = 0; i < 20; i++) {
    const now = JSON.stringify(await readMarks(page));
    if (now === last) break;
    last = now;
    await page.waitForTimeout(400);
  }
  return readMarks(page);
}

export function judge(c: LayoutCase, marks: MarkedItem[]): CaseResult {
  const r = scoreCase(
    c,
    marks.map((m) => m.title),
  );
  let bandsRight = 0;
  let bandsJudged = 0;
  for (const e of c.items) {
    if (!e.band) continue;
    const m = marks.find((x) => x.title.startsWith(e.title));
    if (!m) continue;
    bandsJudged += 1;
    const high = m.band === 'strong' || m.band === 'relevant';
    if (high === (e.band === 'high')) bandsRight += 1;
  }
  const strayHigh = marks.filter(
    (m) => r.extra.includes(m.title) && (m.band === 'strong' || m.band === 'relevant'),
  ).length;
  return { c, marks, ...r, bandsRight, bandsJudged, strayHigh };
}
