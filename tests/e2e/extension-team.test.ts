/// <reference types="chrome" />
import { chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { fromBase64, toBase64 } from '../../core/doc-link/base64.ts';
import { priorityFigures, priorityFigureText } from '../../core/format/priority-figures.ts';
import type { FundingCall } from '../../core/model/call.ts';
import type { SavedReason } from '../../core/model/saved-match.ts';
import { SEED_PROFILES } from '../../core/profile/seeds.ts';
import { readTeamProfile, readTeamWatchlist, watchInTeam, writeTeamProfile } from '../../core/team/index.ts';
import { chromiumPath, QUIET_ARGS } from './support/browser.ts';
import { uiClick, uiText, waitForUi } from './support/closed-ui.ts';
import { type ExtBrowser, launchWithExtension, marksOn, sendFromExtensionPage } from './support/ext-browser.ts';
import { type FixtureServer, startFixtureServer } from './support/ext-server.ts';
import { serveSourceFixtures } from './support/ext-source-fixtures.ts';
import { createTeam, type FundwatchServer, NO_FETCH, startFundwatch } from './support/fundwatch-server.ts';
import { stopExtensionWorker } from './support/stop-worker.ts';
import { connectClient, waitFor, whenSynced } from './support/yjs-client.ts';

/**
 * The extension joins the rest of Fundwatch: with no team it shares one document with the app on this computer
 * (externally_connectable port, real pages on the real server's origin); joined to a team it syncs through the real
 * server process with the stock y-websocket protocol, and a stock client stands in for another device.
 */
const ARGS = NO_FETCH;

let funders: FixtureServer;
let fw: FundwatchServer;
let browser: ExtBrowser;
let funderPage: Page;
let extPage: Page;

interface State {
  saved: { id: string; call: FundingCall; reasons: SavedReason[] }[];
}

beforeAll(async () => {
  funders = await startFixtureServer();
  serveSourceFixtures(funders);
  fw = await startFundwatch({ args: ARGS });
  browser = await launchWithExtension(funders.port);
  funderPage = await browser.ctx.newPage();
  extPage = await browser.ctx.newPage();
  await extPage.goto(`chrome-extension://${browser.extensionId}/extension/popup/index.html`);
});

afterAll(async () => {
  await browser?.close();
  await fw?.stop();
  await funders?.close();
});

/** Bevaka on the `index`th marked call of a funder page (the first by default), through the extension's own UI. */
async function watchFirstOn(url: string, index = 0): Promise<void> {
  await funderPage.goto(url);
  await marksOn(funderPage, Math.max(2, index + 1));
  await uiClick(funderPage, index, 'button.badge');
  await waitForUi(funderPage, index, '.panel');
  expect(await uiText(funderPage, index, '.panel button.watch')).not.toBe('Bevakas ✓');
  await uiClick(funderPage, index, '.panel button.watch');
  await expect.poll(() => uiText(funderPage, index, '.panel button.watch')).toBe('Bevakas ✓');
}

async function scoresOn(url: string): Promise<number[]> {
  await funderPage.goto(url);
  return (await marksOn(funderPage, 2)).map((m) => m.score);
}

/** The profile the app would write: the seed with every weight but the first set to 0. */
function narrowedProfile() {
  const seed = SEED_PROFILES.find((p) => p.id === 'karlskrona')!;
  return { ...seed, priorities: seed.priorities.map((p, i) => ({ ...p, weight: i === 0 ? 3 : 0 })) };
}

/** The app's main menu, as a user clicks it. */
function navTo(app: Page, name: string) {
  return app.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name }).click();
}

/** Sets every priority's weight slider in the app's Profil view. */
async function setWeights(app: Page, weight: (i: number) => number): Promise<void> {
  const sliders = app.locator('li.priority input[type="range"]');
  await sliders.first().waitFor();
  const n = await sliders.count();
  for (let i = 0; i < n; i++) await sliders.nth(i).fill(String(weight(i)));
}

describe('no server: the extension and the app on one computer share one document', () => {
  let app: Page;
  const doc = new Y.Doc();

  /** Messages from the extension to the app page, read in Node. */
  async function inbox(): Promise<{ t: string; u?: string; code?: string }[]> {
    return app.evaluate(() => (window as unknown as { fwInbox: { t: string }[] }).fwInbox.splice(0));
  }
  async function pull(): Promise<void> {
    for (const m of await inbox()) if (m.t === 'update' && m.u) Y.applyUpdate(doc, fromBase64(m.u));
  }
  async function push(update: Uint8Array): Promise<void> {
    await app.evaluate(
      (u) =>
        (window as unknown as { fwPort: chrome.runtime.Port }).fwPort.postMessage({
          p: 'fundwatch-doc-link',
          v: 1,
          t: 'update',
          u,
        }),
      toBase64(update),
    );
  }

  it('the app page on 127.0.0.1 opens a port and receives the call watched in the extension', async () => {
    await watchFirstOn('https://southbaltic.eu/news');
    const state = await sendFromExtensionPage<State>(extPage, 'get-state', {});
    expect(state.saved).toHaveLength(1);

    app = await browser.ctx.newPage();
    await app.goto(fw.url);
    await app.evaluate(
      ([id, sv]) => {
        const w = window as unknown as { fwPort: chrome.runtime.Port; fwInbox: unknown[] };
        w.fwInbox = [];
        w.fwPort = chrome.runtime.connect(id, { name: 'fundwatch-doc-link' });
        w.fwPort.onMessage.addListener((m) => w.fwInbox.push(m));
        w.fwPort.postMessage({ p: 'fundwatch-doc-link', v: 1, t: 'state', doc: 'local', sv });
      },
      [browser.extensionId, toBase64(Y.encodeStateVector(doc))] as const,
    );
    await expect
      .poll(
        async () => {
          await pull();
          return readTeamWatchlist(doc).map((e) => e.callId);
        },
        { timeout: 10_000 },
      )
      .toEqual([state.saved[0].id]);
    const entry = readTeamWatchlist(doc)[0];
    // The same call, whole: id, deadlines with time and zone, programme area.
    expect(entry.call.deadlines).toEqual(state.saved[0].call.deadlines);
    expect(entry.call.programmeArea).toBe(state.saved[0].call.programmeArea);
    expect(entry.status).toBe('bevakas');
    // Why it matched crosses as data (core's SavedMatch), for every device to tell in its own language.
    expect(entry.match?.reasons.length).toBeGreaterThan(0);
    expect(entry.match?.reasons).toEqual(state.saved[0].reasons);
    expect(entry.match?.lines).toBeUndefined();
  });

  it("a call watched in the app is in the extension's list, and the app's profile scores the funder pages", async () => {
    const before = await scoresOn('https://southbaltic.eu/news');
    const sv = Y.encodeStateVector(doc);
    const call: FundingCall = {
      ...readTeamWatchlist(doc)[0].call,
      id: 'shared:app-watched',
      title: 'Utlysning bevakad i appen',
      url: 'https://southbaltic.eu/app-watched',
    };
    watchInTeam(doc, call, { who: 'Appen', now: new Date() });
    writeTeamProfile(doc, narrowedProfile(), { who: 'Appen', now: new Date() });
    await push(Y.encodeStateAsUpdate(doc, sv));

    await expect
      .poll(async () => (await sendFromExtensionPage<State>(extPage, 'get-state', {})).saved.map((s) => s.id).sort(), {
        timeout: 10_000,
      })
      .toContain('shared:app-watched');
    const after = await scoresOn('https://southbaltic.eu/news');
    expect(after).not.toEqual(before);
  });

  it('refuses damaged updates and other documents, and pages elsewhere cannot connect', async () => {
    await push(new TextEncoder().encode('not a yjs update'));
    await app.evaluate((id) => {
      const port = chrome.runtime.connect(id, { name: 'fundwatch-doc-link' });
      const w = window as unknown as { fwOther: unknown[] };
      w.fwOther = [];
      port.onMessage.addListener((m) => w.fwOther.push(m));
      port.postMessage({ p: 'fundwatch-doc-link', v: 1, t: 'state', doc: 'someoneelsesteam', sv: 'AA==' });
    }, browser.extensionId);
    await expect
      .poll(async () => (await inbox()).filter((m) => m.t === 'refused').map((m) => m.code), { timeout: 5000 })
      .toContain('bad-update');
    await expect
      .poll(() =>
        app.evaluate(() =>
          (window as unknown as { fwOther: { t: string; code?: string }[] }).fwOther.map((m) => m.code ?? m.t),
        ),
      )
      .toContain('other-document');
    // A funder's page (https, not the app) has no way to reach the extension.
    await funderPage.goto('https://southbaltic.eu/news');
    expect(
      await funderPage.evaluate(
        () => typeof (globalThis as { chrome?: { runtime?: { connect?: unknown } } }).chrome?.runtime?.connect,
      ),
    ).toBe('undefined');
    const state = await sendFromExtensionPage<State>(extPage, 'get-state', {});
    expect(state.saved.length).toBe(2);
  });
  describe('the real app, linked from the options page', () => {
    let linked: Page;
    const savedIds = async () => (await sendFromExtensionPage<State>(extPage, 'get-state', {})).saved.map((s) => s.id);

    it('opens from "öppna appen och koppla ihop" and shows the extension’s watchlist, live', async () => {
      const options = await browser.ctx.newPage();
      await options.goto(`chrome-extension://${browser.extensionId}/extension/options/index.html`);
      await options.getByLabel('Appens adress').fill(fw.url);
      await options.getByLabel('Appens adress').press('Tab');
      const link = options.getByRole('link', { name: 'öppna appen och koppla ihop' });
      await expect.poll(() => link.getAttribute('href')).toBe(`${fw.url}#fundwatch-extension=${browser.extensionId}`);
      [linked] = await Promise.all([browser.ctx.waitForEvent('page'), link.click()]);
      await options.close();
      await navTo(linked, 'Bevakning');
      const state = await sendFromExtensionPage<State>(extPage, 'get-state', {});
      const watched = state.saved.find((s) => s.id !== 'shared:app-watched')!;
      const title = watched.call.title;
      const main = linked.locator('main');
      await expect.poll(() => main.textContent(), { timeout: 15_000 }).toContain(title);
      // The app tells the reasons the extension saved with the call: the best priority and its points, in Swedish.
      const [best] = priorityFigures(watched.reasons, 'sv', 1);
      const row = linked.locator(`li.entry[data-call-id="${watched.id}"]`);
      await row.locator('button.toggle').click();
      expect(await row.locator('.saved-match .reasons > li').first().textContent()).toContain(priorityFigureText(best));
      await row.locator('button.toggle').click();
      expect(await main.textContent()).toContain('Utlysning bevakad i appen');
      // The id hint left the address bar.
      expect(linked.url()).not.toContain('fundwatch-extension');

      // Bevaka in the extension while the app is open: the entry appears in the app without a reload.
      await watchFirstOn('https://euro-access.eu/en/calls');
      const added = (await savedIds()).filter((id) => !state.saved.some((s) => s.id === id));
      expect(added).toHaveLength(1);
      await linked.locator(`li.entry[data-call-id="${added[0]}"]`).waitFor({ timeout: 15_000 });
    });

    it('a call watched in the app’s Matchningar is in the extension’s list', async () => {
      await navTo(linked, 'Matchningar');
      const first = linked
        .locator('li[data-call-id]')
        .filter({ has: linked.locator('button.watch[aria-pressed="false"]') })
        .first();
      await first.waitFor({ timeout: 30_000 });
      const id = (await first.getAttribute('data-call-id')) ?? '';
      expect(await savedIds()).not.toContain(id);
      await first.locator('button.watch').click();
      await expect.poll(savedIds, { timeout: 15_000 }).toContain(id);
    });

    it('the profile edited in the app’s Profil view is the one the extension scores funder pages with', async () => {
      const before = await scoresOn('https://southbaltic.eu/news');
      await navTo(linked, 'Profil');
      // The other way round from the profile the extension has now (first priority only).
      await setWeights(linked, (i) => (i === 0 ? 0 : 3));
      await linked.getByRole('button', { name: 'Spara profilen' }).click();
      await expect.poll(() => scoresOn('https://southbaltic.eu/news'), { timeout: 15_000 }).not.toEqual(before);
      // Settings says so.
      await linked.goto(`${fw.url}#/installningar`);
      await expect.poll(() => linked.getByTestId('extension-link').textContent()).toContain('är kopplat');
    });

    it('the popup’s “→ appen” link also links an app that never saw the extension (localhost: a fresh origin)', async () => {
      await sendFromExtensionPage(extPage, 'set-settings', {
        patch: { pwaUrl: fw.url.replace('127.0.0.1', 'localhost') },
      });
      await extPage.reload();
      const first = extPage.locator('[data-testid="saved"] li').first();
      await first.waitFor();
      const [app] = await Promise.all([
        browser.ctx.waitForEvent('page'),
        first.getByRole('link', { name: /appen/ }).click(),
      ]);
      await app.waitForURL(/^http:\/\/localhost:\d+\/#\/bevakning\?call=/, { timeout: 20_000 });
      // The link opens the app on Bevakning itself (no click needed, which a page still settling could make flaky).
      const bevakning = app.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Bevakning' });
      await expect.poll(() => bevakning.getAttribute('aria-current'), { timeout: 15_000 }).toBe('page');
      // Not only the call handed over: the whole shared list, the app's own watched call included.
      for (const id of await savedIds())
        await app.locator(`li.entry[data-call-id="${id}"]`).waitFor({ timeout: 15_000 });
      expect(await app.locator('main').textContent()).toContain('Utlysning bevakad i appen');
      await app.close();
      await sendFromExtensionPage(extPage, 'set-settings', { patch: { pwaUrl: fw.url } });
    });
  });
});

describe('joined to a team on the real server', () => {
  it('a call watched in the extension reaches another device, and that device’s profile scores the pages', async () => {
    const t = createTeam(fw.dataDir, 'EU-gruppen');
    const joined = await sendFromExtensionPage<{ team: { team: string; server: string } }>(extPage, 'team-join', {
      invite: t.invite,
      // `team create` on the command line knows no running port; the options page lets the address be set.
      server: fw.url,
      who: 'Eva',
    });
    expect(joined.team.team).toBe(t.team);
    expect(JSON.stringify(joined)).not.toContain(t.token);

    const other = connectClient(fw.url, t.team, t.token);
    await whenSynced(other.provider);
    // The extension's own list joined the team's on first contact.
    await waitFor('the own list in the team', () => readTeamWatchlist(other.doc).length >= 2);

    await watchFirstOn('https://centralbaltic.eu/for-applicants/call-calendar/');
    const state = await sendFromExtensionPage<State>(extPage, 'get-state', {});
    const ids = state.saved.map((s) => s.id);
    await waitFor('the watched call on the other device', () =>
      ids.every((id) => readTeamWatchlist(other.doc).some((e) => e.callId === id)),
    );
    expect(readTeamWatchlist(other.doc).find((e) => e.callId === ids[0])?.savedBy).toBeTruthy();

    // Another device sets the team's profile: the extension scores with it.
    const before = await scoresOn('https://southbaltic.eu/news');
    const seed = SEED_PROFILES.find((p) => p.id === 'kalmar')!;
    writeTeamProfile(other.doc, seed, { who: 'Anna', now: new Date() });
    await expect.poll(async () => scoresOn('https://southbaltic.eu/news'), { timeout: 15_000 }).not.toEqual(before);
    expect(readTeamProfile(other.doc)?.id).toBe('kalmar');
    const status = await sendFromExtensionPage<{ team: { connected: boolean; pending: boolean } }>(
      extPage,
      'team-status',
      {},
    );
    expect(status.team.connected).toBe(true);
    // The options page shows the membership and the connection.
    const options = await browser.ctx.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/extension/options/index.html`);
    await expect.poll(() => options.locator('[data-testid="team-status"]').textContent()).toContain('Ansluten');
    expect(await options.locator('[data-testid="team"]').textContent()).toContain('EU-gruppen');
    await options.close();
    other.provider.destroy();
  });

  it('the app on another device, joined through the invite page, shows what the extension watches, and its Profil edits score the pages', async () => {
    const t = createTeam(fw.dataDir, 'App-gruppen', fw.url);
    await sendFromExtensionPage(extPage, 'team-join', { invite: t.invite, server: fw.url, who: 'Eva' });
    const device = await chromium.launch({ executablePath: chromiumPath(), args: QUIET_ARGS });
    try {
      const app = await (await device.newContext()).newPage();
      await app.goto(t.invite);
      await expect.poll(() => app.getByTestId('join-team-name').textContent(), { timeout: 20_000 }).toBe('App-gruppen');
      await app.getByTestId('join-member').fill('Anna');
      await app.getByTestId('join-confirm').click();
      await app.waitForURL(/#\/bevakning$/, { timeout: 20_000 });
      await app.locator('[data-testid="sync-badge"].connected').waitFor({ timeout: 20_000 });
      const entry = (id: string) => app.locator(`li.entry[data-call-id="${id}"]`);
      // The extension's own list joined the team on first contact: all of it is in the app.
      const own = (await sendFromExtensionPage<State>(extPage, 'get-state', {})).saved.map((s) => s.id);
      expect(own.length).toBeGreaterThan(0);
      for (const id of own) await entry(id).waitFor({ timeout: 15_000 });

      // Bevaka in the extension, the app open on the other device: the entry appears without a reload.
      await watchFirstOn('https://euro-access.eu/en/calls', 1);
      const added = (await sendFromExtensionPage<State>(extPage, 'get-state', {})).saved
        .map((s) => s.id)
        .filter((id) => !own.includes(id));
      expect(added).toHaveLength(1);
      await entry(added[0]).waitFor({ timeout: 15_000 });

      // The profile edited in the app's Profil view is the team's: the extension scores with it.
      const before = await scoresOn('https://southbaltic.eu/news');
      await navTo(app, 'Profil');
      await setWeights(app, (i) => (i === 0 ? 3 : 0));
      await app.getByRole('button', { name: 'Spara profilen' }).click();
      await expect.poll(() => scoresOn('https://southbaltic.eu/news'), { timeout: 20_000 }).not.toEqual(before);
    } finally {
      await device.close();
    }
  });

  it('a call watched while the server is down reaches the team later, even after Chrome stopped the worker', async () => {
    const t = createTeam(fw.dataDir, 'Offline-gruppen');
    await sendFromExtensionPage(extPage, 'team-join', { invite: t.invite, server: fw.url, who: 'Eva' });
    await expect
      .poll(
        async () =>
          (await sendFromExtensionPage<{ team: { synced: boolean } }>(extPage, 'team-status', {})).team.synced,
      )
      .toBe(true);
    const { dataDir, port } = fw;
    await fw.stop();

    await watchFirstOn('https://www.interreg-oks.eu/nyheter');
    const saved = (await sendFromExtensionPage<State>(extPage, 'get-state', {})).saved.map((s) => s.id);
    const pending = await sendFromExtensionPage<{ team: { pending: boolean; connected: boolean } }>(
      extPage,
      'team-status',
      {},
    );
    expect(pending.team).toMatchObject({ pending: true, connected: false });
    await stopExtensionWorker(browser.ctx, extPage);

    fw = await startFundwatch({ args: ARGS, dataDir, port });
    const other = connectClient(fw.url, t.team, t.token);
    await whenSynced(other.provider);
    // Nothing wakes the worker but its own alarm (every 30 s while something is pending).
    await waitFor(
      'the offline save on the other device',
      () => saved.every((id) => readTeamWatchlist(other.doc).some((e) => e.callId === id)),
      75_000,
    );
    await expect
      .poll(
        async () =>
          (await sendFromExtensionPage<{ team: { pending: boolean } }>(extPage, 'team-status', {})).team.pending,
        { timeout: 10_000 },
      )
      .toBe(false);
    other.provider.destroy();
  }, 120_000);

  it('on one computer in a team, app and extension keep exchanging through their link while the server is down', async () => {
    // The app pages of the tests above (solo) are closed: the app now runs in one tab, as a team member.
    for (const p of browser.ctx.pages()) if (p.url().startsWith(fw.url)) await p.close();
    const t = createTeam(fw.dataDir, 'Hemma-gruppen', fw.url);
    await sendFromExtensionPage(extPage, 'team-join', { invite: t.invite, server: fw.url, who: 'Eva' });
    const app = await browser.ctx.newPage();
    await app.goto(t.invite);
    await expect.poll(() => app.getByTestId('join-team-name').textContent(), { timeout: 20_000 }).toBe('Hemma-gruppen');
    await app.getByTestId('join-member').fill('Eva');
    await app.getByTestId('join-confirm').click();
    await app.waitForURL(/#\/bevakning$/, { timeout: 20_000 });
    await app.locator('[data-testid="sync-badge"].connected').waitFor({ timeout: 20_000 });

    const { dataDir, port } = fw;
    await fw.stop();
    await app.locator('[data-testid="sync-badge"].disconnected').waitFor({ timeout: 20_000 });
    try {
      // Bevaka in the extension: only the link on this computer can carry it to the app now.
      const own = (await sendFromExtensionPage<State>(extPage, 'get-state', {})).saved.map((s) => s.id);
      await watchFirstOn('https://southbaltic.eu/news', 1);
      const added = (await sendFromExtensionPage<State>(extPage, 'get-state', {})).saved
        .map((s) => s.id)
        .filter((id) => !own.includes(id));
      expect(added).toHaveLength(1);
      await app.locator(`li.entry[data-call-id="${added[0]}"]`).waitFor({ timeout: 15_000 });

      // And the profile edited in the app reaches the extension the same way.
      const before = await scoresOn('https://southbaltic.eu/news');
      await navTo(app, 'Profil');
      await setWeights(app, (i) => (i === 0 ? 3 : 0));
      await app.getByRole('button', { name: 'Spara profilen' }).click();
      await expect.poll(() => scoresOn('https://southbaltic.eu/news'), { timeout: 15_000 }).not.toEqual(before);
      await app.goto(`${fw.url}#/installningar`);
      await expect.poll(() => app.getByTestId('extension-link').textContent()).toContain('är kopplat');
    } finally {
      fw = await startFundwatch({ args: ARGS, dataDir, port });
    }
    await app.close();
  });
});
