import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type WebSocket from 'ws';
import * as Y from 'yjs';
import { TEAM_CAPS } from '../../core/team/caps.ts';
import { chromiumPath, QUIET_ARGS } from './support/browser.ts';
import {
  type CreatedTeam,
  createTeam,
  type FundwatchServer,
  NO_FETCH,
  startFundwatch,
} from './support/fundwatch-server.ts';
import {
  EMBED_NOTES,
  FLOOD,
  GOOD_TITLE,
  hostileLanded,
  IDS,
  MB,
  writeFlood,
  writeHostile,
} from './support/hostile-team.ts';
import { pageHarm } from './support/page-harm.ts';
import { ensurePwaBuild } from './support/pwa-server.ts';
import { connectClient, rawUpgrade, waitFor, whenSynced, writeThroughServer } from './support/yjs-client.ts';

/** Reads every row of one IndexedDB store of the app's database, in the page. */
function dexieRows(page: Page, store: string): Promise<Record<string, unknown>[]> {
  return page.evaluate(async (name) => {
    // Opening a database the app has not created yet would create an empty one under it.
    if (!(await indexedDB.databases()).some((d) => d.name === 'fundwatch' && (d.version ?? 0) > 1)) return [];
    return new Promise<Record<string, unknown>[]>((resolve, reject) => {
      const req = indexedDB.open('fundwatch');
      req.onerror = () => reject(req.error);
      req.onsuccess = () => {
        const db = req.result;
        try {
          const all = db.transaction(name, 'readonly').objectStore(name).getAll();
          all.onsuccess = () => {
            resolve(all.result);
            db.close();
          };
          all.onerror = () => reject(all.error);
        } catch (error) {
          db.close();
          reject(error);
        }
      };
    });
  }, store);
}

describe('a team document written by a hostile client (stock yjs + y-websocket)', () => {
  let server: FundwatchServer;
  let browser: Browser;
  let ctx: BrowserContext;
  let page: Page;
  let hostile: CreatedTeam;
  let other: CreatedTeam;
  const dialogs: string[] = [];
  const pageErrors: string[] = [];

  beforeAll(async () => {
    ensurePwaBuild();
    server = await startFundwatch({ args: NO_FETCH });
    hostile = createTeam(server.dataDir, 'Elaka teamet', server.url);
    other = createTeam(server.dataDir, 'Andra teamet', server.url);
    browser = await chromium.launch({ executablePath: chromiumPath(), args: QUIET_ARGS });
    ctx = await browser.newContext();
    page = await ctx.newPage();
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    page.on('pageerror', (e) => pageErrors.push(String(e)));
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  let localBefore: { settings: Record<string, unknown>[] };

  it('the app keeps working beside every hostile shape: no script runs, no non-web link, valid entries show', async () => {
    // Own local data first: a chosen profile, in Dexie.
    await page.goto(`${server.url}#/matchningar`);
    await page.getByRole('button', { name: /Karlskrona kommun/ }).click();
    await page.locator('header .profile-name', { hasText: 'Karlskrona' }).waitFor();
    await expect
      .poll(() => dexieRows(page, 'settings'), { timeout: 20_000 })
      .toContainEqual({ key: 'activeProfileId', value: 'karlskrona' });
    localBefore = {
      settings: await dexieRows(page, 'settings'),
    };
    expect(localBefore.settings).toContainEqual({ key: 'activeProfileId', value: 'karlskrona' });

    // Everything written reached the server: a second stock client sees the last write.
    const writer = await writeThroughServer(server.url, hostile, writeHostile, hostileLanded);

    await page.goto(hostile.invite);
    await page.getByTestId('join-member').fill('Bo');
    await page.getByTestId('join-confirm').click();
    await page.waitForURL(/#\/bevakning$/, { timeout: 20_000 });
    const entry = (id: string) => page.locator(`li.entry[data-call-id="${id}"]`);
    await entry(IDS.good).waitFor({ timeout: 30_000 });
    await expect.poll(() => entry(IDS.good).locator('.entry-title').textContent()).toContain(GOOD_TITLE);
    // The hostile entries with a readable call show too, their markup as text.
    for (const id of [IDS.html, IDS.js, IDS.data, IDS.huge, IDS.types, IDS.proto]) await entry(id).waitFor();
    expect(await entry(IDS.html).locator('.entry-title').textContent()).toContain('<img src=x onerror=');

    // Each entry's details open in turn, so its notes, decisions, comments, reasons and links render.
    for (const id of Object.values(IDS)) {
      await entry(id).locator('button.toggle').click();
      await entry(id).locator('.editor').waitFor();
      await page.waitForTimeout(200);
      expect({ id, ...(await pageHarm(page)) }).toEqual({ id, pwned: undefined, polluted: undefined, bad: [] });
    }
    // A javascript: or data: link is not a link at all.
    await entry(IDS.good).locator('button.toggle').click();
    expect(await entry(IDS.good).locator('a[href="https://ec.europa.eu/info/call"]').count()).toBe(1);

    // Other views read the same rows.
    for (const view of ['matchningar', 'tidslinje', 'profil', 'installningar']) {
      await page.goto(`${server.url}#/${view}`);
      await page.locator('main h2').first().waitFor();
      await page.waitForTimeout(300);
      expect({ view, ...(await pageHarm(page)) }).toEqual({ view, pwned: undefined, polluted: undefined, bad: [] });
    }
    expect(dialogs).toEqual([]);
    expect(pageErrors).toEqual([]);
    writer.provider.destroy();
  }, 90_000);

  it('megabyte fields are cut to their caps in what the app stores and shows', async () => {
    const rows = await dexieRows(page, 'watchlist');
    const huge = rows.find((r) => r.callId === IDS.huge) as {
      call: { title: string; summary: string };
      notes: string;
      owner: string;
      comments: { author: string; text: string }[];
    };
    expect(huge).toBeDefined();
    expect(huge.call.title.startsWith('Stor TTT')).toBe(true);
    expect(huge.call.title.length).toBeLessThanOrEqual(1000);
    expect(huge.call.summary.length).toBeLessThanOrEqual(20_000);
    expect(huge.notes.length).toBe(100_000);
    expect(huge.owner.length).toBe(200);
    expect(huge.comments.map((c) => [c.author.length, c.text.length])).toEqual([[200, 10_000]]);
    // The whole row stays small: no field carries its megabytes into storage.
    expect(JSON.stringify(rows).length).toBeLessThan(2 * MB);
    const types = rows.find((r) => r.callId === IDS.types) as { savedBy: string; owner: string; archived: boolean };
    expect(types).toMatchObject({ savedBy: '', owner: '', archived: false });
  });

  it("the app's own local data is intact after syncing the hostile document", async () => {
    // The chosen profile stays active (the team's profile is junk), no profile or call was added or changed.
    expect(await dexieRows(page, 'settings')).toContainEqual({ key: 'activeProfileId', value: 'karlskrona' });
    // (Joining stores the chosen profile as a row; the team's junk profile never becomes one.)
    expect((await dexieRows(page, 'profiles')).map((p) => p.id)).toEqual(['karlskrona']);
    // The app's own calls (from its server) are stored beside the team's entries as before.
    await expect.poll(async () => (await dexieRows(page, 'calls')).length, { timeout: 20_000 }).toBeGreaterThan(0);
    expect(Object.hasOwn(Object.prototype, 'pwned')).toBe(false);
    // A reload reads everything back from IndexedDB without an error.
    await page.goto(`${server.url}#/bevakning`);
    await page.reload();
    await page.locator(`li.entry[data-call-id="${IDS.good}"]`).waitFor({ timeout: 20_000 });
    expect(pageErrors).toEqual([]);
  });

  it('typing in a note that holds a stock client’s embeds lands where it is typed, and the embeds stay', async () => {
    const reader = connectClient(server.url, hostile.team, hostile.token);
    await whenSynced(reader.provider);
    const shared = reader.doc.getText(`notes:${IDS.embed}`);
    await page.goto(`${server.url}#/bevakning`);
    await page.reload();
    const entry = page.locator(`li.entry[data-call-id="${IDS.embed}"]`);
    await entry.locator('button.toggle').click();
    const notes = entry.locator('textarea[data-live="true"]');
    await notes.waitFor({ timeout: 10_000 });
    expect(await notes.inputValue()).toBe(EMBED_NOTES);
    await notes.click();
    await notes.press('Control+End');
    await page.keyboard.type(', Bo');
    await waitFor('the typing on the stock client', () => shared.toString() === `${EMBED_NOTES}, Bo`);
    expect(shared.toDelta().filter((op: { insert: unknown }) => typeof op.insert !== 'string')).toHaveLength(2);
    expect(await notes.inputValue()).toBe(`${EMBED_NOTES}, Bo`);
    expect(await pageHarm(page)).toEqual({ pwned: undefined, polluted: undefined, bad: [] });
    reader.provider.destroy();
  });

  it(`an entry with ${FLOOD.count} decisions and as many comments: the app keeps the newest up to the caps`, async () => {
    const writer = connectClient(server.url, hostile.team, hostile.token);
    await whenSynced(writer.provider);
    writeFlood(writer.doc);
    type Row = { callId: string; status: string; decisions: { why: string }[]; comments: { text: string }[] };
    const flooded = async () => (await dexieRows(page, 'watchlist')).find((r) => r.callId === FLOOD.id) as Row;
    const last = FLOOD.count - 1;
    await expect
      .poll(async () => (await flooded())?.comments.at(-1)?.text, { timeout: 90_000 })
      .toBe(`kommentar ${last}`);
    const row = await flooded();
    expect(row.status).toBe(FLOOD.lastStatus);
    expect(row.decisions).toHaveLength(TEAM_CAPS.decisions);
    expect(row.decisions.at(-1)?.why).toBe(`beslut ${last}`);
    expect(row.decisions[0].why).toBe(`beslut ${FLOOD.count - TEAM_CAPS.decisions}`);
    expect(row.comments).toHaveLength(TEAM_CAPS.comments);
    expect(row.comments[0].text).toBe(`kommentar ${FLOOD.count - TEAM_CAPS.comments}`);
    // The entry's details render the capped lists, and the page still answers.
    const entry = page.locator(`li.entry[data-call-id="${FLOOD.id}"]`);
    await entry.locator('button.toggle').click();
    await entry.locator('.editor').waitFor();
    expect(await entry.locator('ol.comments > li').count()).toBe(TEAM_CAPS.comments);
    expect(await entry.locator('ol.log > li').count()).toBe(TEAM_CAPS.decisions);
    expect(pageErrors).toEqual([]);
    writer.provider.destroy();
  }, 150_000);

  it('the server refuses an update over its message limit, says so, and keeps serving other teams', async () => {
    const url = `${server.url.replace(/^http/, 'ws')}sync/${hostile.team}?token=${hostile.token}`;
    const { ws } = await rawUpgrade(url);
    if (!ws) throw new Error('did not open');
    const closed = new Promise<number>((r) => (ws as WebSocket).on('close', (code) => r(code)));
    (ws as WebSocket).send(new Uint8Array(5 * MB));
    expect(await closed).toBe(1009);
    await waitFor('the log line', () => /closed connection: .*1009|Max payload size exceeded/.test(server.log()));
    expect(server.proc.exitCode).toBeNull();
    const a = connectClient(server.url, other.team, other.token);
    const b = connectClient(server.url, other.team, other.token);
    await Promise.all([whenSynced(a.provider), whenSynced(b.provider)]);
    a.doc.getMap('watchlist').set('x', 'y');
    await waitFor('the other team syncs', () => b.doc.getMap('watchlist').get('x') === 'y');
    // Nothing of the hostile team reached it.
    expect(b.doc.getMap('watchlist').size).toBe(1);
    a.provider.destroy();
    b.provider.destroy();
  });
});

describe('a client that keeps sending updates to grow a team document', () => {
  let server: FundwatchServer;
  afterAll(async () => {
    await server?.stop();
  });

  it('is refused at --max-doc-bytes with a log line; the document stays within it and other teams are served', async () => {
    const LIMIT = 3 * MB;
    server = await startFundwatch({ args: [...NO_FETCH, '--no-app', '--max-doc-bytes', String(LIMIT)] });
    const flood = createTeam(server.dataDir, 'Flod');
    const calm = createTeam(server.dataDir, 'Lugnt');
    const writer = connectClient(server.url, flood.team, flood.token);
    await whenSynced(writer.provider);
    const closes: number[] = [];
    writer.provider.on('connection-close', (event) => {
      if (event) closes.push(event.code);
    });
    // Each update well under the message limit; together over the document limit.
    for (let i = 0; i < 8; i++) writer.doc.getText(`notes:big-${i}`).insert(0, String(i).repeat(MB / 2));
    await waitFor('the refusal', () => closes.includes(1009), 30_000);
    writer.provider.destroy();
    await waitFor('the log line', () => /team document would grow over --max-doc-bytes/.test(server.log()));
    expect(server.proc.exitCode).toBeNull();
    // What was stored is whole updates within the limit: a fresh client loads it, and it is under the limit.
    const reader = connectClient(server.url, flood.team, flood.token);
    await whenSynced(reader.provider);
    const stored = Y.encodeStateAsUpdate(reader.doc).byteLength;
    expect(stored).toBeLessThanOrEqual(LIMIT);
    expect(reader.doc.getText('notes:big-0').length).toBe(MB / 2);
    reader.provider.destroy();
    // Another team is served as before.
    const a = connectClient(server.url, calm.team, calm.token);
    const b = connectClient(server.url, calm.team, calm.token);
    await Promise.all([whenSynced(a.provider), whenSynced(b.provider)]);
    a.doc.getMap('watchlist').set('x', 'y');
    await waitFor('the other team syncs', () => b.doc.getMap('watchlist').get('x') === 'y');
    a.provider.destroy();
    b.provider.destroy();
  }, 120_000);
});
