// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { findItems } from '../../../extension/content/find-items.ts';
import { SITES, siteFor } from '../../../extension/content/sites/index.ts';
import { siteListItems } from '../../../extension/content/sites/site.ts';
import { funderHosts } from '../../../extension/funder-sites.ts';
import { loadPage } from './fixture-dom.ts';

/** Each recorded listing, read by its site's own hints (not the general detector); news and event posts are left out. */
const CASES: { site: string; file: string; url: string; titles: string[] }[] = [
  {
    site: 'interreg-south-baltic',
    file: 'southbaltic.eu/news.html',
    url: 'https://southbaltic.eu/news',
    titles: ['3rd Small-scale projects call', '5th call for regular projects'],
  },
  {
    site: 'vinnova',
    file: 'www.vinnova.se/sok-finansiering.html',
    url: 'https://www.vinnova.se/sok-finansiering/',
    titles: ['Gemensamma AI-förmågor', 'Innovativa startups', 'Avancerad digitalisering'],
  },
  {
    site: 'mucf',
    file: 'www.mucf.se/bidrag.html',
    url: 'https://www.mucf.se/bidrag',
    titles: ['Projekt för att öka', 'Ungdomsutbyte', 'Organisationsbidrag'],
  },
  { site: 'icld', file: 'icld.se/index.html', url: 'https://icld.se/', titles: ['Ansökningsomgång', 'Sök till ICLD'] },
  {
    site: 'interreg-central-baltic',
    file: 'centralbaltic.eu/for-applicants/call-calendar.html',
    url: 'https://centralbaltic.eu/for-applicants/call-calendar/',
    titles: ['Call 5: Small projects', 'Call 5: Regular projects'],
  },
  {
    site: 'interreg-bsr',
    file: 'interreg-baltic.eu/news.html',
    url: 'https://interreg-baltic.eu/news',
    titles: ['Small projects call opens'],
  },
  {
    site: 'uhr',
    file: 'www.utbyten.se/sok-bidrag.html',
    url: 'https://www.utbyten.se/sok-bidrag',
    titles: ['Erasmus+ skola', 'Småskaliga partnerskap'],
  },
  {
    site: 'erasmus-plus',
    file: 'erasmus-plus.ec.europa.eu/calls/index.html',
    url: 'https://erasmus-plus.ec.europa.eu/calls/',
    titles: ['2026 Erasmus+ call', 'European Youth Together'],
  },
  {
    site: 'interreg-aurora',
    file: 'www.interregaurora.eu/projects/calls-for-applications.html',
    url: 'https://www.interregaurora.eu/projects/calls-for-applications',
    titles: ['Call 7', 'Small-scale projects'],
  },
  {
    site: 'interreg-north-sea',
    file: 'www.interregnorthsea.eu/our-news.html',
    url: 'https://www.interregnorthsea.eu/our-news',
    titles: ['Call 8'],
  },
  {
    site: 'interreg-no',
    file: 'www.interreg.no/kalender.html',
    url: 'https://www.interreg.no/kalender',
    titles: ['Utlysning Interreg Sverige-Norge', 'Interreg NPA'],
  },
  {
    site: 'interreg-oks',
    file: 'www.interreg-oks.eu/nyheter.html',
    url: 'https://www.interreg-oks.eu/nyheter',
    titles: ['<img src=x onerror=alert(1)>', 'Utlysning: småprojekt'],
  },
];

describe('site extractors', () => {
  for (const c of CASES) {
    it(`${c.site} finds its listing's calls`, () => {
      const doc = loadPage(c.file, c.url);
      const site = SITES.find((s) => s.id === c.site)!;
      const found = siteListItems(site, doc);
      expect(found.map((f) => f.item.title.slice(0, c.titles[0].length + 40))).toHaveLength(c.titles.length);
      found.forEach((f, i) => {
        expect(f.item.title.startsWith(c.titles[i])).toBe(true);
        expect(f.item.text.length).toBeGreaterThan(f.item.title.length);
        expect(f.item.url).toMatch(/^https:\/\//);
        expect(f.root.contains(f.titleEl)).toBe(true);
      });
      expect(new Set(found.map((f) => f.item.key)).size).toBe(found.length);
    });
  }

  it('reads titles as text only: markup in a title stays characters', () => {
    const doc = loadPage('www.interreg-oks.eu/nyheter.html', 'https://www.interreg-oks.eu/nyheter');
    const [first] = findItems(doc, new URL('https://www.interreg-oks.eu/nyheter') as unknown as Location);
    expect(first.item.title).toBe('<img src=x onerror=alert(1)> Höstens ansökningsomgång för gränsregionalt samarbete');
    expect(doc.querySelectorAll('img, script, svg').length).toBe(0);
  });

  it('every extractor host is a funder host in the manifest, and the EU portal only on its own path', () => {
    const hosts = new Set(funderHosts());
    for (const site of SITES) for (const h of site.hosts) expect(hosts.has(h), h).toBe(true);
    expect(siteFor('ec.europa.eu', '/info/funding-tenders/opportunities/portal/')?.id).toBe('eu-ft');
    expect(siteFor('ec.europa.eu', '/commission/presscorner/')).toBeUndefined();
    // euro-access.eu is a funder site without hints: the general detector reads it.
    expect(siteFor('euro-access.eu', '/en/calls')?.list).toBeUndefined();
  });

  it('a Vinnova call page is one call, held by <main>', () => {
    const path = '/e/larande-och-motesplatser/gemensamma-ai-formagor-i-kommuner-och-2023-01699/';
    const doc = loadPage(
      'www.vinnova.se/e/larande-och-motesplatser/gemensamma-ai-formagor-i-kommuner-och-2023-01699.html',
      `https://www.vinnova.se${path}`,
    );
    window.history.replaceState(null, '', window.location.origin + path);
    const found = findItems(doc, { hostname: 'www.vinnova.se', pathname: path } as Location);
    expect(found).toHaveLength(1);
    expect(found[0].root.tagName).toBe('MAIN');
    expect(found[0].item.detail).toBe(true);
    expect(found[0].item.title).toBe('Gemensamma AI-förmågor i kommuner och civilsamhälle');
    expect(found[0].item.text).toContain('Sista ansökningsdag: 10 mars 2026');
  });

  it('a funder page that is not about a call gets no mark (no score card on "about us")', () => {
    document.documentElement.innerHTML = `<head></head><body><main><h1>Om ICLD</h1>
      <p>ICLD är en del av Sveriges Kommuner och Regioner och arbetar för lokal demokrati.</p></main></body>`;
    expect(findItems(document, { hostname: 'icld.se', pathname: '/om-icld/' } as Location)).toEqual([]);
  });
});
