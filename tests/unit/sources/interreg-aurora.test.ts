import { describe, expect, it } from 'vitest';
import { deadlineInstant } from '../../../core/model/deadline-time.ts';
import { byId, expectedParse } from './support.ts';

describe('interreg-aurora', () => {
  const { actual, expected, calls } = expectedParse('interreg-aurora');

  it('matches the reviewed expected parse', () => {
    expect(actual).toEqual(expected);
  });

  it('reads the project idea period "11.1.2027 – 29.1.2027" and "24:00 (CET) the 15 March"', () => {
    const c = byId(calls, 'interreg-aurora:calls-for-applications--call-8-regular-projects');
    expect(c.deadlines.map((d) => [d.kind, d.date, d.time ?? null])).toEqual([
      ['project-idea', '2027-01-29', null],
      ['application', '2027-03-15', '24:00'],
    ]);
    // 24:00 CET on 15 March is midnight into 16 March, 23:00 UTC.
    expect(deadlineInstant(c.deadlines[1]).toISOString()).toBe('2027-03-15T23:00:00.000Z');
  });

  it('does not make a call of the funds section ("last updated 12 November 2026")', () => {
    expect(calls.some((c) => /available-funds/.test(c.id))).toBe(false);
  });
});
