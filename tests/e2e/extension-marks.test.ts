/// <reference types="chrome" />
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inUi, uiClick, uiCount, uiText, waitForUi } from './support/closed-ui.ts';
import { type ExtBrowser, launchWithExtension, marksOn } from './support/ext-browser.ts';
import { type FixtureServer, startFixtureServer } from './support/ext-server.ts';

/**
 * The content script on recorded funder pages served under the funders' real host names, scored with
 * the default profile (Karlskrona, Blekinge). Bands are asserted as sets and orderings, not exact
 * scores: the engine is tuned separately.
 */
/** Chrome Web Store screenshots, made fresh by this run (git ignores screenshots/). */
const SHOTS = fileURLToPath(new URL('../../screenshots/extension/', import.meta.url));
let server: FixtureServer;
let browser: ExtBrowser;
let page: Page;
const dialogs: string[] = [];
const pageErrors: string[] = [];

beforeAll(async () => {
  server = await startFixtureServer();
  browser = await launchWithExtension(server.port);
  page = await browser.ctx.newPage();
  page.on('pageerror', (err) => pageErrors.push(err.message));
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    d.dismiss().catch(() => undefined);
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const LISTINGS: { url: string; titles: string[] }[] = [
  {
    url: 'https://southbaltic.eu/news',
    titles: ['3rd Small-scale projects call', '5th call for regular projects'],
  },
  {
    url: 'https://www.vinnova.se/sok-finansiering/',
    titles: ['Gemensamma AI-förmågor', 'Innovativa startups', 'Avancerad digitalisering'],
  },
  {
    url: 'https://www.mucf.se/bidrag',
    titles: ['Projekt för att öka ungas delaktighet', 'Ungdomsutbyte', 'Organisationsbidrag'],
  },
  { url: 'https://icld.se/', titles: ['Ansökningsomgång för kommunala partnerskap', 'Sök till ICLD'] },
  {
    url: 'https://centralbaltic.eu/for-applicants/call-calendar/',
    titles: ['Call 5: Small projects', 'Call 5: Regular projects'],
  },
  { url: 'https://interreg-baltic.eu/news', titles: ['Small projects call opens'] },
  { url: 'https://www.utbyten.se/sok-bidrag', titles: ['Erasmus+ skola', 'Småskaliga partnerskap'] },
  { url: 'https://erasmus-plus.ec.europa.eu/calls/', titles: ['2026 Erasmus+ call', 'European Youth Together'] },
  {
    url: 'https://www.interregaurora.eu/projects/calls-for-applications',
    titles: ['Call 7 for regular', 'Small-scale projects'],
  },
  { url: 'https://www.interregnorthsea.eu/our-news', titles: ['Call 8: the dates are set'] },
  { url: 'https://www.interreg.no/kalender', titles: ['Utlysning Interreg Sverige-Norge', 'Interreg NPA'] },
];

async function bandOf(title: string): Promise<{ band: string; score: number }> {
  // The page's marks come one by one: wait for this call's own, not just the first (a race under load).
  await page
    .waitForFunction(
      (t) =>
        [...document.querySelectorAll('[data-fundwatch-band]')].some((el) =>
          (el.querySelector('h1, h2, h3, h4, a')?.textContent ?? '').replace(/\s+/g, ' ').trim().startsWith(t),
        ),
      title,
      { timeout: 15_000 },
    )
    .catch(() => undefined);
  const marks = await marksOn(page);
  const m = marks.find((x) => x.title.startsWith(title));
  if (!m) throw new Error(`no mark for "${title}" among ${marks.map((x) => x.title).join(' | ')}`);
  return m;
}

describe('marks on funder pages', () => {
  for (const { url, titles } of LISTINGS) {
    it(`marks exactly the calls on ${new URL(url).hostname}`, async () => {
      await page.goto(url);
      const marks = await marksOn(page, titles.length);
      expect(marks).toHaveLength(titles.length);
      expect(marks.map((m, i) => m.title.startsWith(titles[i]))).toEqual(titles.map(() => true));
      for (const m of marks) {
        expect(['strong', 'relevant', 'weak', 'none']).toContain(m.band);
        expect(m.score).toBeGreaterThanOrEqual(0);
        expect(m.score).toBeLessThanOrEqual(100);
      }
      // One badge per call, inside a closed shadow root the page cannot open, next to the title.
      expect(await page.locator('[data-fundwatch-ui="badge"]').count()).toBe(titles.length);
      expect(await page.evaluate(() => document.querySelector('[data-fundwatch-ui]')?.shadowRoot ?? null)).toBeNull();
      expect(await uiCount(page)).toBe(titles.length);
    });
  }

  it('a South Baltic call on civil society cooperation matches Karlskrona (in the programme area)', async () => {
    await page.goto('https://southbaltic.eu/news');
    const civil = await bandOf('3rd Small-scale projects call');
    expect(['strong', 'relevant']).toContain(civil.band);
  });

  it('a Vinnova call open only to companies is weak or none, below the call for municipalities', async () => {
    await page.goto('https://www.vinnova.se/sok-finansiering/');
    const startups = await bandOf('Innovativa startups');
    const municipal = await bandOf('Gemensamma AI-förmågor');
    expect(['weak', 'none']).toContain(startups.band);
    expect(municipal.score).toBeGreaterThan(startups.score);
  });

  it('calls outside the body’s programme area are not strong matches (Central Baltic for Blekinge)', async () => {
    await page.goto('https://centralbaltic.eu/for-applicants/call-calendar/');
    const marks = await marksOn(page, 2);
    for (const m of marks) expect(['weak', 'none']).toContain(m.band);
  });

  it('an unknown layout (euro-access.eu, no extractor) is found by the general detector', async () => {
    await page.goto('https://euro-access.eu/en/calls');
    const marks = await marksOn(page, 3);
    expect(marks.map((m) => m.title)).toEqual([
      'Interreg Baltic Sea Region - Small projects',
      'Quantum chips pilot lines',
      'Erasmus+ Youth participation activities',
    ]);
    expect(await page.locator('.cbox[data-fundwatch-band]').count()).toBe(3);
    // The site's menu (links, no dates, no call words) is left alone.
    expect(await page.locator('.menu [data-fundwatch-band]').count()).toBe(0);
    const bsr = marks[0];
    const quantum = marks[1];
    expect(bsr.band).not.toBe('none');
    expect(['weak', 'none']).toContain(quantum.band);
    expect(bsr.score).toBeGreaterThan(quantum.score);
  });

  it('marks cards the EU portal renders late (single-page app)', async () => {
    await page.goto(
      'https://ec.europa.eu/info/funding-tenders/opportunities/portal/screen/opportunities/calls-for-proposals',
    );
    expect(await page.locator('sedia-result-card').count()).toBe(0);
    const marks = await marksOn(page, 3);
    expect(await page.locator('sedia-result-card[data-fundwatch-band]').count()).toBe(3);
    const twinning = marks.find((m) => m.title.startsWith('Town-Twinning'));
    expect(twinning?.band).not.toBe('none');
  });

  const DETAILS: { url: string; holder: string; title: string }[] = [
    {
      url: 'https://www.mucf.se/bidrag/ungdomsutbyte-0',
      holder: 'main#main-content',
      title: 'Ungdomsutbyte',
    },
    {
      url: 'https://icld.se/artikel/dags-att-ansoka-om-kommunalt-partnerskap/',
      holder: 'article.post',
      title: 'Dags att ansöka om kommunalt partnerskap',
    },
    {
      url: 'https://southbaltic.eu/-/small-scale-projects-call-cooperation-capacity-civil-society',
      holder: '.journal-content-article',
      title: '3rd Small-scale projects call: strengthening the cooperation capacity of local actors and civil society',
    },
  ];
  for (const d of DETAILS) {
    it(`marks the call on a detail page of ${new URL(d.url).hostname}`, async () => {
      await page.goto(d.url);
      const marks = await marksOn(page, 1);
      expect(marks).toHaveLength(1);
      expect(await page.locator(`${d.holder}[data-fundwatch-band]`).count()).toBe(1);
      await waitForUi(page, 0, '.panel', 'card');
      expect(await uiText(page, 0, '.panel h2', 'card')).toBe(d.title);
    });
  }

  it('the South Baltic call scores alike on its listing and on its own page', async () => {
    await page.goto('https://southbaltic.eu/-/small-scale-projects-call-cooperation-capacity-civil-society');
    const [detail] = await marksOn(page, 1);
    expect(['strong', 'relevant']).toContain(detail.band);
  });

  it('marks the call on a detail page and shows a score card', async () => {
    await page.goto(
      'https://www.vinnova.se/e/larande-och-motesplatser/gemensamma-ai-formagor-i-kommuner-och-2023-01699/',
    );
    await marksOn(page, 1);
    const holder = page.locator('main[data-fundwatch-band]');
    expect(await holder.count()).toBe(1);
    expect(Number(await holder.getAttribute('data-fundwatch-score'))).toBeGreaterThanOrEqual(0);
    await waitForUi(page, 0, '.panel', 'card');
    expect(await uiText(page, 0, '.panel h2', 'card')).toBe('Gemensamma AI-förmågor i kommuner och civilsamhälle');
    // The deadline note reads as of today: the next deadline, or "Stängd" once it has passed.
    expect(await uiText(page, 0, '.fact.deadline dt', 'card')).toBe('Tidsfrist');
    expect(await uiText(page, 0, '.fact.deadline dd', 'card')).toMatch(/Sista ansökningsdag|Stängd/);
  });

  it('opens the explanation: deadline and eligibility first, one line per priority, evidence highlighted', async () => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto('https://southbaltic.eu/news');
    await marksOn(page, 2);
    const before = await page.evaluate(() => document.querySelector('.asset-abstract')!.getBoundingClientRect().height);
    await uiClick(page, 0, 'button.badge');
    await waitForUi(page, 0, '.panel');
    const panel = await inUi<{
      text: string;
      dts: string[];
      area: string;
      areaText: string;
      deadline: string;
      prios: string[];
      words: string;
      watch: string;
      score: string;
      figures: string[];
      sum: string;
    }>(
      page,
      0,
      `function () {
        const p = this.querySelector('.panel');
        const facts = [...p.querySelectorAll('.fact')];
        return {
          text: p.textContent,
          dts: [...p.querySelectorAll('.fact dt')].map((d) => d.textContent),
          area: facts[1].className,
          areaText: facts[1].querySelector('dd').textContent,
          deadline: p.querySelector('.fact.deadline dd').textContent,
          prios: [...p.querySelectorAll('.reasons > li .prio strong')].map((s) => s.textContent),
          words: p.querySelector('.reasons > li .words').textContent,
          watch: p.querySelector('button.watch').textContent,
          score: p.querySelector('.score').textContent,
          figures: [...p.querySelectorAll('[data-points]')].map((e) => e.textContent),
          sum: p.querySelector('.sum').textContent,
        };
      }`,
    );
    expect(panel.text).toContain('Varför');
    expect(panel.text).toContain('Behörighet');
    expect(panel.dts).toEqual(['Tidsfrist', 'Programområde', 'Sökande']);
    // South Baltic covers Blekinge: the programme-area row says so, with its points.
    expect(panel.area).toContain('ok');
    expect(panel.areaText).toContain('Blekinge');
    expect(panel.deadline).toMatch(/2026|januari|jan\./);
    // One line per priority: no priority is listed twice.
    expect(panel.prios.length).toBeGreaterThan(0);
    expect(new Set(panel.prios).size).toBe(panel.prios.length);
    expect(panel.words).toMatch(/^Utlysningens ord: ”/);
    expect(panel.watch).toBe('Bevaka');
    // Every figure shown carries its sign and unit, with a Swedish decimal comma, and they add up to the score shown.
    expect(panel.figures.length).toBeGreaterThan(1);
    for (const f of panel.figures) expect(f).toMatch(/^[+−]\d+(,\d)? p$/);
    const shown = panel.figures.reduce((t, f) => t + Number(f.replace('−', '-').replace(',', '.').slice(0, -2)), 0);
    const score = Number(/^(\d+) av 100/.exec(panel.score)?.[1]);
    expect(Math.round(shown * 10) / 10).toBe(score);
    expect(panel.sum).toBe(`Summa: ${panel.figures.filter((f) => !/^[+−]0 p$/.test(f)).join(' ')} = ${score} p`);
    // The panel floats: the item's own box does not grow and the page gets no horizontal scroll.
    const after = await page.evaluate(() => document.querySelector('.asset-abstract')!.getBoundingClientRect().height);
    expect(after).toBe(before);
    const highlighted = await page.evaluate(() => {
      const h = (CSS as unknown as { highlights: Map<string, { size: number }> }).highlights.get('fundwatch-evidence');
      return h?.size ?? 0;
    });
    expect(highlighted).toBeGreaterThan(0);
    // The profile's words are in our closed root only: none of them is in the page's own DOM.
    const pageText = await page.evaluate(() => document.body.innerText);
    expect(pageText).not.toContain('Varför');
    expect(pageText).not.toContain(panel.prios[0]);
  });

  it('is keyboard accessible: focus moves into the panel, Escape closes it and focus returns to the badge', async () => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto('https://southbaltic.eu/news');
    await marksOn(page, 2);
    // Focus the second badge with the keyboard's own path: a real click focuses it, then Escape closes.
    await uiClick(page, 1, 'button.badge');
    await waitForUi(page, 1, '.panel');
    const focused = () =>
      inUi<string>(page, 1, 'function () { return this.activeElement ? this.activeElement.className : ""; }');
    expect(await focused()).toContain('panel');
    // Tab reaches Watch, passing only the folded line of small hits (a summary that opens with the keyboard).
    const order: string[] = [];
    for (let i = 0; i < 4 && order.at(-1) !== 'watch'; i++) {
      await page.keyboard.press('Tab');
      order.push(await focused());
    }
    expect(order.at(-1)).toBe('watch');
    expect(order.slice(0, -1).every((c) => c === 'prio')).toBe(true);
    await page.keyboard.press('Escape');
    expect(await inUi<boolean>(page, 1, 'function () { return this.querySelector(".panel").hidden; }')).toBe(true);
    expect(
      await inUi<string>(
        page,
        1,
        'function () { return this.querySelector("button.badge").getAttribute("aria-expanded"); }',
      ),
    ).toBe('false');
    expect(await focused()).toContain('badge');
    // Enter on the focused badge opens it again.
    await page.keyboard.press('Enter');
    await waitForUi(page, 1, '.panel');
    // Opening another badge closes the first: one explanation at a time.
    await uiClick(page, 0, 'button.badge');
    await waitForUi(page, 0, '.panel');
    expect(await inUi<boolean>(page, 1, 'function () { return this.querySelector(".panel").hidden; }')).toBe(true);
  });

  it('ignores clicks the page script dispatches on a badge', async () => {
    await page.goto('https://southbaltic.eu/news');
    await marksOn(page, 2);
    // A page cannot reach the button in the closed root; the most it can do is click the host.
    await page.evaluate(() => (document.querySelector('[data-fundwatch-ui="badge"]') as HTMLElement).click());
    await page.waitForTimeout(200);
    expect(await inUi<boolean>(page, 0, 'function () { return !this.querySelector(".panel"); }')).toBe(true);
  });

  for (const [width, url] of [
    [390, 'https://southbaltic.eu/news'],
    [1280, 'https://icld.se/'],
  ] as const) {
    it(`keeps the panel inside a ${width} px wide window (${new URL(url).hostname}, badges near the right edge)`, async () => {
      await page.setViewportSize({ width, height: 800 });
      await page.goto(url);
      await marksOn(page, 2);
      const count = await uiCount(page);
      expect(count).toBeGreaterThanOrEqual(2);
      for (let i = 0; i < count; i++) {
        await uiClick(page, i, 'button.badge');
        await waitForUi(page, i, '.panel');
        const box = await inUi<{ left: number; right: number; top: number; bottom: number }>(
          page,
          i,
          `function () {
            const r = this.querySelector('.panel').getBoundingClientRect();
            return { left: r.left, right: r.right, top: r.top, bottom: r.bottom };
          }`,
        );
        expect(box.left).toBeGreaterThanOrEqual(0);
        expect(box.right).toBeLessThanOrEqual(width);
        expect(box.top).toBeGreaterThanOrEqual(0);
        expect(box.bottom).toBeLessThanOrEqual(800);
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
        await page.keyboard.press('Escape');
      }
    });
  }

  it('keeps hostile text inert: shown as text, never run, nothing injected', async () => {
    dialogs.length = 0;
    await page.goto('https://www.interreg-oks.eu/nyheter');
    const marks = await marksOn(page, 2);
    expect(marks[0].title).toContain('<img src=x onerror=alert(1)>');
    // The open panel may cover the next badge, as it would for a user: close it first.
    for (let i = 0; i < 2; i++) {
      await uiClick(page, i, 'button.badge');
      await waitForUi(page, i, '.panel');
      await page.keyboard.press('Escape');
    }
    expect(await uiText(page, 0, '.panel h2')).toBe(
      '<img src=x onerror=alert(1)> Höstens ansökningsomgång för gränsregionalt samarbete',
    );
    await page.waitForTimeout(300);
    expect(dialogs).toEqual([]);
    const inPage = await page.evaluate(() => document.querySelectorAll('img, svg, iframe, script').length);
    let inUiRoots = 0;
    for (let i = 0; i < (await uiCount(page)); i++)
      inUiRoots += await inUi<number>(
        page,
        i,
        'function () { return this.querySelectorAll("img, svg, iframe, script").length; }',
      );
    expect(inPage + inUiRoots).toBe(0);
    expect(await page.evaluate(() => document.body.dataset.pwned)).toBeUndefined();
  });

  it('makes the 1280×800 store screenshots: a listing with an explanation open, and a call page with its card', async () => {
    mkdirSync(SHOTS, { recursive: true });
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto('https://southbaltic.eu/news');
    await marksOn(page, 2);
    await uiClick(page, 0, 'button.badge');
    await waitForUi(page, 0, '.panel');
    await page.screenshot({ path: join(SHOTS, 'store-1-listing.png') });
    await page.goto(
      'https://www.vinnova.se/e/larande-och-motesplatser/gemensamma-ai-formagor-i-kommuner-och-2023-01699/',
    );
    await waitForUi(page, 0, '.panel', 'card');
    await page.screenshot({ path: join(SHOTS, 'store-2-call-page.png') });
    // A national funder's call names nothing international: its cut is told, negative, with the programme-data mark
    // on the area line (both rendered from the Match's structured source, not from the call's words).
    expect(await uiText(page, 0, '.panel .adjustments', 'card')).toMatch(
      /^−\d+(,\d)? p Vinnova ger nationellt stöd och utlysningen nämner inget internationellt samarbete/,
    );
    // The cut is one of the figures the visible sum adds up, and that sum is the score in the panel's heading.
    const score = /^(\d+) av 100/.exec((await uiText(page, 0, '.panel .score', 'card')) ?? '')?.[1];
    expect(await uiText(page, 0, '.panel .sum', 'card')).toMatch(
      new RegExp(`^Summa: .*−\\d+(,\\d)? p.* = ${score} p$`),
    );
    expect(await uiText(page, 0, '.panel .facts', 'card')).toMatch(
      /Vinnova tar emot ansökningar från hela Sverige \(programdata\)\./,
    );
    await inUi(page, 0, 'function () { this.querySelector(".panel .adjustments").scrollIntoView(); }', 'card');
    await page.screenshot({ path: join(SHOTS, 'panel-national-funding.png') });
    for (const f of ['store-1-listing.png', 'store-2-call-page.png']) {
      const png = readFileSync(join(SHOTS, f));
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1280, 800]);
    }
  });

  it('never broke a host page: no script errors on any page visited', () => {
    expect(pageErrors).toEqual([]);
  });
});
