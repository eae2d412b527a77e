import { describe, expect, it } from 'vitest';
import { deriveStatus } from '../../../core/model/status.ts';
import { byId, expectedParse } from './support.ts';

describe('mucf', () => {
  const { actual, expected, calls } = expectedParse('mucf');
  const now = new Date('2026-11-20T06:00:00Z');

  it('matches the reviewed expected parse', () => {
    expect(actual).toEqual(expected);
  });

  it('reads "1 oktober 2027 klockan 12.00" with the Brussels zone of Erasmus+ deadlines', () => {
    expect(byId(calls, 'mucf:projekt-att-oka-ungas-delaktighet').deadlines).toEqual([
      expect.objectContaining({ date: '2027-10-01', time: '12:00', timeZone: 'Europe/Brussels' }),
    ]);
  });

  it('shows the next round from the yearly rhythm when the page says "går inte att söka just nu"', () => {
    const c = byId(calls, 'mucf:ungdomsutbyte-0');
    expect(c.deadlines).toEqual([]);
    expect(c.fuzzyDate).toMatch(/^omkring \d+ \w+ 2027$/);
    expect(deriveStatus(c, now)).toBe('forthcoming');
  });

  it('prefers the page\'s own fuzzy "nästa ansökningsrunda" wording', () => {
    expect(byId(calls, 'mucf:smaskaliga-partnerskap').fuzzyDate).toBe('i början av 2027');
  });

  it('places a yearless date in the year of the page and skips "Uppdaterat 5 maj"', () => {
    const c = byId(calls, 'mucf:extra-ansokningsrunda-ungdomsprojekt');
    expect(c.deadlines.map((d) => d.date)).toEqual(['2026-05-04']);
    expect(c.budget).toMatchObject({ amount: 10_000_000, currency: 'SEK' });
  });
});
