/**
 * A call's list of län is read whole: names joined by commas, "och", "samt" or "and", with "län" written after only
 * some of them ("Skåne, Uppsala län, Kronoberg och Östergötland"), are all the call's area. An area said of one part
 * or pilot of a call ("Piloten genomförs i Norrbottens län") limits that part, not the whole call. Sentences written
 * for this test after how funders write, none copied from a labelled call.
 */
import { describe, expect, it } from 'vitest';
import { score } from '../../../core/match/index.ts';
import type { FundingCall } from '../../../core/model/call.ts';
import { testCall, testKommun } from '../../support/test-call.ts';

const call = (summary: string): FundingCall =>
  testCall({ funder: 'Testverket', title: 'Stöd till lokala projekt 2027', language: 'sv', summary });
const inLan = (lan: string) => ({ ...testKommun(), lan });

describe('a list of län read whole', () => {
  const summary = 'Stödet kan sökas av organisationer i Skåne, Uppsala län, Kronoberg och Östergötland.';
  it('every name of the list is inside, with or without "län" after it', () => {
    for (const lan of ['skane', 'uppsala', 'kronoberg', 'ostergotland']) {
      const m = score(call(summary), inLan(lan));
      expect(m.eligibility.area, lan).toBe('eligible');
      expect(m.blockers).toEqual([]);
    }
  });
  it('a län outside the list is outside', () => {
    const m = score(call(summary), inLan('norrbotten'));
    expect(m.eligibility.area).toBe('not-eligible');
    expect(m.blockers[0].text.sv).toMatch(/Kronoberg och Östergötland/);
  });
  it('names without the genitive before a shared "län"', () => {
    const m = score(call('Projekten ska genomföras i Kronoberg, Kalmar och Jönköpings län.'), inLan('kronoberg'));
    expect(m.eligibility.area).toBe('eligible');
  });
});

describe('an area said of one part of a call', () => {
  it('limits that part, not the call', () => {
    const m = score(
      call(
        'Utlysningen är öppen för kommuner i hela Sverige. Piloten genomförs endast i Norrbottens län och Västerbottens län.',
      ),
      inLan('kalmar'),
    );
    expect(m.eligibility.area).not.toBe('not-eligible');
    expect(m.blockers).toEqual([]);
  });
});
