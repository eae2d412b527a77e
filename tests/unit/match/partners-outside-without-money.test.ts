/**
 * Read from probe round p40 (written blind in the fortieth session, counted before it was read): a body outside a
 * programme's area that may join only as an associated organisation, without the programme's money, is outside for
 * the question a user asks (may we apply, or be a funded partner?); "their own budget" is a budget of their own in the
 * project, not their own money. Bodies refused for being outside the area are not refused for their kind. Sentences
 * written for this test.
 */
import { describe, expect, it } from 'vitest';
import { seedBlockers } from '../../support/seed-score.ts';

const southBaltic = (summary: string, body = 'linkoping') =>
  seedBlockers(
    {
      funder: 'Interreg South Baltic Programme',
      programme: 'Interreg South Baltic 2021–2027',
      title: 'Call for small projects',
      summary: `Partners must be public authorities or non-profit organisations located in the programme area. ${summary}`,
    },
    body,
  );

describe('partners from outside the programme area', () => {
  it('are outside where they may join only without the programme’s money', () => {
    expect(
      southBaltic('Organisations from elsewhere in the participating countries may join only as associated partners.'),
    ).toContain('outside-programme-area');
    expect(
      southBaltic('Organisations located outside the programme area can take part, but they receive no ERDF.'),
    ).toContain('outside-programme-area');
  });
  it('are taken in where they join with a budget of their own', () => {
    expect(
      southBaltic(
        'Partners located outside the programme area may participate as beneficiaries with their own budget when the results benefit the area.',
      ),
    ).not.toContain('outside-programme-area');
  });
  it('while a body inside the area is not shut out by them', () => {
    expect(
      southBaltic(
        'Organisations from elsewhere in the participating countries may join only as associated partners.',
        'karlskrona',
      ),
    ).not.toContain('outside-programme-area');
  });
});

describe('bodies refused for where they are', () => {
  const smaland = (body: string) =>
    seedBlockers(
      {
        funder: 'Tillväxtverket',
        programme: 'Regionalfondsprogrammet för Småland och öarna 2021–2027',
        title: 'Utlysning inom insatsområde 1',
        summary:
          'Stödmottagare kan vara kommuner, regioner och lärosäten i programområdet. Offentliga och privata aktörer utanför programområdet kan delta som samverkansparter men kan inte vara stödmottagare.',
      },
      body,
    );
  it('are not refused for their kind', () => {
    expect(smaland('kalmar')).toEqual([]);
    expect(smaland('kronoberg')).toEqual([]);
  });
  it('and a body outside is outside', () => {
    expect(smaland('karlskrona')).toContain('outside-programme-area');
  });
});
