import { describe, expect, it } from 'vitest';
import { findClock } from '../../../core/dates/clock.ts';
import { kindFromText } from '../../../core/dates/deadline-kind.ts';
import { findDates, findRanges } from '../../../core/dates/find-dates.ts';
import { findFuzzyDate } from '../../../core/dates/fuzzy.ts';
import { parseSchedule } from '../../../core/dates/schedule.ts';
import { parseTimestamp, zonedParts } from '../../../core/dates/zoned.ts';
import { zoneFromText } from '../../../core/dates/zones.ts';

describe('findDates', () => {
  it.each([
    ['15 mars 2026', ['2026-03-15']],
    ['1 oktober 2024 klockan 12.00', ['2024-10-01']],
    ['5th November 2024', ['2024-11-05']],
    ['05.02.2025', ['2025-02-05']],
    ['12.8.2024 – 6.9.2024', ['2024-08-12', '2024-09-06']],
    ['31 March, 2022', ['2022-03-31']],
    ['March 31, 2022', ['2022-03-31']],
    ['April 30th 2025', ['2025-04-30']],
    ['9. september 2024 @ 08:00', ['2024-09-09']],
    ['2027-02-11', ['2027-02-11']],
    ['20 March to 7 June 2024', ['2024-03-20', '2024-06-07']],
    ['Monday17 April and 30 June 2023', ['2023-04-17', '2023-06-30']],
    ['15. februar 2018', ['2018-02-15']],
    ['12 desember 2026', ['2026-12-12']],
    ['1 December 2026 - 2 February 2027', ['2026-12-01', '2027-02-02']],
    ['from 15 December to 15 January 2027', ['2026-12-15', '2027-01-15']],
  ])('%s', (text, dates) => {
    expect(findDates(text).map((d) => d.date)).toEqual(dates);
  });

  it('does not invent dates: invalid days, bare months, "may" the verb, times, version numbers', () => {
    expect(findDates('31 februari 2026')).toEqual([]);
    expect(findDates('in May 2026 applicants may apply')).toEqual([]);
    expect(findDates('at 12.00 and version 2.1')).toEqual([]);
    expect(findDates('The Steering Committees decide in February 2027')).toEqual([]);
  });

  it('gives a yearless date the default year, rolled forward past the page date', () => {
    expect(findDates('4 maj', { defaultYear: 2026 })[0].date).toBe('2026-05-04');
    expect(findDates('17 April', { defaultYear: 2026, referenceDate: '2026-11-12' })[0].date).toBe('2027-04-17');
    expect(findDates('17 April')).toEqual([]);
  });

  it('pairs ranges by dash, "to", "till", and "between … and"', () => {
    const t = 'between 5th November 2024 and 4th February 2025';
    expect(findRanges(t).map((r) => [r.start.date, r.end.date])).toEqual([['2024-11-05', '2025-02-04']]);
    expect(findRanges('4 mars 2027 och 1 oktober 2027')).toEqual([]);
  });
});

describe('clock times', () => {
  it.each([
    ['klockan 12.00', '12:00'],
    ['kl. 12', '12:00'],
    ['kl. 23.59', '23:59'],
    ['4 p.m. CET', '16:00'],
    ['12:00 noon CEST', '12:00'],
    ['24:00 (CET)', '24:00'],
    ['by noon Eastern European Time', '12:00'],
    ['midnatt måndag', '24:00'],
    ['(23:59 CET)', '23:59'],
  ])('%s → %s', (text, time) => {
    expect(findClock(text)).toBe(time);
  });

  it('finds no time in a date', () => {
    expect(findClock('12.8.2024')).toBeUndefined();
  });
});

describe('zones', () => {
  it.each([
    ['4 p.m. CET', 'Europe/Brussels'],
    ['12:00 noon CEST – Paris time', 'Europe/Paris'],
    ['15:00 EET (Finnish time)', 'Europe/Helsinki'],
    ['17:00 Brussels time', 'Europe/Brussels'],
    ['noon Eastern European Time', 'Europe/Helsinki'],
    ['kl. 12 svensk tid', 'Europe/Stockholm'],
    ['10:00 UTC', 'UTC'],
  ])('%s → %s', (text, zone) => {
    expect(zoneFromText(text)).toBe(zone);
  });
  it('names no zone when the text gives none', () => {
    expect(zoneFromText('den 15 mars')).toBeUndefined();
  });
});

describe('fuzzy dates', () => {
  it.each([
    ['hösten 2026', 'hösten 2026', '2026-09', '2026-11'],
    ['Erbjudandet väntas öppna våren 2027.', 'våren 2027', '2027-03', '2027-05'],
    ['spring 2026', 'spring 2026', '2026-03', '2026-05'],
    ['late 2024', 'late 2024', '2024-09', '2024-12'],
    ['i början av 2025', 'i början av 2025', '2025-01', '2025-04'],
    ['Q3 2026', 'Q3 2026', '2026-07', '2026-09'],
    ['winter 2026', 'winter 2026', '2026-12', '2027-02'],
  ])('%s', (text, kept, from, to) => {
    expect(findFuzzyDate(text)).toEqual({ text: kept, from, to });
  });
});

describe('deadline kinds', () => {
  it.each([
    ['Deadline for the Project Idea Form', 'project-idea'],
    ['Expressions of interest for regular projects', 'expression-of-interest'],
    ['Sista dag att anmäla intresse', 'expression-of-interest'],
    ['Step 2: full proposal', 'step-2'],
    ['second cut-off', 'cut-off'],
    ['Full applications for regular projects', 'application'],
    ['Sista ansökningsdag', 'application'],
  ])('%s → %s', (text, kind) => {
    expect(kindFromText(text)).toBe(kind);
  });
});

describe('parseSchedule', () => {
  const sv = { defaultZone: 'Europe/Stockholm' };
  it('reads an opening and a deadline with its time and zone', () => {
    expect(parseSchedule('The call is open from 20 March to 7 June 2024 (12:00 noon CEST – Paris time).', sv)).toEqual({
      opens: '2024-03-20',
      deadlines: [
        {
          date: '2024-06-07',
          time: '12:00',
          timeZone: 'Europe/Paris',
          kind: 'application',
          label: 'The call is open from',
        },
      ],
    });
  });

  it('keeps several deadline kinds, and an unnamed one continues the step named before it', () => {
    const s = parseSchedule(
      'The deadline for the Project Idea Form is 9 March 2022, for core projects – 15 March 2022. Full applications not later than 30 March 2022.',
      sv,
    );
    expect(s.deadlines.map((d) => [d.kind, d.date])).toEqual([
      ['project-idea', '2022-03-09'],
      ['project-idea', '2022-03-15'],
      ['application', '2022-03-30'],
    ]);
  });

  it('reads "öppnar inom kort och stänger 1 oktober 2024 klockan 12.00" as a deadline', () => {
    expect(
      parseSchedule('Ansökningarna öppnar inom kort och stänger 1 oktober 2024 klockan 12.00.', sv).deadlines[0],
    ).toMatchObject({
      date: '2024-10-01',
      time: '12:00',
    });
  });

  it('skips dates of updates and results', () => {
    expect(parseSchedule('Updated 24 January 2023. Results are expected 30 June 2023.', sv).deadlines).toEqual([]);
  });

  it('keeps a fuzzy forthcoming time with no false exact date', () => {
    expect(parseSchedule('Nästa ansökningsrunda öppnar hösten 2026.', sv)).toEqual({
      deadlines: [],
      fuzzyDate: 'hösten 2026',
    });
  });

  it('a later mention adds the clock time to a deadline already found', () => {
    const s = parseSchedule(
      'Open from 1 September 2026 until 14 October 2026. Applications until 24:00 (CET) the 14 October 2026.',
      sv,
    );
    expect(s.deadlines).toHaveLength(1);
    expect(s.deadlines[0]).toMatchObject({ date: '2026-10-14', time: '24:00', timeZone: 'Europe/Brussels' });
  });
});

describe('instants and zones', () => {
  it('accepts "+0000" offsets without a colon', () => {
    expect(parseTimestamp('2024-03-06T17:00:00.000+0000')?.toISOString()).toBe('2024-03-06T17:00:00.000Z');
    expect(parseTimestamp('nonsense')).toBeUndefined();
  });
  it('gives local date and time in a zone across DST', () => {
    expect(zonedParts(Date.parse('2027-03-04T15:00:00Z'), 'Europe/Brussels')).toEqual({
      date: '2027-03-04',
      time: '16:00',
    });
    expect(zonedParts(Date.parse('2026-09-17T15:00:00Z'), 'Europe/Brussels')).toEqual({
      date: '2026-09-17',
      time: '17:00',
    });
    expect(zonedParts(Date.parse('2026-12-31T23:30:00Z'), 'Europe/Helsinki')).toEqual({
      date: '2027-01-01',
      time: '01:30',
    });
  });
});
