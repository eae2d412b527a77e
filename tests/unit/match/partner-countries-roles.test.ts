/**
 * A country a call names in another role than a partner's is no partner country, and a country the call names only
 * through a group is shown as that group. Found by a blind check of the engine's partner-country claims on the
 * released sets (probe 6: 53 of 134 false); sentences written for this test:
 * - lists of where a programme or call reaches ("de länder som kan delta är…", "i programgeografin ingår…", "covers
 *   all EU countries and Norway", "COUNTRIES: …");
 * - a meeting's venue ("met in Riga, Latvia", "beslutsmöte i Tyskland"), a funder ("the financial contribution of
 *   the Kingdom of Norway"), the states that adopted a programme, where its offices are, a presidency, an invasion;
 * - "partners from the countries around the Baltic Sea" names the group, not each of its members.
 */
import { describe, expect, it } from 'vitest';
import { analyse } from '../../../core/match/analyse.ts';
import { score } from '../../../core/match/index.ts';
import { testCall, testPriority, testProfile } from '../../support/test-call.ts';

const partners = (summary: string, language: 'sv' | 'en' = 'en') =>
  [...analyse(testCall({ summary, language })).signals.countries].filter((c) => c !== 'Sweden').sort();

describe('countries in another role than a partner’s', () => {
  const notPartners: [string, 'sv' | 'en'][] = [
    ['De länder som kan delta är Sverige, Tyskland, Polen, Danmark och Litauen.', 'sv'],
    ['I programgeografin ingår Sverige, Danmark, Estland, Finland, Lettland och Litauen.', 'sv'],
    ['Programmet omfattar alla EU-länder samt Norge och Schweiz.', 'sv'],
    ['The programme covers all EU countries, Norway and Switzerland.', 'en'],
    ['COUNTRIES: Finland, Denmark, Norway, Iceland, Estonia, Latvia, Lithuania.', 'en'],
    ['Almost 50 applicants met in Riga, Latvia, on 26 September.', 'en'],
    ['Beslutsmötet hölls den 9 november i Tyskland.', 'sv'],
    ['The programme is funded by the ERDF and the financial contribution of the Kingdom of Norway.', 'en'],
    ['Programmet har antagits av Sverige, Finland och Norge.', 'sv'],
    ['The Branch Offices in Norway and Finland spread information about the call.', 'en'],
    ['Norway holds the Presidency of the Nordic Council of Ministers in 2017.', 'en'],
    ['Två år efter Rysslands fullskaliga invasion öppnar vi en ny utlysning.', 'sv'],
  ];
  for (const [summary, language] of notPartners) {
    it(summary, () => expect(partners(summary, language)).toEqual([]));
  }

  const stillPartners: [string, 'sv' | 'en', string[]][] = [
    ['Projects need partners from Latvia and Estonia.', 'en', ['Estonia', 'Latvia']],
    ['Kommuner söker tillsammans med en partner i Moldavien.', 'sv', ['Moldova']],
    [
      "Municipalities apply together with a partner in one of the programme's countries: Georgia, Kenya and Uganda.",
      'en',
      ['Georgia', 'Kenya', 'Uganda'],
    ],
    ['Nordic applicants should visit partners in min. two Baltic countries.', 'en', ['Estonia', 'Latvia', 'Lithuania']],
  ];
  for (const [summary, language, expected] of stillPartners) {
    it(`${summary} still names partners`, () => expect(partners(summary, language)).toEqual(expected));
  }
});

describe('partners named through a group', () => {
  const baltic = testProfile({
    lan: 'blekinge',
    priorities: [testPriority('kultur', ['culture-heritage'])],
    partnerCountries: ['Poland', 'Lithuania'],
  });
  it('the claim names the group as the call wrote it, with the strategy’s countries among it', () => {
    const m = score(
      testCall({
        title: 'Culture cooperation',
        summary:
          'Swedish cultural organisations apply together with organisations from the EU countries around the Baltic Sea for joint culture projects.',
      }),
      baltic,
    );
    const claim = m.boosts.find((b) => b.kind === 'partner-country');
    expect(claim?.text.sv).toBe(
      'Utlysningen nämner partnerländer: "EU countries around the Baltic Sea" (bland dem Polen, Litauen).',
    );
    expect(claim?.text.en).toContain('"EU countries around the Baltic Sea" (among them ');
  });
  it('a country named by name is named so', () => {
    const m = score(
      testCall({
        title: 'Culture cooperation',
        summary: 'Cultural organisations work with partners in Poland on culture projects.',
      }),
      baltic,
    );
    expect(m.boosts.find((b) => b.kind === 'partner-country')?.text.sv).toBe(
      'Utlysningen nämner partnerländer: Polen.',
    );
  });
});
