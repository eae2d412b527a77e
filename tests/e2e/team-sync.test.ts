import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumPath, QUIET_ARGS } from './support/browser.ts';
import { type FundwatchServer, startFundwatch } from './support/fundwatch-server.ts';
import { ensurePwaBuild } from './support/pwa-server.ts';
import { openView } from './support/pwa-setup.ts';

/**
 * Two devices (two browser contexts: separate storage) in one team through the real `fundwatch serve` process:
 * the invite link, a watched call crossing over, offline edits on both merging, and the server killed with -9.
 */
describe('team sync between two devices through the Fundwatch server', () => {
  let server: FundwatchServer;
  let browser: Browser;
  let a: BrowserContext;
  let b: BrowserContext;
  let pa: Page;
  let pb: Page;
  let invite = '';
  let callId = '';
  let bosOwn = '';

  beforeAll(async () => {
    ensurePwaBuild();
    server = await startFundwatch({ args: ['--offline', '--fetch-every', 'off'] });
    browser = await chromium.launch({ executablePath: chromiumPath(), args: QUIET_ARGS });
    a = await browser.newContext();
    b = await browser.newContext();
    pa = await a.newPage();
    pb = await b.newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('a solo user never loads the sync code (yjs, y-websocket, y-dexie)', async () => {
    const assets = fileURLToPath(new URL('../../dist/pwa/assets/', import.meta.url));
    // The chunk with yjs in it, found by a string yjs itself contains.
    const syncChunks = readdirSync(assets).filter(
      (f) => f.endsWith('.js') && readFileSync(`${assets}${f}`, 'utf8').includes('Yjs was already imported'),
    );
    expect(syncChunks.length).toBeGreaterThan(0);
    const solo = await browser.newContext();
    const p = await solo.newPage();
    // What the page itself loads (the service worker may precache the chunk for offline use; it never runs it).
    const loaded: string[] = [];
    p.on('request', (r) => loaded.push(r.url()));
    for (const route of ['matchningar', 'bevakning', 'tidslinje', 'profil', 'installningar']) {
      await openView(p, server.url, route);
    }
    await p.getByTestId('team-section').waitFor();
    expect(loaded.filter((u) => syncChunks.some((c) => u.endsWith(c)))).toEqual([]);
    expect(await p.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name))).not.toContainEqual(
      expect.stringMatching(new RegExp(syncChunks.join('|'))),
    );
    await solo.close();
  });

  const synced = (p: Page) => p.locator('[data-testid="sync-badge"].connected').waitFor({ timeout: 20_000 });
  const entry = (p: Page, id: string) => p.locator(`li.entry[data-call-id="${id}"]`);

  it('creates a team in the app, shows the invite as a link and a QR code, and joins a second device by the link', async () => {
    // First run: Anna chooses her body; that profile becomes the team's.
    await pa.goto(`${server.url}#/matchningar`);
    await pa.getByRole('button', { name: /Karlskrona kommun/ }).click();
    await pa.locator('header .profile-name', { hasText: 'Karlskrona' }).waitFor();
    await pa.goto(`${server.url}#/installningar`);
    const section = pa.getByTestId('team-section');
    await section.getByLabel('Teamets namn').fill('Internationella enheten');
    await section.getByLabel('Ditt namn (visas för kollegor)').fill('Anna');
    await section.getByRole('button', { name: 'Skapa team' }).click();
    const link = pa.getByTestId('invite-link');
    await link.waitFor({ timeout: 20_000 });
    invite = await link.inputValue();
    expect(invite).toMatch(new RegExp(`^${server.url}join#team=[\\w-]+&token=[\\w-]+&name=`));
    expect(await pa.getByTestId('invite-qr').locator('path').getAttribute('d')).toMatch(/^M\d/);
    await synced(pa);

    // Bo has used the app alone: his own body and one watched call, which must come along into the team.
    await pb.goto(`${server.url}#/matchningar`);
    await pb.getByRole('button', { name: /Linköpings kommun/ }).click();
    const own = pb
      .locator('li[data-call-id]')
      .filter({ has: pb.locator('button.watch[aria-pressed="false"]') })
      .last();
    await own.waitFor({ timeout: 30_000 });
    bosOwn = (await own.getAttribute('data-call-id')) ?? '';
    await own.locator('button.watch').click();
    await pb.locator(`li[data-call-id="${bosOwn}"] .watch.on`).waitFor();

    await pb.goto(invite);
    await expect
      .poll(() => pb.getByTestId('join-team-name').textContent(), { timeout: 20_000 })
      .toBe('Internationella enheten');
    await pb.getByTestId('join-member').fill('Bo');
    await pb.getByTestId('join-confirm').click();
    await pb.waitForURL(/#\/bevakning$/, { timeout: 20_000 });
    // The secret left the address bar.
    expect(pb.url()).not.toContain('token=');
    await synced(pb);
    // The team's profile stands (Bo's own is not offered over it); Bo's watched call is now the team's.
    await pb.locator('header .profile-name', { hasText: 'Karlskrona' }).waitFor({ timeout: 20_000 });
    await entry(pb, bosOwn).waitFor({ timeout: 10_000 });
    await pa.goto(`${server.url}#/bevakning`);
    await entry(pa, bosOwn).waitFor({ timeout: 10_000 });
  });

  it('a call watched on one device appears on the other within seconds', async () => {
    await pa.goto(`${server.url}#/matchningar`);
    const first = pa
      .locator('li[data-call-id]')
      .filter({ has: pa.locator('button.watch[aria-pressed="false"]') })
      .first();
    await first.waitFor({ timeout: 30_000 });
    callId = (await first.getAttribute('data-call-id')) ?? '';
    const started = Date.now();
    await first.locator('button.watch').click();
    await pb.goto(`${server.url}#/bevakning`);
    await entry(pb, callId).waitFor({ timeout: 10_000 });
    const ms = Date.now() - started;
    console.log(`team-sync: watched call visible on the second device after ${ms} ms`);
    expect(ms).toBeLessThan(10_000);
  });

  it('both offline: a note on one, a status on the other; both kept after reconnecting', async () => {
    await pa.goto(`${server.url}#/bevakning`);
    await entry(pa, callId).waitFor();
    await a.setOffline(true);
    await b.setOffline(true);
    await pa.locator('[data-testid="sync-badge"].disconnected').waitFor({ timeout: 10_000 });
    await pb.locator('[data-testid="sync-badge"].disconnected').waitFor({ timeout: 10_000 });

    await entry(pa, callId)
      .getByRole('button', { name: /Detaljer/ })
      .click();
    await entry(pa, callId).getByLabel('Anteckningar').fill('Ring Lena på regionen om partnerskap.');
    await entry(pa, callId).getByRole('button', { name: 'Spara', exact: true }).click();

    await entry(pb, callId)
      .getByRole('button', { name: /Detaljer/ })
      .click();
    await entry(pb, callId).getByLabel('Ny status').selectOption('forbereds');
    await entry(pb, callId).getByLabel('Varför', { exact: true }).fill('Vi skriver ansökan');
    await entry(pb, callId).getByRole('button', { name: 'Ändra status' }).click();

    await a.setOffline(false);
    await b.setOffline(false);
    for (const p of [pa, pb]) {
      await synced(p);
      await p.locator('section.group:has(#g-forbereds) li.entry').first().waitFor({ timeout: 20_000 });
    }
    // Reload both from IndexedDB: the merged state is what each device stored.
    for (const p of [pa, pb]) {
      await p.reload();
      const e = entry(p, callId);
      await e.waitFor({ timeout: 20_000 });
      expect(await p.locator(`#g-forbereds`).count()).toBe(1);
      await e.getByRole('button', { name: /Detaljer/ }).click();
      await expect.poll(() => e.getByLabel('Anteckningar').inputValue()).toBe('Ring Lena på regionen om partnerskap.');
    }
  });

  it('removing archives for everyone; restoring brings the entry back with its note', async () => {
    for (const p of [pa, pb]) {
      await p.goto(`${server.url}#/bevakning`);
      await p.reload();
    }
    await entry(pa, callId)
      .getByRole('button', { name: /Detaljer/ })
      .click();
    await entry(pa, callId).getByRole('button', { name: 'Sluta bevaka' }).click();
    const archivedOnB = pb.getByTestId('archived').locator(`li[data-call-id="${callId}"]`);
    await archivedOnB.waitFor({ state: 'attached', timeout: 10_000 });
    expect(await entry(pb, callId).count()).toBe(0);
    await pb.getByTestId('archived').locator('summary').click();
    await archivedOnB.getByRole('button', { name: /Återställ/ }).click();
    await entry(pa, callId).waitFor({ timeout: 10_000 });
    await entry(pa, callId)
      .getByRole('button', { name: /Detaljer/ })
      .click();
    expect(await entry(pa, callId).getByLabel('Anteckningar').inputValue()).toBe(
      'Ring Lena på regionen om partnerskap.',
    );
  });

  it('a colleague’s note edit shows in the open editor at once, keeping the caret and what is being typed', async () => {
    for (const p of [pa, pb]) {
      await p.goto(`${server.url}#/bevakning`);
      await p.reload();
      await synced(p);
      await entry(p, callId)
        .getByRole('button', { name: /Detaljer/ })
        .click();
      // Bound to the shared text (the sync chunk loaded after the editor opened).
      await entry(p, callId).locator('textarea[data-live="true"]').waitFor({ timeout: 10_000 });
    }
    const notesA = entry(pa, callId).getByLabel('Anteckningar');
    const notesB = entry(pb, callId).getByLabel('Anteckningar');
    // Bo is typing at the end of the note (real key presses), nothing saved by any button.
    await notesB.click();
    await notesB.press('Control+End');
    await pb.keyboard.type(' Bo: budget');
    // Anna types at the start of the same note on her device.
    await notesA.click();
    await notesA.press('Control+Home');
    await pa.keyboard.type('Viktigt! ');
    const mid = 'Viktigt! Ring Lena på regionen om partnerskap. Bo: budget';
    await expect.poll(() => notesB.inputValue(), { timeout: 10_000 }).toBe(mid);
    // Bo's caret is still after his own word, and he is still in the field.
    expect(
      await notesB.evaluate((el: HTMLTextAreaElement) => [el.selectionStart, document.activeElement === el]),
    ).toEqual([mid.length, true]);
    // Both type at once; both keep their words.
    await Promise.all([pb.keyboard.type(' klar'), pa.keyboard.type('Ring före fredag. ')]);
    const both = 'Viktigt! Ring före fredag. Ring Lena på regionen om partnerskap. Bo: budget klar';
    await expect.poll(() => notesA.inputValue(), { timeout: 10_000 }).toBe(both);
    await expect.poll(() => notesB.inputValue(), { timeout: 10_000 }).toBe(both);
    // Stored on each device: a reload shows the merged note.
    await pb.reload();
    await entry(pb, callId)
      .getByRole('button', { name: /Detaljer/ })
      .click();
    await expect.poll(() => entry(pb, callId).getByLabel('Anteckningar').inputValue()).toBe(both);
  });

  it('kill -9 and restart: nothing the server acknowledged is lost', async () => {
    // A second call watched on device A while both are online: the server has it when B shows it.
    await pa.goto(`${server.url}#/matchningar`);
    const next = pa
      .locator('li[data-call-id]')
      .filter({ has: pa.locator('button.watch[aria-pressed="false"]') })
      .first();
    const second = (await next.getAttribute('data-call-id')) ?? '';
    await next.locator('button.watch').click();
    await pb.goto(`${server.url}#/bevakning`);
    await entry(pb, second).waitFor({ timeout: 10_000 });

    const { port, dataDir } = server;
    await server.kill9();
    server = await startFundwatch({ port, dataDir, args: ['--offline', '--fetch-every', 'off'] });

    // A third device, joined fresh after the restart, gets everything from the server alone.
    const c = await browser.newContext();
    try {
      const pc = await c.newPage();
      await pc.goto(invite);
      await pc.getByTestId('join-member').fill('Cia');
      await pc.getByTestId('join-confirm').click();
      await pc.waitForURL(/#\/bevakning$/, { timeout: 20_000 });
      await entry(pc, second).waitFor({ timeout: 20_000 });
      await entry(pc, callId).waitFor({ timeout: 20_000 });
      expect(await pc.locator('#g-forbereds').count()).toBe(1);
      await entry(pc, callId)
        .getByRole('button', { name: /Detaljer/ })
        .click();
      expect(await entry(pc, callId).getByLabel('Anteckningar').inputValue()).toBe(
        'Viktigt! Ring före fredag. Ring Lena på regionen om partnerskap. Bo: budget klar',
      );
    } finally {
      await c.close();
    }
  });

  it('two concurrent decisions show on both devices as "Två samtidiga beslut"; choosing one settles it for all', async () => {
    for (const p of [pa, pb]) {
      await p.goto(`${server.url}#/bevakning`);
      await p.reload();
      await synced(p);
      await entry(p, callId).waitFor({ timeout: 10_000 });
    }
    await a.setOffline(true);
    await b.setOffline(true);
    for (const p of [pa, pb]) await p.locator('[data-testid="sync-badge"].disconnected').waitFor({ timeout: 10_000 });
    const decide = async (p: Page, to: string, why: string) => {
      await entry(p, callId)
        .getByRole('button', { name: /Detaljer/ })
        .click();
      await entry(p, callId).getByLabel('Ny status').selectOption(to);
      await entry(p, callId).getByLabel('Varför', { exact: true }).fill(why);
      await entry(p, callId).getByRole('button', { name: 'Ändra status' }).click();
    };
    await decide(pa, 'ansokt', 'Skickad i tid');
    await decide(pb, 'avstar', 'Ingen partner');
    await a.setOffline(false);
    await b.setOffline(false);
    for (const p of [pa, pb]) {
      await synced(p);
      await entry(p, callId).getByTestId('concurrent-decisions').waitFor({ timeout: 20_000 });
    }
    // Bo opens the entry: both decisions, with who and why, and a choice.
    const resolver = entry(pb, callId).getByTestId('resolve-concurrent');
    if (!(await resolver.isVisible()))
      await entry(pb, callId)
        .getByRole('button', { name: /Detaljer/ })
        .click();
    await resolver.getByRole('heading', { name: 'Två samtidiga beslut' }).waitFor();
    const shown = await resolver.locator('li').allTextContents();
    expect(shown).toHaveLength(2);
    expect(shown).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/Ansökt – Anna, .*: Skickad i tid/),
        expect.stringMatching(/Avstår – Bo, .*: Ingen partner/),
      ]),
    );
    await resolver.getByRole('button', { name: 'Välj Ansökt' }).click();
    // Settled for everyone: the status follows the new decision, which the log names with Bo and the time.
    for (const p of [pa, pb]) {
      await expect
        .poll(() => entry(p, callId).getByTestId('concurrent-decisions').count(), { timeout: 10_000 })
        .toBe(0);
      await p.locator('section.group:has(#g-ansokt)').locator(`li.entry[data-call-id="${callId}"]`).waitFor();
    }
    await entry(pa, callId)
      .getByRole('button', { name: /Detaljer/ })
      .click();
    const last = entry(pa, callId).locator('ol.log li').last();
    expect(await last.textContent()).toMatch(/→ Ansökt \(Bo\): Skickad i tid/);
    expect(await last.locator('time').getAttribute('datetime')).toMatch(/^\d{4}-\d\d-\d\dT/);
  });

  it('a wrong invite is refused on the join page, and a joined device whose team the server lost is told so', async () => {
    // The server refuses such a WebSocket upgrade (401, 404), which a browser cannot read: the app asks first.
    const c = await browser.newContext();
    try {
      const p = await c.newPage();
      const cases = [
        [invite.replace(/token=[^&]+/, 'token=fel-nyckel-1234567890'), /känner inte igen nyckeln/],
        [invite.replace(/team=[^&]+/, 'team=NoSuchTeam123'), /finns inte på servern/],
      ] as const;
      for (const [link, says] of cases) {
        // Links that differ only after # would not load the page again.
        await p.goto('about:blank');
        await p.goto(link);
        await p.getByTestId('join-member').fill('Eva');
        await p.getByTestId('join-confirm').click();
        const alert = p.getByTestId('join-team').getByRole('alert');
        await alert.waitFor({ timeout: 10_000 });
        expect(await alert.textContent()).toMatch(says);
        expect(new URL(p.url()).pathname).toMatch(/\/join$/);
      }
      // Not in any team: Settings offers to create one.
      await p.goto(`${server.url}#/installningar`);
      await p.getByTestId('team-section').getByRole('button', { name: 'Skapa team' }).waitFor({ timeout: 10_000 });
      // The right invite still joins.
      await p.goto(invite);
      await p.getByTestId('join-member').fill('Eva');
      await p.getByTestId('join-confirm').click();
      await p.waitForURL(/#\/bevakning$/, { timeout: 20_000 });
      await synced(p);
      // The server comes back without the team (a new data folder: reset, or another server at the address). A
      // joined device is told so, instead of "Ansluter…" for ever.
      const { port } = server;
      await server.stop();
      server = await startFundwatch({ port, args: ['--offline', '--fetch-every', 'off'] });
      await p.locator('[data-testid="sync-badge"].refused').waitFor({ timeout: 60_000 });
      expect(await p.getByTestId('sync-badge').textContent()).toContain('Nekad av servern');
      await p.goto(`${server.url}#/installningar`);
      const state = p.getByTestId('sync-state');
      await expect.poll(() => state.textContent(), { timeout: 20_000 }).toMatch(/be om en ny inbjudningslänk/);
    } finally {
      await c.close();
    }
  }, 150_000);
});
