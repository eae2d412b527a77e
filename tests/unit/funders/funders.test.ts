// @vitest-environment jsdom
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { PROGRAMME_AREAS } from '../../../core/data/index.ts';
import { FUNDERS } from '../../../core/funders/index.ts';
import { matchPatterns } from '../../../core/funders/site.ts';
import { FUNDER_SITES } from '../../../core/funders/sites.ts';
import { SOURCE_IDS } from '../../../core/sources/registry.ts';
import { hostInfo } from '../../../extension/background/funder-hosts.ts';
import { SITES } from '../../../extension/content/sites/index.ts';
import { siteListItems } from '../../../extension/content/sites/site.ts';
import { FUNDER_MATCHES } from '../../../extension/funder-sites.ts';

/**
 * Meta-test (refined-github style): every funder is one complete unit. core/funders/<id>/ holds a valid
 * site.json; a funder with a parser also has a plan and recorded source fixtures; every site has recorded
 * pages with expected items, its hosts are in the manifest's https matches, the worker's host table and the
 * content script's site list, and its page hints find calls on its own recorded pages.
 */
const ROOT = process.cwd();
const FUNDERS_DIR = join(ROOT, 'core/funders');
const PAGES = join(ROOT, 'tests/fixtures/pages');
const SOURCE_FIXTURES = join(ROOT, 'tests/fixtures/sources');

const zoneOk = (z: string) => {
  try {
    new Intl.DateTimeFormat('en', { timeZone: z });
    return true;
  } catch {
    return false;
  }
};

const Selector = z.string().min(1);
const SiteSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
    name: z.string().min(2),
    funder: z.string().min(2),
    programme: z.string().min(2).optional(),
    programmeArea: z.string().optional(),
    zone: z.string().refine(zoneOk, 'not an IANA time zone'),
    countries: z.array(z.string()).optional(),
    hosts: z.array(z.string().regex(/^[a-z0-9.-]+\.[a-z]{2,}$/)).min(1),
    pathPrefix: z.string().startsWith('/').optional(),
    pageHints: z
      .object({
        list: z.object({ item: Selector, title: Selector }).strict().optional(),
        detail: z.object({ root: Selector, title: Selector, path: z.string().optional() }).strict().optional(),
      })
      .strict()
      .optional(),
    pageFixtures: z.array(z.string().endsWith('.html')).min(1),
  })
  .strict();

const folders = readdirSync(FUNDERS_DIR, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();

describe('every funder is one complete unit', () => {
  it('each folder in core/funders is a funder in the list, named by its id, and the site list matches', () => {
    expect(FUNDERS.map((f) => f.site.id).sort()).toEqual(folders);
    expect(FUNDER_SITES.map((s) => s.id)).toEqual(FUNDERS.map((f) => f.site.id));
    expect(SITES.map((s) => s.id)).toEqual(FUNDERS.map((f) => f.site.id));
  });

  for (const id of folders) {
    describe(id, () => {
      const dir = join(FUNDERS_DIR, id);
      const funder = FUNDERS.find((f) => f.site.id === id)!;

      it('has a valid site.json (names the field when it is not)', () => {
        const raw = JSON.parse(readFileSync(join(dir, 'site.json'), 'utf8')) as unknown;
        const parsed = SiteSchema.safeParse(raw);
        if (!parsed.success)
          throw new Error(
            `core/funders/${id}/site.json: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
          );
        expect(parsed.data.id).toBe(id);
        if (parsed.data.programmeArea) {
          expect(PROGRAMME_AREAS.areas.map((a) => a.id)).toContain(parsed.data.programmeArea);
        }
        if (parsed.data.pageHints?.detail?.path)
          expect(() => new RegExp(parsed.data.pageHints!.detail!.path!)).not.toThrow();
      });

      it('has parser, plan and recorded source fixtures together, or none of them', () => {
        const hasParser = existsSync(join(dir, 'parser.ts'));
        expect(existsSync(join(dir, 'plan.ts'))).toBe(hasParser);
        expect(!!funder.source).toBe(hasParser);
        expect(!!funder.plan).toBe(hasParser);
        if (!hasParser) return;
        expect(funder.source!.id).toBe(id);
        expect(SOURCE_IDS).toContain(id);
        expect(funder.plan!.hosts.length).toBeGreaterThan(0);
        expect(existsSync(join(SOURCE_FIXTURES, id, 'manifest.json'))).toBe(true);
        expect(existsSync(join(SOURCE_FIXTURES, id, 'expected.json'))).toBe(true);
      });

      it('has recorded pages of its own hosts, each with its expected items', () => {
        for (const page of funder.site.pageFixtures) {
          const host = page.split('/')[0];
          expect(funder.site.hosts, page).toContain(host);
          expect(existsSync(join(PAGES, page)), page).toBe(true);
          expect(existsSync(join(PAGES, page.replace(/\.html$/, '.expected.json'))), `${page} sidecar`).toBe(true);
        }
      });

      it('covers its hosts: https manifest matches, the worker host table, the content script site list', () => {
        for (const p of matchPatterns(funder.site)) {
          expect(p.startsWith('https://')).toBe(true);
          expect(FUNDER_MATCHES).toContain(p);
        }
        for (const h of funder.site.hosts) {
          expect(hostInfo(h)?.funder, h).toBe(funder.site.funder);
          expect(hostInfo(h)?.zone, h).toBe(funder.site.zone);
        }
      });

      it('its page hints, when it has them, find calls on its own recorded listing pages', () => {
        const site = SITES.find((s) => s.id === id)!;
        if (!site.list) return;
        let found = 0;
        for (const page of funder.site.pageFixtures) {
          document.documentElement.innerHTML = readFileSync(join(PAGES, page), 'utf8').replace(/^<!DOCTYPE html>/i, '');
          found += siteListItems(site, document).length;
        }
        // The EU portal renders its cards with a script: its recorded page is checked in Chromium instead.
        if (id !== 'eu-ft') expect(found).toBeGreaterThan(0);
      });
    });
  }

  it('every recorded page directory belongs to a funder', () => {
    const hosts = new Set(FUNDER_SITES.flatMap((s) => s.hosts));
    for (const dir of readdirSync(PAGES)) expect(hosts.has(dir), dir).toBe(true);
  });

  it('the manifest matches only funder sites, https only, nothing else', () => {
    expect(FUNDER_MATCHES).toEqual(FUNDER_SITES.flatMap(matchPatterns));
    for (const m of FUNDER_MATCHES) expect(m).toMatch(/^https:\/\/[a-z0-9.-]+\.[a-z]{2,}\//);
  });
});
