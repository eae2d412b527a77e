import { describe, expect, it } from 'vitest';
import { euDeadline } from '../../../core/funders/eu-ft/parser.ts';
import { deriveStatus } from '../../../core/model/status.ts';
import { byId, expectedParse } from './support.ts';

describe('eu-ft', () => {
  const { actual, expected, calls } = expectedParse('eu-ft');

  it('matches the reviewed expected parse', () => {
    expect(actual).toEqual(expected);
  });

  it('dedupes translations and thin legacy duplicates across pages, keeping the fuller English record', () => {
    expect(calls.filter((c) => c.id === 'eu-ft:ERASMUS-YOUTH-2027-CB')).toHaveLength(1);
    const youth = byId(calls, 'eu-ft:ERASMUS-YOUTH-2027-CB');
    expect(youth.summary).toContain('Capacity-building projects');
    expect(byId(calls, 'eu-ft:CERV-2027-CITIZENS-TOWN-TT').title).toBe('Town-Twinning');
    expect(calls).toHaveLength(6);
  });

  it('keeps every cut-off as its own deadline', () => {
    expect(byId(calls, 'eu-ft:CERV-2027-CITIZENS-TOWN-TT').deadlines.map((d) => [d.kind, d.date])).toEqual([
      ['cut-off', '2026-09-30'],
      ['cut-off', '2027-03-18'],
    ]);
  });

  it('sums only the budget-overview entries of the topic itself (not a sibling topic, but its lots)', () => {
    expect(byId(calls, 'eu-ft:ERASMUS-EDU-2027-PEX-COVE').budget?.amount).toBe(56_000_000);
    expect(byId(calls, 'eu-ft:CREA-CULT-2027-COOP').budget?.amount).toBe(60_000_000);
  });

  it('derives status from the dates, not the stale "open" flag', () => {
    expect(deriveStatus(byId(calls, 'eu-ft:ESC-2026-HUMAID-VOL'), new Date('2026-11-20T06:00:00Z'))).toBe('closed');
  });

  it('reads midnight-UTC and 17:00-UTC deadlines as 17:00 Brussels, other instants in Brussels time', () => {
    expect(euDeadline('2027-09-02T00:00:00.000+0000')).toEqual({ date: '2027-09-02', time: '17:00' });
    expect(euDeadline('2024-03-06T17:00:00.000+0000')).toEqual({ date: '2024-03-06', time: '17:00' });
    expect(euDeadline('2024-04-18T19:00:00.000+0200')).toEqual({ date: '2024-04-18', time: '17:00' });
    expect(euDeadline('2027-03-04T15:00:00.000+0000')).toEqual({ date: '2027-03-04', time: '16:00' });
    expect(euDeadline('not a date')).toBeUndefined();
  });

  it('never lets descriptionByte HTML through as markup', () => {
    for (const c of calls) expect(c.summary).not.toMatch(/<script|<p>|alert\(/);
  });
});
