/**
 * Read from probe rounds p39b and p40b (written blind): a foreign call for its own country's applicants that takes
 * partners "based in Denmark, Finland, Iceland, Norway or Sweden" or "in another Baltic Sea country" (a group of
 * countries.json that holds Sweden) takes Swedish bodies in as partners; a sentence that refuses partners of the group
 * does not. Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { seedBlockers } from '../../support/seed-score.ts';

const abroad = (summary: string) =>
  seedBlockers(
    {
      funder: 'Ministry of Regional Development of Latvia',
      programme: 'Partnership support 2027',
      title: 'Support for joint projects',
      summary: `Latvian local governments are invited to apply. ${summary}`,
      eligibleCountries: ['LV'],
    },
    'karlskrona',
  );

describe('partners from a group of countries with Sweden', () => {
  it('are a way in', () => {
    expect(
      abroad(
        'Each project has one partner local government in another Baltic Sea country; its staff costs are eligible.',
      ),
    ).not.toContain('country-not-eligible');
    expect(abroad('Each project must include a partner based in Denmark, Finland, Norway or Sweden.')).not.toContain(
      'country-not-eligible',
    );
  });
  it('are none where the sentence refuses them', () => {
    expect(abroad('Partners from the Nordic countries are not part of the target group.')).toContain(
      'country-not-eligible',
    );
  });
  it('nor is a call without partners abroad', () => {
    expect(abroad('Projects must be carried out in Latvia.')).toContain('country-not-eligible');
  });
});
