/**
 * Who may apply, in wordings a probe of distractor calls written in the thirty-ninth session found unread:
 * "Applications from public bodies will not be considered" refuses those bodies (as "are not eligible" does), even
 * where the programme's data admits them; "This call is for SMEs" says who the call is for. Sentences written for
 * this test.
 */
import { describe, expect, it } from 'vitest';
import { scoredForSeed, seedBlockers } from '../../support/seed-score.ts';

const horizon = (summary: string) => ({
  funder: 'European Commission',
  programme: 'Horizon Europe',
  title: 'Climate adaptation call 2027',
  summary,
  eligibleCountries: ['EU Member States'],
});

describe('applications that will not be considered', () => {
  it('refuse the bodies they come from', () => {
    expect(
      seedBlockers(
        horizon(
          'Applications from public bodies will not be considered. NGOs working on climate adaptation may apply.',
        ),
        'linkoping',
      ),
    ).toContain('applicant-type');
    expect(
      seedBlockers(
        {
          title: 'Klimatanpassning 2027',
          summary: 'Ansökningar från kommuner godtas inte. Föreningar kan söka stöd.',
          language: 'sv',
        },
        'linkoping',
      ),
    ).toContain('applicant-type');
  });
  it('refuse no body when none is named', () => {
    expect(
      seedBlockers(
        horizon('Late applications will not be considered. Municipalities and regions may apply.'),
        'linkoping',
      ),
    ).toEqual([]);
  });
});

describe('what a call is for', () => {
  it('names those it is for: a call for SMEs ranks below one open to municipalities', () => {
    const smes = scoredForSeed(
      horizon('This call is for SMEs developing climate adaptation technologies.'),
      'linkoping',
    );
    const open = scoredForSeed(
      horizon('This call is for municipalities developing climate adaptation plans.'),
      'linkoping',
    );
    expect(smes.score).toBeLessThan(open.score);
  });
});
