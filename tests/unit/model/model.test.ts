import { describe, expect, it } from 'vitest';
import type { FundingCall } from '../../../core/model/call.ts';
import { deadlineInstant } from '../../../core/model/deadline-time.ts';
import { InputError } from '../../../core/model/errors.ts';
import { hashRecord } from '../../../core/model/hash.ts';
import { normaliseCall } from '../../../core/model/normalise-call.ts';
import { deriveStatus, nextDeadline } from '../../../core/model/status.ts';

const base: FundingCall = {
  id: 'test:1',
  source: 'test',
  funder: 'Test',
  title: 'A call',
  summary: '',
  url: 'https://example.org',
  language: 'en',
  deadlines: [],
};

describe('deadlineInstant', () => {
  it('reads the clock time in the deadline’s own zone, across DST', () => {
    // 17:00 Brussels in winter is 16:00 UTC, in summer 15:00 UTC.
    expect(
      deadlineInstant({
        date: '2026-02-10',
        time: '17:00',
        timeZone: 'Europe/Brussels',
        kind: 'application',
      }).toISOString(),
    ).toBe('2026-02-10T16:00:00.000Z');
    expect(
      deadlineInstant({
        date: '2026-06-10',
        time: '17:00',
        timeZone: 'Europe/Brussels',
        kind: 'application',
      }).toISOString(),
    ).toBe('2026-06-10T15:00:00.000Z');
    // 15:00 Finnish time (EET) is 13:00 UTC in winter.
    expect(
      deadlineInstant({
        date: '2026-01-20',
        time: '15:00',
        timeZone: 'Europe/Helsinki',
        kind: 'cut-off',
      }).toISOString(),
    ).toBe('2026-01-20T13:00:00.000Z');
  });

  it('takes a date with no time as the end of that day, and 24:00 as midnight after it', () => {
    const endOfDay = deadlineInstant({ date: '2026-03-15', timeZone: 'Europe/Stockholm', kind: 'application' });
    expect(endOfDay.toISOString()).toBe('2026-03-15T22:59:00.000Z');
    const midnight = deadlineInstant({
      date: '2026-03-15',
      time: '24:00',
      timeZone: 'Europe/Stockholm',
      kind: 'application',
    });
    expect(midnight.toISOString()).toBe('2026-03-15T23:00:00.000Z');
  });
});

describe('deriveStatus', () => {
  const now = new Date('2026-11-22T12:00:00Z');
  const at = (date: string) => ({ date, timeZone: 'Europe/Stockholm', kind: 'application' as const });

  it('derives forthcoming, open, closing soon and closed from the dates alone', () => {
    expect(deriveStatus({ ...base, opens: '2027-01-10', deadlines: [at('2027-03-01')] }, now)).toBe('forthcoming');
    expect(deriveStatus({ ...base, deadlines: [at('2027-03-01')] }, now)).toBe('open');
    expect(deriveStatus({ ...base, deadlines: [at('2026-11-30')] }, now)).toBe('closing-soon');
    expect(deriveStatus({ ...base, deadlines: [at('2026-11-01')] }, now)).toBe('closed');
    expect(deriveStatus({ ...base, fuzzyDate: 'hösten 2027' }, now)).toBe('forthcoming');
  });

  it('keeps a call with a later cut-off open after an earlier one passed', () => {
    const call = { ...base, deadlines: [at('2026-10-01'), { ...at('2027-02-01'), kind: 'cut-off' as const }] };
    expect(deriveStatus(call, now)).toBe('open');
    expect(nextDeadline(call, now)?.date).toBe('2027-02-01');
  });
});

describe('normaliseCall', () => {
  it('accepts the flat relevance-set format with one deadline and nulls', () => {
    const call = normaliseCall(
      {
        id: 'x',
        funder: 'ICLD',
        programme: null,
        title: 'Kommunala partnerskap',
        summary: 'Text',
        language: 'sv',
        deadline: '2026-03-15',
        opens: null,
        eligibleCountries: null,
        applicantTypes: ['kommuner'],
        themes: null,
        url: 'https://icld.se',
        source: 'provenance only',
      },
      {},
      new Date('2026-01-01T00:00:00Z'),
    );
    expect(call.deadlines).toEqual([{ date: '2026-03-15', timeZone: 'Europe/Stockholm', kind: 'application' }]);
    expect(call.applicantTypes).toEqual(['kommuner']);
    expect(call.status).toBe('open');
  });

  it('names file, line and field when a value has the wrong type', () => {
    try {
      normaliseCall({ ...base, title: 42 }, { file: 'calls.jsonl', line: 17 });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(InputError);
      expect((error as Error).message).toMatch(/^calls\.jsonl, line 17: field "title": /);
    }
  });

  it('refuses a deadline that is not a date', () => {
    expect(() =>
      normaliseCall({ ...base, deadlines: [{ date: '15 mars', timeZone: 'Europe/Stockholm', kind: 'application' }] }),
    ).toThrow(/field "deadlines\.0\.date"/);
  });
});

describe('hashRecord', () => {
  it('is independent of key order and changes when a value changes', () => {
    expect(hashRecord({ a: 1, b: [1, 2] })).toBe(hashRecord({ b: [1, 2], a: 1 }));
    expect(hashRecord({ a: 1 })).not.toBe(hashRecord({ a: 2 }));
  });
});
