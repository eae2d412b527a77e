/**
 * An applicant word inside a topic's phrase ("networks of cities", "smart cities", "nätverk av städer") still names
 * bodies where the sentence says who may apply: "networks of cities and regions may apply" is open to kommuner as
 * to regioner, never "bara till regioner" because the topic swallowed "cities". Outside such a sentence the phrase
 * is a topic and names no applicant. Sentences written for this test, English and Swedish.
 */
import { describe, expect, it } from 'vitest';
import { judgeText, kommun, NAMES_US, region } from '../../support/applicant-judge.ts';

describe('a topic phrase holding the applicant word, in a who-may-apply sentence', () => {
  const cases: [string, 'sv' | 'en'][] = [
    ['Networks of cities and regions may apply.', 'en'],
    ['The call is open to networks of cities and regions working on climate adaptation.', 'en'],
    ['Applicants must be networks of towns and regions.', 'en'],
    ['Nätverk av städer och regioner kan söka.', 'sv'],
    ['Stödet kan sökas av nätverk av städer och regioner inom Norden.', 'sv'],
  ];
  for (const [summary, language] of cases) {
    it(`"${summary}"`, () => {
      for (const p of [kommun, region]) {
        const j = judgeText(summary, language, p);
        expect(j.verdict).toBe('eligible');
        expect(j.applicantBlockers).toEqual([]);
        expect(j.text).not.toMatch(/bara till/);
      }
    });
  }
  it('"smart cities may apply" names kommuner', () => {
    expect(judgeText('Smart cities may apply for the pilot.', 'en', kommun).verdict).toBe('eligible');
  });
});

describe('the same phrase outside such a sentence is a topic', () => {
  const cases: [string, 'sv' | 'en'][] = [
    ['The programme supports networks of cities working on mobility.', 'en'],
    ['Satsningen stärker nätverk av städer kring Östersjön.', 'sv'],
    ['Projects should make smart cities more resilient.', 'en'],
  ];
  for (const [summary, language] of cases) {
    it(`"${summary}"`, () => {
      const j = judgeText(summary, language, kommun);
      expect(j.verdict).not.toBe('eligible');
      expect(j.text).not.toMatch(NAMES_US);
      expect(j.applicantBlockers).toEqual([]);
    });
  }
});
