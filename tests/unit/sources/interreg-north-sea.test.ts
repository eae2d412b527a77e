import { describe, expect, it } from 'vitest';
import { byId, expectedParse } from './support.ts';

describe('interreg-north-sea', () => {
  const { actual, expected, calls } = expectedParse('interreg-north-sea');

  it('matches the reviewed expected parse', () => {
    expect(actual).toEqual(expected);
  });

  it('keeps expression of interest and full application as separate deadlines of one call', () => {
    const c = byId(calls, 'interreg-north-sea:calls-for-applications--call-7');
    expect(c.deadlines.filter((d) => d.kind === 'expression-of-interest').map((d) => d.date)).toEqual(['2027-02-02']);
    expect(c.deadlines.map((d) => d.date)).toContain('2027-04-20');
    expect(c.deadlines.every((d) => d.time === '23:59' && d.timeZone === 'Europe/Brussels')).toBe(true);
  });

  it('places yearless news dates after the news item\'s own date ("Monday19 April" on a November page)', () => {
    const c = byId(calls, 'interreg-north-sea:call-8-the-dates-are-set');
    expect(c.opens).toBe('2027-04-19');
    expect(c.deadlines[0].date).toBe('2027-06-30');
  });
});

describe('interreg-north-sea: a cancelled call', () => {
  it('is not returned, so the store reports it withdrawn', () => {
    const { calls } = expectedParse('interreg-north-sea');
    expect(calls.some((c) => /6b/.test(c.id))).toBe(false);
  });
});
