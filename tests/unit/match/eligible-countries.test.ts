/**
 * A list of eligible countries rules Sweden out only when it truly leaves Sweden out: group names (EU27, EU-27,
 * EEA, "all EU countries", "Member States of the European Union") stand for their members, Sweden among them, and
 * an entry the reference data cannot read ("Programme countries", "Partner countries") tells nothing either way.
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
    ['samtliga nordiska och baltiska länder'],
    ['de nordiska och baltiska länderna'],
    // The Northern Dimension: the EU (every Member State), Iceland, Norway and Russia.
    ['Northern Dimension partner countries'],
    ['Nordliga dimensionens länder'],
    ['Nordic and Baltic countries'],
  ];
  for (const list of withSweden) {
    it(`${JSON.stringify(list)} admits Sweden`, () => {
      expect(swedenInCountryList(list)).toBe(true);
      const m = score(testCall({ eligibleCountries: list }), testProfile());
      expect(m.blockers.some((b) => b.kind === 'country-not-eligible')).toBe(false);
      expect(m.eligibility.area).toBe('eligible');
    });
  }
  const unknown = [['Programme countries'], ['Norway', 'Participating countries'], ['Partner countries']];
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
    // Short names whose ISO forms are long ("Syrian Arab Republic", "Moldova, Republic of"): countries.json listNames,
    // and a reference name's part before its comma.
    ['Lebanon', 'Syria', 'Tunisia'],
    ['Moldova', 'Micronesia', 'Brunei'],
    ['Syrien', 'Irak'],
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

/**
 * Country lists are also written as ISO 3166-1 alpha-2 codes ("SE", "FI", "NO"; the EU's own "EL" for Greece and
 * "UK"). A code is read only as a whole list entry, never in prose, where "IT", "NO" and "DE" are words.
 */
describe('two-letter country codes in a list of countries', () => {
  it.each([
    [['SE']],
    [['SE', 'NO', 'FI']],
    [['DK', 'EE', 'FO', 'FI', 'GL', 'IS', 'SE', 'AX']],
    [['EU Member States', 'NO']],
  ])('%j admits Sweden', (list) => {
    expect(swedenInCountryList(list)).toBe(true);
    const m = score(testCall({ eligibleCountries: list }), testProfile());
    expect(m.eligibility.area).toBe('eligible');
    expect(m.eligibility.areaText.sv).toBe('Sverige finns bland de länder som kan söka.');
  });
  it.each([[['FI']], [['NO', 'IS', 'LI']], [['EL', 'CY']], [['UK']], [['DE', 'DK']]])(
    '%j leaves Sweden out',
    (list) => {
      expect(swedenInCountryList(list)).toBe(false);
      const m = score(testCall({ eligibleCountries: list }), testProfile());
      expect(m.blockers.map((b) => b.kind)).toContain('country-not-eligible');
      expect(m.band).not.toBe('strong');
    },
  );
  it('an entry of two letters that is no code, or in lowercase, tells nothing', () => {
    expect(swedenInCountryList(['ZZ'])).toBeUndefined();
    expect(swedenInCountryList(['FI', 'QQ'])).toBeUndefined();
    expect(swedenInCountryList(['fi'])).toBeUndefined();
  });
});

/** An exception in a list entry is respected: "EU Member States (except Sweden)" does not admit Sweden. */
describe('exceptions in a list of countries', () => {
  it('a group with Sweden excepted leaves Sweden out', () => {
    expect(swedenInCountryList(['EU Member States (except Sweden)'])).toBe(false);
    expect(swedenInCountryList(['EU:s medlemsstater utom Sverige'])).toBe(false);
    expect(swedenInCountryList(['All EU countries excluding Denmark and Sweden'])).toBe(false);
  });
  it('another country excepted keeps Sweden in', () => {
    expect(swedenInCountryList(['EU Member States (except Denmark)'])).toBe(true);
    expect(swedenInCountryList(['EU Member States except Denmark', 'Norway'])).toBe(true);
  });
});

/**
 * A LEADER local action group ("Leader Kustlandet") funds projects in its own area, a few kommuner: Sweden in its
 * list of countries says which country, not that the call is open across Sweden.
 */
describe('a LEADER local action group’s call', () => {
  it('is for the group’s area: no points for Sweden in its list', () => {
    for (const list of [['SE'], ['Sverige']]) {
      const m = score(testCall({ funder: 'Leader Kustlandet', eligibleCountries: list }), testProfile());
      expect(m.eligibility.area).toBe('unknown');
      expect(m.eligibility.areaPoints ?? 0).toBe(0);
      expect(m.eligibility.areaText.sv).toBe(
        'Utlysningen gäller området för Leader Kustlandet; vilka kommuner det omfattar finns inte i programdata.',
      );
    }
  });
  it('an association giving a LEADER programme’s grants is the local group', () => {
    const m = score(
      testCall({
        funder: 'Fjällbygden ideell förening',
        programme: 'Leader – Landsbygdsprogrammet',
        eligibleCountries: ['Sverige'],
      }),
      testProfile(),
    );
    expect(m.eligibility.area).toBe('unknown');
    expect(m.eligibility.areaText.sv).toContain('området för Fjällbygden');
    const named = score(
      testCall({
        funder: 'NordvästLeader',
        programme: 'Leader – lokalt ledd utveckling',
        eligibleCountries: ['Sverige'],
      }),
      testProfile(),
    );
    expect(named.eligibility.area).toBe('unknown');
    const national = score(
      testCall({
        funder: 'Jordbruksverket',
        programme: 'Leader – Landsbygdsprogrammet',
        eligibleCountries: ['Sverige'],
      }),
      testProfile(),
    );
    expect(national.eligibility.area).toBe('eligible');
  });
  it('the national funder of LEADER, or "leaders" in a name, is no local group', () => {
    const national = score(testCall({ funder: 'Jordbruksverket', eligibleCountries: ['Sverige'] }), testProfile());
    expect(national.eligibility.area).toBe('eligible');
    const leaders = score(testCall({ funder: 'Leaders of Tomorrow', eligibleCountries: ['Sverige'] }), testProfile());
    expect(leaders.eligibility.area).toBe('eligible');
  });
});
