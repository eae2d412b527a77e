/**
 * "Regional" as an adjective ("regional partners", "a regional focus", "local and regional cooperation") and
 * regions named as a part of the world ("Regions of the Arctic", "regionerna kring Östersjön") are no regional
 * authorities: a school-exchange call or a call for organisations there is not one "för regioner". Regional
 * authorities named as such still are. Sentences written for this test, English and Swedish.
 */
import { describe, expect, it } from 'vitest';
import { judgeText, kommun, region } from '../../support/applicant-judge.ts';

const judge = (summary: string, language: 'sv' | 'en', p = region) => judgeText(summary, language, p);

describe('no regional authorities named', () => {
  const cases: [string, 'sv' | 'en'][] = [
    ['Schools working with regional partners can apply.', 'en'],
    ['Schools in the Nordic-Baltic area, with a regional focus, can apply.', 'en'],
    ['Preschools and schools can apply for local and regional cooperation on pupil exchanges.', 'en'],
    ['Regions of the Arctic: organisations and schools may apply.', 'en'],
    ['Skolor och förskolor i regionerna kring Östersjön kan söka.', 'sv'],
    ['Schools from the regions around the Baltic Sea can apply.', 'en'],
  ];
  for (const [summary, language] of cases) {
    it(`"${summary}"`, () => {
      const j = judge(summary, language);
      expect(j.verdict).not.toBe('eligible');
      expect(j.text).not.toMatch(/vänder sig (bara )?till regioner|nämner regioner/);
      // Nor is a kommun told the call is for regions only.
      expect(judge(summary, language, kommun).text).not.toMatch(/bara till regioner/);
    });
  }
});

describe('regional authorities named', () => {
  const cases: [string, 'sv' | 'en'][] = [
    ['National, regional and local authorities may apply.', 'en'],
    ['Regional authorities and schools may apply.', 'en'],
    ['Regionala myndigheter och skolor kan söka.', 'sv'],
    ['Regions of Sweden, Finland and Norway may apply.', 'en'],
    ['Regioner och kommuner kan söka.', 'sv'],
  ];
  for (const [summary, language] of cases) {
    it(`"${summary}"`, () => expect(judge(summary, language).verdict).toBe('eligible'));
  }
});
