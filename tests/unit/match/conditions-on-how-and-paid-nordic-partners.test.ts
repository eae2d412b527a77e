/**
 * Readings from probe rounds hc–hd (session 44), each from sentences written for this test, none copied from the
 * probe's calls:
 * - "Kommuner kan inte söka utan en region" is a condition on how kommuner apply, not a refusal;
 * - "Kommuner med färre än 10 000 invånare ska söka i samverkan med …" says how the smaller apply, not who may;
 * - "Medsökande från andra län kan beviljas del av medlen" are paid partners from outside the area;
 * - a foreign call's "Nordic partner that is a municipality in … Sweden" whose "costs … may be covered by the grant"
 *   admits Swedish kommuner as paid partners.
 */
import { describe, expect, it } from 'vitest';
import { populationLimitsIn } from '../../../core/match/population-limit.ts';
import { seedBlockers } from '../../support/seed-score.ts';

describe('conditions on how, not refusals', () => {
  it('reads "Kommuner kan inte söka utan en region" as no refusal of kommuner', () => {
    const call = {
      funder: 'Vinnova',
      title: 'Samverkan i vården 2028',
      language: 'sv' as const,
      summary:
        'Ansökan lämnas av en region som huvudsökande, med minst en kommun som medsökande som kan ta del av medlen. ' +
        'Kommuner kan inte söka utan en region.',
    };
    expect(seedBlockers(call, 'kalmar')).not.toContain('applicant-type');
  });
  it('reads "ska söka i samverkan med" as how the smaller apply', () => {
    expect(
      populationLimitsIn(
        'Medel kan sökas av kommuner och regioner. Kommuner med färre än 12 000 invånare ska söka i samverkan med en annan kommun.',
      ),
    ).toEqual([]);
  });
});

describe('paid partners from elsewhere', () => {
  it('reads "Medsökande från andra län kan beviljas del av medlen" as paid partners', () => {
    const call = {
      funder: 'Region Jönköpings län',
      title: 'Regionala utvecklingsmedel 2028',
      language: 'sv' as const,
      summary:
        'Huvudsökande ska ha verksamhet i Jönköpings län. Medsökande från andra län kan beviljas del av medlen om ' +
        'verksamheten gynnar länet.',
    };
    expect(seedBlockers(call, 'kronoberg')).not.toContain('outside-programme-area');
  });
  it('admits Swedish kommuner as paid Nordic partners of a foreign call', () => {
    const call = {
      funder: 'Lithuanian Association of Local Authorities',
      title: 'Nordic–Lithuanian municipal exchange 2028',
      summary:
        'The applicant must be a Lithuanian municipality. Each project must have at least one Nordic partner that is a ' +
        'municipality in Denmark, Finland, Norway or Sweden. Costs of Nordic partners may be covered by the grant up ' +
        'to 30 % of the budget.',
      eligibleCountries: ['Lithuania'],
    };
    expect(seedBlockers(call, 'kalmar')).not.toContain('country-not-eligible');
  });
});
