import { describe, expect, it } from 'vitest';
import { fixtureInputs } from '../../../cli/fetch/offline.ts';
import { withFeedItems } from '../../../cli/fetch/rss.ts';
import { source } from '../../../core/funders/icld/parser.ts';
import { byId, expectedParse } from './support.ts';

describe('icld', () => {
  const { actual, expected, calls } = expectedParse('icld');

  it('matches the reviewed expected parse', () => {
    expect(actual).toEqual(expected);
  });

  it('keeps only feed items that announce something to apply for', () => {
    const ids = calls.map((c) => c.id);
    expect(ids.some((id) => id.includes('webbinarium'))).toBe(false);
    expect(ids.some((id) => id.includes('rapport'))).toBe(false);
  });

  it('adds the standing partnership windows from the recurring data for the next 12 months', () => {
    const spring = byId(calls, 'icld:icld-partnerships-spring-2027');
    expect(spring.opens).toBe('2027-02-15');
    expect(spring.deadlines[0]).toMatchObject({ date: '2027-03-15', timeZone: 'Europe/Stockholm' });
  });

  it('reads "anmäla intresse" as an expression of interest', () => {
    expect(byId(calls, 'icld:icld-soker-kommuner-for-satsning-pa-klimat-och-lokal-demokrati').deadlines[0].kind).toBe(
      'expression-of-interest',
    );
  });

  it('gives the same calls from rss-parser items (Node) as from the pure feed reader', async () => {
    const inputs = fixtureInputs('icld');
    const viaRssParser = (await withFeedItems(inputs, 'icld')).flatMap((i) => source.parse(i));
    expect(viaRssParser).toEqual(inputs.flatMap((i) => source.parse(i)));
  });
});
