/**
 * European awards and titles for cities on sentences written for this test: a competition only cities may enter
 * (its list of applicants names cities, and its title or who-may-apply sentence names a prize, award or title) is
 * an award for cities — the concept a strategy carries when it builds its place branding on such an award — and
 * still no cooperation of cities; a list of cities without a competition stays a call for cities working together;
 * a competition open to others names no award for cities.
 */
import { describe, expect, it } from 'vitest';
import { score } from '../../../core/match/index.ts';
import { SEED_PROFILES } from '../../../core/profile/seeds.ts';
import { testCall, testProfile } from '../../support/test-call.ts';

const body = testProfile({
  priorities: [
    { id: 'awards', label: { sv: 'Utmärkelser', en: 'Awards' }, weight: 1, concepts: ['city-awards'], terms: [] },
    { id: 'cities', label: { sv: 'Städer', en: 'Cities' }, weight: 1, concepts: ['city-cooperation'], terms: [] },
  ],
});
const concepts = (title: string, summary: string, applicantTypes: string[] | undefined, language: 'sv' | 'en' = 'en') =>
  score(testCall({ title, summary, applicantTypes, language }), body).reasons.map((r) => r.conceptId);

describe('a competition only cities may enter is an award for cities', () => {
  const cases = [
    ['en', 'Annual award for the most accessible city', 'The jury selects one winner each year.', ['cities']],
    ['en', 'Prize for urban climate leadership', 'One winner receives the prize money.', ['city administrations']],
    ['sv', 'Utmärkelsen årets hållbara stad', 'Juryn utser en vinnare.', ['städer med minst 50 000 invånare']],
  ] as const;
  for (const [language, title, summary, list] of cases) {
    it(`is an award for cities: ${title}`, () => {
      const found = concepts(title, summary, [...list], language);
      expect(found).toContain('city-awards');
      expect(found).not.toContain('city-cooperation');
    });
  }
  it('quotes the title, the award, as its evidence', () => {
    const m = score(
      testCall({
        title: 'Annual award for the most accessible city',
        summary: 'One winner.',
        applicantTypes: ['cities'],
      }),
      body,
    );
    const reason = m.reasons.find((r) => r.conceptId === 'city-awards');
    expect(reason?.evidence.map((e) => e.term)).toEqual(['Annual award for the most accessible city']);
  });
  it('an award named by its own name is quoted by that name once', () => {
    const m = score(
      testCall({
        title: 'European Green Capital 2030',
        summary: 'Cities compete for the title.',
        applicantTypes: ['cities'],
      }),
      body,
    );
    const reason = m.reasons.find((r) => r.conceptId === 'city-awards');
    expect(reason?.evidence.map((e) => e.term)).toEqual(['European Green Capital']);
  });
  it("a programme named as a prize or a title makes its call a competition, whatever the call's title says", () => {
    const call = (programme: string | undefined) =>
      score(
        testCall({
          programme,
          title: 'Two candidates remain. Why?',
          summary: 'The country nominates one of its cities this year.',
          applicantTypes: ['cities'],
        }),
        body,
      ).reasons.map((r) => r.conceptId);
    expect(call('Annual Prize for Accessible Cities')).toContain('city-awards');
    expect(call('Annual Prize for Accessible Cities')).not.toContain('city-cooperation');
    // With no such programme, the list of cities alone is cities working together.
    expect(call(undefined)).toContain('city-cooperation');
  });
  it('a list of cities without a competition is still cities working together', () => {
    const found = concepts('Innovative actions', 'Projects test new solutions.', ['urban authorities']);
    expect(found).toContain('city-cooperation');
    expect(found).not.toContain('city-awards');
  });
  it('a competition open to others than cities is no award for cities', () => {
    const found = concepts('Innovation prize', 'The best idea wins.', ['companies', 'cities']);
    expect(found).not.toContain('city-awards');
  });
});

describe("Linköping's place branding rests on its award", () => {
  // "Som en av Europas mest innovativa städer utgör platsvarumärket en plattform för fortsatt profileringsarbete."
  it('a European title cities compete for meets its place-branding priority', () => {
    const linkoping = SEED_PROFILES.find((p) => p.id === 'linkoping');
    if (!linkoping) throw new Error('no Linköping profile');
    const call = testCall({
      title: 'Call for the annual city award',
      summary: 'Cities show how they open their administration to new ideas; one city wins the title.',
      applicantTypes: ['cities'],
    });
    const hit = score(call, linkoping).reasons.filter((r) => r.conceptId === 'city-awards');
    expect(hit.map((r) => r.priorityId)).toEqual(['profilering']);
  });
});
