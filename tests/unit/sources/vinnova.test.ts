import { describe, expect, it } from 'vitest';
import { source } from '../../../core/funders/vinnova/parser.ts';
import { deriveStatus } from '../../../core/model/status.ts';
import { byId, expectedParse } from './support.ts';

describe('vinnova', () => {
  const { actual, expected, calls } = expectedParse('vinnova');
  const now = new Date('2026-11-20T06:00:00Z');

  it('matches the reviewed expected parse', () => {
    expect(actual).toEqual(expected);
  });

  it('skips invitation-only rounds (Publik 0)', () => {
    expect(calls.map((c) => c.id)).not.toContain('vinnova:2026-01480');
  });

  it('joins rounds to their call and programme', () => {
    expect(byId(calls, 'vinnova:2026-01201').programme).toBe('Lärande och mötesplatser');
  });

  it('keeps Stockholm wall-clock time from the zone-less API dates', () => {
    expect(byId(calls, 'vinnova:2026-01201').deadlines).toEqual([
      { date: '2027-02-11', time: '14:00', timeZone: 'Europe/Stockholm', kind: 'application' },
    ]);
  });

  it('reads the 1900-01-01 placeholder as no date: forthcoming with the fuzzy text, no false date', () => {
    const c = byId(calls, 'vinnova:2026-01600');
    expect(c.deadlines).toEqual([]);
    expect(c.opens).toBeUndefined();
    expect(c.fuzzyDate).toBe('våren 2027');
    expect(deriveStatus(c, now)).toBe('forthcoming');
  });

  it('reads the budget from the prose, keeping the original text', () => {
    const c = byId(calls, 'vinnova:2026-01355');
    expect(c.budget?.amount).toBe(23_400_000);
    expect(c.budget?.currency).toBe('SEK');
    expect(c.budget?.text).toContain('1-7 miljoner kronor');
  });

  it('marks a "steg 2" round as a step-2 deadline', () => {
    expect(byId(calls, 'vinnova:2026-01512').deadlines[0].kind).toBe('step-2');
  });

  it('works on the rounds response alone (ingest of one saved file)', () => {
    const only = source.parse({
      body: JSON.stringify([
        { Diarienummer: '2026-09999', Titel: 'T', Stangningsdatum: '2027-01-01T14:00:00', Publik: true },
      ]),
      url: 'https://data.vinnova.se/api/ansokningsomgangar/2026-01-01',
      fetchedAt: '2026-11-20T06:00:00Z',
    });
    expect(only.map((c) => c.id)).toEqual(['vinnova:2026-09999']);
  });
});
