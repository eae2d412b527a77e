/**
 * A partner country's situation is not the body's topic. A call supporting a country abroad in its economy
 * ("Ukrainas uppbyggnad … inom ekonomisk utveckling, företagande och handel", "business development in Moldova")
 * is development cooperation, not the business development of a Swedish kommun or region (`home` concepts);
 * a country's "EU integration" or "Nordic integration" is integration of states, not of newcomers; a school's
 * "language and culture" is what pupils learn, not the culture sector. Sentences written for this test, after how
 * aid, neighbourhood and school-exchange programmes generally write.
 */
import { describe, expect, it } from 'vitest';
import { score } from '../../../core/match/index.ts';
import type { FundingCall } from '../../../core/model/call.ts';
import { testCall, testPriority, testProfile } from '../../support/test-call.ts';

const matches = (concept: string, over: Partial<FundingCall>) =>
  score(testCall(over), testProfile({ priorities: [testPriority('p', [concept])] })).reasons.some(
    (r) => r.conceptId === concept,
  );

describe("a partner country's economy is not the body's business development", () => {
  const abroad: [string, 'sv' | 'en'][] = [
    [
      'Projekt som stödjer Moldaviens återhämtning och reformer inom ekonomisk utveckling, företagande och handel.',
      'sv',
    ],
    [
      "Projects that support Georgia's recovery and reforms within economic development, entrepreneurship and trade.",
      'en',
    ],
    ['Stöd till företagande och handel i Ukraina.', 'sv'],
    ['Support for small businesses and trade in Moldova.', 'en'],
  ];
  for (const [summary, language] of abroad) {
    it(summary, () => expect(matches('business-development', { summary, language })).toBe(false));
  }
  it('nor is a tag that repeats what the summary says only of the country abroad', () => {
    expect(
      matches('business-development', {
        language: 'sv',
        summary: 'Bidrag till projekt som stödjer Georgiens reformarbete inom ekonomisk utveckling och handel.',
        themes: ['Georgien', 'handel'],
      }),
    ).toBe(false);
  });
  const home: [string, 'sv' | 'en'][] = [
    ['Stöd till små och medelstora företag i länet inom export och handel.', 'sv'],
    [
      'Projects that strengthen entrepreneurship and trade in the region through exchange with partners in Ukraine.',
      'en',
    ],
    ['Projekt som stärker näringslivet i länet genom handel med Polen.', 'sv'],
  ];
  for (const [summary, language] of home) {
    it(`still the body's own: ${summary}`, () =>
      expect(matches('business-development', { summary, language })).toBe(true));
  }
});

describe('integration of states is not integration of people', () => {
  const states: [string, 'sv' | 'en'][] = [
    ['Projekt som stödjer landets reformarbete och EU-integration.', 'sv'],
    ['Stöd till nordisk integration och rörlighet över gränserna.', 'sv'],
    ["Support for the country's European integration and economic integration with its neighbours.", 'en'],
    ['Forskning om integration av energimarknader i Norden.', 'sv'],
    ['Research on the integration of energy markets around the Baltic Sea.', 'en'],
  ];
  for (const [summary, language] of states) {
    it(summary, () => expect(matches('integration-migration', { summary, language })).toBe(false));
  }
  it('integration of newcomers still is', () => {
    expect(matches('integration-migration', { summary: 'Projekt för integration av nyanlända.', language: 'sv' })).toBe(
      true,
    );
    expect(matches('integration-migration', { summary: 'Local integration of migrants.', language: 'en' })).toBe(true);
  });
});

describe("a school's language and culture is what pupils learn", () => {
  const school: [string, 'sv' | 'en'][] = [
    ['Eleverna lär sig om språk och kultur i grannländerna.', 'sv'],
    ['Pupils and teachers strengthen their understanding of languages and cultures.', 'en'],
  ];
  for (const [summary, language] of school) {
    it(summary, () => expect(matches('culture-heritage', { summary, language })).toBe(false));
  }
  it('the culture sector still is culture', () => {
    expect(matches('culture-heritage', { summary: 'Stöd till kultur och konst i regionen.', language: 'sv' })).toBe(
      true,
    );
    expect(matches('culture-heritage', { summary: 'Grants for arts and culture festivals.', language: 'en' })).toBe(
      true,
    );
  });
});
