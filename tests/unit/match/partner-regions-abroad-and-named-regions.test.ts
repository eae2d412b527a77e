/**
 * Readings from probe rounds gw–gx (session 44), each from sentences written for this test, none copied from the
 * probe's calls:
 * - a foreign funder's call whose partners "must be located in … Blekinge län and Kalmar län (Sweden)" or in
 *   "Småland (the Swedish counties of …)", and pays them, admits partners from those län and no other;
 * - "foreign partners … of an EU Member State …; each may receive …" are paid partners from abroad, Sweden included;
 * - "… as associated organisations only, without ERDF funding" and "men kan inte ta del av regionalfondsmedlen" leave
 *   those outside the area unpaid;
 * - "partner från angränsande län – A, B och C län – ta del av medlen" admits the neighbours;
 * - "Entities outside the listed regions … are not eligible" refuses no region as a kind of body;
 * - a region named among the applicants by its name is not shut out by the funder's area.
 */
import { describe, expect, it } from 'vitest';
import { seedAreaText, seedBlockers } from '../../support/seed-score.ts';

describe('partner regions of a funder abroad', () => {
  const call = {
    funder: 'Województwo Zachodniopomorskie',
    title: 'Baltic Partnership Grants 2028',
    summary:
      'The Marshal’s Office supports joint projects of West Pomeranian local governments with partners abroad. The ' +
      'lead applicant must be registered in the voivodeship. Foreign partners must be located in one of the partner ' +
      'regions: Blekinge län and Kalmar län (Sweden) or Bornholm (Denmark). Up to 25% of the grant may be ' +
      'transferred to foreign partners. Organisations from other regions may take part at their own cost.',
    eligibleCountries: ['PL'],
  };
  it('admits a partner from a län it names', () => {
    expect(seedBlockers(call, 'karlskrona')).toEqual([]);
    expect(seedAreaText(call, 'karlskrona')).toContain('Blekinge län är bland dem');
  });
  it('leaves a body of another län outside', () => {
    expect(seedBlockers(call, 'linkoping')).toContain('outside-programme-area');
  });
  it('reads "Småland (the Swedish counties of …)" as those län', () => {
    const smaland = {
      funder: 'Land Brandenburg',
      title: 'Baltic cooperation 2028',
      summary:
        'Applicants must have their seat in Brandenburg. Each project must involve at least one partner located in a ' +
        'partner region: Pomorskie (Poland) and Småland (the Swedish counties of Kronoberg, Kalmar and Jönköping). ' +
        'Costs of these partners are eligible up to 30% of the budget.',
      eligibleCountries: ['DE'],
    };
    expect(seedBlockers(smaland, 'kronoberg')).not.toContain('country-not-eligible');
    expect(seedBlockers(smaland, 'karlskrona')).toContain('outside-programme-area');
  });
  it('reads paid foreign partners "of an EU Member State" as admitting Swedish ones', () => {
    const eu = {
      funder: 'Provincie Drenthe',
      title: 'Village partnerships 2028',
      summary:
        'The lead applicant must be located in Drenthe. Foreign partners must be local authorities in rural ' +
        'municipalities of an EU Member State; each may receive up to EUR 15 000 of the grant.',
      eligibleCountries: ['NL'],
    };
    expect(seedBlockers(eu, 'alvsbyn')).not.toContain('country-not-eligible');
  });
});

describe('those outside the area without the money', () => {
  it('reads "as associated organisations only, without ERDF funding" as unpaid', () => {
    const call = {
      funder: 'Interreg South Baltic',
      title: 'Small projects 2028',
      summary:
        'Partners must be established in the programme area. Organisations located outside the programme area may be ' +
        'involved as associated organisations only, without ERDF funding.',
    };
    expect(seedBlockers(call, 'linkoping')).toContain('outside-programme-area');
  });
  it('reads "men kan inte ta del av regionalfondsmedlen" as unpaid', () => {
    const call = {
      funder: 'Tillväxtverket',
      title: 'Regionalfondsprogrammet för Småland och öarna: utlysning 2028',
      summary:
        'Stödmottagare ska ha verksamhet i programområdet. Aktörer utanför programområdet får delta i ' +
        'referensgrupper men kan inte ta del av regionalfondsmedlen.',
    };
    expect(seedBlockers(call, 'karlskrona')).toContain('outside-programme-area');
  });
});

describe('neighbours, places and names', () => {
  it('admits partners of neighbouring län named between dashes', () => {
    const call = {
      funder: 'Region Kronoberg',
      title: 'Regionala utvecklingsmedel 2028',
      summary:
        'Projektägare ska ha verksamhet i Kronobergs län. I samverkansprojekt får även partner från angränsande län – ' +
        'Kalmar, Blekinge och Jönköpings län – ta del av medlen.',
    };
    expect(seedBlockers(call, 'kalmar')).not.toContain('outside-programme-area');
    expect(seedBlockers(call, 'linkoping')).toContain('outside-programme-area');
  });
  it('reads "outside the listed regions" as a place, not regions refused', () => {
    const call = {
      funder: 'SeaRegions project (Horizon Europe)',
      title: 'Open call for regional pilots',
      summary:
        'Applicants must be public authorities or SMEs established in one of the target regions. Entities outside the ' +
        'listed regions are not eligible.',
      applicantTypes: ['public authorities', 'SMEs'],
      eligibleCountries: ['SE', 'FI'],
    };
    expect(seedBlockers(call, 'kronoberg')).not.toContain('applicant-type');
  });
  it('admits a region the call names among its applicants, outside the funder’s own area', () => {
    const call = {
      funder: 'Länsstyrelsen i Blekinge län',
      title: 'Vattenvård i ett avrinningsområde 2028',
      summary:
        'Sökande kan vara Karlskrona och Ronneby kommuner samt Region Blekinge och Region Kronoberg. Andra kommuner och ' +
        'regioner kan inte söka.',
    };
    expect(seedBlockers(call, 'kronoberg')).not.toContain('outside-programme-area');
  });
});
