import { describe, expect, it } from 'vitest';
import { byId, expectedParse } from './support.ts';

describe('uhr', () => {
  const { actual, expected, calls } = expectedParse('uhr');

  it('matches the reviewed expected parse', () => {
    expect(actual).toEqual(expected);
  });

  it('makes one call per action when a page lists several, each with its own deadlines', () => {
    const small = byId(calls, 'uhr:erasmus-partnerskap--smaskaliga-partnerskap');
    expect(small.deadlines.map((d) => `${d.date} ${d.time} ${d.timeZone}`)).toEqual([
      '2027-03-04 12:00 Europe/Brussels',
      '2027-10-01 12:00 Europe/Brussels',
    ]);
    expect(small.opens).toBeUndefined();
  });

  it('reads "kl. 12.00" as a clock time and ignores dates in the footer and "Senast uppdaterad"', () => {
    expect(byId(calls, 'uhr:ansok-om-ett-korttidsprojekt').deadlines).toEqual([
      expect.objectContaining({ date: '2027-02-18', time: '12:00', kind: 'application' }),
    ]);
  });
});
