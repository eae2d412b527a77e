/**
 * Readings from the last probe rounds of session 42 (gg–gh), from sentences written for this test:
 * - a programme field naming two regional fund programmes, one of whose names holds "och" ("Norra Mellansverige och
 *   Småland och öarna"), is for both areas;
 * - "Satsningen omfattar Blekinge, Kalmar och Östergötlands län" is the call's own area, whatever programme a word of
 *   its title recalls;
 * - "city-regions" after a refusal names no region.
 */
import { describe, expect, it } from 'vitest';
import { seedAreaText, seedBlockers } from '../../support/seed-score.ts';

describe('areas named together', () => {
  it('reads both regional fund programmes of a joint call', () => {
    const call = {
      funder: 'Tillväxtverket',
      programme: 'Regionala fondprogram Norra Mellansverige och Småland och öarna 2021–2027',
      title: 'Gemensam utlysning om digital omställning',
      summary: 'Stöd kan sökas av offentliga aktörer och ideella organisationer med verksamhet i programområdena.',
      eligibleCountries: ['SE'],
    };
    expect(seedBlockers(call, 'kalmar')).toEqual([]);
    expect(seedAreaText(call, 'kalmar')).toContain('Småland och Öarna');
    expect(seedBlockers(call, 'karlskrona')).toContain('outside-programme-area');
  });
  it('takes the call’s own list of län over a programme its title recalls', () => {
    const call = {
      funder: 'Naturvårdsverket',
      title: 'Åtgärder mot övergödning av södra Östersjön',
      summary: 'Satsningen omfattar Blekinge, Kalmar och Östergötlands län. Stöd kan sökas av kommuner i dessa län.',
      eligibleCountries: ['SE'],
    };
    expect(seedBlockers(call, 'linkoping')).toEqual([]);
    expect(seedAreaText(call, 'linkoping')).toContain('dess område omfattar Östergötlands län');
  });
});

describe('a hyphenated compound after a refusal', () => {
  it('refuses no region by "city-regions"', () => {
    const call = {
      funder: 'European Commission',
      title: 'Peer-learning grants for smart specialisation authorities',
      summary:
        'Applicants must be the public authority responsible for a regional smart specialisation strategy. ' +
        'Municipalities are not eligible unless they hold that responsibility, as in some city-regions.',
      eligibleCountries: ['EU Member States'],
    };
    expect(seedBlockers(call, 'kronoberg')).toEqual([]);
  });
});
