import { describe, expect, it } from 'vitest';
import { digestDue, wallClock } from '../../../server/weekly.ts';

const MONDAY_7 = { weekday: 1, hour: 7, timeZone: 'Europe/Stockholm' };

describe('when the weekly digest is due', () => {
  it('reads the Swedish wall clock, summer and winter', () => {
    expect(wallClock(new Date('2026-11-30T06:30:00Z'), 'Europe/Stockholm')).toEqual({ weekday: 1, hour: 7 });
    expect(wallClock(new Date('2026-06-01T05:30:00Z'), 'Europe/Stockholm')).toEqual({ weekday: 1, hour: 7 });
  });

  it('is due on Monday from 07:00 once a week', () => {
    expect(digestDue(new Date('2026-11-30T05:59:00Z'), undefined, MONDAY_7)).toBe(false);
    expect(digestDue(new Date('2026-11-30T06:00:00Z'), undefined, MONDAY_7)).toBe(true);
    expect(digestDue(new Date('2026-11-30T09:00:00Z'), new Date('2026-11-30T06:00:00Z'), MONDAY_7)).toBe(false);
    expect(digestDue(new Date('2026-12-07T06:05:00Z'), new Date('2026-11-30T06:00:00Z'), MONDAY_7)).toBe(true);
    expect(digestDue(new Date('2026-12-01T06:05:00Z'), undefined, MONDAY_7)).toBe(false);
  });
});
