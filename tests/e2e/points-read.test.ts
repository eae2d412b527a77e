/**
 * How a score's points read where a Swedish official meets them, at 360 and 1280 px: the extension's panel on a
 * funder page, the app's call card with "Varför?" open, and the weekly digest as the CLI and the server's e-mail
 * render it. Every figure signed with its unit and a decimal comma, a visible sum equal to the score, nothing
 * wider than the screen. Screenshots are written to screenshots/points/ (git ignores screenshots/).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { digestEntry } from '../../core/digest/entry.ts';
import { buildDigest, renderHtml, renderMarkdown } from '../../core/digest/index.ts';
import { normaliseCall } from '../../core/model/normalise-call.ts';
import { getSeedProfile } from '../../core/profile/seeds.ts';
import { inUi, uiClick, waitForUi } from './support/closed-ui.ts';
import { type ExtBrowser, launchWithExtension, marksOn } from './support/ext-browser.ts';
import { type FixtureServer, startFixtureServer } from './support/ext-server.ts';
import { fixtureCalls } from './support/pwa-fixture-calls.ts';
import { callsJson, type Preview, startFeedServer, startPwaPreview } from './support/pwa-server.ts';
import { chooseSeedProfile, launchAppBrowser, useFeed } from './support/pwa-setup.ts';

const SHOTS = fileURLToPath(new URL('../../screenshots/points/', import.meta.url));
const WIDTHS = [360, 1280] as const;
const FIGURE = /^[+−]\d+(,\d)? p$/;
/** A fixture call whose small related-topic hits fold into one line. */
const FOLDED_IN_APP = 'interreg-sb:climate-2026';
/** A call that addresses companies and names no public body: its card carries the "Utlysning för företag" cut. */
const COMPANY_CALL = 'eu-ft:SMP-COS-2026-TOURSME';
const companyCall = (now = new Date()) => ({
  id: COMPANY_CALL,
  source: 'eu-funding-tenders',
  funder: 'European Commission (EISMEA)',
  programme: 'Single Market Programme',
  title: 'Empowering small businesses in sustainable tourism',
  summary:
    'The action supports the green and digital transition of tourism destinations in coastal and maritime areas. ' +
    'Grants help develop sustainable products and services, circular economy practices and new tourism routes. ' +
    'The budget is EUR 5 million for around four projects.',
  url: 'https://ec.europa.eu/info/funding-tenders/opportunities/portal/screen/opportunities/topic-details/smp-cos-2026-toursme',
  language: 'en',
  deadlines: [
    {
      date: new Date(now.getTime() + 60 * 86_400_000).toISOString().slice(0, 10),
      time: '17:00',
      timeZone: 'Europe/Brussels',
      kind: 'application',
    },
  ],
});

/** A call for islands: its area is a doubt for Karlskrona and earns no points, yet "Varför?" must tell it. */
const ISLANDS_CALL = 'eu-ft:islands-2026';
const islandsCall = (now = new Date()) => ({
  ...companyCall(now),
  id: ISLANDS_CALL,
  title: 'Technical assistance for clean energy on islands',
  summary:
    'The call is open to EU islands. Municipalities and local authorities on islands can receive technical assistance ' +
    'to prepare clean energy transition plans and projects with their communities.',
  url: 'https://ec.europa.eu/info/funding-tenders/opportunities/portal/screen/opportunities/topic-details/islands-2026',
});

/** A local fund that gives priority to named kommuner: its area line says Karlskrona is not among them. */
const PRIORITY_CALL = 'lokal:bygdemedel-2026';
const priorityCall = (now = new Date()) => ({
  ...companyCall(now),
  id: PRIORITY_CALL,
  source: 'lokal',
  funder: 'Sparbanksstiftelsen Syd',
  programme: 'Projektbidrag',
  title: 'Bidrag till lokal utveckling och kultur',
  summary:
    'Stiftelsen lämnar bidrag till hållbara projekt som främjar lokal utveckling, kultur och barn- och ' +
    'ungdomsverksamhet. Följande kommuner i södra Skåne prioriteras: Ystad, Skurup och Sjöbo.',
  language: 'sv',
  url: 'https://example.org/bidrag-lokal-utveckling',
});

/** A state grant for named kommuner and regioner, Karlskrona among them: the line names four and says it is one. */
const RECIPIENTS_CALL = 'stat:ekonomi-i-balans-2026';
const recipientsCall = (now = new Date()) => ({
  ...companyCall(now),
  id: RECIPIENTS_CALL,
  source: 'stat',
  funder: 'Kammarkollegiet',
  programme: 'Statsbidrag till vissa kommuner och regioner',
  title: 'Statsbidrag för omställning till hållbar utveckling',
  summary:
    'Bidrag får betalas ut till dessa kommuner och regioner enligt regeringens beslut. Kommuner: Bjurholm, Boxholm, ' +
    'Heby, Karlskrona, Malå och Timrå. Regioner: Blekinge och Dalarna. Bidraget ska användas till hållbar ' +
    'utveckling och klimatanpassning.',
  applicantTypes: ['kommuner', 'regioner'],
  language: 'sv',
  url: 'https://example.org/statsbidrag-omstallning',
});

/** Mobility for accredited organisations only: the applicant line says so, and that whether the body holds one is open. */
const ACCREDITED_CALL = 'eu-ft:erasmus-accredited-2026';
const accreditedCall = (now = new Date()) => ({
  ...companyCall(now),
  id: ACCREDITED_CALL,
  source: 'eu-funding-tenders',
  funder: 'European Commission',
  programme: 'Erasmus+',
  title: 'Accredited projects for mobility of learners and staff in adult education',
  summary:
    'The action supports learning mobility in adult education. Applicant organisations must hold a valid Erasmus ' +
    'accreditation in the field of adult education. Any eligible application will receive funding.',
  url: 'https://ec.europa.eu/info/funding-tenders/opportunities/portal/screen/opportunities/topic-details/erasmus-accredited-2026',
});

/** A prize for Nordic candidates, without a list of countries: the area line says Sweden is among them. */
const NORDIC_CALL = 'norden:environment-prize-2026';
const nordicCall = (now = new Date()) => ({
  ...companyCall(now),
  id: NORDIC_CALL,
  source: 'norden',
  funder: 'Nordic Council',
  programme: 'Nordic Council Environment Prize',
  title: 'Nominate a candidate for the environment prize 2026',
  summary:
    'The prize goes to an initiative for sustainable consumption and a circular economy. Anyone can nominate. The ' +
    'candidate can be a Nordic enterprise, organisation or individual that works in the region.',
  url: 'https://example.org/nordic-environment-prize',
});

/** A grant for the members of one named organisation: the applicant line names them and leaves the body's membership open. */
const MEMBERS_CALL = 'lokal:partnerskap-2026';
const membersCall = (now = new Date()) => ({
  ...companyCall(now),
  id: MEMBERS_CALL,
  source: 'lokal',
  funder: 'Biståndsforum',
  programme: 'Partnerskapsprogrammet',
  title: 'Bidrag till partnerskap för demokrati och mänskliga rättigheter',
  summary:
    'Programmet stöder partnerskap som stärker demokrati och mänskliga rättigheter i andra länder. Svenska ' +
    'organisationer kan söka tillsammans med lokala partner. Medlemskap i Biståndsforum kommer att krävas för att ' +
    'kunna söka.',
  language: 'sv',
  url: 'https://example.org/partnerskapsprogrammet',
});

/** The body's own kommun's grant, its office after a comma: its own, for its own area, awarded rather than applied for. */
const OWN_GRANT_CALL = 'lokal:karlskrona-kulturbidrag-2026';
const ownGrantCall = (now = new Date()) => ({
  ...companyCall(now),
  id: OWN_GRANT_CALL,
  source: 'lokal',
  funder: 'Karlskrona kommun, kultur- och fritidsförvaltningen',
  programme: 'Föreningsbidrag – kulturverksamhet',
  title: 'Bidrag till kulturföreningar och kulturarrangemang',
  summary:
    'Föreningar med säte i kommunen kan söka bidrag för kulturarrangemang och kulturverksamhet för barn och unga. ' +
    'Föreningen ska vara godkänd av kultur- och fritidsnämnden.',
  language: 'sv',
  url: 'https://example.org/karlskrona-kulturbidrag',
});

/** A grant only the kommuner it names may apply for, Karlskrona among them: the area line says so, and no blocker. */
const NAMED_ONLY_CALL = 'stat:trygghet-namngivna-2026';
const namedOnlyCall = (now = new Date()) => ({
  ...companyCall(now),
  id: NAMED_ONLY_CALL,
  source: 'stat',
  funder: 'Brottsförebyggande rådet',
  programme: 'Bidrag till lokalt brottsförebyggande arbete',
  title: 'Bidrag till trygghetsskapande arbete i utvalda kommuner',
  summary:
    'Medlen går till långsiktigt trygghetsarbete i samverkan med polisen. Följande kommuner kan söka: Borås, ' +
    'Karlskrona, Gävle och Umeå. Regioner kan inte söka.',
  language: 'sv',
  url: 'https://example.org/trygghet-namngivna',
});

/** Lead applicants from two northern län, partners from anywhere: Karlskrona is told so, without a blocker. */
const PARTNERS_ANYWHERE_CALL = 'norden:arctic-cooperation-2026';
const partnersAnywhereCall = (now = new Date()) => ({
  ...companyCall(now),
  id: PARTNERS_ANYWHERE_CALL,
  source: 'norden',
  funder: 'Nordic Council of Ministers',
  programme: 'Arctic Co-operation Programme',
  title: 'Arctic co-operation projects on youth and climate adaptation',
  summary:
    'Who may apply? Lead applicants must be based in the Arctic parts of the Nordic region – in Sweden, Norrbotten ' +
    'and Västerbotten counties. Partners may be located anywhere in the Nordic countries. Municipalities and ' +
    'regions may take part.',
  eligibleCountries: ['Sweden (Norrbotten, Västerbotten)', 'Finland (Lapland)', 'Iceland'],
  url: 'https://example.org/arctic-cooperation',
});

/** A region's own call that funds partners from the län next to it: Karlskrona (Blekinge borders Kalmar län) is told so. */
const NEIGHBOURS_CALL = 'region-kalmar:grannlan-2026';
const neighboursCall = (now = new Date()) => ({
  ...companyCall(now),
  id: NEIGHBOURS_CALL,
  source: 'region-kalmar',
  funder: 'Region Kalmar län',
  programme: 'Regionala utvecklingsmedel',
  title: 'Regionala utvecklingsmedel för kompetensförsörjning 2026',
  summary:
    'Projektägaren ska ha verksamhet i Kalmar län. Kommuner och regioner i län som gränsar till Kalmar län kan ingå ' +
    'som samverkanspartner och ta del av stödet.',
  applicantTypes: ['kommuner', 'regioner', 'lärosäten'],
  language: 'sv',
  url: 'https://example.org/grannlan',
});

/** A national call whose work is done in two northern län, applicants based anywhere: Karlskrona is told so, no blocker. */
const WORK_PLACE_CALL = 'tillvaxtverket:norr-2027';
const workPlaceCall = (now = new Date()) => ({
  ...companyCall(now),
  id: WORK_PLACE_CALL,
  source: 'tillvaxtverket',
  funder: 'Tillväxtverket',
  programme: 'Samhällsomvandlingen i norr',
  title: 'Kompetens och bostäder för industrietableringarna i norr',
  summary:
    'Insatserna ska genomföras i Norrbottens och Västerbottens län. Sökande behöver dock inte ha sitt säte i länen: ' +
    'kommuner, regioner och lärosäten i hela Sverige kan söka.',
  applicantTypes: ['kommuner', 'regioner', 'lärosäten'],
  language: 'sv',
  url: 'https://example.org/norr',
});

/** "+12,5 p" → 12.5, "−18 p" → -18. */
const figureValue = (figure: string) => Number(figure.replace('−', '-').replace(',', '.').replace(/\s*p$/, ''));
const total = (figures: string[]) => Math.round(figures.reduce((t, f) => t + figureValue(f), 0) * 10) / 10;

beforeAll(() => {
  mkdirSync(SHOTS, { recursive: true });
});

describe('the extension panel on a funder page', () => {
  let server: FixtureServer;
  let browser: ExtBrowser;
  let page: Page;
  beforeAll(async () => {
    server = await startFixtureServer();
    browser = await launchWithExtension(server.port);
    page = await browser.ctx.newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  for (const width of WIDTHS) {
    it(`reads right at ${width} px: signed figures with unit, a sum equal to the score, inside the screen`, async () => {
      await page.setViewportSize({ width, height: 800 });
      await page.goto('https://southbaltic.eu/news');
      await marksOn(page, 2);
      await uiClick(page, 0, 'button.badge');
      await waitForUi(page, 0, '.panel');
      const panel = await inUi<{
        figures: string[];
        sum: string;
        score: string;
        left: number;
        right: number;
        minor: string | null;
        minorNames: string[];
        topics: string[];
        quotes: string[];
      }>(
        page,
        0,
        `function () {
          const p = this.querySelector('.panel');
          const r = p.getBoundingClientRect();
          const minor = p.querySelector('.reasons li.minor');
          if (minor) {
            minor.querySelector('details').open = true;
            minor.scrollIntoView({ block: 'center' });
          }
          return {
            figures: [...p.querySelectorAll('[data-points]')].map((e) => e.textContent),
            sum: p.querySelector('.sum').textContent,
            score: p.querySelector('.score').textContent,
            left: r.left,
            right: r.right,
            minor: minor ? minor.querySelector('summary').textContent : null,
            minorNames: minor ? [...minor.querySelectorAll('ul li')].map((e) => e.textContent) : [],
            topics: [...p.querySelectorAll('.reasons .concepts')].map((e) => e.textContent),
            quotes: [...p.querySelectorAll('.reasons q')].map((e) => e.textContent),
          };
        }`,
      );
      await page.screenshot({ path: join(SHOTS, `extension-panel-${width}.png`) });
      // The priorities worth a sliver of the score read as one line, opened here to name them; its figure is
      // one of the panel's figures, so the sum below still adds up.
      expect(panel.minor).toMatch(/^Övriga, mindre träffar \(\d+ prioriteringar\) [+]\d+(,\d)? p$/);
      expect(panel.minorNames.length).toBeGreaterThan(1);
      for (const n of panel.minorNames) expect(n).toMatch(/ [+]\d+(,\d)? p$/);
      expect(panel.figures).toContain(/[+]\d+(,\d)? p$/.exec(panel.minor ?? '')?.[0]);
      // Topics read as Swedish ("Närliggande ämne: …", not "Om: närliggande ämne: …"); no quote twice.
      for (const t of panel.topics) expect(t).not.toMatch(/^Om: närliggande/);
      expect(new Set(panel.quotes).size).toBe(panel.quotes.length);
      // The panel scrolls inside: its end, the sum above Bevaka, is a second picture.
      await inUi(page, 0, 'function () { const p = this.querySelector(".panel"); p.scrollTop = p.scrollHeight; }');
      await page.screenshot({ path: join(SHOTS, `extension-panel-sum-${width}.png`) });
      for (const f of panel.figures) expect(f).toMatch(FIGURE);
      const score = Number(/^(\d+) av 100/.exec(panel.score)?.[1]);
      expect(total(panel.figures)).toBe(score);
      expect(panel.sum).toBe(`Summa: ${panel.figures.filter((f) => figureValue(f) !== 0).join(' ')} = ${score} p`);
      expect(panel.left).toBeGreaterThanOrEqual(0);
      expect(panel.right).toBeLessThanOrEqual(width);
    });
  }
});

describe('the app’s call card with "Varför?" open', () => {
  let preview: Preview;
  let feed: Awaited<ReturnType<typeof startFeedServer>>;
  let dir: string;
  let ctx: BrowserContext;
  let page: Page;
  beforeAll(async () => {
    preview = await startPwaPreview();
    feed = await startFeedServer(() =>
      callsJson([
        ...fixtureCalls(),
        companyCall(),
        islandsCall(),
        priorityCall(),
        recipientsCall(),
        accreditedCall(),
        nordicCall(),
        membersCall(),
        ownGrantCall(),
        namedOnlyCall(),
        partnersAnywhereCall(),
        neighboursCall(),
        workPlaceCall(),
      ]),
    );
    dir = mkdtempSync(join(tmpdir(), 'fundwatch-points-'));
    ({ ctx, page } = await launchAppBrowser(dir, { viewport: { width: 1280, height: 900 } }));
    await page.goto(preview.url);
    await chooseSeedProfile(page, 'Karlskrona');
    await useFeed(page, preview.url, feed.url);
    await page.locator('li.card[data-call-id="vinnova:2026-00123"]').waitFor();
  });
  afterAll(async () => {
    await ctx?.close();
    await feed?.stop();
    await preview?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  for (const width of WIDTHS) {
    for (const id of [
      'interreg-sb:climate-2026',
      'vinnova:2026-00123',
      COMPANY_CALL,
      ISLANDS_CALL,
      PRIORITY_CALL,
      RECIPIENTS_CALL,
      ACCREDITED_CALL,
      NORDIC_CALL,
      MEMBERS_CALL,
      OWN_GRANT_CALL,
      NAMED_ONLY_CALL,
      PARTNERS_ANYWHERE_CALL,
      NEIGHBOURS_CALL,
      WORK_PLACE_CALL,
    ]) {
      it(`reads right at ${width} px (${id}): the card line and the details add up to the score`, async () => {
        await page.setViewportSize({ width, height: 900 });
        // The body's own grant is one it cannot apply for: its card is in the fold of such calls.
        if (id === OWN_GRANT_CALL) {
          const fold = page.locator('#fold-blocked');
          if (!(await fold.evaluate((d) => (d as HTMLDetailsElement).open)))
            await fold.locator('summary').first().click();
        }
        const card = page.locator(`li.card[data-call-id="${id}"]`);
        const details = card.locator('details.why');
        if (!(await details.evaluate((d) => (d as HTMLDetailsElement).open)))
          await card.locator('.why summary').click();
        await card.locator('.why .sum').waitFor();
        const read = await card.evaluate((e) => ({
          line: [...e.querySelectorAll('.score-line [data-points]')].map(
            (p) => /\S+ p$/.exec(p.textContent ?? '')?.[0] ?? '',
          ),
          score: Number(e.querySelector('.score-line .part-sum')?.getAttribute('data-score')),
          why: [...e.querySelectorAll('.why .points')].map((p) => (p.textContent ?? '').trim()),
          minor: e.querySelector('.why .reasons li.minor summary')?.textContent ?? null,
          minorNames: [...e.querySelectorAll('.why .reasons li.minor li')].map((li) => li.textContent ?? ''),
          sum: e.querySelector('.why .sum')?.textContent ?? '',
          text: e.querySelector('.why')?.textContent ?? '',
          overflow: e.scrollWidth - e.clientWidth,
          pageOverflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
        }));
        // Open the folded line so the picture names the small hits too.
        if (read.minor) await card.locator('.why .reasons li.minor summary').click();
        // A full-page picture clipped to the card: the sticky header does not cover the card's title.
        const box = await card.evaluate((e) => {
          const r = e.getBoundingClientRect();
          return { x: r.left, y: r.top + window.scrollY, width: r.width, height: r.height };
        });
        const shot = join(SHOTS, `app-card-${id.replace(/\W+/g, '-')}-${width}.png`);
        await page.screenshot({ path: shot, fullPage: true, clip: box });
        for (const f of [...read.line, ...read.why]) expect(f).toMatch(FIGURE);
        expect(total(read.line)).toBe(read.score);
        expect(total(read.why)).toBe(read.score);
        expect(read.sum).toBe(`Summa: ${read.why.filter((f) => figureValue(f) !== 0).join(' ')} = ${read.score} p`);
        expect(read.overflow).toBeLessThanOrEqual(0);
        expect(read.pageOverflow).toBeLessThanOrEqual(0);
        if (id === COMPANY_CALL) {
          // The cut reads as its own line, in Swedish, with a minus figure the sum adds.
          expect(read.text).toContain('Utlysning för företag');
          expect(read.text).toContain('nämner ingen offentlig aktör');
          expect(read.why.some((f) => f.startsWith('−'))).toBe(true);
        }
        if (id === ISLANDS_CALL) {
          // The area's doubt carries no points and is no part of the sum, but it is read where the reasons are.
          expect(read.text).toMatch(/Programområde: Utlysningen gäller bara öar \("open to EU islands"\)/);
        }
        if (id === PRIORITY_CALL) {
          // A priority by named kommuner, not a limit: told with whether the body is among them, no blocker.
          expect(read.text).toContain(
            'Utlysningen prioriterar vissa kommuner (Ystad, Skurup och Sjöbo); Karlskrona kommun är inte en av dem.',
          );
          expect(read.text).not.toContain('Hinder');
        }
        if (id === RECIPIENTS_CALL) {
          // Named recipients are the grant's limit: a long list shortened as every list line is, and no blocker here.
          expect(read.text).toContain(
            'Utlysningen gäller bara kommuner som den räknar upp (Bjurholm, Boxholm, Heby, Karlskrona m.fl.); Karlskrona kommun är en av dem.',
          );
          expect(read.text).not.toContain('Hinder');
        }
        if (id === ACCREDITED_CALL) {
          // A group chosen by an earlier application: told with the call's words, open for the body, no blocker.
          expect(read.text).toContain(
            'Sökande: Utlysningen är bara öppen för ackrediterade organisationer ("Applicant organisations must hold a valid Erasmus accreditation"); om en kommun har en sådan ackreditering framgår inte.',
          );
          expect(read.text).not.toContain('Hinder');
        }
        if (id === NORDIC_CALL) {
          // Nordic candidates without a list of countries: the Nordic countries, Sweden among them, and no blocker.
          expect(read.text).toContain(
            'Programområde: Utlysningen vänder sig till sökande i Norden ("Nordic enterprise"), Sverige inräknat.',
          );
          expect(read.text).not.toContain('Hinder');
        }
        if (id === MEMBERS_CALL) {
          // Membership required of a named organisation: its members, whether the body is one left open.
          expect(read.text).toContain(
            'Sökande: Utlysningen är bara öppen för "medlemmar i Biståndsforum"; om en enskild kommun hör dit framgår inte av utlysningen.',
          );
          expect(read.text).not.toContain('Hinder');
        }
        if (id === OWN_GRANT_CALL) {
          // The body's own grant: told as its own, awarded by it, no area points, and no call it may apply to.
          expect(read.text).toContain(
            'Programområde: Utlysningen är Karlskrona kommuns eget stöd och gäller kommunens eget område.',
          );
          expect(read.text).toContain(
            'Sökande: Karlskrona kommun delar själv ut medlen i utlysningen och är inte sökande.',
          );
          expect(await card.locator('.band-blocked').textContent()).toBe('Ej behörig');
        }
        if (id === NAMED_ONLY_CALL) {
          // Only the kommuner it names may apply: the area line names them and says Karlskrona is one.
          expect(read.text).toContain(
            'Programområde: Utlysningen är bara för de kommuner den namnger (Borås, Karlskrona, Gävle och Umeå); Karlskrona kommun är en av dem.',
          );
          expect(read.text).not.toContain('Hinder');
        }
        if (id === PARTNERS_ANYWHERE_CALL) {
          // Outside the lead's län, but partners may be anywhere: a doubt told with the call's words, no blocker.
          expect(read.text).toContain(
            'Utlysningen tar emot svenska huvudsökande från Västerbottens län och Norrbottens län, där Blekinge län inte ingår, men partner kan finnas på andra håll ("Partners may be located anywhere in the Nordic countries").',
          );
          expect(read.text).not.toContain('Hinder');
        }
        if (id === NEIGHBOURS_CALL) {
          // Outside the region's own län, but a neighbour's bodies take part with the money: told so, no blocker.
          expect(read.text).toContain(
            'Programområde: Region Kalmar län tar med parter från grannlänen ("Kommuner och regioner i län som gränsar till Kalmar län kan ingå som samverkanspartner och ta del av stödet."); Blekinge län gränsar till Kalmar län.',
          );
          expect(read.text).not.toContain('Hinder');
        }
        if (id === WORK_PLACE_CALL) {
          // The län are where the work is done; applicants may be based anywhere: told so, no blocker.
          expect(read.text).toContain(
            'Programområde: Utlysningen gäller Norrbottens och Västerbottens län som plats för arbetet, men sökande behöver inte ha säte där',
          );
          expect(read.text).not.toContain('Hinder');
        }
        if (id === FOLDED_IN_APP) {
          // Its +0,1–0,2 p related-topic hits share one line whose figure is among those the sum adds.
          expect(read.minor).toMatch(/^Övriga, mindre träffar \(\d+ prioriteringar\) [+]\d+(,\d)? p$/);
          expect(read.minorNames.length).toBeGreaterThan(1);
          expect(read.why).toContain(/[+]\d+(,\d)? p$/.exec(read.minor ?? '')?.[0]);
        }
      });
    }
  }
});

describe('the weekly digest', () => {
  let ctx: BrowserContext;
  let dir: string;
  const now = new Date();
  const profile = getSeedProfile('karlskrona');
  if (!profile) throw new Error('no karlskrona seed profile');
  const digest = buildDigest({
    calls: fixtureCalls(now).map((c) => normaliseCall(c, {}, now)),
    profile,
    since: new Date(now.getTime() - 7 * 86_400_000),
    now,
  });
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'fundwatch-digest-'));
    ({ ctx } = await launchAppBrowser(dir));
  });
  afterAll(async () => {
    await ctx?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('ends every match with a sum equal to its score, and tells its score and dates once', () => {
    expect(digest.newMatches.length).toBeGreaterThan(1);
    const md = renderMarkdown(digest, 'sv');
    writeFileSync(join(SHOTS, 'digest-sv.md'), md);
    writeFileSync(join(SHOTS, 'digest-en.md'), renderMarkdown(digest, 'en'));
    expect(md).not.toMatch(/Poäng \d+ av 100/);
    for (const m of digest.newMatches) {
      const { sum, meta } = digestEntry(m.call, m.match, 'sv', now);
      expect(sum).toMatch(new RegExp(`^Summa: .* = ${String(m.match.score).replace('.', ',')} p$`));
      const figures = /^Summa: (.*) = /.exec(sum)?.[1].split(/ (?=[+−])/) ?? [];
      for (const f of figures) expect(f).toMatch(FIGURE);
      expect(total(figures)).toBe(m.match.score);
      expect(md).toContain(sum);
      expect(md).toContain(meta);
    }
    expect(md).toMatch(/^- Övriga, mindre träffar [+]\d+(,\d)? p — /m);
  });

  for (const width of WIDTHS) {
    it(`fits ${width} px as an e-mail`, async () => {
      const page = await ctx.newPage();
      await page.setViewportSize({ width, height: 900 });
      await page.setContent(renderHtml(digest, 'sv'));
      await page.screenshot({ path: join(SHOTS, `digest-${width}.png`), fullPage: true });
      // The first match alone, legible: its heading, deadline, reasons and sum.
      await page
        .locator('section')
        .first()
        .screenshot({ path: join(SHOTS, `digest-first-match-${width}.png`) });
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
      await page.close();
    });
  }
});
