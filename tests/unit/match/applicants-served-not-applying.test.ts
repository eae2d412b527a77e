/**
 * Kommuner and public bodies named as those a call serves — its target group, recipients of a service, the topic
 * of a programme objective, a place where people live — or shut out as parties are not named as applicants: the
 * applicant line says "nämner kommuner eller offentliga aktörer" only where a sentence about who applies or takes
 * part says so. Sentences written for this test (English and Swedish), after how funders generally write.
 */
import { describe, expect, it } from 'vitest';
import type { FundingCall } from '../../../core/model/call.ts';
import { judge, kommun, NAMES_US, region } from '../../support/applicant-judge.ts';

const sv = (summary: string): Partial<FundingCall> => ({ summary, language: 'sv' });

describe('bodies served, not applying', () => {
  const cases: [string, Partial<FundingCall>][] = [
    ['recipients, two words', { summary: 'The programme offers support to regional and local authorities abroad.' }],
    ['recipients, Swedish', sv('Projekten ska ge stöd till lokala och regionala myndigheter i grannländerna.')],
    ['target group after', { summary: 'Local authorities are the main target group of the projects.' }],
    ['target group before', { summary: 'The target group of the project is municipalities in the border area.' }],
    ['målgrupp', sv('Målgruppen är kommuner och regioner i Norden.')],
    ['som målgrupp', sv('Projekten ska ha kommunerna som målgrupp.')],
    ['benefit', { summary: 'Projects should benefit local and regional authorities across the area.' }],
    ['gynnar', sv('Stödet riktar sig till projekt som gynnar kommuner i området.')],
    ['objective', { summary: 'Objective 3: a better public administration.' }],
    [
      'objective with number',
      { summary: 'Specific objective 2.4: more effective public authorities and institutions.' },
    ],
    ['insatsområde', sv('Insatsområde 2: Starkare kommuner och regioner.')],
    ['hoped-for state', sv('Målet är en effektivare offentlig förvaltning.')],
    ['people living there', { summary: 'Young people living in rural municipalities can join the activities.' }],
    ['invånare', sv('Invånare i kommunerna ska få bättre service.')],
  ];
  for (const [kind, over] of cases) {
    it(`${kind}: "${over.summary}"`, () => {
      for (const p of [kommun, region]) {
        const j = judge(over, p);
        expect(j.verdict).not.toBe('eligible');
        expect(j.text).not.toMatch(NAMES_US);
      }
    });
  }
});

describe('still applicants', () => {
  const cases: [string, Partial<FundingCall>][] = [
    ["the call's target group", sv('Utlysningens målgrupp är kommuner och regioner.')],
    ['target group of the call', { summary: 'The target group of the call is municipalities and regions.' }],
    ['grant wording', { summary: 'Support is given to municipalities and regions that want to renovate schools.' }],
    ['passive agent', sv('Stödet kan sökas av kommuner och regioner.')],
    [
      'a list beside a target group',
      sv('Vem kan söka: organisationer med företag som målgrupp samt kommuner och regioner.'),
    ],
    ['who may apply', { summary: 'Municipalities and regions may apply.' }],
  ];
  for (const [kind, over] of cases) {
    it(`${kind}: "${over.summary}"`, () => {
      for (const p of [kommun, region]) expect(judge(over, p).verdict).toBe('eligible');
    });
  }
  it('"Stärka vuxenutbildningen" is no hoped-for state of a body: adult education stays named', () => {
    expect(judge(sv('Programmet ska stärka vuxenutbildningen i Norden.')).text).toMatch(/skolor/);
  });
});

describe('parties shut out', () => {
  const cases: Partial<FundingCall>[] = [
    { summary: 'Municipalities cannot be partners in the consortium.' },
    { summary: 'Local authorities should not be part of the consortium.' },
    { summary: 'Local and regional authorities are the target group and are not expected to participate.' },
    sv('Kommuner kan inte vara projektpart.'),
    sv('Kommuner ska inte ingå i konsortiet.'),
  ];
  for (const over of cases) {
    it(`"${over.summary}"`, () => {
      const j = judge(over);
      expect(j.verdict).toBe('not-eligible');
      expect(j.text).not.toMatch(NAMES_US);
    });
  }
});

describe('a list naming us beside others, whose text names us as collaborators', () => {
  it('says we take part, not that we apply', () => {
    const j = judge({
      applicantTypes: ['researchers', 'local authorities'],
      summary: 'Research projects are carried out in collaboration with local authorities.',
    });
    expect(j.verdict).toBe('eligible');
    expect(j.text).toMatch(/som parter i projekten/);
    expect(j.text).not.toMatch(/bland de sökande/);
  });
  it('one entry naming public and private bodies still lists us among applicants', () => {
    const j = judge({
      applicantTypes: ['public, private or non-profit organisations'],
      summary: 'Organisations work together with partners abroad.',
    });
    expect(j.text).toMatch(/bland de sökande/);
  });
});
