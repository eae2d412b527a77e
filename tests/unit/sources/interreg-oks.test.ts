import { describe, expect, it } from 'vitest';
import { byId, expectedParse } from './support.ts';

describe('interreg-oks', () => {
  const { actual, expected, calls } = expectedParse('interreg-oks');

  it('matches the reviewed expected parse', () => {
    expect(actual).toEqual(expected);
  });

  it('reads Swedish "18 januari – 12 februari 2027" and "kl. 23.59"', () => {
    const c = byId(calls, 'interreg-oks:forersomvillansoka-488--ansokningsomgang-10');
    expect(c.language).toBe('sv');
    expect(c.opens).toBe('2027-01-18');
    expect(c.deadlines).toEqual([
      expect.objectContaining({ date: '2027-02-12', time: '23:59', timeZone: 'Europe/Stockholm' }),
    ]);
    expect(c.budget).toMatchObject({ amount: 15_000_000, currency: 'EUR' });
  });

  it("merges the news item that announces the same round into the apply page's call", () => {
    expect(calls.filter((c) => c.deadlines.some((d) => d.date === '2027-02-12'))).toHaveLength(1);
  });

  it('skips the rolling pre-project section (no dates) and the contact section', () => {
    expect(calls.some((c) => /forprojekt|kontakt/.test(c.id))).toBe(false);
  });
});
