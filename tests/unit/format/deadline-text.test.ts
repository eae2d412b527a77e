import { describe, expect, it } from 'vitest';
import {
  countText,
  dateText,
  daysLeftText,
  deadlineLine,
  deadlineWhen,
  fuzzyRange,
  fuzzyText,
  KIND_LABEL,
  opensFuzzyText,
  relativeDays,
} from '../../../core/format/deadline-text.ts';
import { deadlineInfo } from '../../../core/match/deadline.ts';
import { DEADLINE_KINDS, type Deadline, type FundingCall } from '../../../core/model/call.ts';
import { deriveStatus } from '../../../core/model/status.ts';

const due = (over: Partial<Deadline>): Deadline => ({
  date: '2027-01-15',
  timeZone: 'Europe/Stockholm',
  kind: 'application',
  ...over,
});

describe('dates and times in words', () => {
  it('writes Swedish dates with short month names and a Swedish clock', () => {
    expect(dateText('2027-01-15', 'sv')).toBe('15 jan. 2027');
    expect(dateText('2027-03-04', 'sv')).toBe('4 mars 2027');
    expect(dateText('2027-01-15', 'en')).toBe('15 Jan 2027');
    expect(deadlineWhen(due({ time: '16:00' }), 'sv')).toBe('15 jan. 2027 kl. 16.00');
    expect(deadlineWhen(due({}), 'sv')).toBe('15 jan. 2027');
  });

  it('converts another zone to Swedish time and names the funder’s own clock beside it', () => {
    expect(deadlineWhen(due({ time: '16:00', timeZone: 'Europe/Helsinki' }), 'sv')).toBe(
      '15 jan. 2027 kl. 15.00 svensk tid (16.00 Helsingforstid)',
    );
    expect(deadlineWhen(due({ time: '17:00', timeZone: 'Europe/Brussels' }), 'en')).toBe(
      '15 Jan 2027, 17:00 Swedish time (= Brussels time)',
    );
    // Midnight is the end of the day before, not 00.00 of the next.
    expect(deadlineWhen(due({ time: '24:00', timeZone: 'Europe/Brussels' }), 'sv')).toBe(
      '15 jan. 2027 kl. 24.00 svensk tid (= Brysseltid)',
    );
    // A date that changes in the conversion names the funder's own date too.
    expect(deadlineWhen(due({ time: '00:30', timeZone: 'Europe/Helsinki' }), 'sv')).toBe(
      '14 jan. 2027 kl. 23.30 svensk tid (00.30 Helsingforstid 15 jan. 2027)',
    );
  });

  it('labels deadlines by their kind, in both languages', () => {
    for (const k of DEADLINE_KINDS) {
      expect(KIND_LABEL[k].sv).toBeTruthy();
      expect(KIND_LABEL[k].en).toBeTruthy();
    }
    expect(deadlineLine(due({ kind: 'project-idea', label: 'klockan 12.00 och' }), 'sv')).toBe(
      'Sista dag för projektidé 15 jan. 2027',
    );
  });

  it('counts with the language’s plural rules', () => {
    expect(countText(1, 'newMatch', 'sv')).toBe('1 ny matchande utlysning');
    expect(countText(4, 'newMatch', 'sv')).toBe('4 nya matchande utlysningar');
    expect(countText(1, 'call', 'en')).toBe('1 call');
    expect(daysLeftText(1, 'sv')).toBe('1 dag kvar');
    expect(daysLeftText(12, 'sv')).toBe('12 dagar kvar');
    expect(daysLeftText(1, 'en')).toBe('1 day left');
    expect(relativeDays(5, 'sv')).toBe('om 5 dagar');
    expect(relativeDays(-3, 'en')).toBe('3 days ago');
  });

  it('tells fuzzy dates in the reader’s words and never quotes a page fragment', () => {
    expect(fuzzyText('autumn 2027', 'sv')).toBe('hösten 2027');
    expect(fuzzyText('autumn 2027 – early 2028', 'sv')).toBe('hösten 2027');
    expect(fuzzyText('spring 2027', 'en')).toBe('spring 2027');
    expect(fuzzyText('i december 2026', 'sv')).toBe('december 2026');
    expect(opensFuzzyText('autumn 2027', 'sv')).toBe('Öppnar hösten 2027');
    expect(opensFuzzyText('i början av 2027', 'sv')).toBe('Öppnar i början av 2027');
    expect(opensFuzzyText('Ansökningarna öppnar inom kort och stänger', 'sv')).toBe('Öppnar inom kort');
    expect(opensFuzzyText('när styrelsen beslutat', 'sv')).toBe('Datum ej angivet');
    expect(fuzzyRange('hösten 2027')).toEqual({ from: '2027-09-01', to: '2027-11-30' });
    expect(fuzzyRange('december 2026')).toEqual({ from: '2026-12-01', to: '2026-12-31' });
  });
});

describe('status from the call’s wording', () => {
  const base: FundingCall = {
    id: 't',
    source: 't',
    funder: 'MUCF',
    title: 'Projekt för att öka ungas delaktighet',
    summary: '',
    url: 'https://example.org',
    language: 'sv',
    deadlines: [due({ date: '2027-10-01', time: '12:00' })],
  };
  const now = new Date('2026-11-30T10:00:00Z');

  it('reads "öppnar inom kort" and "öppnar i december 2026" as forthcoming until the deadline passes', () => {
    const soon = { ...base, summary: 'Ansökningarna öppnar inom kort och stänger 1 oktober 2027 klockan 12.00.' };
    expect(deriveStatus(soon, now)).toBe('forthcoming');
    expect(deadlineInfo(soon, now).text.sv).toMatch(/^Öppnar inom kort; sista ansökningsdag 1 okt\. 2027 kl\. 12\.00/);
    expect(deriveStatus(soon, new Date('2027-10-02T10:00:00Z'))).toBe('closed');
    const dec = { ...base, summary: 'Ansökningsomgången för 2027 öppnar i december 2026.' };
    expect(deriveStatus(dec, now)).toBe('forthcoming');
    expect(deadlineInfo(dec, now).text.sv).toMatch(/^Öppnar i december 2026; /);
    // Once December has come, the wording no longer holds the call back.
    expect(deriveStatus(dec, new Date('2026-12-05T10:00:00Z'))).toBe('open');
  });

  it('leaves calls that say they are open, or name a past opening, alone', () => {
    expect(deriveStatus({ ...base, summary: 'Utlysningen är öppen. MUCF öppnar en extra ansökningsrunda.' }, now)).toBe(
      'open',
    );
    expect(deriveStatus({ ...base, summary: 'Utlysningen öppnade i mars 2026.' }, now)).toBe('open');
    expect(deriveStatus({ ...base, summary: 'The call opens in March 2027.' }, now)).toBe('forthcoming');
    expect(deriveStatus({ ...base, opens: '2026-11-01', summary: 'Öppnar inom kort.' }, now)).toBe('open');
  });
});
