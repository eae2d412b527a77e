/**
 * Readings probe 23 (fresh call pages chosen for easily misread who, where and what; blind fact-checks) showed
 * wrong, each as a general rule. Sentences written for this test from how funders generally write, none copied
 * from a probe page:
 * - "Who? Companies, research institutions, etc. in Denmark or abroad": the answer to a question of who admits
 *   applicants abroad, though "etc." splits its sentence; and the funder's own country is no partner country;
 * - "Applicants must have an Icelandic ID number": only bodies registered there apply;
 * - a title placing the work in a sea basin abroad ("… in the Black Sea") makes the area a doubt, not "all of the EU".
 */
import { describe, expect, it } from 'vitest';
import { score } from '../../../core/match/index.ts';
import { basinAbroadOf, nationalIdRequired } from '../../../core/match/signals.ts';
import { abroadAdmittedIn } from '../../../core/match/where-text.ts';
import { testCall, testProfile } from '../../support/test-call.ts';

const health = testProfile({
  priorities: [{ id: 'halsa', label: { sv: 'Hälsa', en: 'Health' }, weight: 1, concepts: ['health-care'], terms: [] }],
  partnerCountries: ['Denmark'],
});

describe('a question of who, answered', () => {
  it('admits applicants abroad though "etc." ends a sentence', () => {
    expect(
      abroadAdmittedIn('Who? Companies, research institutions, public institutions, etc. in Denmark or abroad.'),
    ).toBe(true);
    // No question of who, no word of applying: a place of the work, not who applies.
    expect(abroadAdmittedIn('Results are spread in Denmark or abroad.')).toBe(false);
  });
  it("shuts no Swedish body out of a Danish fund's call, and Denmark is no partner", () => {
    const m = score(
      testCall({
        funder: 'Innovation Fund Denmark',
        title: 'Grand Solutions: health and welfare technology',
        summary:
          'Who? Companies, research institutions, public institutions, etc. in Denmark or abroad. The projects solve challenges in Danish society.',
      }),
      health,
    );
    expect(m.blockers.map((b) => b.kind)).not.toContain('country-not-eligible');
    expect(m.boosts.map((b) => b.kind)).not.toContain('partner-country');
  });
});

describe("another country's identity number", () => {
  it('is required of applicants registered there', () => {
    expect(nationalIdRequired('Applicants must have an Icelandic ID number (kennitala).')?.country).toBe('Iceland');
    expect(nationalIdRequired('Sökande ska ha ett norskt organisasjonsnummer.')?.country).toBe('Norway');
    expect(nationalIdRequired('Applicants must have a Swedish organisation number.')).toBeUndefined();
    expect(nationalIdRequired('Applicants must have a partner in Iceland.')).toBeUndefined();
  });
  it('shuts a Swedish body out, saying why', () => {
    const m = score(
      testCall({
        title: 'Regional development fund',
        summary: 'Grants for health projects. Applicants must have an Icelandic ID number.',
      }),
      health,
    );
    expect(m.eligibility.area).toBe('not-eligible');
    expect(m.eligibility.areaText.sv).toContain('registrerade i Island');
  });
});

describe('a sea basin abroad in the title', () => {
  it('is where the work is', () => {
    expect(basinAbroadOf('Response to marine pollution in the Black Sea', 'Regional flagship topic.')).toBe(
      'Black Sea',
    );
    // A call for every basin, or one naming the Baltic, is not about a basin abroad only.
    expect(basinAbroadOf('Blue economy in the Mediterranean and the Baltic', '')).toBeUndefined();
    expect(basinAbroadOf('Marine litter', 'Projects in the Black Sea and the Baltic Sea.')).toBeUndefined();
  });
  it('makes the area a doubt, with no points', () => {
    const m = score(
      testCall({
        funder: 'European Commission',
        programme: 'European Maritime, Fisheries and Aquaculture Fund (EMFAF)',
        title: 'Preparedness for marine pollution in the Black Sea',
        summary: 'Regional flagship project on marine pollution response.',
      }),
      health,
    );
    expect(m.eligibility.area).toBe('unknown');
    expect(m.eligibility.areaPoints).toBe(0);
    expect(m.eligibility.areaText.sv).toContain('"Black Sea"');
  });
});
