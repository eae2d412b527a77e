/// <reference types="chrome" />
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtBrowser, launchWithExtension, marksOn, sendFromExtensionPage } from './support/ext-browser.ts';
import { type FixtureServer, startFixtureServer } from './support/ext-server.ts';

/** The options page drives the profile every page is scored with. */
let server: FixtureServer;
let browser: ExtBrowser;
let page: Page;
let options: Page;

const STRATEGY = `Internationell strategi för Testby kommun 2026–2030.
Testby kommun ligger i Norrbottens län. Kommunens internationella arbete ska bidra till klimatanpassning och
energiomställning i Barentsregionen och i Norden. Vi prioriterar samarbete om förnybar energi, energieffektivisering
och klimatanpassning av infrastruktur. Ungas delaktighet och inflytande ska stärkas genom utbyten för unga och
skolor; elever och lärare ska få möjlighet till internationella utbyten inom Erasmus+. Kommunen ska också arbeta
med kompetensförsörjning och vuxenutbildning tillsammans med företag i regionen. Samarbetet med kommuner i
Finland och Norge inom Interreg Aurora är särskilt viktigt. Vi följer Agenda 2030 i allt internationellt arbete.`;

interface State {
  profile: { id: string; name: string; custom: boolean; priorities: { id: string; weight: number }[] };
}

beforeAll(async () => {
  server = await startFixtureServer();
  browser = await launchWithExtension(server.port);
  page = await browser.ctx.newPage();
  options = await browser.ctx.newPage();
  await options.goto(`chrome-extension://${browser.extensionId}/extension/options/index.html`);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function civilSocietyScore(): Promise<number> {
  await page.goto('https://southbaltic.eu/news');
  const marks = await marksOn(page, 2);
  return marks.find((m) => m.title.startsWith('3rd Small-scale projects call'))!.score;
}

describe('options page', () => {
  it('switching the seed profile rescores pages: a South Baltic call fits Karlskrona better than Linköping', async () => {
    const profileSelect = options.getByLabel('Utgå från');
    await profileSelect.waitFor();
    // The seeds arrive in a second answer: the select shows the value once its options are there.
    await expect.poll(() => profileSelect.inputValue()).toBe('karlskrona');
    expect(await profileSelect.locator('option').count()).toBe(5);
    const karlskrona = await civilSocietyScore();

    await profileSelect.selectOption('linkoping');
    await expect
      .poll(async () => (await sendFromExtensionPage<State>(options, 'get-state', {})).profile.id)
      .toBe('linkoping');
    const linkoping = await civilSocietyScore();
    expect(linkoping).toBeLessThan(karlskrona);
  });

  it('edits a priority weight: the body gets its own copy of the seed', async () => {
    const slider = options.locator('input[type="range"]').first();
    await slider.fill('2.5');
    await options.getByRole('button', { name: 'Spara vikter' }).click();
    await options.getByRole('status').filter({ hasText: 'Vikter sparade' }).waitFor();
    const { profile } = await sendFromExtensionPage<State>(options, 'get-state', {});
    expect(profile.custom).toBe(true);
    expect(profile.id).toBe('linkoping-egen');
    expect(profile.priorities[0].weight).toBe(2.5);
  });

  it('builds a profile from pasted strategy text and scores with it', async () => {
    await options.locator('textarea').fill(STRATEGY);
    await options.getByPlaceholder('Namn').fill('Testby kommun');
    // The län is chosen from the 21 of core's reference data, not typed.
    const lan = options.getByTestId('lan');
    expect(await lan.locator('option').count()).toBe(22);
    await lan.selectOption({ label: 'Norrbottens län' });
    await options.getByRole('button', { name: 'Bygg profil' }).click();
    await options.getByRole('status').filter({ hasText: 'Profil byggd' }).waitFor();
    const { profile } = await sendFromExtensionPage<State>(options, 'get-state', {});
    expect(profile.custom).toBe(true);
    expect(profile.name).toBe('Testby kommun');
    expect(profile.priorities.length).toBeGreaterThan(0);
    expect(await options.locator('table tr').count()).toBe(profile.priorities.length);
    await page.goto('https://www.interregaurora.eu/projects/calls-for-applications');
    const marks = await marksOn(page, 2);
    // Norrbotten is in the Aurora area: its call is no longer ruled out as it was for Karlskrona.
    expect(marks[0].band).not.toBe('none');
  });

  it('keeps notification settings and language across reloads', async () => {
    await options.getByLabel('Avisera nya matchande utlysningar varje vecka').uncheck();
    await options.getByLabel('Språk').selectOption('en');
    await options.getByText('Weekly watch').waitFor();
    await options.reload();
    expect(await options.getByLabel('Notify new matching calls every week').isChecked()).toBe(false);
  });
});
