import { describe, expect, it } from 'vitest';
import { readFeed } from '../../../core/sources/lib/feed.ts';
import { PLANS } from '../../../core/sources/registry.ts';

describe('fetch plans', () => {
  it('Vinnova asks for rounds, calls and programmes changed in the last two years', () => {
    const urls = PLANS.vinnova.requests(new Date('2026-11-20T00:00:00Z')).map((r) => r.url);
    expect(urls).toEqual([
      'https://data.vinnova.se/api/ansokningsomgangar/2024-11-20',
      'https://data.vinnova.se/api/utlysningar/2024-11-20',
      'https://data.vinnova.se/api/program/2024-11-20',
    ]);
  });

  it('EU search is a multipart POST filtered to the programmes municipalities use, paged until the total', () => {
    const [first] = PLANS['eu-ft'].requests(new Date());
    expect(first.method).toBe('POST');
    const query = JSON.parse(first.multipart!.query.value);
    expect(JSON.stringify(query)).toContain('43353764');
    const page = (total: number) => ({
      body: JSON.stringify({ totalResults: total, results: [] }),
      url: first.url,
      fetchedAt: '',
    });
    expect(PLANS['eu-ft'].next!(page(250), first)?.url).toMatch(/pageNumber=2/);
    expect(PLANS['eu-ft'].next!(page(90), first)).toBeUndefined();
    const last = { ...first, url: first.url.replace('pageNumber=1', 'pageNumber=20') };
    expect(PLANS['eu-ft'].next!(page(999_999), last)).toBeUndefined();
  });
});

describe('readFeed', () => {
  it('reads Atom as well as RSS', () => {
    const atom = `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>x</title>
      <entry><title>Call for projects</title><link rel="alternate" href="https://example.eu/call"/><id>1</id>
      <published>2026-11-01T10:00:00Z</published><summary type="html">&lt;p&gt;Deadline 1 March 2027&lt;/p&gt;</summary></entry></feed>`;
    const items = readFeed({ body: atom, url: 'https://example.eu/feed', fetchedAt: '2026-11-20T00:00:00Z' }, 't');
    expect(items).toEqual([
      expect.objectContaining({
        title: 'Call for projects',
        link: 'https://example.eu/call',
        contentSnippet: 'Deadline 1 March 2027',
      }),
    ]);
  });
});
