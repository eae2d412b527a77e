/**
 * Read from probe round p40b (written blind in the fortieth session, counted before it was read): a refusal of
 * bodies' companies ("kommunala och regionala bolag"), of those of a class with a feature ("kommuner och regioner med
 * havsgräns") or of named regions' own bodies ("Region Blekinge, Region Kalmar län and Region Kronoberg") does not
 * refuse the class or the län. Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { seedBlockers } from '../../support/seed-score.ts';

const national = (summary: string, body: string) =>
  seedBlockers(
    { funder: 'Trafikverket', programme: 'Statligt stöd', title: 'Utlysning 2027', summary, eligibleCountries: ['SE'] },
    body,
  );

describe('a refusal of part of a class', () => {
  it('of the bodies’ companies, another owner between, leaves the bodies be', () => {
    const summary =
      'Stöd kan sökas av kommuner och av regioner som regional kollektivtrafikmyndighet. Kommunala och regionala bolag kan inte själva söka men kan genomföra åtgärder på uppdrag av sökande.';
    expect(national(summary, 'kalmar')).toEqual([]);
    expect(national(summary, 'kronoberg')).toEqual([]);
  });
  it('of those with a feature leaves the class be', () => {
    const summary =
      'Stödet kan sökas av kommuner och regioner vars område saknar havsgräns. Kommuner och regioner med havsgräns kan delta som samverkanspart men kan inte beviljas medel.';
    expect(national(summary, 'linkoping')).toEqual([]);
  });
  it('while a size is no feature: the population readings judge it', () => {
    expect(
      national('Stödet kan sökas av kommuner. Kommuner med fler än 100 000 invånare kan inte söka.', 'linkoping'),
    ).not.toEqual([]);
  });
  it('while the whole class refused stays refused', () => {
    expect(national('Stöd kan sökas av ideella föreningar. Kommuner kan inte söka.', 'kalmar')).not.toEqual([]);
    // (In a list of commas the feature is the last item's.)
    expect(
      national(
        'Stöd kan sökas av fria grupper. Kommuner, regioner och institutioner med huvudman inom offentlig sektor kan inte söka.',
        'kalmar',
      ),
    ).not.toEqual([]);
  });
});

describe('named regions’ own bodies refused', () => {
  const euroregion = (body: string) =>
    seedBlockers(
      {
        funder: 'Euroregion Baltic',
        programme: 'Micro-grants',
        title: 'Micro-grants 2027',
        summary:
          'The fund supports cooperation between local actors in the member regions: Bornholm (DK); Blekinge, Kalmar and Kronoberg counties (SE); Klaipėda (LT). Eligible applicants are municipalities, schools and non-profit organisations in those regions. The member organisations that finance the fund (in Sweden: Region Blekinge, Region Kalmar län and Region Kronoberg) are not eligible for grants.',
        eligibleCountries: ['DK', 'SE', 'LT'],
      },
      body,
    );
  it('are no refusal of their län', () => {
    expect(euroregion('karlskrona')).toEqual([]);
    expect(euroregion('kalmar')).toEqual([]);
  });
});
