import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { layoutCases } from '../support/layout-cases.ts';
import { type ExtBrowser, launchWithExtension } from './support/ext-browser.ts';
import { judge, marksAfterSettling, routeLayouts } from './support/ext-layouts.ts';
import { type FixtureServer, startFixtureServer } from './support/ext-server.ts';

/**
 * The whole layout set in real Chromium with the built extension, under the funders' host names: every
 * expected call marked once (late-rendered and re-rendered lists included), nothing else marked, and the
 * clearly relevant and irrelevant calls in the right bands. `npm run bench` prints the same per class.
 */
let server: FixtureServer;
let browser: ExtBrowser;
let page: Page;
const cases = layoutCases();

beforeAll(async () => {
  server = await startFixtureServer();
  routeLayouts(server, cases);
  browser = await launchWithExtension(server.port);
  page = await browser.ctx.newPage();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('layout set in Chromium', () => {
  let judged = 0;
  let right = 0;
  for (const c of cases) {
    it(`${c.name} (${c.class})`, async () => {
      const r = judge(c, await marksAfterSettling(page, c));
      expect({ missed: r.missed, extra: r.extra }).toEqual({ missed: [], extra: [] });
      // One badge per call: a re-rendered list is marked again, never twice.
      expect(r.marks.length).toBe(c.items.length);
      judged += r.bandsJudged;
      right += r.bandsRight;
    });
  }
  it('puts at least 80% of the clearly relevant and irrelevant calls in the right bands', () => {
    expect(judged).toBeGreaterThanOrEqual(25);
    expect(right / judged).toBeGreaterThanOrEqual(0.8);
  });
});
