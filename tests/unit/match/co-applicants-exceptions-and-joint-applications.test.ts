/**
 * Readings from probe rounds gm–gn (session 43), each from sentences written for this test, none copied from the
 * probe's calls:
 * - another län's bodies "som budgetbärande medsökande" (or "kan ha en sådan aktör som budgetbärande medsökande")
 *   are funded co-applicants;
 * - "kommuner med färre än 10 000 invånare ska söka tillsammans med en annan kommun" says how they apply, not who may;
 * - "municipalities with more than 100,000 inhabitants may take part only as partners", where partners cover their own
 *   costs, refuses the larger;
 * - "offentliga aktörer får inte söka stöd för verksamhet som de är skyldiga att bedriva" refuses an activity;
 * - "may only join as associated partners, except national-level public authorities" excepts, it does not refuse;
 * - "partners may come from … EU Member States bordering the Baltic Sea", paid, open an area of other countries.
 * Readings from probe rounds go–gp (session 43):
 * - "Region Kalmar län och Region Kronoberg kan ingå som finansierade projektparter" takes in those regions, not the
 *   kommuner of their län;
 * - "projektpartner från övriga delar av Sverige kan beviljas stöd" opens a programme area to paid partners;
 * - "kommuner med färre än 30 000 invånare bör söka tillsammans med …" is advice on how, no limit;
 * - "för projekt som faller utanför sökandens ordinarie verksamhet" refuses no applicant named before it.
 * Readings from probe rounds gq–gr (session 43):
 * - "a twinned application with a smaller municipality, which participates as a funded learning partner" is a way in
 *   for a kommun below the size;
 * - "kommuner som överskrider befolkningsgränsen kan inte delta med stöd" refuses some kommuner, not all.
 */
import { describe, expect, it } from 'vitest';
import { seedAreaText, seedBlockers } from '../../support/seed-score.ts';

describe('funded co-applicants from other län', () => {
  it('reads "ingå som budgetbärande medsökande" as a way in for the län named', () => {
    const call = {
      funder: 'Region Blekinge',
      title: 'Regionala utvecklingsmedel 2028',
      summary:
        'Sökande ska ha verksamhet i Blekinge län. I projekt med grannlänen kan parter från Kalmar län ingå som ' +
        'budgetbärande medsökande. Parter från andra län kan delta utan budget.',
    };
    expect(seedBlockers(call, 'kalmar')).not.toContain('outside-programme-area');
    expect(seedBlockers(call, 'linkoping')).toContain('outside-programme-area');
  });
  it('reads "kan ha en sådan aktör som budgetbärande medsökande" the same way', () => {
    const call = {
      funder: 'Region Kronoberg',
      title: 'Regionala utvecklingsmedel 2028',
      summary:
        'Sökande ska finnas i Kronobergs län. Projekt med aktörer i Blekinge län kan ha en sådan aktör som ' +
        'budgetbärande medsökande. Aktörer i andra län kan delta utan budget.',
    };
    expect(seedBlockers(call, 'karlskrona')).not.toContain('outside-programme-area');
  });
});

describe('sizes that say how, not who', () => {
  it('reads a joint application asked of the smaller kommuner as no limit', () => {
    const call = {
      funder: 'ICLD',
      title: 'Kommunala partnerskap 2028',
      summary:
        'Svenska sökande ska vara en kommun eller en region. Kommuner med färre än 8 000 invånare ska söka ' +
        'tillsammans med en annan svensk kommun.',
    };
    expect(seedBlockers(call, 'kalmar')).not.toContain('population-limit');
  });
  it('reads larger kommuner taking part only as unpaid partners as refused', () => {
    const call = {
      funder: 'Svenska institutet',
      title: 'Seed funding 2028',
      summary:
        'The lead applicant must be a Swedish organisation: municipalities, NGOs and universities are eligible. ' +
        'Municipalities with more than 120,000 inhabitants and regions may take part only as partners. Partners ' +
        'cover their own costs.',
    };
    expect(seedBlockers(call, 'linkoping')).toContain('population-limit');
    expect(seedBlockers(call, 'kalmar')).not.toContain('population-limit');
  });
});

describe('refusals of an activity or exceptions to a restriction', () => {
  it('reads "får inte söka stöd för verksamhet som de är skyldiga att bedriva" as an activity refused', () => {
    const call = {
      funder: 'Leader Kustlandet',
      title: 'Projektstöd 2028',
      summary:
        'Stödmottagare kan vara föreningar, företag och kommuner. Offentliga aktörer får inte söka stöd för ' +
        'verksamhet som de är skyldiga att bedriva enligt lag.',
    };
    expect(seedBlockers(call, 'karlskrona')).not.toContain('applicant-type');
  });
  it('reads "except national-level public authorities" after an "only" as no refusal of public bodies', () => {
    const call = {
      funder: 'Interreg Central Baltic',
      title: 'Small projects call 2028',
      summary:
        'Partners must be municipalities, regional authorities or NGOs located in the programme area. Organisations ' +
        'from outside may only join as associated partners, except national-level public authorities.',
    };
    expect(seedBlockers(call, 'linkoping')).toEqual([]);
  });
});

describe('partners from EU member states in an area of other countries', () => {
  const call = {
    funder: 'EEA and Norway Grants',
    title: 'Fund for Regional Cooperation 2028',
    summary:
      'The lead partner must be established in a Beneficiary State. Partners may come from the Donor States or from ' +
      'EU Member States bordering the Baltic Sea. All partners may receive funding for their own costs.',
  };
  it('shuts no Swedish body out and says partners come from outside the area', () => {
    expect(seedBlockers(call, 'kalmar')).not.toContain('outside-programme-area');
    expect(seedAreaText(call, 'kalmar')).toContain('tar med parter utanför området');
  });
  it('while without the money the area stands', () => {
    const unpaid = { ...call, summary: call.summary.replace('may receive funding for', 'cover') };
    expect(seedBlockers(unpaid, 'kalmar')).toContain('outside-programme-area');
  });
});

describe('regions named as funded partners', () => {
  const call = {
    funder: 'Region Blekinge',
    title: 'Projektmedel i Sydost 2028',
    summary:
      'Sökande ska vara en offentlig aktör med verksamhet i Blekinge län. Region Kalmar län och Region Kronoberg kan ' +
      'ingå som finansierade projektparter. Kommuner i dessa län kan delta som samarbetsparter utan egen budget.',
  };
  it('takes in the regions named', () => {
    expect(seedBlockers(call, 'kronoberg')).not.toContain('outside-programme-area');
  });
  it('but not a kommun of their län', () => {
    expect(seedBlockers(call, 'kalmar')).toContain('outside-programme-area');
  });
});

describe('paid partners from the rest of Sweden', () => {
  it('reads "kan beviljas stöd" as the call paying them', () => {
    const call = {
      funder: 'Interreg Öresund-Kattegat-Skagerrak',
      title: 'Utlysning 2028: hållbara transporter',
      summary:
        'Huvudstödmottagaren ska finnas i programområdet. Projektpartner från övriga delar av Sverige kan beviljas ' +
        'stöd om deras insatser kommer programområdet till nytta.',
    };
    expect(seedBlockers(call, 'linkoping')).not.toContain('outside-programme-area');
    expect(seedAreaText(call, 'linkoping')).toContain('tar med parter utanför området');
  });
});

describe('advice and descriptions that limit no one', () => {
  it('reads "bör söka tillsammans med" after a size as advice', () => {
    const call = {
      funder: 'Svenska ESF-rådet',
      title: 'Unga i arbete 2028',
      summary:
        'Projektägare ska vara en kommun eller ett kommunalförbund. Kommuner med färre än 25 000 invånare bör söka ' +
        'tillsammans med en annan kommun.',
    };
    expect(seedBlockers(call, 'linkoping')).not.toContain('population-limit');
  });
  it('reads "för projekt som faller utanför sökandens ordinarie verksamhet" as no refusal', () => {
    const call = {
      funder: 'Kulturfonden för Sverige och Finland',
      title: 'Projektbidrag 2028',
      summary:
        'Bidrag kan sökas av föreningar och offentliga aktörer i Sverige och Finland, även kommuner och regioner, ' +
        'för projekt som faller utanför sökandens ordinarie verksamhet.',
      eligibleCountries: ['SE', 'FI'],
    };
    expect(seedBlockers(call, 'kronoberg')).toEqual([]);
  });
});

describe('sizes with a way in or a refusal of some', () => {
  it('reads a smaller municipality twinned as a funded partner as a way in', () => {
    const call = {
      funder: 'EU Mission for climate-neutral cities',
      title: 'Pilot cities 2028',
      summary:
        'Applications must be submitted by a municipality acting for a city with at least 60 000 inhabitants. A city ' +
        'may apply together with a smaller municipality, which participates as a funded learning partner.',
      eligibleCountries: ['EU Member States'],
    };
    expect(seedBlockers(call, 'alvsbyn')).not.toContain('population-limit');
    expect(seedBlockers(call, 'linkoping')).toEqual([]);
  });
  it('reads kommuner "som överskrider befolkningsgränsen" refused as some kommuner, not all', () => {
    const call = {
      funder: 'Energimyndigheten',
      title: 'Energieffektivisering i mindre kommuner 2028',
      summary:
        'Projektägare ska vara en kommun med högst 20 000 invånare. Kommuner som överskrider befolkningsgränsen kan ' +
        'inte delta med stöd.',
    };
    expect(seedBlockers(call, 'alvsbyn')).toEqual([]);
    expect(seedBlockers(call, 'kalmar')).toContain('population-limit');
  });
});
