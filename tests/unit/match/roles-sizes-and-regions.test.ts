/**
 * Readings from probe rounds ge–gf (session 42: EU-level innovation and regional-development calls, and regional and
 * national innovation funders), each from sentences written for this test, none copied from the probe's calls:
 * - kommuner above a size that "kan endast delta som mentorer utan stöd" are refused as applicants, the line says
 *   the body is one of those left out;
 * - a region that "får vidareförmedla medel till kommuner … som blir stödmottagande parter" makes kommuner funded
 *   parties, though they cannot apply themselves;
 * - another län's region named as "stödmottagande parter" is admitted, while "…; medsökande står för sina egna
 *   kostnader" leaves co-applicants of other län unpaid;
 * - "partners located in transition or more developed regions may participate as beneficiaries" opens a call for less
 *   developed regions to Swedish bodies;
 * - "except municipalities that exceed the population threshold" refuses some kommuner, not all;
 * - "en lokal administrativ enhet (LAU) med minst 10 000 invånare" limits kommuner by size;
 * - "Associated Urban Authorities, with no population threshold, may join" admits a kommun of any size.
 */
import { describe, expect, it } from 'vitest';
import { seedApplicantText, seedAreaText, seedBlockers } from '../../support/seed-score.ts';

describe('sizes taking part without money', () => {
  const call = {
    funder: 'Vinnova',
    title: 'Innovationsledning i kommuner 2027',
    summary:
      'Projekt ska bestå av minst tre kommuner eller regioner. Kommuner med fler än 120 000 invånare förväntas ' +
      'finansiera sitt arbete själva och kan därför endast delta som mentorer utan stöd. Övriga kommuner och ' +
      'regioner kan beviljas stöd.',
    applicantTypes: ['kommun', 'region'],
    eligibleCountries: ['SE'],
  };
  it('refuses the larger and tells the body it is one of them', () => {
    expect(seedBlockers(call, 'linkoping')).toContain('population-limit');
    expect(seedApplicantText(call, 'linkoping')).toContain('utesluter sökande med "fler än 120 000 invånare"');
  });
  it('admits the smaller', () => {
    expect(seedBlockers(call, 'kalmar')).toEqual([]);
    expect(seedBlockers(call, 'alvsbyn')).toEqual([]);
  });
});

describe('money passed on by the applying region', () => {
  it('makes the region’s kommuner funded parties', () => {
    const call = {
      funder: 'Tillväxtverket',
      title: 'Regionala innovationsmiljöer 2027',
      summary:
        'Endast regioner kan vara sökande. Regionen får vidareförmedla delar av beviljade medel till kommuner och ' +
        'lärosäten i länet som genomför delprojekt; dessa blir då stödmottagande parter. Kommuner kan inte lämna egna ' +
        'ansökningar.',
      applicantTypes: ['region'],
      eligibleCountries: ['SE'],
    };
    expect(seedBlockers(call, 'karlskrona')).toEqual([]);
    expect(seedBlockers(call, 'kronoberg')).toEqual([]);
  });
});

describe('other län as funded parties', () => {
  const base = {
    funder: 'Region Kalmar län',
    programme: 'Regionala utvecklingsmedel',
    title: 'Projektmedel för innovation i offentlig sektor 2027',
    eligibleCountries: ['SE'],
  };
  it('admits a region named as a funded party, not the kommuner left unpaid in the next clause', () => {
    const call = {
      ...base,
      summary:
        'Stöd kan sökas av aktörer med verksamhet i Kalmar län. Inom samarbetet kan Region Kronoberg delta som ' +
        'stödmottagande part; kommuner i Kronobergs län kan delta som samverkansparter utan stöd.',
    };
    expect(seedBlockers(call, 'kronoberg')).toEqual([]);
    expect(seedAreaText(call, 'kronoberg')).toContain('parter också från Kronobergs län');
  });
  it('leaves co-applicants outside when a later clause says they pay their own costs', () => {
    const call = {
      ...base,
      summary:
        'Stöd kan sökas av kommuner i Kalmar län. Där projektet berör ett angränsande län får kommuner i Kronobergs ' +
        'och Blekinge län delta som medsökande; medsökande står för sina egna kostnader.',
    };
    expect(seedBlockers(call, 'karlskrona')).toContain('outside-programme-area');
  });
});

describe('a call for less developed regions', () => {
  const call = {
    funder: 'European Commission (EISMEA)',
    title: 'Interregional innovation investments: capacity building in less developed regions',
    summary:
      'The strand supports value chains in less developed regions. The coordinator and most beneficiaries must be ' +
      'located in less developed regions. Partners located in transition or more developed regions may participate as beneficiaries ' +
      'where they bring expertise. Eligible beneficiaries include regional and local public authorities.',
    eligibleCountries: ['EU Member States'],
  };
  it('admits bodies of more developed regions as partners, and says so', () => {
    expect(seedBlockers(call, 'kalmar')).toEqual([]);
    expect(seedAreaText(call, 'kalmar')).toContain('men utlysningen tar med parter från andra regioner');
  });
  it('still shuts them out without that sentence', () => {
    const only = {
      ...call,
      summary: 'The strand supports value chains; applicants must be located in less developed regions.',
    };
    expect(seedBlockers(only, 'kalmar')).toContain('outside-programme-area');
  });
});

describe('size conditions in other words', () => {
  it('reads a kind of kommun refused by what it exceeds as no refusal of all kommuner', () => {
    const call = {
      funder: 'European Commission',
      title: 'Small towns programme 2027',
      summary:
        'The lead applicant must be a municipality with fewer than 15 000 inhabitants. Co-applicants may be any ' +
        'public body, except municipalities that exceed the population threshold.',
      eligibleCountries: ['EU Member States'],
    };
    expect(seedBlockers(call, 'alvsbyn')).toEqual([]);
    expect(seedBlockers(call, 'kalmar')).toContain('population-limit');
  });
  it('reads a local administrative unit (LAU) as a kommun', () => {
    const call = {
      funder: 'European Urban Initiative',
      title: 'Utbyten mellan städer 2027',
      summary:
        'Sökande ska vara en stadsmyndighet. Med stadsmyndighet avses den lokala myndigheten för en lokal ' +
        'administrativ enhet (LAU) med minst 12 000 invånare.',
      eligibleCountries: ['EU Member States'],
    };
    expect(seedBlockers(call, 'alvsbyn')).toContain('population-limit');
    expect(seedBlockers(call, 'kalmar')).toEqual([]);
  });
  it('admits a kommun of any size where associated authorities have no threshold', () => {
    const call = {
      funder: 'European Urban Initiative',
      title: 'Innovative actions 2027',
      summary:
        'The main urban authority must be a local administrative unit (LAU) with at least 50 000 inhabitants. ' +
        'Associated urban authorities, with no population threshold, may join and receive funding.',
      eligibleCountries: ['EU Member States'],
    };
    expect(seedBlockers(call, 'alvsbyn')).toEqual([]);
    expect(seedApplicantText(call, 'alvsbyn')).toContain('oavsett storlek');
  });
  it('reads groupings "totalling" the size as a way in for a smaller kommun', () => {
    const call = {
      funder: 'European Urban Initiative',
      title: 'Innovative actions, sixth call',
      summary:
        'Eligible main urban authorities are cities with at least 50 000 inhabitants, or groupings of urban ' +
        'authorities totalling at least 50 000 inhabitants.',
      eligibleCountries: ['EU Member States'],
    };
    expect(seedBlockers(call, 'alvsbyn')).toEqual([]);
    expect(seedApplicantText(call, 'alvsbyn')).toContain('inte uppfyller ensam');
  });
  it('keeps the smaller out where one below the size "cannot take part" in any group', () => {
    const call = {
      funder: 'European Urban Initiative',
      title: 'Innovative actions, sixth call',
      summary:
        'Eligible main urban authorities are cities with at least 50 000 inhabitants, or groupings of urban ' +
        'authorities totalling at least 50 000 inhabitants. A local authority that does not itself meet the ' +
        'population threshold cannot take part.',
      eligibleCountries: ['EU Member States'],
    };
    expect(seedBlockers(call, 'alvsbyn')).toContain('population-limit');
  });
  it('reads a size said "in particular" as an emphasis, not a condition', () => {
    const call = {
      funder: 'European Commission (CINEA)',
      title: 'Local heating and cooling plans',
      summary:
        'The topic supports public authorities in preparing local heating and cooling plans, in particular in ' +
        'municipalities of more than 45 000 inhabitants.',
      eligibleCountries: ['EU Member States'],
    };
    expect(seedBlockers(call, 'alvsbyn')).toEqual([]);
  });
});
