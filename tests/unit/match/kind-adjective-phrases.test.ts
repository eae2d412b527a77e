/**
 * The stemmer folds "kommunala" onto "kommuner", so the applicant phrase "regioner och kommuner" was read in
 * "regioner och kommunala bolag": a refusal of regions and municipal companies then refused every public body, a
 * kommun included (the eligibility probe). A phrase ending in such an adjective names no one; the words in it still
 * do. Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { judge, kommun, region } from '../../support/applicant-judge.ts';

const SUMMARY =
  'Stöd till lokalt näringslivsarbete. Stödet kan sökas av kommuner. Regioner och kommunala bolag kan inte söka.';

describe('a phrase of bodies ending in an adjective of the next noun', () => {
  it('refuses the regions and companies it names, not the kommun', () => {
    expect(judge({ summary: SUMMARY, language: 'sv' }, kommun).applicantBlockers).toEqual([]);
    expect(judge({ summary: SUMMARY, language: 'sv' }, region).applicantBlockers).not.toEqual([]);
  });
});
