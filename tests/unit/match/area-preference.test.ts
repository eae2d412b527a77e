/**
 * A preference for the funder's own area is no limit to it: a region's or länsstyrelse's own call that says
 * applicants from elsewhere come after its own admits them (core/match/area-preference.ts). The body inside keeps
 * its own area's points. Sentences written for this test from how funders generally write them.
 */
import { describe, expect, it } from 'vitest';
import { areaPreference } from '../../../core/match/area-preference.ts';
import { score } from '../../../core/match/index.ts';
import type { FundingCall } from '../../../core/model/call.ts';
import { testCall, testKommun, testRegion } from '../../support/test-call.ts';

const kommun = testKommun();
const region = testRegion();
const outside = (m: ReturnType<typeof score>) => m.blockers.some((b) => b.kind === 'outside-programme-area');

const call = (funder: string, sentence: string): FundingCall =>
  testCall({
    funder,
    language: 'sv',
    title: 'Projektmedel för kultur',
    summary: `Projektmedlen kan sökas av kommuner och föreningar. ${sentence}`,
    applicantTypes: ['kommuner', 'föreningar'],
  });

describe('applicants from elsewhere admitted after the area’s own', () => {
  for (const sentence of [
    'Sökande från länet prioriteras framför sökande från andra regioner.',
    'Projekt från andra län kan också söka, men i andra hand.',
    'Ansökningar från sökande utanför länet prioriteras lägre.',
  ]) {
    it(`no shut-out: ${sentence}`, () => {
      for (const p of [kommun, region]) {
        const m = score(call('Region Västerbotten', sentence), p);
        expect(outside(m)).toBe(false);
        expect(m.eligibility.area).toBe('eligible');
        expect(m.eligibility.areaText.sv).toContain('Region Västerbotten ger företräde åt sökande i sitt eget län');
        expect(m.eligibility.areaText.sv).toContain('ligger utanför men är inte utesluten');
      }
    });
  }

  it('reads English too', () => {
    expect(areaPreference('Applicants from other regions may also apply.')).toBe(
      'Applicants from other regions may also apply.',
    );
    expect(
      areaPreference('Priority is given to projects outside the region that involve local partners.'),
    ).toBeDefined();
  });

  it("the body inside keeps its own area's points", () => {
    const preferred = score(
      call('Region Kalmar län', 'Sökande från länet prioriteras framför sökande från andra regioner.'),
      kommun,
    );
    const plain = score(call('Region Kalmar län', 'Bidraget är högst 50 procent av kostnaden.'), kommun);
    expect(preferred.eligibility.areaPoints).toBe(plain.eligibility.areaPoints);
    expect(preferred.eligibility.areaText.sv).toBe(plain.eligibility.areaText.sv);
  });
});

describe('no preference, the area stays a limit', () => {
  for (const sentence of [
    'Projekt som växlar upp medlen med EU-program prioriteras.',
    'Sökande från andra regioner kan inte få stöd.',
    'Bidraget är högst 50 procent av kostnaden.',
  ]) {
    it(sentence, () => {
      expect(outside(score(call('Region Västerbotten', sentence), kommun))).toBe(true);
    });
  }
});
