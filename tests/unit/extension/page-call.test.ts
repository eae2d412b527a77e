import { describe, expect, it } from 'vitest';
import { normaliseCall } from '../../../core/model/normalise-call.ts';
import { getSeedProfile } from '../../../core/profile/seeds.ts';
import { pageItemToCall, shownDeadline } from '../../../extension/background/page-call.ts';
import { clipItem, scoreItems } from '../../../extension/background/score-items.ts';

const NOW = new Date('2026-09-01T08:00:00Z');

// Loading the engine's lexicon and preparing a profile can take seconds on a busy 2-core machine.
describe('a call read off a page', { timeout: 30_000 }, () => {
  it('gets its funder, programme area and zone from the host, and deadlines from its own text', () => {
    const call = pageItemToCall(
      {
        key: 'fw1',
        title: '3rd Small-scale projects call',
        text: 'The call is open between 6th October 2026 and 15th January 2027, 4 p.m. CET. Municipalities and NGOs can apply.',
        url: 'https://southbaltic.eu/-/small-scale',
      },
      'https://southbaltic.eu/news',
      NOW,
    );
    expect(call.funder).toBe('Interreg South Baltic');
    expect(call.programmeArea).toBe('interreg-south-baltic');
    expect(call.language).toBe('en');
    expect(call.deadlines.at(-1)?.date).toBe('2027-01-15');
    expect(call.status).toBe('forthcoming');
    expect(shownDeadline(call, NOW)).toContain('2027-01-15');
    // It is a valid call for every other part of Fundwatch.
    expect(normaliseCall(call, {}, NOW).id).toBe(call.id);
  });

  it('names the programme from the text on a calendar that lists many (interreg.no)', () => {
    const call = pageItemToCall(
      { key: 'k', title: 'Utlysning Interreg Sverige-Norge: hösten 2026', text: 'Søknadsfrist 15.10.2026.', url: '' },
      'https://www.interreg.no/kalender',
      NOW,
    );
    expect(call.programmeArea).toBe('interreg-sweden-norway');
    expect(call.funder).toBe('Interreg Sverige-Norge');
  });

  it('has a stable id per link, and per title when the item links nowhere', () => {
    const a = pageItemToCall({ key: '1', title: 'A', text: 'x', url: 'https://icld.se/a' }, 'https://icld.se/', NOW);
    const b = pageItemToCall({ key: '2', title: 'B', text: 'y', url: 'https://icld.se/a' }, 'https://icld.se/', NOW);
    const c = pageItemToCall({ key: '3', title: 'C', text: 'y', url: 'https://icld.se/' }, 'https://icld.se/', NOW);
    expect(a.id).toBe(b.id);
    expect(c.id).not.toBe(a.id);
    expect(a.id).toMatch(/^page:/);
  });

  it('clips what an untrusted page sends before scoring', () => {
    const item = clipItem({ key: 'k'.repeat(100), title: '', text: 'x'.repeat(10_000), url: 42 as unknown as string });
    expect(item.key).toHaveLength(40);
    expect(item.title).toBe('(utan titel)');
    expect(item.text).toHaveLength(4000);
    expect(item.url).toBe('');
  });

  it('scores page items with the default profile: a company-only call ranks below a municipal one', () => {
    const profile = getSeedProfile('karlskrona')!;
    const [municipal, companies] = scoreItems(
      [
        {
          key: 'a',
          title: 'Small projects for cooperation between municipalities around the Baltic Sea',
          text: 'Municipalities and civil society organisations in Sweden, Poland and Lithuania can apply for people-to-people projects and capacity building. Deadline 15 October 2026.',
          url: 'https://interreg-baltic.eu/a',
        },
        {
          key: 'b',
          title: 'Innovativa startups',
          text: 'Endast små företag (aktiebolag) kan söka. Kommuner och universitet kan inte söka. Sista ansökningsdag 9 april 2027.',
          url: 'https://www.vinnova.se/e/b',
        },
      ],
      'https://example.org/',
      profile,
      new Set(['page:none']),
      NOW,
    );
    expect(municipal.verdict.match.score).toBeGreaterThan(companies.verdict.match.score);
    expect(['weak', 'none']).toContain(companies.verdict.match.band);
    expect(municipal.verdict.saved).toBe(false);
  });
});

describe('hand-over to the PWA', () => {
  it('hands the whole call to the app: same id, deadline with time and zone, programme area, the saved match', async () => {
    const { pwaHandoverUrl } = await import('../../../extension/shared/handover.ts');
    const { readHandover } = await import('../../../core/exchange/handover.ts');
    const call = pageItemToCall(
      {
        key: 'k',
        title: 'Småprojekt & nätverk',
        text: 'Ansökan öppnar 1 september 2026. Sista ansökningsdag 15 oktober 2026 kl. 16:00.',
        url: 'https://www.interreg-oks.eu/x',
      },
      'https://www.interreg-oks.eu/nyheter',
      NOW,
    );
    const saved = {
      id: call.id,
      call,
      score: 71,
      band: 'strong' as const,
      reasons: [
        {
          priorityId: 'klimat',
          priorityLabel: { sv: 'Klimat', en: 'Climate' },
          evidence: [{ term: 'klimat', quote: '…för klimatet…' }],
          points: 30,
        },
      ],
      savedAt: NOW.toISOString(),
    };
    const href = pwaHandoverUrl('http://127.0.0.1:4173/', saved, NOW);
    const url = new URL(href);
    expect(url.origin + url.pathname).toBe('http://127.0.0.1:4173/');
    // Nothing in the query: the call stays in the fragment, which never reaches a server.
    expect(url.search).toBe('');
    const got = readHandover(url.hash, NOW)!;
    expect(got.calls[0].id).toBe(call.id);
    expect(got.calls[0].id).toMatch(/^page:/);
    expect(got.calls[0].deadlines).toEqual(call.deadlines);
    expect(got.calls[0].deadlines[0]).toMatchObject({ date: '2026-10-15', time: '16:00' });
    expect(got.calls[0].programmeArea).toBe(call.programmeArea);
    expect(got.calls[0].funder).toBe('Interreg Öresund-Kattegat-Skagerrak');
    expect(got.entries[0]).toMatchObject({ callId: call.id, match: { score: 71, band: 'strong' } });
    // The reasons travel structured, for the app to tell in its reader's language.
    expect(got.entries[0].match?.reasons).toEqual(saved.reasons);
    expect(got.entries[0].match?.lines).toBeUndefined();
  });
});
