/**
 * Who takes part fixes the sense of learning and education, on sentences written for this test: they are school
 * education only beside schools, pupils, children or young people — staff of sports clubs and adult learners learn
 * too. Policy learning is public bodies learning from each other: capacity building, not school.
 */
import { describe, expect, it } from 'vitest';
import { score } from '../../../core/match/index.ts';
import { testCall, testProfile } from '../../support/test-call.ts';

const body = testProfile({
  priorities: [
    { id: 'skola', label: { sv: 'Skola', en: 'Schools' }, weight: 1, concepts: ['schools-education'], terms: [] },
    {
      id: 'kapacitet',
      label: { sv: 'Kapacitet', en: 'Capacity' },
      weight: 1,
      concepts: ['capacity-building'],
      terms: [],
    },
  ],
});
const concepts = (title: string, summary: string, language: 'sv' | 'en' = 'en') =>
  score(testCall({ title, summary, language }), body).reasons.map((r) => r.conceptId);

describe('learning and education are school education only beside schools, pupils or young people', () => {
  const adults = [
    ['en', 'Staff mobility in sport', 'Coaches and sports staff go abroad for learning and non-formal education.'],
    ['sv', 'Vuxnas lärande i Norden', 'Deltagarna är vuxenstuderande; lärande och utbildning för vuxna.'],
    ['en', 'Adult learners', 'Teaching and learning for adult learners in libraries.'],
  ] as const;
  for (const [language, title, summary] of adults) {
    it(`not: ${summary}`, () => {
      expect(concepts(title, summary, language)).not.toContain('schools-education');
    });
  }
  const pupils = [
    ['en', 'Mobility grants', 'Pupils and their teachers go abroad for learning in a partner school.'],
    ['sv', 'Utbyten', 'Elever i grundskolan får undervisning och lärande i en annan miljö.'],
    ['en', 'Youth grants', 'Learning for young people outside the classroom.'],
    ['sv', 'Partnerskap', 'Partnerskolan ska erbjuda utbildning på gymnasial nivå.'],
  ] as const;
  for (const [language, title, summary] of pupils) {
    it(`but: ${summary}`, () => {
      expect(concepts(title, summary, language)).toContain('schools-education');
    });
  }
});

describe('policy learning is capacity building', () => {
  it('regions learning from each other’s policies', () => {
    const found = concepts('Interregional cooperation', 'Policy learning between regional authorities.');
    expect(found).toContain('capacity-building');
    expect(found).not.toContain('schools-education');
  });
});
