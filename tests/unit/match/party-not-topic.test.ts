/**
 * Who may take part is not what a call is about: actors named in a list of partners ("Partners can include
 * companies, arts organisations and universities", "projektparter kan vara kulturinstitutioner") are never a top
 * reason's evidence, while the same words about the call's topic still count. Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { score } from '../../../core/match/index.ts';
import { testCall, testProfile } from '../../support/test-call.ts';

const culture = testProfile({
  priorities: [
    { id: 'kultur', label: { sv: 'kultur', en: 'culture' }, weight: 1, concepts: ['culture-heritage'], terms: [] },
  ],
});
const quotes = (summary: string, language: 'sv' | 'en' = 'en') =>
  score(testCall({ summary, language }), culture).reasons.flatMap((r) => r.evidence.map((e) => e.term.toLowerCase()));

describe('a list of partners is not the topic', () => {
  it('"Partners can include … arts organisations" gives no culture evidence', () => {
    const q = quotes(
      'The call supports projects on energy efficiency in housing. Partners can include companies, arts organisations and universities.',
    );
    expect(q.some((t) => t.startsWith('art'))).toBe(false);
  });
  it('"i samarbete med kulturinstitutioner" gives no culture evidence', () => {
    const q = quotes(
      'Projekten ska minska energianvändningen i bostäder, gärna i samarbete med kulturinstitutioner.',
      'sv',
    );
    expect(q.some((t) => t.startsWith('kultur'))).toBe(false);
  });
  it('the same word about the topic still counts', () => {
    const q = quotes('The call supports arts and cultural heritage projects in rural areas.');
    expect(q.length).toBeGreaterThan(0);
  });
});
