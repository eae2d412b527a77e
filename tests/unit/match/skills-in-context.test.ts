/**
 * "Kompetens", "skills", "färdigheter" as a generic outcome for partners ("ökad kompetens hos de deltagande
 * organisationerna", "partners gain skills") or as expertise held ("kompetens inom design") are no skills-supply
 * call: such a word counts only beside a word of work, jobs, training or companies, or another term of the concept
 * (lexicon inContext). Sentences written for this test, after how funders generally write.
 */
import { describe, expect, it } from 'vitest';
import { score } from '../../../core/match/index.ts';
import { testCall, testProfile } from '../../support/test-call.ts';

const body = testProfile({
  priorities: [
    { id: 'skills', label: { sv: 'Kompetens', en: 'Skills' }, weight: 1, concepts: ['skills-supply'], terms: [] },
  ],
});
const concepts = (title: string, summary: string, language: 'sv' | 'en') =>
  score(testCall({ title, summary, language }), body).reasons.map((r) => r.conceptId);

describe('a generic outcome or expertise is no skills supply', () => {
  const cases: [string, string, 'sv' | 'en'][] = [
    ['Samverkan kring vatten', 'Projektet ger ökad kompetens hos de deltagande organisationerna.', 'sv'],
    ['Designprototyper', 'Teamet ska ha kompetens inom tjänstedesign och stadsplanering.', 'sv'],
    ['Water cooperation', 'Partners gain new skills and knowledge through the cooperation.', 'en'],
    ['Heritage network', 'The network shares competences in restoring old buildings.', 'en'],
  ];
  for (const [title, summary, language] of cases) {
    it(`"${summary}"`, () => {
      expect(concepts(title, summary, language)).not.toContain('skills-supply');
    });
  }
});

describe('skills for work still count', () => {
  const cases: [string, string, 'sv' | 'en'][] = [
    ['Stöd', 'Företag i länet behöver kompetens och arbetskraft.', 'sv'],
    ['Stöd', 'Insatserna ska höja kompetensen hos de anställda.', 'sv'],
    ['Stöd', 'Utveckla färdigheter för smart specialisering.', 'sv'],
    ['Grants', 'Skills for the labour market of tomorrow.', 'en'],
    ['Grants', 'Developing skills for smart specialisation and industrial transition.', 'en'],
    ['Grants', 'Skills training for employees of small firms.', 'en'],
    ['Stöd', 'Kompetensförsörjning i besöksnäringen.', 'sv'],
  ];
  for (const [title, summary, language] of cases) {
    it(`"${summary}"`, () => {
      expect(concepts(title, summary, language)).toContain('skills-supply');
    });
  }
});
