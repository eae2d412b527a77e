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
    expect(area(call, 'kalmar')).toContain('andra delar av landet');
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
