/**
 * A list of eligible countries rules Sweden out only when it truly leaves Sweden out: group names (EU27, EU-27,
 * EEA, "all EU countries", "Member States of the European Union") stand for their members, Sweden among them, and
 * an entry the reference data cannot read ("Programme countries", "associated countries") tells nothing either way.
 * Lists written for this test from how funders generally write them.
 */
import { describe, expect, it } from 'vitest';
import { score } from '../../../core/match/index.ts';
import { swedenInCountryList } from '../../../core/match/signals.ts';
import { testCall, testProfile } from '../../support/test-call.ts';

describe('eligible-country lists and Sweden', () => {
  const withSweden = [
    ['EU27'],
    ['EU-27', 'Norway'],
    ['EU 27', 'Iceland', 'Liechtenstein'],
    ['All EU countries'],
    ['EU Member States'],
    ['Member States of the European Union', 'Ukraine'],
    ['EEA'],
    ['EU/EEA countries'],
    ['EES-länderna'],
    ['EU:s medlemsstater', 'Norge'],
  ];
  for (const list of withSweden) {
    it(`${JSON.stringify(list)} admits Sweden`, () => {
      expect(swedenInCountryList(list)).toBe(true);
      const m = score(testCall({ eligibleCountries: list }), testProfile());
      expect(m.blockers.some((b) => b.kind === 'country-not-eligible')).toBe(false);
      expect(m.eligibility.area).toBe('eligible');
    });
  }
  const unknown = [['Programme countries'], ['Norway', 'countries associated to the programme'], ['Partner countries']];
  for (const list of unknown) {
    it(`${JSON.stringify(list)} says nothing certain of Sweden: no blocker`, () => {
      expect(swedenInCountryList(list)).toBeUndefined();
      const m = score(testCall({ eligibleCountries: list }), testProfile());
      expect(m.blockers.some((b) => b.kind === 'country-not-eligible')).toBe(false);
      expect(m.eligibility.areaText.sv).not.toMatch(/Sverige finns inte/);
    });
  }
  it('a list of named countries without Sweden still rules Sweden out', () => {
    expect(swedenInCountryList(['Ukraine', 'Moldova', 'Georgia'])).toBe(false);
    expect(swedenInCountryList(['Eastern Partnership countries'])).toBe(false);
    const m = score(testCall({ eligibleCountries: ['Ukraine', 'Moldova'] }), testProfile());
    expect(m.blockers.map((b) => b.kind)).toContain('country-not-eligible');
  });
  it('the EU group holds all 27 member states', () => {
    for (const c of ['Cyprus', 'Luxembourg', 'Malta', 'Sweden'])
      expect(swedenInCountryList([c]) === true).toBe(c === 'Sweden');
  });
});

/**
 * Every country has a name: a list of countries the prose vocabulary (countries.json) does not hold — Canada,
 * Japan, Egypt, Jordan, Åland — is read with the complete ISO 3166-1 reference in English and Swedish
 * (core/data/iso-countries.ts), so a call open only to them leaves Sweden out. Names only where an entry is the
 * country's name: "Jordan" or "Guinea" in prose are never read as countries by it.
 */
describe('countries outside the prose vocabulary', () => {
  const without = [
    ['Canada'],
    ['Kanada'],
    ['Japan', 'South Korea'],
    ['Egypt', 'Jordan', 'Lebanon'],
    ['Åland'],
    ['Aland'],
  ];
  for (const list of without) {
    it(`${JSON.stringify(list)} leaves Sweden out`, () => {
      expect(swedenInCountryList(list)).toBe(false);
      const m = score(testCall({ eligibleCountries: list }), testProfile());
      expect(m.blockers.map((b) => b.kind)).toContain('country-not-eligible');
    });
  }
  it('with Sweden named beside them, or an entry that is no country, no blocker', () => {
    expect(swedenInCountryList(['Japan', 'Sverige'])).toBe(true);
    expect(swedenInCountryList(['Canada', 'Partner countries'])).toBeUndefined();
    expect(swedenInCountryList(['Canada (Ontario)'])).toBe(false);
  });
});
