/**
 * A country's adjective or the word for its people names the country where it names the country's bodies,
 * partners or places ("ukrainska kommuner", "Polish partners", "Belarusian civil society"), never where it names a
 * language, a people in Sweden, a currency or a time ("Ukrainian refugees in Sweden", "Finnish-speaking",
 * "ukrainare", "danska kronor", "Finnish time"). "Swedish" and "svensk" never make a partner abroad. Sentences
 * written for this test in the ways funders generally write them.
 */
import { describe, expect, it } from 'vitest';
import { analyse } from '../../../core/match/analyse.ts';
import { CONCEPT_INDEX } from '../../../core/match/concepts.ts';
import { score } from '../../../core/match/index.ts';
import { testCall, testProfile } from '../../support/test-call.ts';

const language = (s: string) => (/[åäö]|\b(och|med|till|kan)\b/.test(s) ? 'sv' : 'en');
const partners = (summary: string) =>
  [...analyse(testCall({ summary, language: language(summary) })).signals.countries]
    .filter((c) => c !== 'Sweden')
    .sort();

describe('an adjective naming bodies, partners or places names the country', () => {
  it.each([
    ['Ukrainian municipalities apply together with Swedish municipalities.', ['Ukraine']],
    ['Projects build cooperation with Polish partners in local democracy.', ['Poland']],
    ['Support to Belarusian civil society in exile networks.', ['Belarus']],
    [
      'The programme promotes cooperation between Nordic, Baltic, Polish, Belarusian and Russian NGOs.',
      ['Belarus', 'Poland', 'Russia'],
    ],
    ['Each project must include at least one Latvian and one Lithuanian project partner.', ['Latvia', 'Lithuania']],
    ['One Russian or Belarusian partner is required.', ['Belarus', 'Russia']],
    ['Kommuner kan söka för partnerskap med ukrainska kommuner.', ['Ukraine']],
    ['Samverkan mellan ryska och svenska kommuner och regioner.', ['Russia']],
    ['Det måste alltid finnas en svensk och en norsk part.', ['Norway']],
    ['Projekten stödjer finländska och estniska aktörer.', ['Estonia', 'Finland']],
  ])('%s', (summary, countries) => expect(partners(summary)).toEqual(countries));
});

describe('an adjective naming a language, a people, money or a time names no country', () => {
  it.each([
    'Courses for Ukrainian refugees in Sweden.',
    'Services for Finnish-speaking residents of the municipality.',
    'Ukrainians in Sweden need housing and work.',
    'The deadline is 15:00 Finnish time.',
    'Stöd till ukrainska flyktingar i kommunen.',
    'Insatser för ukrainare som bor i Sverige.',
    'Du kan söka upp till 25 000 danska kronor.',
    'Utlysningen är öppen för EU-medel och norska IR-medel.',
    'Kommuner i det finska förvaltningsområdet kan söka för finsktalande äldre.',
    'Eligible applicants: Lithuanian local authorities and NGOs.',
  ])('%s', (summary) => expect(partners(summary)).toEqual([]));
  it('in a competition for a title the bodies named so compete or hold it beside the winner', () => {
    const call = testCall({
      title: 'Svenska städer kan ansöka om att bli Europeisk kulturhuvudstad',
      summary: 'Samma år kommer en svensk och en polsk stad att utnämnas till europeisk kulturhuvudstad.',
      language: 'sv',
    });
    expect([...analyse(call).signals.countries].filter((c) => c !== 'Sweden')).toEqual([]);
    expect(partners('Samma år samarbetar en svensk och en polsk stad i projektet.')).toEqual(['Poland']);
  });
  it('the word for a people is no place either', () => {
    const east = CONCEPT_INDEX.get('eastern-neighbourhood') ?? -1;
    const a = analyse(testCall({ summary: 'Insatser för ukrainare som bor i kommunen.', language: 'sv' }));
    expect(a.tf[east]).toBe(0);
  });
});

describe('the partner-country boost', () => {
  const boosts = (summary: string, partnerCountries: string[]) =>
    score(
      testCall({ title: 'Youth grants', summary, language: language(summary) }),
      testProfile({ partnerCountries }),
    ).boosts.map((b) => b.kind);
  it('is given for partners named by adjective, not for refugees or a language', () => {
    expect(boosts('Projects must involve Ukrainian partners.', ['Ukraine'])).toContain('partner-country');
    expect(boosts('Projects must involve Ukrainian refugees.', ['Ukraine'])).not.toContain('partner-country');
    expect(boosts('Kommuner söker tillsammans med polska kommuner.', ['Poland'])).toContain('partner-country');
  });
});
