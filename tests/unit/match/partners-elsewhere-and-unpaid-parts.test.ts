/**
 * Readings from the probe rounds gc–gd (session 42), each from sentences written for this test in the way Swedish
 * and foreign funders word such calls, none copied from the probe's calls:
 * - partners "located elsewhere in Sweden, Finland or Norway" who may receive funding are a way in from outside an
 *   Interreg area; "elsewhere in the programme area … not in this window" is none;
 * - a region's own call naming other län whose kommuner "kan vara medsökande med egen budget", the län listed
 *   between dashes or commas, admits those län's bodies only;
 * - "partners located in other parts of Finland, Estonia or Sweden may be full partners with ERDF co-financing; their
 *   share should not exceed 20 %" admits them: the limit after the semicolon is no refusal;
 * - "kommuner som vill arbeta med ett världsarv i en annan kommun kan inte söka" refuses some kommuner, not all;
 * - kommuner above a size that "får delta i erfarenhetsutbytet men kan inte ta emot stöd" are no way in;
 * - "en kommun vars territorium gränsar till Östersjön" is a coastal kommun;
 * - money "betalas endast ut till den sökande myndigheten", parties "utan att ta del av medlen", funds that "can only
 *   cover costs incurred by partners in the region", and a share passed on "only to non-profit organisations" pay
 *   no kommun or region taking part.
 */
import { describe, expect, it } from 'vitest';
import { seedAreaText, seedBlockers } from '../../support/seed-score.ts';

describe('partners from elsewhere', () => {
  const aurora = {
    funder: 'Interreg Aurora',
    programme: 'Interreg Aurora 2021–2027',
    title: 'Call 5: sustainable tourism in the north',
    summary:
      'The lead partner must be in the programme area. Partners located elsewhere in Sweden, Finland or Norway may ' +
      'join and receive funding where the project needs their expertise. Municipalities, regions and universities ' +
      'are eligible.',
    eligibleCountries: ['SE', 'FI', 'NO'],
  };
  it('admits a body outside the area when partners elsewhere in the countries may be funded', () => {
    expect(seedBlockers(aurora, 'kalmar')).toEqual([]);
    expect(seedAreaText(aurora, 'kalmar')).toContain('men utlysningen tar med parter utanför området');
  });
  it('admits none where "elsewhere in the programme area" is refused in this call', () => {
    const window = {
      ...aurora,
      summary:
        'A small-project window for the river valley: only organisations in the listed border municipalities may ' +
        'apply. Organisations elsewhere in the programme area are welcome in the regular calls but not in this window.',
    };
    expect(seedBlockers(window, 'kalmar')).toContain('outside-programme-area');
  });
  it('admits partners from other parts of the countries despite a limit on their share', () => {
    const call = {
      funder: 'Interreg Central Baltic',
      programme: 'Interreg Central Baltic 2021–2027',
      title: 'Fifth call for regular projects',
      summary:
        'Lead partners must be located in the programme area. Partners located in other parts of Finland, Estonia ' +
        'or Sweden may be full partners with ERDF co-financing when the region benefits; their share should not ' +
        'exceed 20 % of the budget. Local and regional authorities are eligible.',
      eligibleCountries: ['FI', 'EE', 'LV', 'SE'],
    };
    expect(seedBlockers(call, 'kalmar')).toEqual([]);
  });
});

describe('other län named as co-applicants', () => {
  const call = {
    funder: 'Region Östergötland',
    programme: 'Regionala utvecklingsmedel',
    title: 'Projektmedel för arbetspendling 2027',
    summary:
      'Projektägare ska ha verksamhet i Östergötlands län. För projekt om pendling över länsgränsen kan kommuner i ' +
      'angränsande län – Jönköpings och Kalmar län – vara medsökande med egen budget. Stödet är högst 50 procent.',
    eligibleCountries: ['SE'],
  };
  it('admits a kommun of a län it names', () => {
    expect(seedBlockers(call, 'kalmar')).toEqual([]);
    expect(seedAreaText(call, 'kalmar')).toContain('parter också från Kalmar län');
  });
  it('keeps a kommun of another län outside', () => {
    expect(seedBlockers(call, 'karlskrona')).toContain('outside-programme-area');
  });
  it('reads the län between commas too', () => {
    const commas = {
      ...call,
      summary:
        'Projektägare ska ha verksamhet i Östergötlands län. I projekt inom samarbetet kan aktörer i Kalmar och ' +
        'Kronobergs län, även kommuner och regioner, vara medsökande med egen budget.',
    };
    expect(seedBlockers(commas, 'kronoberg')).toEqual([]);
  });
});

describe('some kommuner refused, not all', () => {
  it('reads a wish that some kommuner have as narrowing the refusal', () => {
    const call = {
      funder: 'Riksantikvarieämbetet',
      title: 'Bidrag till kulturmiljöer 2027',
      summary:
        'Bidrag kan sökas av kommuner där en utpekad kulturmiljö ligger. Kommuner som vill arbeta med en miljö i en ' +
        'annan kommun kan inte söka.',
      applicantTypes: ['kommun'],
      eligibleCountries: ['SE'],
    };
    expect(seedBlockers(call, 'linkoping')).toEqual([]);
  });
});

describe('sizes without money', () => {
  it('reads no way in for larger kommuner that take part without support', () => {
    const call = {
      funder: 'Energimyndigheten',
      title: 'Stöd till energiplaner i små kommuner',
      summary:
        'Huvudsökande ska vara en kommun med högst 25 000 invånare. Kommuner med fler än 25 000 invånare får delta i ' +
        'projektens erfarenhetsutbyte men kan inte ta emot stöd.',
      applicantTypes: ['kommun'],
      eligibleCountries: ['SE'],
    };
    expect(seedBlockers(call, 'kalmar')).toContain('population-limit');
    expect(seedBlockers(call, 'alvsbyn')).toEqual([]);
  });
});

describe('a kommun whose territory borders a named sea', () => {
  it('is a coastal kommun', () => {
    const call = {
      funder: 'Havs- och vattenmyndigheten',
      title: 'Bidrag till åtgärder i grunda havsvikar',
      summary: 'Sökande ska vara en kommun vars territorium gränsar till Östersjön eller Bottniska viken.',
      applicantTypes: ['kommun'],
      eligibleCountries: ['SE'],
    };
    expect(seedBlockers(call, 'kalmar')).toEqual([]);
    expect(seedBlockers(call, 'linkoping')).toContain('outside-programme-area');
  });
});

describe('parties without the money', () => {
  it('reads money paid only to the applying agency', () => {
    const call = {
      funder: 'Myndigheten för civilt försvar',
      title: 'Projektmedel för beredskap 2027',
      summary:
        'Sökande ska vara en statlig myndighet. Kommuner och regioner kan delta som samverkansparter, men medel ' +
        'betalas endast ut till den sökande myndigheten.',
      applicantTypes: ['statlig myndighet'],
      eligibleCountries: ['SE'],
    };
    expect(seedBlockers(call, 'karlskrona')).toContain('applicant-type');
  });
  it('reads bodies outside a region taking part without a share of the money', () => {
    const call = {
      funder: 'Region Kronoberg',
      programme: 'Regionala projektmedel',
      title: 'Regionala projektmedel 2027',
      summary:
        'Projektägare ska ha verksamhet i Kronobergs län. Aktörer utanför länet kan medverka utan att ta del av ' +
        'medlen.',
      eligibleCountries: ['SE'],
    };
    expect(seedBlockers(call, 'kalmar')).toContain('outside-programme-area');
  });
  it('reads funds that cover only the region’s partners', () => {
    const call = {
      funder: 'NORA',
      programme: 'NORA – Nordic Atlantic Cooperation',
      title: 'NORA project funding spring 2027',
      summary:
        'Projects need partners from two NORA countries. Partners from other countries, for instance Sweden, are ' +
        'welcome, but the funds can only cover costs incurred by partners in the NORA countries.',
      eligibleCountries: ['GL', 'IS', 'FO', 'NO'],
    };
    expect(seedBlockers(call, 'kalmar')).toContain('country-not-eligible');
  });
  it('reads a share passed on to private partners only', () => {
    const call = {
      funder: 'Marshal’s Office of the Zachodniopomorskie Voivodeship',
      title: 'Small grants for cross-border cooperation',
      summary:
        'Applicants must be organisations registered in the voivodeship. Each project needs a partner from another ' +
        'country. Up to 20% of the grant may be passed on to foreign partners, but only to non-profit organisations; ' +
        'foreign municipalities may take part with their own resources.',
      eligibleCountries: ['PL'],
    };
    expect(seedBlockers(call, 'kalmar')).not.toEqual([]);
  });
});
