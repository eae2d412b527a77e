/**
 * Readings from probe rounds ha–hb (session 44), each from sentences written for this test, none copied from the
 * probe's calls:
 * - "Kommuner och regioner kan inte själva vara medelsförvaltare" refuses the role that holds the grant, not taking
 *   part, where the call pays public partners; where it does not, kommuner stay refused;
 * - "Organisations located in other EU Member States may be full partners and receive ERDF" admits partners from
 *   outside a programme area;
 * - "their costs are not covered", "deras kostnader finansieras inte av regionen" leave partners unpaid, and "av
 *   regionen" names the funder, not regions refused;
 * - "Kommuner i angränsande län (A, B län) kan ingå som medsökande med egen budget" beside the call's own län;
 * - "Ansökan kan göras av … kommuner i X län" limits the call to X;
 * - "it cannot be passed on to partner organisations outside Scotland" leaves Swedish partners unpaid.
 */
import { describe, expect, it } from 'vitest';
import { seedAreaText, seedBlockers } from '../../support/seed-score.ts';

describe('the role that holds the grant', () => {
  const call = {
    funder: 'Forte',
    title: 'Praktiknära forskning 2028',
    language: 'sv' as const,
    summary:
      'Huvudsökande ska vara forskare vid en godkänd medelsförvaltare. Samverkansparter från offentlig sektor kan ' +
      'ersättas för sina kostnader genom att medel vidareförmedlas. Kommuner och regioner kan inte själva vara ' +
      'medelsförvaltare.',
    applicantTypes: ['forskare vid godkänd medelsförvaltare', 'kommuner och regioner (samverkansparter)'],
  };
  it('reads the refused grant holder as no refusal where public partners are paid', () => {
    expect(seedBlockers(call, 'kalmar')).not.toContain('applicant-type');
  });
  it('keeps the refusal where the call pays no partners', () => {
    const unpaid = {
      ...call,
      summary:
        'Huvudsökande ska vara forskare vid en godkänd medelsförvaltare. Kommuner kan inte vara medelsförvaltare. ' +
        'Andra organisationer kan delta och finansiera sin medverkan själva.',
    };
    expect(seedBlockers(unpaid, 'kalmar')).toContain('applicant-type');
  });
});

describe('partners outside the area, paid or not', () => {
  it('reads "Organisations located in other EU Member States may be full partners" as a way in', () => {
    const call = {
      funder: 'Interreg North-West Europe',
      title: 'Call 5',
      summary:
        'Partners must be located in the programme area. Organisations located in other EU Member States may be full ' +
        'partners and receive ERDF when their competence is needed. Public authorities are eligible.',
    };
    expect(seedBlockers(call, 'linkoping')).not.toContain('outside-programme-area');
  });
  it('reads "deras kostnader finansieras inte av regionen" as unpaid, and not as regions refused', () => {
    const call = {
      funder: 'Region Jönköpings län',
      title: 'Regionala projektmedel 2028',
      language: 'sv' as const,
      summary:
        'Projektägare ska ha verksamhet i Jönköpings län. Aktörer utanför länet kan delta som samverkansparter, men ' +
        'deras kostnader finansieras inte av regionen.',
    };
    const blockers = seedBlockers(call, 'kronoberg');
    expect(blockers).toContain('outside-programme-area');
    expect(blockers).not.toContain('applicant-type');
  });
  it('admits kommuner of neighbouring län named as co-applicants beside the call’s own län', () => {
    const call = {
      funder: 'Länsstyrelsen i Östergötlands län',
      title: 'Medel för samverkan 2028',
      language: 'sv' as const,
      summary:
        'Ansökan kan göras av kommuner i Östergötlands län. Kommuner i angränsande län (Kalmar och Jönköpings län) kan ' +
        'ingå som medsökande med egen budget.',
    };
    expect(seedBlockers(call, 'linkoping')).toEqual([]);
    expect(seedBlockers(call, 'kalmar')).not.toContain('outside-programme-area');
    expect(seedAreaText(call, 'kalmar')).toContain('parter också från Kalmar län');
    expect(seedBlockers(call, 'karlskrona')).toContain('outside-programme-area');
  });
  it('reads money that "cannot be passed on to partner organisations" abroad as none for Swedish partners', () => {
    const call = {
      funder: 'Welsh Government',
      title: 'Nordic Links Fund 2028',
      summary:
        'The fund supports Welsh organisations building links with partners in the Nordic countries: Denmark, ' +
        'Finland, Norway and Sweden. Applicants must be based in Wales. The grant is paid to the Welsh applicant; it ' +
        'cannot be passed on to partner organisations outside Wales.',
      eligibleCountries: ['United Kingdom'],
    };
    expect(seedBlockers(call, 'kalmar').length).toBeGreaterThan(0);
  });
});
