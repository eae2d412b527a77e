/**
 * Partner countries are what a call says of partners, not a programme's class of countries ("partner countries
 * Norway and Belarus" beside the Member States in a sentence on the programme area) nor the countries the money
 * comes from ("funding comes from the ERDF, Norway and Iceland"). Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { analyse } from '../../../core/match/analyse.ts';
import { testCall } from '../../support/test-call.ts';

const partners = (summary: string, language: 'sv' | 'en' = 'en') =>
  [...analyse(testCall({ summary, language })).signals.countries].filter((c) => c !== 'Sweden').sort();

describe('"partner countries" in a sentence on the programme area say where, not with whom', () => {
  const where: [string, 'sv' | 'en'][] = [
    [
      'The programme area covers six Member States (Denmark, Finland, Germany, Poland, Sweden) and partner countries Norway and Iceland.',
      'en',
    ],
    ['Programområdet omfattar medlemsstater runt Östersjön samt partnerländerna Norge och Island.', 'sv'],
  ];
  for (const [summary, language] of where) {
    it(summary, () => expect(partners(summary, language)).toEqual([]));
  }
  it('a partner in one of the partner countries is still a partner there', () => {
    expect(
      partners('Apply together with a partner in one of the partner countries: Georgia, Moldova or Ukraine.'),
    ).toEqual(['Georgia', 'Moldova', 'Ukraine']);
  });
  it('partners named as such still win over a sentence on the programme area', () => {
    expect(partners('The programme area is the Baltic Sea region; projects need partners from Norway.')).toEqual([
      'Norway',
    ]);
  });
});

describe('the countries the money comes from are funders, not partners', () => {
  const funders: [string, 'sv' | 'en'][] = [
    ['Funding comes from the ERDF and from Norway and Iceland.', 'en'],
    ['The fund is co-financed by Norway, Iceland and Liechtenstein.', 'en'],
    ['Programmet finansieras av EU och Norge.', 'sv'],
    ['Medlen kommer från Nordiska ministerrådet och Finland.', 'sv'],
  ];
  for (const [summary, language] of funders) {
    it(summary, () => expect(partners(summary, language)).toEqual([]));
  }
  it('partners in a sentence that also says who pays are still partners', () => {
    expect(partners('Projects with partners from Ukraine are co-financed by the EU.')).toEqual(['Ukraine']);
    expect(partners('Projektet genomförs med kommuner i Polen och finansieras av Sida.', 'sv')).toEqual(['Poland']);
  });
});
