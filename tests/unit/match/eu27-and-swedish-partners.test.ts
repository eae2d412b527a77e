/**
 * Read from set 45, released in the thirty-eighth session, and checked on the other released sets: countries listed
 * beside the Union ("public authorities in the EU27, Norway and Switzerland") are the programme's countries, not
 * partners or a place the call is about; and actors in Sweden named as those a foreign call's project may work with
 * ("Samarbete med aktörer i Sverige och Norge kan ingå") are partners, not applicants. Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { analyse } from '../../../core/match/analyse.ts';
import { seedBlockers } from '../../support/seed-score.ts';
import { testCall } from '../../support/test-call.ts';

const partners = (summary: string) =>
  [...analyse(testCall({ summary })).signals.countries].filter((c) => c !== 'Sweden').sort();

describe('countries beside "EU27"', () => {
  it('are the programme’s countries, not partners', () => {
    expect(partners('Advice is offered to public authorities in the EU27, Norway and Switzerland.')).toEqual([]);
    expect(partners('Partners from the EU-27 and Iceland receive 80% co-financing.')).toEqual([]);
  });
  it('leave partners named as such', () => {
    expect(partners('Projects must involve partners from Norway.')).toEqual(['Norway']);
  });
});

describe('actors in Sweden a foreign call may work with', () => {
  const call = {
    funder: 'Österbottens förbund',
    programme: 'Förnyelse och kompetens i Finland 2021–2027',
    title: 'Utlysning: företagens gröna omställning',
    summary:
      'Stöd kan beviljas organisationer som är registrerade i Finland, såsom kommuner och högskolor. Samarbete med ' +
      'aktörer i Sverige kan ingå i projektet, men utländska organisationer kan inte vara stödmottagare.',
    eligibleCountries: ['Finland'],
    applicantTypes: ['kommuner', 'högskolor'],
    language: 'sv' as const,
  };
  it('are partners: Sweden is not among the applicants’ countries', () => {
    expect(seedBlockers(call, 'alvsbyn')).toContain('country-not-eligible');
  });
  it('while a call for actors in Sweden admits them', () => {
    const swedish = {
      ...call,
      summary: 'Stöd kan beviljas aktörer i Sverige som samarbetar med finländska kommuner.',
    };
    expect(seedBlockers(swedish, 'alvsbyn')).not.toContain('country-not-eligible');
  });
});
