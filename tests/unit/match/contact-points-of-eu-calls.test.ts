/**
 * Read from probe round p39 (written blind in the thirty-ninth session, counted before it was read): a contact point
 * in another country writing about a call of a programme open across the EU speaks to its own country's bodies, but
 * the call is the Union's. "Eligible are all legal entities established in an EU Member State" and "…, legally
 * established in an EU Member State" say where applicants may be (Sweden among them), whatever the contact point's
 * words to its own; a contact point of such a programme is no funder of its country's own. Sentences written for
 * this test.
 */
import { describe, expect, it } from 'vitest';
import { seedBlockers } from '../../support/seed-score.ts';

const blockers = (funder: string, programme: string, summary: string) =>
  seedBlockers({ funder, programme, title: 'Call for proposals 2027', summary }, 'karlskrona');

describe('a contact point abroad writing about an EU-wide call', () => {
  it('does not shut Swedish bodies out where the text admits any EU Member State', () => {
    expect(
      blockers(
        'Nationale Kontaktstelle LIFE, Germany',
        'LIFE',
        'The National Contact Point invites German municipalities to prepare proposals on climate adaptation. Eligible are all legal entities established in an EU Member State.',
      ),
    ).not.toContain('country-not-eligible');
    expect(
      blockers(
        'CERV Contact Point Estonia',
        'CERV – Town-Twinning',
        'The contact point invites Estonian local governments to apply with partner towns. Applicants must be municipalities or twinning committees, legally established in an EU Member State.',
      ),
    ).not.toContain('country-not-eligible');
  });
  it('is no funder of its own country', () => {
    expect(
      blockers(
        'EUI contact point Ireland',
        'European Urban Initiative',
        'Local authorities are invited to consider the Innovative Actions call on green transition in cities.',
      ),
    ).not.toContain('country-not-eligible');
  });
  it('nor is a contact point of an interregional programme (the whole Union is its area)', () => {
    expect(
      seedBlockers(
        {
          funder: 'Federal Office for Spatial Planning – German contact point, Interreg Europe',
          programme: 'Interreg Europe 2021–2027',
          title: 'Next call – information for German partners',
          summary:
            'German regional authorities are invited to join the cooperation projects of the next call. The contact point offers German applicants advice on their policy instruments.',
          eligibleCountries: ['DE'],
        },
        'karlskrona',
      ),
    ).not.toContain('country-not-eligible');
  });
  it('nor is another country’s national agency of an EU-wide programme', () => {
    expect(
      blockers(
        'Nationaal Agentschap Erasmus+ (Netherlands)',
        'Erasmus+ KA220 cooperation partnerships',
        'This round covers projects coordinated by organisations established in the Netherlands. Local and regional public bodies from any participating country may be partners sharing the grant.',
      ),
    ).not.toContain('country-not-eligible');
  });
  it('while a national funder’s own grant stays its country’s', () => {
    expect(
      blockers('Danish Arts Foundation', 'Grants', 'The foundation supports municipalities’ cultural projects.'),
    ).toContain('country-not-eligible');
  });
});

describe('a share of the grant paid to partners outside the funder’s country', () => {
  const scottish = (summary: string) =>
    seedBlockers(
      {
        funder: 'Scottish Government',
        programme: 'Arctic Connections Fund',
        title: 'Arctic Connections Fund 2027',
        summary: `The lead applicant must be based in Scotland. ${summary}`,
        eligibleCountries: ['GB'],
      },
      'kalmar',
    );
  it('admits funded partners from abroad beside a lead applicant at home', () => {
    expect(
      scottish(
        'Each project must include a partner from an Arctic state. Up to 30 % of the grant may be paid to partners outside Scotland for their own costs.',
      ),
    ).not.toContain('country-not-eligible');
  });
  it('while a call whose grant stays at home is closed', () => {
    expect(scottish('Partners abroad take part at their own cost.')).toContain('country-not-eligible');
  });
});

describe('a contact point’s page that lists only its own country', () => {
  it('lists the contact point’s country, not the call’s', () => {
    expect(
      seedBlockers(
        {
          funder: 'LIFE National Contact Point Finland',
          programme: 'LIFE Programme 2021–2027 – Standard Action Projects',
          title: 'LIFE call 2027 is open',
          summary:
            'The contact point reminds Finnish organisations that the LIFE call for Standard Action Projects is open.',
          eligibleCountries: ['FI'],
        },
        'kalmar',
      ),
    ).not.toContain('country-not-eligible');
  });
});
