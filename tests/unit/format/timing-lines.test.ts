import { describe, expect, it } from 'vitest';
import { timingShort } from '../../../core/format/deadline-text.ts';
import { timingBeyondShort, timingLines } from '../../../core/format/timing-lines.ts';
import { deadlineInfo } from '../../../core/match/deadline.ts';
import type { Deadline, FundingCall } from '../../../core/model/call.ts';
import { announcedPeriod } from '../../../core/model/status.ts';

const now = new Date('2026-12-01T08:00:00Z');

function call(deadlines: Deadline[], over: Partial<FundingCall> = {}): FundingCall {
  return {
    id: 'x:1',
    source: 'x',
    funder: 'Vinnova',
    title: 'En utlysning',
    summary: 'Om innovation.',
    url: 'https://example.org/1',
    deadlines,
    ...over,
  } as FundingCall;
}
const step = (date: string, over: Partial<Deadline> = {}): Deadline => ({
  date,
  time: '14:00',
  timeZone: 'Europe/Stockholm',
  kind: 'application',
  ...over,
});
const short = (c: FundingCall) => timingShort(deadlineInfo(c, now), c, announcedPeriod(c, now), 'sv', now);

describe('the dates "Varför?" adds under a card', () => {
  it('are none when the card’s line said it all', () => {
    const c = call([step('2027-01-15')]);
    expect(short(c)).toBe('Ansökan 15 jan. 2027 kl. 14.00 · 45 dagar kvar');
    expect(timingBeyondShort(c, 'sv', now)).toEqual([]);
  });

  it('are the other steps only, each with its days left', () => {
    const c = call([step('2026-12-31', { kind: 'project-idea' }), step('2027-04-30', { kind: 'step-2' })]);
    expect(short(c)).toMatch(/^Projektidé 31 dec\. 2026/);
    expect(timingBeyondShort(c, 'sv', now)).toEqual(['Steg 2: 30 apr. 2027 kl. 14.00, om 150 dagar']);
    expect(timingBeyondShort(c, 'en', now)).toEqual(['Step 2: 30 Apr 2027, 14:00, in 150 days']);
  });

  it('repeat the card’s step when its funder keeps another clock, naming that clock', () => {
    const c = call([step('2027-01-15', { time: '16:00', timeZone: 'Europe/Helsinki' })]);
    expect(timingBeyondShort(c, 'sv', now)).toEqual([
      'Ansökan: 15 jan. 2027 kl. 15.00 svensk tid (16.00 Helsingforstid), om 45 dagar',
    ]);
  });

  it('give the clock and days of a call not yet open, whose card names only the dates', () => {
    const c = call([step('2027-03-15')], { opens: '2027-02-01' });
    expect(short(c)).toBe('Öppnar 1 feb. 2027 · ansökan 15 mars 2027');
    expect(timingBeyondShort(c, 'sv', now)).toEqual(['Ansökan: 15 mars 2027 kl. 14.00, om 104 dagar']);
  });

  it('are none for a closed call', () => {
    expect(timingBeyondShort(call([step('2026-03-01')]), 'sv', now)).toEqual([]);
  });
});

describe('timingLines, the digest’s dates', () => {
  it('tell the opening and every step once, with the same clock in Brussels named as one', () => {
    const c = call([step('2027-02-26', { time: '17:00', timeZone: 'Europe/Brussels' })], { opens: '2026-12-05' });
    expect(timingLines(c, 'sv', now)).toEqual([
      'Öppnar 5 dec. 2026, om 4 dagar',
      'Ansökan: 26 feb. 2027 kl. 17.00 svensk tid (= Brysseltid), om 87 dagar',
    ]);
  });

  it('never says a call opens soon when the funder gave no date, nor a deadline for a rolling call', () => {
    expect(timingLines(call([]), 'sv', now)).toEqual(['Inget datum angivet']);
    expect(timingLines(call([], { fuzzyDate: 'hösten 2027' }), 'sv', now)).toEqual(['Öppnar hösten 2027']);
    expect(timingLines(call([], { opens: '2026-10-01' }), 'en', now)).toEqual(['No deadline given']);
    const soon = call([step('2027-10-01')], { summary: 'Ansökningarna öppnar inom kort och stänger 1 oktober 2027.' });
    expect(timingLines(soon, 'sv', now)[0]).toBe('Öppnar inom kort');
  });
});
