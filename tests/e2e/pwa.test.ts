import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ICAL from 'ical.js';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { makePdf } from '../support/documents.ts';
import { fixtureCalls, HOSTILE_TITLE } from './support/pwa-fixture-calls.ts';
import { dumpDb, poll, seriousAxeViolations, waitForServiceWorker, wipeDb } from './support/pwa-page.ts';
import { callsJson, type Preview, startFeedServer, startPwaPreview } from './support/pwa-server.ts';
import { chooseSeedProfile, launchAppBrowser, openView, useFeed } from './support/pwa-setup.ts';

const SCREENSHOTS = fileURLToPath(new URL('../../screenshots/pwa/', import.meta.url));
const VIEWS = ['matchningar', 'bevakning', 'tidslinje', 'profil', 'installningar'] as const;
const WATCHED = 'interreg-sb:climate-2026';

let preview: Preview;
/** Calls the feed publishes later in the week (the periodic sync should find them). */
const laterCalls: Record<string, unknown>[] = [];
let feed: Awaited<ReturnType<typeof startFeedServer>>;
let profileDir: string;
let ctx: BrowserContext;
let page: Page;
const pageErrors: string[] = [];

async function launch(): Promise<void> {
  ({ ctx, page } = await launchAppBrowser(profileDir, {
    viewport: { width: 1280, height: 900 },
    acceptDownloads: true,
  }));
  page.on('pageerror', (e) => pageErrors.push(e.message));
}

const card = (id: string) => page.locator(`li.card[data-call-id="${id}"]`);
const entry = (id: string) => page.locator(`li.entry[data-call-id="${id}"]`);

/** Opens the folded groups (calls the body cannot apply for, closed calls) so every card is on the page. */
async function showAllCalls(): Promise<void> {
  await page.locator('p.count').waitFor();
  for (const id of ['fold-blocked', 'fold-closed']) {
    const fold = page.locator(`#${id}`);
    if ((await fold.count()) && !(await fold.evaluate((d) => (d as HTMLDetailsElement).open)))
      await fold.locator('summary').click();
  }
}

const go = (view: (typeof VIEWS)[number]) => openView(page, preview.url, view);

async function download(click: () => Promise<void>): Promise<string> {
  const [dl] = await Promise.all([page.waitForEvent('download'), click()]);
  const path = await dl.path();
  return readFileSync(path, 'utf8');
}

beforeAll(async () => {
  preview = await startPwaPreview();
  feed = await startFeedServer(() =>
    callsJson([...fixtureCalls(), ...laterCalls], {
      fixtures: { ok: true, count: fixtureCalls().length + laterCalls.length },
    }),
  );
  profileDir = mkdtempSync(join(tmpdir(), 'fundwatch-pwa-'));
  mkdirSync(SCREENSHOTS, { recursive: true });
  await launch();
});

afterAll(async () => {
  await ctx?.close();
  await feed?.stop();
  await preview?.stop();
  if (profileDir) rmSync(profileDir, { recursive: true, force: true });
});

afterEach(async (context) => {
  // On failure, leave what the page showed and what IndexedDB held, for the log.
  if (context.task.result?.state !== 'fail' || !page || page.isClosed()) return;
  const name = context.task.name.replace(/\W+/g, '-').slice(0, 60);
  await page.screenshot({ path: `${SCREENSHOTS}failed-${name}.png`, fullPage: true }).catch(() => undefined);
  const db = await dumpDb(page, ['watchlist', 'settings']).catch(() => ({}));
  console.log(`failure in "${context.task.name}": ${page.url()}\n${JSON.stringify(db).slice(0, 1500)}`);
});

describe('PWA in Chromium', () => {
  it('installs its service worker and loads calls from the feed set in Inställningar', async () => {
    await page.goto(preview.url);
    await waitForServiceWorker(page);
    // First run asks whose strategy to rank for instead of assuming one.
    const onboarding = page.locator('section.onboarding');
    await onboarding.waitFor();
    expect(await onboarding.locator('button.seed').count()).toBe(5);
    // Then the bundled snapshot (data/snapshot/calls.json), ranked for the chosen profile.
    await chooseSeedProfile(page, 'Karlskrona kommun');
    await showAllCalls();
    expect(await page.locator('li.card').count()).toBeGreaterThan(0);
    expect(await page.locator('header .profile-name').textContent()).toContain('Karlskrona');
    const manifest = await (await fetch(`${preview.url}manifest.webmanifest`)).json();
    expect(manifest.id).toBe('/');
    expect(manifest.shortcuts.map((s: { url: string }) => s.url)).toContain('/#/bevakning');
    expect(manifest.screenshots.map((s: { form_factor: string }) => s.form_factor).sort()).toEqual(['narrow', 'wide']);
    for (const s of manifest.screenshots) expect((await fetch(`${preview.url}${s.src}`)).status).toBe(200);
    // Workbox precaches the build with revisions; the runtime cache is its own.
    const cacheNames = await page.evaluate(() => caches.keys());
    expect(cacheNames.some((n) => n.startsWith('workbox-precache'))).toBe(true);
    expect(manifest.share_target).toMatchObject({
      action: '/',
      method: 'GET',
      enctype: 'application/x-www-form-urlencoded',
    });
    await useFeed(page, preview.url, feed.url);
    await card(WATCHED).waitFor();
    await showAllCalls();
    await page.waitForFunction((n) => document.querySelectorAll('li.card').length >= n, fixtureCalls().length);
    expect(await page.locator('li.card').count()).toBe(fixtureCalls().length);
    // Ranked best first, each with a band and a 0–100 score.
    const scores = await page.locator('#matches-list > li.card .band strong').allTextContents();
    expect(scores.map(Number)).toEqual([...scores.map(Number)].sort((a, b) => b - a));
  });

  it('shows hostile funder text as text, never as HTML', async () => {
    const hostile = page.locator('li.card[data-call-id="mucf:hostile-1"]');
    await expect(hostile.locator('h3').textContent()).resolves.toBe(HOSTILE_TITLE);
    expect(await hostile.locator('img, script').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  });

  it('says so when the filters leave nothing, and shows everything again on one tap', async () => {
    await page.getByRole('searchbox', { name: 'Sök' }).fill('ingen utlysning heter så här');
    const empty = page.locator('.empty', { hasText: 'passar filtren' });
    await empty.waitFor();
    expect(await page.locator('li.card').count()).toBe(0);
    await empty.getByRole('button', { name: 'Visa alla utlysningar' }).click();
    await card(WATCHED).waitFor();
    await showAllCalls();
    await page.waitForFunction((n) => document.querySelectorAll('li.card').length >= n, fixtureCalls().length);
    expect(await page.locator('li.card').count()).toBe(fixtureCalls().length);
  });

  it('watches a call with one tap, and it is still there after a reload', async () => {
    await card(WATCHED).getByRole('button', { name: 'Bevaka' }).click();
    await card(WATCHED)
      .getByRole('link', { name: /Bevakas/ })
      .waitFor();
    await page.reload();
    await go('bevakning');
    await entry(WATCHED).waitFor();
    await entry(WATCHED)
      .getByRole('button', { name: /Detaljer/ })
      .click();
    await page.getByLabel('Anteckningar').fill('Kontakta Region Blekinge om partnerskap, "prio 1"');
    await page.getByLabel('Ansvarig').fill('Anna Svensson');
    await page.getByLabel(/Taggar/).fill('hav, klimat');
    await page.getByRole('button', { name: 'Spara', exact: true }).click();
    await page.getByLabel('Vem beslutade').fill('Ledningsgruppen');
    await page.getByLabel('Varför').fill('Passar klimatstrategin');
    await page.getByRole('button', { name: 'Ändra status' }).click();
    await page.locator('#g-forbereds').waitFor();
    const [row] = (await dumpDb(page, ['watchlist'])).watchlist as {
      status: string;
      decisions: { why: string }[];
      owner: string;
    }[];
    expect(row.status).toBe('forbereds');
    expect(row.owner).toBe('Anna Svensson');
    expect(row.decisions.at(-1)?.why).toBe('Passar klimatstrategin');
  });

  it('reloads offline and still shows the watchlist and the calls', async () => {
    await ctx.setOffline(true);
    try {
      await page.reload();
      await go('bevakning');
      await entry(WATCHED).waitFor();
      await go('matchningar');
      await showAllCalls();
      await card(WATCHED).waitFor();
    } finally {
      await ctx.setOffline(false);
    }
  });

  it('reads a strategy PDF offline: pdf.js and its worker are in the precache', async () => {
    // The worker is the file a page asks for by name when a PDF is chosen; from the precache, it is there offline and
    // for a page opened before a rebuild that deleted it from the server.
    const precached = await page.evaluate(async () => {
      const urls: string[] = [];
      for (const name of await caches.keys())
        if (name.startsWith('workbox-precache'))
          for (const r of await (await caches.open(name)).keys()) urls.push(new URL(r.url).pathname);
      return urls;
    });
    expect(
      precached.some((u) => /^\/assets\/pdf\.worker\.min-[\w-]+\.mjs$/.test(u)),
      precached.join(' '),
    ).toBe(true);
    await ctx.setOffline(true);
    try {
      await page.reload();
      await go('profil');
      const lines = ['Internationell strategi för Testhamns kommun', 'Kommunen ska prioritera klimatanpassning.'];
      await page
        .locator('[data-testid=strategy-file]')
        .setInputFiles({ name: 'strategi.pdf', mimeType: 'application/pdf', buffer: makePdf([lines]) });
      await page.waitForFunction(() =>
        (document.querySelector('#strategy-text') as HTMLTextAreaElement | null)?.value.includes('klimatanpassning'),
      );
    } finally {
      await ctx.setOffline(false);
    }
  });

  it('keeps the data across a browser restart', async () => {
    await ctx.close();
    await launch();
    await go('bevakning');
    await entry(WATCHED).waitFor();
    expect(await entry(WATCHED).textContent()).toContain('Anna Svensson');
  });

  it('saves a shared page through the share-target URL', async () => {
    const q = new URLSearchParams({
      title: 'Utlysning: Hållbar turism i skärgården',
      text: 'Kommuner kan söka stöd. Sista ansökningsdag 15 december 2026.',
      url: 'https://www.tillvaxtverket.se/utlysning/turism',
    });
    await page.goto(`${preview.url}?${q}`);
    const saved = page.locator('li.entry', { hasText: 'Hållbar turism i skärgården' });
    await saved.waitFor();
    expect(page.url()).toContain('#/bevakning');
    const rows = (await dumpDb(page, ['watchlist'])).watchlist as {
      call: { source: string; url: string; deadlines: { date: string }[] };
    }[];
    const shared = rows.find((r) => r.call.source === 'shared')!;
    expect(shared.call.url).toBe('https://www.tillvaxtverket.se/utlysning/turism');
    expect(shared.call.deadlines[0].date).toBe('2026-12-15');
  });

  it('exports valid ICS and CSV files of the watchlist', async () => {
    await go('bevakning');
    const ics = await download(() => page.getByRole('button', { name: /Kalender/ }).click());
    const events = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent');
    expect(events.length).toBeGreaterThanOrEqual(2);
    expect(events.some((e) => String(e.getFirstPropertyValue('summary')).includes('climate adaptation'))).toBe(true);
    const csv = await download(() => page.getByRole('button', { name: /Tabell/ }).click());
    const lines = csv
      .replace(/^\uFEFF/, '')
      .split('\r\n')
      .filter(Boolean);
    expect(lines[0].startsWith('"Utlysning";"Finansiär"')).toBe(true);
    expect(csv).toContain('"Kontakta Region Blekinge om partnerskap, ""prio 1"""');
    expect(lines).toHaveLength(3);
  });

  it('backup → wipe → restore gives identical data', async () => {
    await go('installningar');
    const before = await dumpDb(page);
    expect(before.watchlist).toHaveLength(2);
    const backup = await download(() => page.getByRole('button', { name: /Spara säkerhetskopia/ }).click());
    await wipeDb(page);
    expect((await dumpDb(page)).watchlist).toEqual([]);
    await page.reload();
    await go('bevakning');
    await page.getByText('Inget bevakas ännu').waitFor();
    await go('installningar');
    await page
      .locator('[data-testid=restore-file]')
      .setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(backup) });
    await page.locator('[data-testid=restore-message].ok').waitFor();
    expect(await dumpDb(page)).toEqual(before);
    await go('bevakning');
    await entry(WATCHED).waitFor();
  });

  it('refuses a corrupt or foreign backup with a clear message, and nothing is lost', async () => {
    await go('installningar');
    const before = await dumpDb(page);
    for (const [name, body] of [
      ['trasig.json', '{"format":"fundwatch-backup","version":1,"watchlist":[{"callId":'],
      ['annan.json', JSON.stringify({ format: 'other-app', items: [] })],
    ]) {
      await page
        .locator('[data-testid=restore-file]')
        .setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(body) });
      const msg = page.locator('[data-testid=restore-message].error');
      await msg.waitFor();
      expect(await msg.textContent()).toContain('avvisades');
      expect(await msg.textContent()).toContain(name);
      expect(await dumpDb(page)).toEqual(before);
    }
  });

  it('imports the browser extension’s watchlist export, keeping what is already watched as it was', async () => {
    await go('installningar');
    const input = page.locator('[data-testid=import-extension-file]');
    const before = await dumpDb(page);
    await input.setInputFiles({
      name: 'backup.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify({ format: 'fundwatch-backup', version: 1, watchlist: [] })),
    });
    const refused = page.locator('[data-testid=import-extension-message].error');
    await refused.waitFor();
    expect(await refused.textContent()).toContain('fältet ”format”');
    expect(await refused.textContent()).not.toMatch(/Invalid|expected|received/);
    expect(await dumpDb(page)).toEqual(before);

    const icld = fixtureCalls().find((c) => String(c.id).startsWith('icld:'))!;
    const watched = fixtureCalls().find((c) => c.id === WATCHED)!;
    const exported = {
      format: 'fundwatch-extension-watchlist',
      version: 1,
      exportedAt: new Date().toISOString(),
      calls: [watched, icld],
      entries: [watched, icld].map((c) => ({
        callId: c.id,
        score: 64,
        band: 'relevant',
        reasons: { sv: ['Demokrati: ”lokal demokrati”'], en: ['Democracy: “local democracy”'] },
        savedAt: new Date().toISOString(),
      })),
    };
    await input.setInputFiles({
      name: 'fundwatch-tillagg.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(exported)),
    });
    const ok = page.locator('[data-testid=import-extension-message].ok');
    await ok.waitFor();
    expect(await ok.textContent()).toContain('1 ny i bevakningen, 1 fanns redan');
    await go('bevakning');
    const imported = page.locator(`#g-bevakas ~ ul li.entry[data-call-id="${icld.id}"]`);
    await imported.waitFor();
    await imported.getByRole('button', { name: /Detaljer/ }).click();
    await imported.getByText('Importerad från webbläsartillägget').waitFor();
    await imported.getByText('Demokrati: ”lokal demokrati”').waitFor();
    // The call already watched keeps its status, owner and log.
    const rows = (await dumpDb(page, ['watchlist'])).watchlist as { callId: string; status: string; owner: string }[];
    expect(rows.find((r) => r.callId === WATCHED)).toMatchObject({ status: 'forbereds', owner: 'Anna Svensson' });
    expect(rows).toHaveLength(3);
  });

  it('raises the weekly notification on a Periodic Background Sync event', async () => {
    await ctx.grantPermissions(['notifications'], { origin: preview.url.replace(/\/$/, '') });
    const climate = fixtureCalls().find((c) => c.id === WATCHED)!;
    laterCalls.push({ ...climate, id: 'interreg-sb:climate-2026-round-2', title: `${climate.title} – second round` });
    await go('installningar');
    await page.getByRole('button', { name: 'Slå på aviseringar' }).click();
    await page.getByRole('button', { name: 'Stäng av aviseringar' }).waitFor();
    const cdp = await ctx.newCDPSession(page);
    const registrationId = await new Promise<string>((resolve) => {
      cdp.on('ServiceWorker.workerRegistrationUpdated', (e) => {
        const reg = e.registrations.find((r) => r.scopeURL === preview.url && !r.isDeleted);
        if (reg) resolve(reg.registrationId);
      });
      void cdp.send('ServiceWorker.enable');
    });
    // The event goes to the active worker: wait for it, and send the event again if a busy machine lost the first
    // (the digest is idempotent: a second run finds nothing new and shows nothing more).
    await poll(page, async () => !!(await navigator.serviceWorker.ready).active);
    const notification = () =>
      poll(
        page,
        async () => {
          const reg = await navigator.serviceWorker.ready;
          const list = await reg.getNotifications({ tag: 'fundwatch-weekly' });
          return list[0] ? { title: list[0].title, body: list[0].body } : undefined;
        },
        15_000,
      );
    let shown: { title: string; body: string } | undefined;
    for (let attempt = 0; attempt < 3 && !shown; attempt++) {
      await cdp.send('ServiceWorker.dispatchPeriodicSyncEvent', {
        origin: preview.url.replace(/\/$/, ''),
        registrationId,
        tag: 'fundwatch-weekly-digest',
      });
      shown = await notification().catch(() => undefined);
    }
    if (!shown) throw new Error('no weekly notification after three periodic sync events');
    expect(shown.title).toMatch(/^Fundwatch: \d+ nya matchande utlysningar/);
    expect(shown.body).toMatch(/^• .+/m);
    const runs = (await dumpDb(page, ['digestRuns'])).digestRuns as { trigger: string; notified: boolean }[];
    expect(runs.some((r) => r.trigger === 'periodic-sync' && r.notified)).toBe(true);
    // The same news shows in the app when it opens: "Nytt sedan förra veckan".
    await page.reload();
    await go('matchningar');
    const digest = page.locator('details.digest');
    await digest.waitFor();
    expect(await digest.textContent()).toContain('Nya matchningar');
    const runsNow = (await dumpDb(page, ['digestRuns'])).digestRuns as { trigger: string; newCallIds: string[] }[];
    expect(runsNow.find((r) => r.trigger === 'periodic-sync')?.newCallIds).toContain(
      'interreg-sb:climate-2026-round-2',
    );
  });

  it('builds a profile from pasted strategy text, shows each priority’s passage, and ranks with it', async () => {
    await go('profil');
    await page.getByLabel('Kommunens eller regionens namn').fill('Testhamns kommun');
    await page.getByLabel('Län').selectOption('blekinge');
    await page
      .getByLabel('…eller klistra in strategins text')
      .fill(
        'Internationell strategi för Testhamns kommun.\n\nKlimatanpassning och havsmiljö: kommunen ska samarbeta med kommuner runt Östersjön om översvämningar, vattenförvaltning och en levande havsmiljö.\n\nUnga ska ges möjlighet till internationella utbyten, och skolan ska delta i Erasmus+.\n\nVi prioriterar partnerskap med Polen och Litauen.',
      );
    await page.getByRole('button', { name: 'Bygg utkast' }).click();
    const draft = page.locator('.card', { hasText: 'Utkast: Testhamns kommun' });
    await draft.waitFor();
    expect(await draft.locator('blockquote').count()).toBeGreaterThan(0);
    await draft.getByRole('button', { name: 'Spara och använd' }).click();
    await page.locator('header .profile-name', { hasText: 'Testhamns kommun' }).waitFor();
    const profiles = (await dumpDb(page, ['profiles'])).profiles as { name: string; priorities: unknown[] }[];
    expect(profiles.find((p) => p.name === 'Testhamns kommun')?.priorities.length).toBeGreaterThan(0);
    // Weights are editable and saved.
    const slider = page.locator('.priority input[type=range]').first();
    await slider.fill('2.5');
    await page.getByRole('button', { name: 'Spara profilen' }).click();
    await page.getByText('Profilen sparad').waitFor();
    const saved = (await dumpDb(page, ['profiles'])).profiles as { name: string; priorities: { weight: number }[] }[];
    expect(saved.find((p) => p.name === 'Testhamns kommun')?.priorities[0].weight).toBe(2.5);
    // Labels in both languages are editable; a priority can be added from the lexicon's concepts and removed.
    type Stored = { name: string; priorities: { id: string; label: { sv: string; en: string }; concepts: string[] }[] };
    const stored = async () =>
      ((await dumpDb(page, ['profiles'])).profiles as Stored[]).find((p) => p.name === 'Testhamns kommun')!;
    const first = page.locator('.priority').first();
    await first.getByText('Ändra namn och sökord').click();
    await first.getByLabel('Namn på svenska').fill('Klimat och hav');
    await first.getByLabel('Namn på engelska').fill('Climate and sea');
    await page.getByLabel('Lägg till prioritering från begreppslistan').selectOption({ label: 'Klimatanpassning' });
    await page.getByRole('button', { name: 'Lägg till', exact: true }).click();
    const countBefore = (await stored()).priorities.length;
    expect(await page.locator('.priority').count()).toBe(countBefore + 1);
    await page.locator('.priority').last().getByText('Ändra namn och sökord').click();
    await page
      .locator('.priority')
      .last()
      .getByRole('button', { name: /Ta bort prioriteringen/ })
      .click();
    expect(await page.locator('.priority').count()).toBe(countBefore);
    await page.getByLabel('Lägg till prioritering från begreppslistan').selectOption({ label: 'Klimatanpassning' });
    await page.getByRole('button', { name: 'Lägg till', exact: true }).click();
    await page.getByRole('button', { name: 'Spara profilen' }).click();
    await poll(page, async () => document.querySelector('.notice')?.textContent?.includes('Profilen sparad'));
    const edited = await stored();
    expect(edited.priorities[0].label).toEqual({ sv: 'Klimat och hav', en: 'Climate and sea' });
    expect(edited.priorities).toHaveLength(countBefore + 1);
    expect(edited.priorities.at(-1)).toMatchObject({
      label: { sv: 'Klimatanpassning' },
      concepts: ['climate-adaptation'],
    });
    // An empty label is refused by the profile schema, the field named, and nothing stored changes.
    await first.getByLabel('Namn på engelska').fill('');
    await page.getByRole('button', { name: 'Spara profilen' }).click();
    await expect(page.locator('[data-testid=profile-error]').textContent()).resolves.toContain('priorities.0.label.en');
    expect(await stored()).toEqual(edited);
    await first.getByLabel('Namn på engelska').fill('Climate and sea');
    await go('matchningar');
    await page.locator('p.count').waitFor();
    // Back to the default seed for the remaining checks.
    await go('profil');
    await page.getByLabel('Aktiv profil').selectOption('karlskrona');
    await page.locator('header .profile-name', { hasText: 'Karlskrona' }).waitFor();
  });

  it('switches the whole UI to English and back', async () => {
    await go('matchningar');
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('link', { name: 'Matches' }).waitFor();
    expect(await page.locator('main h2').last().textContent()).toBe('Matches');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await page.reload();
    await page.getByRole('link', { name: 'Watchlist' }).waitFor();
    await page.getByRole('button', { name: 'Svenska' }).click();
    await page.getByRole('link', { name: 'Bevakning', exact: true }).waitFor();
  });

  it('has no serious or critical axe violations on any view, and screenshots at 360 and 1280 px', async () => {
    const report: Record<string, unknown> = {};
    for (const width of [360, 1280]) {
      await page.setViewportSize({ width, height: width === 360 ? 780 : 900 });
      for (const view of VIEWS) {
        await go(view);
        if (view === 'matchningar') {
          await showAllCalls();
          await card(WATCHED).waitFor();
        }
        if (view === 'bevakning')
          await entry(WATCHED)
            .getByRole('button', { name: /Detaljer/ })
            .click();
        const violations = await seriousAxeViolations(page);
        if (violations.length) report[`${view}@${width}`] = violations;
        // Nothing wider than the phone screen.
        if (width === 360)
          expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
        // A full-page shot draws the sticky menu where the page is scrolled to: start from the top.
        await page.evaluate(() => window.scrollTo(0, 0));
        await page.screenshot({ path: `${SCREENSHOTS}${view}-${width}.png`, fullPage: width === 360 });
      }
    }
    expect(report).toEqual({});
    expect(pageErrors).toEqual([]);
  });
});
