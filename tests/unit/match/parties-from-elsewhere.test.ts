/**
 * Readings the first look at probe round fy–fz (written blind, counted before reading: 16 false and 17 missed
 * blockers of 295 judgements on the session's start engine, 16 / 15 before it was read) showed wrong, each as a
 * general rule. Sentences written for this test from how funders generally write, none copied from a probe's page:
 * - "at least one partner local government from Finland or Sweden": partners from Sweden, words between;
 * - "kommuner med färre invånare kan delta som parter och beviljas stöd": a way in for the smaller, as "medsökande";
 * - a call of one area whose projects "får även omfatta samverkansparter med egen budget från andra delar av
 *   Sverige" takes bodies from the rest of the country in;
 * - "organisations located elsewhere in a participating country may nevertheless be beneficiaries".
 */
import { describe, expect, it } from 'vitest';
import { scoredForSeed, seedBlockers } from '../../support/seed-score.ts';

const area = (call: Parameters<typeof seedBlockers>[0], body: string) =>
  scoredForSeed(call, body).eligibility.areaText.sv;

describe('parties from elsewhere', () => {
  it('"a partner local government from Finland or Sweden" takes Swedish kommuner in', () => {
    const call = {
      summary:
        'The programme supports Latvian local governments in exchanging know-how with Nordic peers. The applicant must ' +
        'be a Latvian local government. Each project must include at least one partner local government from Finland ' +
        'or Sweden. Partner costs are paid to the partner.',
      applicantTypes: ['local government'],
      eligibleCountries: ['LV'],
    };
    expect(seedBlockers(call, 'karlskrona')).not.toContain('country-not-eligible');
  });
  it('"kommuner med färre invånare kan delta som parter och beviljas stöd" lets a small kommun in', () => {
    const call = {
      language: 'sv' as const,
      summary:
        'Projektkoordinator ska vara en kommun med minst 40 000 invånare. Kommuner med färre invånare kan delta som ' +
        'parter och beviljas stöd för sina kostnader.',
      applicantTypes: ['kommun'],
      eligibleCountries: ['SE'],
    };
    expect(seedBlockers(call, 'alvsbyn')).toEqual([]);
  });
  it('a call of one area with "samverkansparter med egen budget från andra delar av Sverige"', () => {
    const call = {
      language: 'sv' as const,
      summary:
        'Utlysningen avser projekt i Övre Norrland (Norrbottens och Västerbottens län). Huvudsökande ska ha ' +
        'verksamhet i Övre Norrland. Projekten får även omfatta samverkansparter med egen budget från andra delar av ' +
        'Sverige, till exempel kommuner.',
      eligibleCountries: ['SE'],
    };
    expect(seedBlockers(call, 'kalmar')).toEqual([]);
    expect(area(call, 'kalmar')).toContain('samverkansparter utanför området');
  });
});

describe('beneficiaries elsewhere in a participating country', () => {
  it('"organisations located elsewhere in a participating country may nevertheless be beneficiaries"', () => {
    const call = {
      funder: 'Interreg North Sea',
      programme: 'Interreg North Sea 2021–2027',
      summary:
        'Beneficiaries should normally be located in the programme area. Organisations located elsewhere in a ' +
        'participating country may nevertheless be beneficiaries when their activities benefit the programme area. ' +
        'Public authorities, universities and NGOs may apply.',
      eligibleCountries: ['BE', 'DK', 'DE', 'NL', 'NO', 'SE'],
    };
    expect(seedBlockers(call, 'kalmar')).not.toContain('outside-programme-area');
  });
});

describe('partners in a long list of countries (round ga–gb)', () => {
  const call = (partners: string) => ({
    summary:
      'The scheme supports cooperation in the High North. Grants are awarded to Norwegian legal entities only: ' +
      `municipalities, county authorities and organisations registered in Norway. ${partners} may receive part of ` +
      'the grant through the Norwegian applicant.',
    eligibleCountries: ['NO'],
  });
  it('reaches Sweden past an exception a dash closes', () => {
    const c = call(
      'Partners in the other member states of the Arctic Council except Russia – Canada, Denmark (including ' +
        'Greenland and the Faroe Islands), Finland, Iceland, Sweden and the United States –',
    );
    expect(seedBlockers(c, 'karlskrona')).not.toContain('country-not-eligible');
  });
  it('but not into an exception that names Sweden', () => {
    const c = {
      ...call('Partners from other countries'),
      summary:
        'Applicants must be legal entities registered in Estonia, Latvia or Lithuania. Partners from other countries ' +
        'may take part, except organisations from Denmark, Finland, Iceland, Norway and Sweden, which are not ' +
        'eligible in this call.',
      eligibleCountries: ['EE', 'LV', 'LT'],
    };
    expect(seedBlockers(c, 'karlskrona')).toContain('country-not-eligible');
  });
  it('"medsökande från övriga delar av de nordiska länderna kan ta del av bidraget" in a call of one area', () => {
    const c = {
      language: 'sv' as const,
      funder: 'Nordiska ministerrådet',
      programme: 'Arktiskt samarbetsprogram',
      summary:
        'Huvudsökande ska ha säte i den arktiska delen av Norden: Grönland, Island, Lappland (FI) samt Norrbottens och ' +
        'Västerbottens län (SE). Medsökande från övriga delar av de nordiska ' +
        'länderna kan ta del av bidraget enligt projektets budget. Sökande kan vara kommuner och regioner.',
      eligibleCountries: ['SE', 'NO', 'FI', 'DK', 'IS'],
    };
    expect(seedBlockers(c, 'kalmar')).toEqual([]);
  });
});
