import { describe, expect, it } from 'vitest';
import { deadlineInfo } from '../../../core/match/deadline.ts';
import { explain, rank, score } from '../../../core/match/index.ts';
import type { Deadline, FundingCall } from '../../../core/model/call.ts';
import { deriveStatus } from '../../../core/model/status.ts';
import { getSeedProfile } from '../../../core/profile/seeds.ts';

const karlskrona = getSeedProfile('karlskrona')!;

function call(over: Partial<FundingCall> = {}): FundingCall {
  return {
    id: 'test:deadline',
    source: 'test',
    funder: 'Interreg South Baltic',
    programme: 'Interreg South Baltic 2021-2027',
    title: 'Small-scale projects for cross-border cooperation in the South Baltic area',
    summary: 'Municipalities and NGOs may apply for small cross-border projects on climate adaptation and water.',
    url: 'https://example.org/call',
    language: 'en',
    deadlines: [{ date: '2026-03-15', timeZone: 'Europe/Stockholm', kind: 'application' }],
    ...over,
  };
}
const at = (iso: string) => new Date(iso);
const due = (over: Partial<Deadline>): Deadline => ({
  date: '2026-03-15',
  timeZone: 'Europe/Stockholm',
  kind: 'application',
  ...over,
});

describe('deadline note', () => {
  it('tells an open call’s deadline and the days left, in Swedish and English', () => {
    const d = deadlineInfo(call(), at('2026-02-20T10:00:00Z'));
    expect(d).toMatchObject({ status: 'open', date: '2026-03-15', daysLeft: 23, kind: 'application' });
    expect(d.text.sv).toBe('Sista ansökningsdag 15 mars 2026, om 23 dagar');
    expect(d.text.en).toBe('Deadline 15 Mar 2026, in 23 days');
  });

  it('counts calendar days in the deadline’s own zone and names a foreign clock', () => {
    const c = call({ deadlines: [due({ date: '2026-03-16', time: '12:00', timeZone: 'Europe/Brussels' })] });
    // 00:30 on 15 March in Brussels, still 14 March in UTC.
    const d = deadlineInfo(c, at('2026-03-14T23:30:00Z'));
    expect(d.status).toBe('closing-soon');
    expect(d.daysLeft).toBe(1);
    expect(d.text.sv).toBe('Sista ansökningsdag 16 mars 2026 kl. 12.00 svensk tid (= Brysseltid), i morgon');
    expect(d.text.en).toBe('Deadline 16 Mar 2026, 12:00 Swedish time (= Brussels time), tomorrow');
  });

  it('tells the next of several steps by its kind', () => {
    const c = call({
      deadlines: [due({ date: '2026-04-01', kind: 'project-idea' }), due({ date: '2026-09-01', kind: 'step-2' })],
    });
    const d = deadlineInfo(c, at('2026-03-30T08:00:00Z'));
    expect(d.kind).toBe('project-idea');
    expect(d.text.sv).toContain('projektidé 1 apr. 2026, om 2 dagar');
    expect(deadlineInfo(c, at('2026-05-01T08:00:00Z')).text.en).toBe('Step 2 due 1 Sep 2026, in 123 days');
  });

  it('says a call is closed, with the date that passed', () => {
    const d = deadlineInfo(call(), at('2026-04-01T08:00:00Z'));
    expect(d.status).toBe('closed');
    expect(d.daysLeft).toBe(-17);
    expect(d.text.sv).toMatch(/^Stängd/);
    expect(d.text.en).toMatch(/^Closed/);
    expect(d.text.sv).toContain('15 mars 2026');
    expect(d.text.sv).not.toMatch(/Öppnar/);
  });

  it('tells when a forthcoming call opens, from a date or a season', () => {
    const dated = deadlineInfo(call({ opens: '2026-09-01', deadlines: [] }), at('2026-08-01T08:00:00Z'));
    expect(dated.status).toBe('forthcoming');
    expect(dated.text.sv).toBe('Öppnar 1 sep. 2026, om 31 dagar');
    const fuzzy = deadlineInfo(call({ deadlines: [], fuzzyDate: 'hösten 2026' }), at('2026-03-01T08:00:00Z'));
    expect(fuzzy).toMatchObject({ status: 'forthcoming', text: { sv: 'Öppnar hösten 2026', en: 'Opens autumn 2026' } });
    expect(deadlineInfo(call({ deadlines: [], fuzzyDate: 'spring 2027' }), at('2026-03-01')).text.sv).toBe(
      'Öppnar våren 2027',
    );
  });

  it('says so when a call gives no date, and when an opened call has no deadline', () => {
    expect(deadlineInfo(call({ deadlines: [] }), at('2026-03-01')).status).toBe('undated');
    const rolling = deadlineInfo(call({ deadlines: [], opens: '2026-01-01' }), at('2026-03-01'));
    expect(rolling.status).toBe('open');
    expect(rolling.text.en).toBe('Open, no deadline given');
  });
});

describe('deadline in the match', () => {
  it('is part of score() and explain(), without changing the score', () => {
    const before = score(call(), karlskrona, { now: at('2026-02-20T10:00:00Z') });
    const after = score(call(), karlskrona, { now: at('2026-06-01T10:00:00Z') });
    expect(before.score).toBeGreaterThan(0);
    expect(after.score).toBe(before.score);
    expect(after.reasons).toEqual(before.reasons);
    expect(before.deadline?.status).toBe('open');
    expect(after.deadline?.status).toBe('closed');
    expect(explain(before, 'sv')[1]).toBe('Sista ansökningsdag 15 mars 2026, om 23 dagar.');
    expect(explain(before, 'en')[1]).toBe('Deadline 15 Mar 2026, in 23 days.');
    expect(explain(after, 'sv')).toContain('Stängd – sista dag var 15 mars 2026.');
  });

  it('does not push closed calls down in rank(), and uses rank’s clock for the note', () => {
    const calls = [
      call({ id: 'a', deadlines: [due({ date: '2025-01-10' })] }),
      call({ id: 'b', title: 'Unrelated call for dairy farmers', summary: 'Milk quality.' }),
    ];
    const ranked = rank(calls, karlskrona, { now: at('2026-02-20T10:00:00Z') });
    expect(ranked.map((r) => r.call.id)).toEqual(['a', 'b']);
    expect(ranked[0].match.deadline?.status).toBe('closed');
    expect(ranked[1].match.deadline?.daysLeft).toBe(23);
    expect(rank(calls, karlskrona, { now: at('2026-02-20'), openOnly: true }).map((r) => r.call.id)).toEqual(['b']);
  });
});

describe('deadline status agrees with the model', () => {
  it('equals deriveStatus() at every clock, across deadline shapes', () => {
    const shapes: Partial<FundingCall>[] = [
      {},
      { deadlines: [] },
      { deadlines: [], opens: '2026-02-01' },
      { deadlines: [], fuzzyDate: 'våren 2026' },
      { opens: '2026-03-10' },
      { deadlines: [due({ date: '2026-03-01', kind: 'project-idea' }), due({ date: '2026-03-20', time: '14:00' })] },
      { deadlines: [due({ date: '2026-03-14', time: '24:00', timeZone: 'Europe/Helsinki' })] },
      { summary: 'Ansökningarna öppnar inom kort och stänger 20 mars 2026.', deadlines: [due({ date: '2026-03-20' })] },
      { summary: 'Ansökningsomgången öppnar i mars 2026.', deadlines: [due({ date: '2026-04-20' })] },
    ];
    for (const shape of shapes) {
      for (let day = 0; day < 60; day += 1) {
        for (const hour of ['00:30', '12:00', '23:30']) {
          const now = new Date(Date.UTC(2026, 1, 1 + day, Number(hour.slice(0, 2)), Number(hour.slice(3))));
          const c = call(shape);
          const info = deadlineInfo(c, now);
          expect(
            info.status === 'undated' ? 'forthcoming' : info.status,
            `${JSON.stringify(shape)} at ${now.toISOString()}`,
          ).toBe(deriveStatus(c, now));
        }
      }
    }
  });
});
