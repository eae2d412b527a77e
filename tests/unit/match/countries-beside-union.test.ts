/**
 * A country listed beside the EU's member states where a call says who may take part ("open to municipalities from
 * the 27 EU Member States, Iceland and Ukraine") widens eligibility: it is neither a partner nor a place the call is
 * about. What the call says of partners or work in that country still counts. Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { analyse } from '../../../core/match/analyse.ts';
import { score } from '../../../core/match/index.ts';
import { testCall, testPriority, testProfile } from '../../support/test-call.ts';

const partners = (summary: string) =>
  [...analyse(testCall({ summary, language: 'en' })).signals.countries].filter((c) => c !== 'Sweden').sort();

const body = testProfile({
  partnerCountries: ['Norway', 'Ukraine'],
  priorities: [testPriority('ukraina', ['eastern-neighbourhood']), testPriority('energi', ['energy-transition'])],
});
const placeBoost = (summary: string) =>
  score(testCall({ title: 'Energy plans for towns', summary, language: 'en' }), body).boosts.some(
    (b) => b.kind === 'geographic-focus',
  );

describe('a country beside the EU in a list of who may take part is eligibility', () => {
  const beside = [
    'The facility is open to municipalities from the 27 EU Member States, Iceland and Ukraine.',
    'Eligible applicants are local authorities based in EU member states, Moldova or Ukraine.',
  ];
  for (const summary of beside) {
    it(summary, () => {
      expect(partners(summary)).toEqual([]);
      expect(placeBoost(summary)).toBe(false);
    });
  }
  it('a long list of countries a programme takes in as members is no place the call is about', () => {
    const summary =
      'Albania, Bosnia and Herzegovina, Moldova, Montenegro, North Macedonia, Serbia and Ukraine are full members of the programme.';
    expect(placeBoost(summary)).toBe(false);
    // …where two of them named so are still a place the call is about.
    expect(placeBoost('Moldova and Ukraine are full members of the programme.')).toBe(true);
  });
  it('countries the programme takes in as members are no partners', () => {
    expect(
      partners(
        'In addition, Norway and Switzerland are full members of the programme and organisations from these countries are eligible to participate in projects.',
      ),
    ).toEqual([]);
  });
});

describe('what the call says of partners or places there still counts', () => {
  it('partners named in that country', () => {
    const summary = 'Municipalities from EU member states apply together with partners from Ukraine.';
    expect(partners(summary)).toEqual(['Ukraine']);
    expect(placeBoost(summary)).toBe(true);
  });
  it('the work placed there in another sentence', () => {
    const summary =
      'The facility is open to municipalities from the 27 EU Member States and Ukraine. It funds the reconstruction of Ukraine.';
    expect(placeBoost(summary)).toBe(true);
  });
  it('a narrower group named with EU words is not the EU', () => {
    expect(
      placeBoost('Eligible applicants are organisations based in EU countries around the Baltic Sea or Ukraine.'),
    ).toBe(true);
  });
  it('a country named without the EU beside it is where the work lies', () => {
    // (A call open only to municipalities there is for applicants abroad: not eligible, so no boost at all.)
    expect(placeBoost('Projects develop energy plans for towns in Ukraine and Moldova.')).toBe(true);
  });
});
