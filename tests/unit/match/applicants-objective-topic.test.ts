/**
 * Public bodies named as what a programme's objective, priority or aim is about — "Objective 7: better public
 * administration", "the objective is to make public authorities more efficient", "kapaciteten hos kommuner",
 * "offentliga myndigheters förmåga" — are not named as applicants when the sentence does not say who may apply.
 * Sentences written for this test, Swedish and English, as programme texts word their objectives.
 */
import { describe, expect, it } from 'vitest';
import { itNamesNeitherNorBlocks, judgeText as judge, kommun, region } from '../../support/applicant-judge.ts';

describe("an objective's topic is no applicant", () => {
  const cases: [string, 'sv' | 'en'][] = [
    ['Objective 7: better public administration.', 'en'],
    ['Specifikt mål: en effektivare offentlig förvaltning.', 'sv'],
    ['Priority 4 – A more efficient public administration.', 'en'],
    [
      'Under the specific objective on public administration, projects improve the capacity of public authorities.',
      'en',
    ],
    ['The objective is to make public authorities more efficient.', 'en'],
    [
      'The priority "Cooperation governance" aims to build trust between municipalities and regions across the border.',
      'en',
    ],
    ['Målet är att kommunerna ska bli bättre på att ta emot nyanlända.', 'sv'],
    ['Inom målet En bättre förvaltning av samarbetet kan projekt öka kapaciteten hos kommuner och regioner.', 'sv'],
    ['Utlysningen syftar till att stärka offentliga myndigheters förmåga att samarbeta.', 'sv'],
    ['Projects should improve the institutional capacity of public authorities and stakeholders.', 'en'],
  ];
  itNamesNeitherNorBlocks(cases);
});

describe('who may apply, in an objective sentence or beside one, still counts', () => {
  const cases: [string, 'sv' | 'en'][] = [
    ['Within the priority, municipalities and regions may apply.', 'en'],
    ['Inom insatsområdet kan kommuner och regioner söka stöd.', 'sv'],
    ['Objective 2: green transition. Municipalities and regions can apply.', 'en'],
    ['Municipalities and regions can apply to strengthen their capacity.', 'en'],
  ];
  for (const [summary, language] of cases) {
    it(`"${summary}"`, () => {
      for (const p of [kommun, region]) expect(judge(summary, language, p).verdict).toBe('eligible');
    });
  }
});
