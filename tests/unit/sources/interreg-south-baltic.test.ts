import { describe, expect, it } from 'vitest';
import { byId, expectedParse } from './support.ts';

describe('interreg-south-baltic', () => {
  const { actual, expected, calls } = expectedParse('interreg-south-baltic');

  it('matches the reviewed expected parse', () => {
    expect(actual).toEqual(expected);
  });

  it('reads "between 2nd February 2027 and 31st March 2027 (4 p.m. CET)"', () => {
    const c = byId(calls, 'interreg-south-baltic:call-for-proposals1--5th-regular-call-for-proposals');
    expect(c.opens).toBe('2027-02-02');
    expect(c.deadlines).toEqual([
      expect.objectContaining({ date: '2027-03-31', time: '16:00', timeZone: 'Europe/Brussels', kind: 'application' }),
    ]);
    expect(c.programmeArea).toBe('interreg-south-baltic');
  });

  it('skips the downloads section and keeps the autumn call fuzzy', () => {
    expect(calls.some((c) => /files-to-download/.test(c.id))).toBe(false);
    expect(byId(calls, 'interreg-south-baltic:call-for-proposals1--3rd-small-scale-projects-call').fuzzyDate).toBe(
      'autumn 2027',
    );
  });
});
