/**
 * A call whose own text names the län or regions of its programme area ("I programområdet ingår Blekinge, Skåne,
 * Kalmar och Kronoberg", "The programme area covers …") says where it applies, with or without the word "län" and
 * whatever programme period it belongs to (here 2007–2013, whose area the data does not hold): the area line says
 * inside or outside, not that it is unclear. Sentences
 * written for this test from the general ways programme pages describe their area, none copied from a labelled call.
 */
import { describe, expect, it } from 'vitest';
import { score } from '../../../core/match/index.ts';
import type { FundingCall } from '../../../core/model/call.ts';
import { testCall, testProfile } from '../../support/test-call.ts';

const kalmar = testProfile({ id: 'test-kalmar', kind: 'kommun', lan: 'kalmar' });
const norrbotten = testProfile({ id: 'test-norrbotten', kind: 'kommun', lan: 'norrbotten' });
const oldCall = (summary: string, language: 'sv' | 'en' = 'sv'): FundingCall =>
  testCall({
    funder: 'Interreg Öresund-Kattegat-Skagerrak',
    title: 'Interreg Öresund-Kattegat-Skagerrak 2007-2013: utlysning',
    language,
    summary,
  });

describe("the call's own list of the län in its programme area", () => {
  const TEXTS: [string, string, 'sv' | 'en'][] = [
    [
      'Swedish, without "län"',
      'I programområdet ingår Blekinge, Skåne, Kalmar och Kronoberg. Projekten ska stärka samarbetet.',
      'sv',
    ],
    [
      'English, "counties"',
      'The programme area covers Blekinge, Skåne, Kalmar and Kronoberg counties in Sweden.',
      'en',
    ],
  ];
  for (const [what, summary, lang] of TEXTS) {
    it(`decides inside for a body in a named län of an earlier period: ${what}`, () => {
      const m = score(oldCall(summary, lang), kalmar);
      expect(m.eligibility.area, m.eligibility.areaText.sv).toBe('eligible');
      expect(m.eligibility.areaText.sv).toMatch(/Kalmar län ingår/);
      expect(m.eligibility.areaText.sv).not.toMatch(/framgår inte/);
    });
    it(`decides outside for a body elsewhere: ${what}`, () => {
      const m = score(oldCall(summary, lang), norrbotten);
      expect(m.eligibility.area).toBe('not-eligible');
      expect(m.blockers.find((b) => b.kind === 'outside-programme-area')?.text.sv).toMatch(/ligger utanför/);
    });
  }

  it('län named outside a sentence on the area leave the period line as it was', () => {
    const m = score(oldCall('Ett projekt i Kalmar och Kronoberg fick stöd förra året.'), norrbotten);
    expect(m.eligibility.area).toBe('unknown');
    expect(m.blockers.some((b) => b.kind === 'outside-programme-area')).toBe(false);
  });

  it('one län named in an area sentence is no list', () => {
    const m = score(oldCall('Programområdet är stort; huvudkontoret ligger i Kalmar.'), norrbotten);
    expect(m.blockers.some((b) => b.kind === 'outside-programme-area')).toBe(false);
  });
});
