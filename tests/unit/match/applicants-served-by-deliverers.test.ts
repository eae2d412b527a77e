/**
 * Kommuner and regioner named as those a consortium, helpdesk, platform or the projects deliver to — "the
 * consortium will support cities and regions", "konsortiet ska stödja kommuner", "municipalities will benefit from
 * the services" — as office-holders in a report ("the mayor of the municipality", "företrädare för kommunerna"),
 * or in a call only existing projects may apply to, are not named as applicants. Sentences written for this test,
 * Swedish and English, after how funders and their news pages write.
 */
import { describe, expect, it } from 'vitest';
import { itNamesNeitherNorBlocks, judgeText as judge, kommun, region } from '../../support/applicant-judge.ts';

describe('those a deliverer helps', () => {
  itNamesNeitherNorBlocks([
    ['The consortium will provide support services to regions and local authorities.', 'en'],
    ['The helpdesk will support cities and regions in preparing their climate plans.', 'en'],
    ['The selected consortium will assist municipalities and regions across Europe.', 'en'],
    ['The platform shall help local and regional authorities to find partners.', 'en'],
    ['Projects must support municipalities and regions in the uptake of digital tools.', 'en'],
    ['The facility provides advisory services to local authorities.', 'en'],
    ['Konsortiet ska stödja kommuner och regioner i deras arbete med klimatanpassning.', 'sv'],
    ['Stödet ges till ett konsortium som erbjuder tjänster till kommuner.', 'sv'],
    ['Projekten ska hjälpa kommuner och regioner att ställa om.', 'sv'],
    ['Sekretariatet vägleder kommunerna och regionerna i ansökningsarbetet.', 'sv'],
  ]);
});

describe('those who take what is delivered', () => {
  itNamesNeitherNorBlocks([
    ['Municipalities and regions will benefit from the services offered by the consortium.', 'en'],
    ['Local authorities are expected to be the main users of the tools.', 'en'],
    ['Cities and regions will be the recipients of the training.', 'en'],
    ['Kommunerna och regionerna är mottagare av de tjänster som konsortiet erbjuder.', 'sv'],
    ['Kommuner och regioner ska kunna ta del av resultaten.', 'sv'],
  ]);
});

describe('office-holders in a report', () => {
  itNamesNeitherNorBlocks([
    ['The mayor of the municipality opened the launch event.', 'en'],
    ['Representatives of the municipalities of Tornio and Haparanda presented their projects.', 'en'],
    ['Politicians from the regions discussed the future programme.', 'en'],
    ['Representanter från kommunerna och regionerna deltog i lanseringen.', 'sv'],
    ['Företrädare för regionerna och kommunerna talade om gränssamarbetet.', 'sv'],
    ['Kommunens kommunalråd inledde seminariet.', 'sv'],
  ]);
});

describe('only projects already running may apply', () => {
  const EXISTING = /projekt som redan finns/;
  const cases: [string, 'sv' | 'en'][] = [
    ['Only ongoing or finalised Interreg Baltic Sea Region 2021-2027 projects may apply.', 'en'],
    ['Only ongoing and closed projects of the programme are eligible to apply for the extension.', 'en'],
    ['Only projects already approved in the third call can apply for the seed money.', 'en'],
    [
      'Only projects that have been completed or are ongoing in the programme can apply; the lead partner may be a municipality.',
      'en',
    ],
    ['Endast pågående eller avslutade projekt inom programmet kan söka.', 'sv'],
    ['Endast projekt som redan har beviljats stöd kan söka tilläggsmedel.', 'sv'],
    ['Endast avslutade projekt från programperioden 2014–2020 kan söka.', 'sv'],
  ];
  for (const [summary, language] of cases) {
    it(`"${summary}"`, () => {
      for (const p of [kommun, region]) {
        const j = judge(summary, language, p);
        expect(j.verdict).toBe('unknown');
        expect(j.text).toMatch(EXISTING);
      }
    });
  }
});

describe('still applicants', () => {
  const cases: [string, 'sv' | 'en'][] = [
    ['The programme supports municipalities and regions that want to develop their services.', 'en'],
    ['Municipalities and regions can benefit from funding for climate adaptation.', 'en'],
    ['Kommuner och regioner kan ta del av stödet.', 'sv'],
    ['Projects can be run by municipalities, regions and companies.', 'en'],
    ['Konsortiet ska bestå av kommuner, regioner och företag.', 'sv'],
    ['Stöd ges till kommuner och regioner som vill utveckla sina tjänster.', 'sv'],
    ['Representatives of municipalities and regions may apply on behalf of their organisation.', 'en'],
    ['Municipalities, regions and companies can apply. Ongoing projects may not apply again.', 'en'],
  ];
  for (const [summary, language] of cases) {
    it(`"${summary}"`, () => {
      for (const p of [kommun, region]) expect(judge(summary, language, p).verdict).toBe('eligible');
    });
  }
});
