import { describe, expect, it } from 'vitest';
import { byId, expectedParse } from './support.ts';

describe('interreg-central-baltic', () => {
  const { actual, expected, calls } = expectedParse('interreg-central-baltic');

  it('matches the reviewed expected parse', () => {
    expect(actual).toEqual(expected);
  });

  it('reads each calendar row as a call with its area, funds in mEUR and Finnish-time deadlines', () => {
    const c = byId(calls, 'interreg-central-baltic:call-5');
    expect(c.programmeArea).toBe('interreg-central-baltic');
    expect(c.budget).toMatchObject({ amount: 20_000_000, currency: 'EUR', text: '20 mEUR' });
    expect(c.deadlines.map((d) => [d.kind, d.date, d.time, d.timeZone])).toEqual([
      ['application', '2026-12-03', '12:00', 'Europe/Helsinki'],
      ['step-2', '2027-04-15', '12:00', 'Europe/Helsinki'],
    ]);
  });

  it('keeps "autumn 2027 / early 2028" as a fuzzy date, never an exact one', () => {
    const c = byId(calls, 'interreg-central-baltic:call-7');
    expect(c.deadlines).toEqual([]);
    expect(c.opens).toBeUndefined();
    expect(c.fuzzyDate).toContain('autumn 2027');
  });

  it('reads a Swedish-style decimal comma in the funds column', () => {
    expect(byId(calls, 'interreg-central-baltic:call-6').budget?.amount).toBe(2_500_000);
  });
});
