/**
 * Readings from probe rounds gk–gl (session 43), each from sentences written for this test, none copied from the
 * probe's calls:
 * - "kommunal ordinarie verksamhet finansieras inte" refuses an activity, not kommuner;
 * - a size that sets the rate ("… upp till 90 procent, övriga upp till 60 procent") or the form of taking part
 *   ("större kommuner deltar individuellt") shuts no larger kommun out;
 * - kommuner that "kan inte söka själva men uppmuntras att delta som projektparter" are parties, not refused;
 * - public bodies that "may be partners and may receive up to 30 % of the grant" beside a list of associations;
 * - applicants "based in Germany or in another EU Member State" include Swedish ones.
 */
import { describe, expect, it } from 'vitest';
import { seedApplicantText, seedBlockers } from '../../support/seed-score.ts';

describe('routine municipal work refused', () => {
  const call = {
    funder: 'Region Kalmar län',
    title: 'Projektmedel för besöksnäringen 2028',
    summary:
      'Stödet kan sökas av offentliga aktörer och ideella organisationer i Kalmar län. Kommunal ordinarie ' +
      'verksamhet finansieras inte.',
  };
  it('refuses the activity, not kommuner', () => {
    expect(seedBlockers(call, 'kalmar')).toEqual([]);
  });
  it('while "Kommuner finansieras inte" still refuses them', () => {
    const refused = {
      ...call,
      summary: 'Stödet kan sökas av ideella organisationer i Kalmar län. Kommuner kan inte söka.',
    };
    expect(seedBlockers(refused, 'kalmar')).toContain('applicant-type');
  });
});

describe('a size that sets the rate or the form', () => {
  it('reads "övriga upp till 60 procent" as larger kommuner admitted at another rate', () => {
    const call = {
      funder: 'Tillväxtverket',
      title: 'Lokalt näringslivsarbete 2028',
      summary:
        'Kommuner kan söka enskilt eller tillsammans. Kommuner med färre än 12 000 invånare kan få stöd för upp till ' +
        '80 procent av kostnaderna, övriga upp till 50 procent.',
    };
    expect(seedBlockers(call, 'linkoping')).not.toContain('population-limit');
    expect(seedApplicantText(call, 'linkoping')).toContain('övriga upp till 50 procent');
  });
  it('reads "större kommuner deltar individuellt" as another form of taking part', () => {
    const call = {
      funder: 'Energimyndigheten',
      title: 'Energiarbete i kommuner 2028',
      summary:
        'Kommuner och regioner bjuds in att delta. Kommuner med färre än 15 000 invånare deltar i gemensamma ' +
        'nätverk; större kommuner och regioner deltar individuellt.',
    };
    expect(seedBlockers(call, 'kalmar')).not.toContain('population-limit');
  });
  it('still refuses a larger kommun where only the smaller may apply', () => {
    const call = {
      funder: 'Tillväxtverket',
      title: 'Lokalt näringslivsarbete 2028',
      summary: 'Kommuner med färre än 12 000 invånare kan söka stöd för upp till 80 procent av kostnaderna.',
    };
    expect(seedBlockers(call, 'linkoping')).toContain('population-limit');
  });
});

describe('bodies refused as applicants but taken in as parties', () => {
  it('reads "kan inte söka själva men uppmuntras att delta som projektparter" as a party', () => {
    const call = {
      funder: 'Myndigheten för civilt försvar',
      title: 'Projektmedel för beredskap 2028',
      summary:
        'Ansökan kan endast lämnas av statliga myndigheter. Kommuner och regioner kan inte söka själva men uppmuntras ' +
        'att delta som projektparter; deras kostnader kan ersättas via den sökande myndigheten.',
      applicantTypes: ['statliga myndigheter'],
    };
    expect(seedBlockers(call, 'kronoberg')).toEqual([]);
    expect(seedApplicantText(call, 'kronoberg')).toContain('som parter i projekten');
  });
  it('reads public bodies that "may be partners and may receive" a share beside an associations-only lead', () => {
    const call = {
      funder: 'Allianz Kulturstiftung',
      title: 'Cross-border cultural dialogue 2028',
      summary:
        'Lead applicants must be non-profit cultural associations. Public bodies such as municipal libraries can be ' +
        'project partners and may receive up to 25 % of the grant.',
    };
    expect(seedBlockers(call, 'karlskrona')).not.toContain('applicant-type');
  });
});

describe('applicants in another EU member state', () => {
  const call = {
    funder: 'Bundesministerium für Wirtschaft',
    title: 'Climate cooperation ideas 2028',
    summary:
      'Eligible lead applicants are municipalities and non-profit organisations based in Germany or in another EU ' +
      'Member State. Projects must be carried out in Poland, Czechia or Slovakia.',
    eligibleCountries: ['Poland', 'Czechia', 'Slovakia'],
  };
  it('admits a Swedish kommun', () => {
    expect(seedBlockers(call, 'kalmar')).not.toContain('country-not-eligible');
  });
  it('while a partner there whom the call does not pay admits no one', () => {
    const partnerOnly = {
      ...call,
      summary:
        'Only German municipalities may apply. Each must name a partner authority in another EU Member State, which ' +
        'bears its own costs.',
      eligibleCountries: ['Germany'],
    };
    expect(seedBlockers(partnerOnly, 'kalmar')).toContain('country-not-eligible');
  });
});
