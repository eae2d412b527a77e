import { describe, expect, it } from 'vitest';
import { fixtureInputs } from '../../../cli/fetch/offline.ts';
import { withFeedItems } from '../../../cli/fetch/rss.ts';
import { callPageLinks, source } from '../../../core/funders/interreg-bsr/parser.ts';
import { readFeed } from '../../../core/sources/lib/feed.ts';
import { PLANS } from '../../../core/sources/registry.ts';
import { byId, expectedParse } from './support.ts';

describe('interreg-bsr', () => {
  const { actual, expected, calls } = expectedParse('interreg-bsr');

  it('matches the reviewed expected parse', () => {
    expect(actual).toEqual(expected);
  });

  it('takes dates from the call page: Project Idea Form and full application as separate deadlines', () => {
    const c = byId(calls, 'interreg-bsr:small-projects-call-2027');
    expect(c.programmeArea).toBe('interreg-baltic-sea-region');
    expect(c.deadlines.map((d) => [d.kind, d.date, d.time ?? null])).toEqual([
      ['project-idea', '2027-02-03', null],
      ['application', '2027-03-04', '15:00'],
    ]);
    expect(c.themes).toContain('1.2 Responsive public services');
  });

  it('turns a call announced only in the feed into a forthcoming call with a fuzzy date', () => {
    expect(byId(calls, 'interreg-bsr:fourth-call-for-core-projects-planned').fuzzyDate).toBe('spring 2027');
  });

  it('does not double a call described by both a feed item and its call page', () => {
    expect(calls.some((c) => c.id.includes('call-for-core-projects-closed'))).toBe(false);
  });

  it('follows the call pages linked from call items in the feed', () => {
    const feed = fixtureInputs('interreg-bsr')[0];
    expect(callPageLinks(readFeed(feed, 'interreg-bsr'))).toEqual([
      'https://interreg-baltic.eu/call/small-projects-call-2027/',
      'https://interreg-baltic.eu/call/core-projects-third-call/',
    ]);
    expect(PLANS['interreg-bsr'].follow?.([feed]).map((r) => r.url)).toHaveLength(2);
  });

  it('gives the same calls with rss-parser items as with the pure reader', async () => {
    const inputs = fixtureInputs('interreg-bsr');
    expect(source.parseMany?.(await withFeedItems(inputs, 'interreg-bsr'))).toEqual(source.parseMany?.(inputs));
  });
});
