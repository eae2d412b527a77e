/// <reference types="chrome" />
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { priorityFigures, priorityFigureText } from '../../core/format/priority-figures.ts';
import type { SavedReason } from '../../core/model/saved-match.ts';
import { uiClick, uiText, waitForUi } from './support/closed-ui.ts';
import { type ExtBrowser, launchWithExtension, marksOn, sendFromExtensionPage } from './support/ext-browser.ts';
import { calendarFeed } from './support/ext-feed.ts';
import { type FixtureServer, startFixtureServer } from './support/ext-server.ts';
import { serveSourceFixtures } from './support/ext-source-fixtures.ts';
import { stopExtensionWorker } from './support/stop-worker.ts';

const SHOTS = fileURLToPath(new URL('../../screenshots/points/', import.meta.url));

/** The worker's durable state: Watch survives a worker stop, and the weekly alarm notifies only what is new. */
let server: FixtureServer;
let browser: ExtBrowser;
let page: Page;
let extPage: Page;

interface State {
  pageCalls: { title: string; band: string; score: number }[];
  saved: {
    id: string;
    call: { title: string; url: string; deadlines: unknown[] };
    band: string;
    reasons: SavedReason[];
    lines?: { sv: string[]; en: string[] };
  }[];
  digest?: {
    ranAt: string;
    entries: { callId: string; title: string; band: string; reasons: SavedReason[] }[];
    checked: string[];
    errors: string[];
  };
  settings: { feedUrl: string };
}

beforeAll(async () => {
  server = await startFixtureServer();
  server.route('euro-access.eu', '/fundwatch-e2e/calls.json', () => ({
    type: 'application/json',
    body: JSON.stringify(calendarFeed(new Date())),
  }));
  serveSourceFixtures(server);
  browser = await launchWithExtension(server.port);
  page = await browser.ctx.newPage();
  extPage = await browser.ctx.newPage();
  await extPage.goto(`chrome-extension://${browser.extensionId}/extension/popup/index.html`);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('worker state', () => {
  it('Watch saves the call, and the saved call survives the worker being stopped', async () => {
    await page.goto('https://southbaltic.eu/news');
    await marksOn(page, 2);
    await uiClick(page, 0, 'button.badge');
    await waitForUi(page, 0, '.panel');
    await uiClick(page, 0, '.panel button.watch');
    await expect.poll(() => uiText(page, 0, '.panel button.watch')).toBe('Bevakas ✓');

    await stopExtensionWorker(browser.ctx, extPage);

    // The next message wakes a fresh worker, which reads the state back from storage.
    const state = await sendFromExtensionPage<State>(extPage, 'get-state', {});
    expect(state.saved).toHaveLength(1);
    expect(state.saved[0].call.title).toContain('3rd Small-scale projects call');
    expect(state.saved[0].call.url).toBe(
      'https://southbaltic.eu/-/small-scale-projects-call-cooperation-capacity-civil-society',
    );

    // The page learns it is saved: after a reload the button says so.
    await page.reload();
    await marksOn(page, 2);
    await uiClick(page, 0, 'button.badge');
    await waitForUi(page, 0, '.panel');
    expect(await uiText(page, 0, '.panel button.watch')).toBe('Bevakas ✓');

    // The popup lists it, with the hand-over link to the PWA's URL entry point.
    await extPage.reload();
    const saved = extPage.locator('[data-testid="saved"] li');
    await saved.first().waitFor();
    expect(await saved.count()).toBe(1);
    // The official sees whose profile scores the page (the län by name) and when the watched call is due.
    expect(await extPage.locator('[data-testid="profile"]').textContent()).toContain(
      'Karlskrona kommun · Blekinge län',
    );
    expect(await saved.first().textContent()).toMatch(/Sista[^·]* \d{1,2} [a-zåäö]+\.? \d{4}/);
    // Its best priority and points, told from the reasons saved with it (structured, through the shared document).
    expect(state.saved[0].reasons.length).toBeGreaterThan(0);
    expect(state.saved[0].lines).toBeUndefined();
    const [best] = priorityFigures(state.saved[0].reasons, 'sv', 1);
    expect(await saved.first().locator('.why').textContent()).toBe(` · ${priorityFigureText(best)}`);
    const handover = await saved.first().locator('a').nth(1).getAttribute('href');
    const url = new URL(handover!);
    expect(url.origin + url.pathname).toBe('http://127.0.0.1:4173/');
    // The whole call travels in the fragment (core/exchange): same id, its deadlines and area.
    const { readHandover } = await import('../../core/exchange/handover.ts');
    const handed = readHandover(url.hash)!;
    expect(handed.calls[0].id).toBe(state.saved[0].id);
    expect(handed.calls[0].title).toContain('3rd Small-scale projects call');
    expect(handed.calls[0].url).toBe(
      'https://southbaltic.eu/-/small-scale-projects-call-cooperation-capacity-civil-society',
    );
    expect(handed.calls[0].deadlines).toEqual(state.saved[0].call.deadlines);

    const { json } = await sendFromExtensionPage<{ json: string }>(extPage, 'export-saved', {});
    const exported = JSON.parse(json) as { format: string; version: number; calls: { id: string; title: string }[] };
    expect(exported.format).toBe('fundwatch-exchange');
    expect(exported.version).toBe(1);
    expect(exported.calls.map((c) => c.id)).toEqual([state.saved[0].id]);
  });

  it('the alarm raises one notification for new matches, and none when nothing is new', async () => {
    await sendFromExtensionPage(extPage, 'set-settings', {
      patch: { feedUrl: 'https://euro-access.eu/fundwatch-e2e/calls.json' },
    });
    await sendFromExtensionPage(extPage, 'check-soon', { seconds: 1 });

    const notifications = async () =>
      (await browser.worker()).evaluate(() => chrome.notifications.getAll() as Promise<Record<string, boolean>>);
    await expect.poll(notifications, { timeout: 20_000, interval: 250 }).toHaveProperty('fundwatch-weekly');

    const first = await sendFromExtensionPage<State>(extPage, 'get-state', {});
    const titles = first.digest!.entries.map((e) => e.title);
    expect(titles).toContain('Small projects for people-to-people cooperation in the South Baltic area');
    expect(titles).not.toContain('Deep-tech scale-up grants for companies');
    for (const e of first.digest!.entries) expect(['strong', 'relevant']).toContain(e.band);

    // The funders' own sources were fetched (over https, recorded responses) and parsed by core's parsers:
    // those on granted hosts, not the data APIs the user has not allowed.
    const { checked, errors } = first.digest!;
    expect(checked).toEqual(expect.arrayContaining(['icld', 'interreg-south-baltic', 'mucf', 'interreg-no', 'feed']));
    expect(checked).not.toContain('vinnova');
    expect(checked).not.toContain('eu-ft');
    expect(errors.filter((e) => /ICLD|South Baltic/.test(e))).toEqual([]);
    expect(first.digest!.entries.some((e) => e.callId.startsWith('icld:'))).toBe(true);

    // The list the notification opens: one row per new match, the band chip beside the reasons
    // (which then skip the score line the chip already shows).
    await extPage.goto(`chrome-extension://${browser.extensionId}/extension/popup/index.html?view=digest`);
    const rows = extPage.locator('[data-testid="digest"] li');
    await rows.first().waitFor();
    expect(await rows.count()).toBe(first.digest!.entries.length);
    expect(await rows.first().locator('.band').textContent()).toMatch(/^(Stark|Relevant) \d+$/);
    expect(await rows.first().textContent()).not.toMatch(/Poäng \d+ av 100/);
    // The first reason as its priority and points, not a sentence with a quote: the call's page is a click away.
    expect(await rows.first().textContent()).not.toMatch(/Citat:|Matchar prioriteringen/);
    expect(await rows.first().textContent()).toMatch(/ [+]\d+(,\d)? p/);
    // Told now from the structured reasons, in the language chosen: the priority's name and its points.
    const top = first.digest!.entries[0];
    expect(top.reasons.length).toBeGreaterThan(0);
    const [sv] = priorityFigures(top.reasons, 'sv', 1);
    const [en] = priorityFigures(top.reasons, 'en', 1);
    expect(sv.label).not.toBe(en.label);
    expect(await rows.first().locator('.why').textContent()).toContain(priorityFigureText(sv));
    await sendFromExtensionPage(extPage, 'set-settings', { patch: { lang: 'en' } });
    await extPage.reload();
    await expect.poll(() => rows.first().locator('.why').textContent()).toContain(priorityFigureText(en));
    expect(await rows.first().locator('.band').textContent()).toMatch(/^(Strong|Relevant) \d+$/);
    await sendFromExtensionPage(extPage, 'set-settings', { patch: { lang: 'sv' } });
    await extPage.reload();
    await expect.poll(() => rows.first().locator('.why').textContent()).toContain(priorityFigureText(sv));
    await extPage.setViewportSize({ width: 400, height: 700 });
    mkdirSync(SHOTS, { recursive: true });
    await extPage.screenshot({ path: `${SHOTS}extension-popup-digest.png` });

    // Second run: same calls, nothing new, so no notification.
    await (await browser.worker()).evaluate(() => chrome.notifications.clear('fundwatch-weekly'));
    await sendFromExtensionPage(extPage, 'check-soon', { seconds: 1 });
    await expect
      .poll(async () => (await sendFromExtensionPage<State>(extPage, 'get-state', {})).digest?.ranAt, {
        timeout: 20_000,
        interval: 250,
      })
      .not.toBe(first.digest!.ranAt);
    const second = await sendFromExtensionPage<State>(extPage, 'get-state', {});
    expect(second.digest!.entries).toEqual([]);
    expect(await notifications()).toEqual({});

    // The list the notification opens shows the last run.
    await extPage.goto(`chrome-extension://${browser.extensionId}/extension/popup/index.html?view=digest`);
    // The popup paints 'Loading…' until the worker answers (slower under load): wait for the answer.
    await expect.poll(() => extPage.locator('main').textContent()).toContain('Inget nytt sedan förra veckan');
  });

  it('the popup ranks the calls found on a tab, best first', async () => {
    await page.goto('https://euro-access.eu/en/calls');
    await marksOn(page, 3);
    const tabId = await (await browser.worker()).evaluate(
      async () => (await chrome.tabs.query({ url: 'https://euro-access.eu/*' }))[0]?.id,
    );
    const state = await sendFromExtensionPage<State>(extPage, 'get-state', { tabId });
    expect(state.pageCalls.map((c) => c.title)).toHaveLength(3);
    const scores = state.pageCalls.map((c) => c.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(state.pageCalls[0].title).toBe('Interreg Baltic Sea Region - Small projects');
  });

  it('speaks English when the user switches language', async () => {
    await sendFromExtensionPage(extPage, 'set-settings', { patch: { lang: 'en' } });
    await page.goto('https://southbaltic.eu/news');
    await marksOn(page, 2);
    // The 5th call closed in February 2026: the badge says so first, in English.
    expect(await uiText(page, 1, 'button.badge')).toMatch(/^(Closed · )?(Strong|Relevant|Weak|No match) \d+$/);
    await uiClick(page, 1, 'button.badge');
    await waitForUi(page, 1, '.panel');
    expect(await uiText(page, 1, '.panel')).toContain('Eligibility');
    expect(await uiText(page, 1, '.panel button.watch')).toBe('Watch');
  });

  it('reads corrupted storage as defaults, field by field, and keeps working', async () => {
    const watched = (await sendFromExtensionPage<State>(extPage, 'get-state', {})).saved.map((s) => s.id);
    await (await browser.worker()).evaluate(() =>
      chrome.storage.local.set({
        settings: { lang: 'xx', notifications: 'loud', pwaUrl: 'javascript:alert(1)' },
        profile: { kind: 'custom', profile: { id: 'broken' } },
        saved: [{ id: 'x', call: { title: 'no id' }, score: 500, band: 'great' }, 'junk'],
        seen: 'nope',
        digest: 42,
      }),
    );
    const state = await sendFromExtensionPage<State & { settings: { lang: string; pwaUrl: string } }>(
      extPage,
      'get-state',
      {},
    );
    expect(state.settings.lang).toBe('sv');
    expect(state.settings.pwaUrl).toBe('http://127.0.0.1:4173/');
    // A damaged old-style saved list adds nothing; the watchlist itself lives in the shared document.
    expect(state.saved.map((s) => s.id)).toEqual(watched);
    expect(state.digest).toBeUndefined();
    await page.goto('https://southbaltic.eu/news');
    expect(await marksOn(page, 2)).toHaveLength(2);
  });

  it('shows what an older version stored as text as it was', async () => {
    // An older version kept each explanation as lines of text in both languages, under `reasons`.
    const lines = {
      sv: [
        'Poäng 66 av 100 (relevant matchning).',
        'Sista ansökningsdag 15 jan. 2027.',
        'Matchar prioriteringen "Klimat" genom "klimat": +40 p. Citat: …klimat…',
      ],
      en: [
        'Score 66 of 100 (relevant match).',
        'Deadline 15 Jan 2027.',
        'Matches the priority "Climate" through "climate": +40 p. Quote: …climate…',
      ],
    };
    const call = {
      id: 'icld:old-version',
      source: 'icld',
      funder: 'ICLD',
      title: 'Kommunalt partnerskap (sparad av en äldre version)',
      summary: 'Kommuner kan söka.',
      url: 'https://icld.se/old-version',
      language: 'sv',
      deadlines: [{ date: '2027-01-15', time: '16:00', timeZone: 'Europe/Stockholm', kind: 'application' }],
    };
    await (await browser.worker()).evaluate(
      ({ lines, call }) =>
        chrome.storage.local.set({
          saved: [{ id: call.id, call, score: 66, band: 'relevant', reasons: lines, savedAt: '2026-01-01T10:00:00Z' }],
          digest: {
            ranAt: '2026-11-30T08:00:00Z',
            entries: [
              {
                callId: call.id,
                title: call.title,
                url: call.url,
                funder: 'ICLD',
                score: 66,
                band: 'relevant',
                reasons: lines,
              },
            ],
            checked: ['icld'],
            errors: [],
          },
        }),
      { lines, call },
    );
    const state = await sendFromExtensionPage<State>(extPage, 'get-state', {});
    const old = state.saved.find((s) => s.id === call.id)!;
    expect(old.reasons).toEqual([]);
    expect(old.lines).toEqual(lines);
    // The exchange with the app carries the lines as they are.
    const { json } = await sendFromExtensionPage<{ json: string }>(extPage, 'export-saved', {});
    const entry = (JSON.parse(json) as { entries: { callId: string; match?: { lines?: unknown } }[] }).entries.find(
      (e) => e.callId === call.id,
    );
    expect(entry?.match?.lines).toEqual(lines);

    // The weekly list shows the stored lines after the score the chip gives, as they were written.
    await extPage.goto(`chrome-extension://${browser.extensionId}/extension/popup/index.html?view=digest`);
    const why = extPage.locator('[data-testid="digest"] li .why');
    await expect.poll(() => why.first().textContent()).toBe(`${lines.sv[1]} · ${lines.sv[2]}`);
  });
});
