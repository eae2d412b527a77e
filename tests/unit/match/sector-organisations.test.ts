/**
 * A list entry of organisations of a sector or trade ("organisations from the cultural and creative industries
 * sector", "organisationer inom besöksnäringen") names who applies in its own words: whether a kommun or region is one
 * of them is not said, and it is no list "without saying which kinds" (set 40's first look: blind fact-checkers found
 * that line false). The public, private or non-profit sector is a kind, not a trade; organisations named by the work
 * they do ("working with energy") are of any kind that does it. Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { fieldOrganisationsIn } from '../../../core/match/who-wording.ts';
import { judge } from '../../support/applicant-judge.ts';

describe('organisations of a sector in a list of applicants', () => {
  it('are quoted, and whether the body is one is not said', () => {
    const j = judge({
      summary: 'Ideas for cross-sector pilots.',
      applicantTypes: ['organisations from the film and games industries'],
    });
    expect(j.verdict).toBe('unknown');
    expect(j.text).toBe(
      'Utlysningen vänder sig till "organisations from the film and games industries"; om kommuner räknas dit framgår inte.',
    );
    expect(fieldOrganisationsIn('organisationer inom besöksnäringen', true)).toBe('organisationer inom besöksnäringen');
  });
  it('leaves the public, private and non-profit sectors, and work named, as they were', () => {
    expect(fieldOrganisationsIn('organisations from the public sector', true)).toBeUndefined();
    expect(fieldOrganisationsIn('organisationer inom den ideella sektorn', true)).toBeUndefined();
    expect(fieldOrganisationsIn('organisations working with energy', true)).toBeUndefined();
    // Outside a list entry, bare "organisations" stays as it was read.
    expect(fieldOrganisationsIn('organisations from the film industry')).toBeUndefined();
  });
});
