import { describe, expect, it } from 'vitest';
import { deadlineInstant } from '../../../core/model/deadline-time.ts';
import { byId, expectedParse } from './support.ts';

describe('interreg-no', () => {
  const { actual, expected, calls } = expectedParse('interreg-no');

  it('matches the reviewed expected parse', () => {
    expect(actual).toEqual(expected);
  });

  it('maps each event to its programme area and keeps DTEND as the deadline in Europe/Oslo', () => {
    const c = byId(calls, 'interreg-no:24388');
    expect(c.programmeArea).toBe('interreg-sweden-norway');
    expect(c.opens).toBe('2026-12-01');
    expect(c.deadlines[0]).toMatchObject({ date: '2027-02-26', time: '23:59', timeZone: 'Europe/Oslo' });
    expect(deadlineInstant(c.deadlines[0]).toISOString()).toBe('2027-02-26T22:59:00.000Z');
  });

  it('uses the post id of the UID, which survives a date change, as the call id', () => {
    expect(calls.map((c) => c.id)).toContain('interreg-no:18098');
  });

  it('skips events that are not calls (conferences)', () => {
    expect(calls.some((c) => /Interreg-dagen/.test(c.title))).toBe(false);
  });
});
