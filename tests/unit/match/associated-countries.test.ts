/**
 * The countries associated to an EU programme are third countries that join it by agreement, never a Member State:
 * a list of eligible countries naming only them leaves Sweden out, whatever the programme data says of the programme
 * at large (EU-wide, open to regions). Lists written for this test from how funders generally write them.
 */
import { describe, expect, it } from 'vitest';
import { score } from '../../../core/match/index.ts';
import { swedenInCountryList } from '../../../core/match/signals.ts';
import { testCall, testKommun, testRegion } from '../../support/test-call.ts';

const kommun = testKommun();
const region = testRegion();

describe('countries associated to an EU programme', () => {
  it('are never a Member State: a list of them alone leaves Sweden out', () => {
    for (const list of [
      ['Associated Countries'],
      ['Norway', 'countries associated to the programme'],
      ['associerade länder'],
    ])
      expect(swedenInCountryList(list)).toBe(false);
    expect(swedenInCountryList(['EU Member States', 'Associated Countries'])).toBe(true);
  });

  it("override the programme's EU-wide area and its applicants", () => {
    const c = testCall({
      funder: 'European Commission',
      programme: 'Digital Europe Programme',
      title: 'Innovation hubs – associated countries',
      summary: 'Hubs will offer digital transformation services to companies and public sector bodies.',
      eligibleCountries: ['Associated Countries'],
    });
    for (const p of [kommun, region]) {
      const m = score(c, p);
      expect(m.blockers.map((b) => b.kind)).toContain('country-not-eligible');
      expect(m.eligibility.areaText.sv).not.toContain('hela EU');
      expect(m.eligibility.applicant).not.toBe('eligible');
    }
  });
});
