import { readFileSync } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSmtpSink } from '../unit/server/smtp-sink.ts';
import { chromiumPath, QUIET_ARGS } from './support/browser.ts';
import { createTeam, type FundwatchServer, NO_FETCH, startFundwatch } from './support/fundwatch-server.ts';
import { ensurePwaBuild } from './support/pwa-server.ts';

/** A member joined by the invite link subscribes to the team's weekly e-mail in Inställningar. */
describe('the weekly digest subscription in the app', () => {
  let server: FundwatchServer;
  let sink: Awaited<ReturnType<typeof startSmtpSink>>;
  let browser: Browser;

  beforeAll(async () => {
    ensurePwaBuild();
    sink = await startSmtpSink();
    server = await startFundwatch({
      args: [...NO_FETCH, '--smtp', sink.url, '--mail-from', 'fundwatch@kommun.example'],
    });
    browser = await chromium.launch({ executablePath: chromiumPath(), args: QUIET_ARGS });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await sink?.close();
  });

  it('subscribes this member by e-mail with the team token, and says when push is not possible here', async () => {
    const { team, invite } = createTeam(server.dataDir, 'EU-gruppen', server.url);
    const ctx = await browser.newContext();
    await ctx.grantPermissions(['notifications'], { origin: server.url.replace(/\/$/, '') });
    const page = await ctx.newPage();
    await page.goto(invite);
    await page.getByTestId('join-member').fill('Anna');
    await page.getByTestId('join-confirm').click();
    await page.waitForURL(/#\/bevakning$/, { timeout: 20_000 });
    await page.goto(`${server.url}#/installningar`);
    const section = page.getByTestId('team-notify');
    await section.getByLabel('E-post').fill('anna@kommun.example');
    await section.getByRole('button', { name: 'Prenumerera' }).click();
    await section.getByRole('status').filter({ hasText: 'Du får veckobrevet med e-post.' }).waitFor();
    const registry = JSON.parse(readFileSync(`${server.dataDir}/teams.json`, 'utf8'));
    expect(registry.teams[team].subscribers.map((s: { email: string }) => s.email)).toEqual(['anna@kommun.example']);

    // Headless Chromium has no push service: the app says so instead of pretending.
    await section.getByRole('button', { name: 'Avisering på den här enheten' }).click();
    const said = section.locator('[role="status"], [role="alert"]').filter({ hasText: /push|enheten/ });
    await said.waitFor({ timeout: 20_000 });
    const text = await said.textContent();
    // Either the device subscribed (then the server holds it) or the app says why not.
    if (/får veckans avisering/.test(text ?? '')) {
      const after = JSON.parse(readFileSync(`${server.dataDir}/teams.json`, 'utf8'));
      expect(after.teams[team].push).toHaveLength(1);
    } else expect(text).toContain('Webbläsaren kan inte ta emot push här');
    await ctx.close();
  });
});
