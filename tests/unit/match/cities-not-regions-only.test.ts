/**
 * A sentence naming cities or kommuner among those who may apply shuts a region out only when it says only they
 * may: a call for "consortia of cities and communities" that funds work for "cities, regions or communities" or
 * "urban and regional development" tells a region its place is not said, not that the call is for kommuner and
 * not regions. A list of applicant types is closed, and still does. Nor does a party named as cities make a region
 * a project party. Sentences written for this test, English and Swedish.
 */
import { describe, expect, it } from 'vitest';
import { judge as judgeFor, judgeText, kommun, region } from '../../support/applicant-judge.ts';

const judge = (summary: string, language: 'sv' | 'en', p = region) => judgeText(summary, language, p);

describe('cities named, no "only"', () => {
  const cases: [string, 'sv' | 'en'][] = [
    ['Consortia of cities and communities may apply. The call funds work for cities, regions or communities.', 'en'],
    [
      'Eligible applicants: consortia of cities and communities. The action supports urban and regional development.',
      'en',
    ],
    ['The call is open to cities and communities. Projects should contribute to urban and regional development.', 'en'],
    ['Kommuner kan söka stöd. Satsningen ska stärka lokal och regional utveckling.', 'sv'],
    ['Städer kan söka. Arbetet ska ske på lokal och regional nivå.', 'sv'],
    ['Cities and towns can apply.', 'en'],
    ['Kommuner kan söka.', 'sv'],
  ];
  for (const [summary, language] of cases) {
    it(`"${summary}"`, () => {
      const j = judge(summary, language);
      expect(j.verdict).toBe('unknown');
      expect(j.blockers).toEqual([]);
      expect(j.text).not.toMatch(/inte till regioner|nämner regioner eller offentliga aktörer som parter/);
      expect(j.text).toMatch(/inte regioner, och säger inte att bara dessa kan söka/);
      // The kommun is named all the same.
      expect(judge(summary, language, kommun).verdict).toBe('eligible');
    });
  }
});

describe('the blocker stands where the call says only them', () => {
  const cases: [string, 'sv' | 'en'][] = [
    ['Only municipalities may apply. The call supports urban and regional development.', 'en'],
    ['Endast kommuner kan söka. Stödet ska bidra till lokal och regional utveckling.', 'sv'],
    ['Only cities and towns can apply; the call supports urban and regional development.', 'en'],
    ['Only cities and towns can apply.', 'en'],
    ['Endast kommuner kan söka stödet.', 'sv'],
  ];
  for (const [summary, language] of cases) {
    it(`"${summary}"`, () => {
      const j = judge(summary, language);
      expect(j.verdict).toBe('not-eligible');
      expect(j.text).toMatch(/vänder sig till kommuner, inte till regioner/);
    });
  }
});

it('a list of applicant types naming kommuner is closed', () => {
  expect(judgeFor({ applicantTypes: ['Kommuner'], language: 'sv' }, region).verdict).toBe('not-eligible');
});

describe('parties of another kind', () => {
  it('"consortia of cities" names no region as a project party', () => {
    const j = judge(
      'Consortia of cities and companies may apply; the consortium must include at least three cities.',
      'en',
    );
    expect(j.text).not.toMatch(/som parter i projekten/);
  });
  it('regions named as parties still are', () => {
    const j = judge('Companies may apply together with regions as project partners.', 'en');
    expect(j.verdict).toBe('eligible');
  });
});
