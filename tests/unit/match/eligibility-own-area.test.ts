/**
 * Where a call is for: a kommun's own grant is for its own area (the principle of locality, kommunallagen 2 kap. 1 §),
 * and a call whose list of eligible countries is a class of country Sweden never belongs to ("developing countries",
 * "third countries") is for applicants there — Swedish bodies are neither inside its area nor among its applicants.
 * Calls written for this test, none copied from a labelled call.
 */
import { describe, expect, it } from 'vitest';
import { score } from '../../../core/match/index.ts';
import { swedenInCountryList } from '../../../core/match/signals.ts';
import type { FundingCall } from '../../../core/model/call.ts';
import { testCall, testKommun, testProfile, testRegion } from '../../support/test-call.ts';

const kommun = testKommun();
const region = testRegion();

describe("a kommun's own grant", () => {
  const grant = (funder: string, over: Partial<FundingCall> = {}): FundingCall =>
    testCall({
      funder,
      language: 'sv',
      title: 'Bidrag till internationellt utbyte',
      summary: 'Bidraget kan sökas av föreningar som planerar ett utbyte med en vänort.',
      applicantTypes: ['föreningar'],
      ...over,
    });

  for (const funder of ['Storköpings kommun', 'Lillby stad', 'City of Testford']) {
    it(`is for its own area: ${funder}`, () => {
      for (const p of [kommun, region]) {
        const m = score(grant(funder), p);
        expect(m.eligibility.area).toBe('not-eligible');
        expect(m.eligibility.areaText.sv).toContain(`eget stöd från ${funder}`);
        expect(m.blockers.some((b) => b.kind === 'outside-programme-area')).toBe(true);
      }
    });
  }

  it('does not tell the kommun itself that it is outside', () => {
    const self = testProfile({ id: 'storkoping', name: 'Storköpings kommun' });
    expect(score(grant('Storköpings kommun'), self).eligibility.area).not.toBe('not-eligible');
  });

  it('a kommun publishing a programme of wider reach does not make it its own', () => {
    const m = score(grant('Storköpings kommun', { programme: 'Erasmus+', summary: '', applicantTypes: [] }), kommun);
    expect(m.eligibility.areaText.sv).not.toContain('eget stöd');
  });

  it('a funder that is no kommun is no such grant', () => {
    for (const funder of ['Kommunförbundet Test', 'Stiftelsen Kommunstaden', 'Region Test']) {
      expect(score(grant(funder), kommun).eligibility.areaText.sv).not.toContain('eget stöd');
    }
  });
});

describe('eligible countries of a class Sweden is never in', () => {
  it('leave Sweden out', () => {
    expect(swedenInCountryList(['developing countries'])).toBe(false);
    expect(swedenInCountryList(['Utvecklingsländer'])).toBe(false);
    expect(swedenInCountryList(['third countries', 'Ukraine'])).toBe(false);
    expect(swedenInCountryList(['developing countries', 'Sweden'])).toBe(true);
    // An entry the reference cannot read may still hold Sweden.
    expect(swedenInCountryList(['partner countries'])).toBeUndefined();
  });

  it("make public bodies named among the applicants those countries' own", () => {
    const c = testCall({
      funder: 'Testfonden',
      title: 'Training programme',
      summary: 'The programme is designed for officials in developing countries who work in the public sector.',
      eligibleCountries: ['developing countries'],
      applicantTypes: ['officials in the public sector'],
    });
    for (const p of [kommun, region]) {
      const m = score(c, p);
      expect(m.eligibility.area).toBe('not-eligible');
      expect(m.eligibility.applicant).not.toBe('eligible');
      expect(m.eligibility.applicantText.sv).toContain('andra länder än Sverige');
    }
  });

  it('a call saying its applicants are Swedish keeps them', () => {
    const c = testCall({
      funder: 'Testfonden',
      title: 'Partnerskap',
      language: 'sv',
      summary: 'Svenska kommuner och regioner kan söka för samarbete med kommuner i utvecklingsländer.',
      eligibleCountries: ['developing countries'],
    });
    expect(score(c, kommun).eligibility.applicant).toBe('eligible');
  });
});
