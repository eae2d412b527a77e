/**
 * Readings from probe rounds gy–gz (session 44), each from sentences written for this test, none copied from the
 * probe's calls:
 * - "municipalities on the Kattegat … are not eligible" refuses some kommuner by where they lie, not the class;
 * - "Kommuner kan i övrigt inte söka" refuses beside a way in the call has said, not the class;
 * - "tätortens, inte kommunens, befolkning" is the kommun's population (a genitive), not kommuner refused;
 * - "Organisations from outside the member regions … cannot be project partners" refuses no region as a kind;
 * - "För kommuner med färre än 30 000 invånare gäller att …" is a rule for the smaller, not a limit on all;
 * - a foreign call's "projects … with municipalities in Denmark, … and Sweden" whose partner municipalities are paid
 *   admits Swedish kommuner;
 * - "A mainland municipality may apply on behalf of an island within its territory" opens an island call to
 *   kommuner on the coast, as a doubt.
 */
import { describe, expect, it } from 'vitest';
import { populationLimitsIn } from '../../../core/match/population-limit.ts';
import { seedBlockers } from '../../support/seed-score.ts';

describe('refusals of some of a class', () => {
  it('reads "municipalities on the Kattegat are not eligible" as no refusal of kommuner', () => {
    const call = {
      funder: 'Baltic Clean Water Foundation',
      title: 'Grants for load reductions 2028',
      summary:
        'Applicants must be municipalities whose territory borders the Baltic Sea. Municipalities on the North Sea ' +
        'coast are not eligible.',
      eligibleCountries: ['Sweden', 'Finland', 'Estonia'],
    };
    expect(seedBlockers(call, 'kalmar')).not.toContain('applicant-type');
  });
  it('reads "Kommuner kan i övrigt inte söka" as no refusal of the kommun as the schools’ provider', () => {
    const call = {
      funder: 'Stiftelsen för unga i Kalmar län',
      title: 'Bidrag till skolprojekt 2028',
      summary:
        'Bidrag kan sökas av föreningar och skolor i Kalmar län. För kommunala skolor är huvudmannen sökande. ' +
        'Kommuner kan i övrigt inte söka.',
    };
    expect(seedBlockers(call, 'kalmar')).not.toContain('applicant-type');
  });
  it('reads "inte kommunens, befolkning" as a genitive, not kommuner refused', () => {
    const call = {
      funder: 'Tillväxtverket',
      title: 'Stöd till stadskärnor 2028',
      language: 'sv' as const,
      summary:
        'Stödet kan sökas av kommuner vars centralort har mellan 20 000 och 80 000 invånare. Det är ortens, inte ' +
        'kommunens, befolkning som räknas.',
    };
    expect(seedBlockers(call, 'karlskrona')).not.toContain('applicant-type');
  });
  it('reads "outside the member regions" as a place, not regions refused', () => {
    const call = {
      funder: 'Euroregion Baltic',
      title: 'Small projects fund 2028',
      summary:
        'Applicants must be public authorities or non-profit organisations located in the member regions, among them ' +
        'the Blekinge, Kalmar and Kronoberg counties (Sweden). Organisations from outside the member regions cannot be ' +
        'project partners.',
      eligibleCountries: ['Sweden', 'Poland', 'Lithuania'],
    };
    expect(seedBlockers(call, 'kronoberg')).not.toContain('applicant-type');
  });
});

describe('rules by size and partners abroad', () => {
  it('reads "För kommuner med färre än N invånare gäller att …" as no limit', () => {
    const limits = populationLimitsIn(
      'Stöd kan sökas av kommuner. För kommuner med färre än 25 000 invånare gäller att åtgärden ska ligga i en tätort.',
    );
    expect(limits).toEqual([]);
  });
  it('admits Swedish kommuner as paid partners of "projects … with municipalities in … Sweden"', () => {
    const call = {
      funder: 'Vidzeme Planning Region',
      title: 'Nordic–Baltic twinning 2028',
      summary:
        'The programme supports joint projects of Vidzeme municipalities with municipalities in Finland, Norway and ' +
        'Sweden. Partner municipalities may receive up to 30% of the grant for their own costs. Ministries may take ' +
        'part only as experts without funding.',
      eligibleCountries: ['Latvia'],
    };
    expect(seedBlockers(call, 'alvsbyn')).not.toContain('country-not-eligible');
  });
  it('reads a mainland kommun applying for its islands as a doubt, not a blocker', () => {
    const call = {
      funder: 'Island Energy Secretariat',
      title: 'Technical assistance for islands 2028',
      summary:
        'Applicants must be local authorities representing an island community in an EU Member State. A mainland ' +
        'municipality may apply on behalf of an island within its territory if the island is permanently inhabited.',
      applicantTypes: ['island municipalities', 'local authorities'],
    };
    expect(seedBlockers(call, 'karlskrona')).toEqual([]);
    expect(seedBlockers(call, 'linkoping')).toContain('outside-programme-area');
  });
});
