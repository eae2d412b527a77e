/**
 * A call for another country's bodies named by the country's adjective ("Finnish municipalities", "danska kommuner",
 * "Estonian local governments") is for that country only, as "municipalities in Germany" is; an invitation to apply
 * ("invites … to apply", "bjuder in … att söka") says who may apply as "can apply" does. Bodies of another country
 * that the applicants work with, help or partner stay partners. Sentences written for this test, from a probe of
 * foreign funders' calls made in the thirty-ninth session.
 */
import { describe, expect, it } from 'vitest';
import { seedBlockers } from '../../support/seed-score.ts';

const call = (summary: string, language: 'sv' | 'en' = 'en') => ({
  title: 'Call 2027: climate and circular economy',
  summary,
  language,
  themes: ['climate'],
});
const notEligible = (summary: string, language: 'sv' | 'en' = 'en') =>
  seedBlockers(call(summary, language), 'karlskrona').includes('country-not-eligible');

describe('another country’s bodies as the applicants', () => {
  it('shut a Swedish kommun out', () => {
    expect(notEligible('The fund is open to Danish municipalities and regions working on climate adaptation.')).toBe(
      true,
    );
    expect(notEligible('Estonian local governments can apply for support for climate adaptation.')).toBe(true);
    expect(notEligible('Norwegian municipalities may apply for funding for projects with partners in Sweden.')).toBe(
      true,
    );
  });
  it('are read from an invitation to apply, in English and Swedish', () => {
    expect(notEligible('The foundation invites Finnish municipalities to apply for support for experiments.')).toBe(
      true,
    );
    expect(
      notEligible('Stiftelsen bjuder in finländska kommuner att söka stöd för försök inom klimatarbete.', 'sv'),
    ).toBe(true);
  });
});

describe('bodies of another country that are not the applicants', () => {
  it('leave a call open to Swedish applicants', () => {
    expect(notEligible('Swedish municipalities can apply for cooperation with Ukrainian municipalities.')).toBe(false);
    expect(notEligible('Svenska kommuner kan söka stöd för samarbete med finska kommuner.', 'sv')).toBe(false);
    expect(notEligible('Organisations in Sweden may apply for projects to support Moldovan local authorities.')).toBe(
      false,
    );
  });
  it('leave a call that names Swedish bodies among the applicants open', () => {
    expect(notEligible('Swedish and Finnish municipalities can apply for joint climate projects.')).toBe(false);
  });
});

describe('countries outside the EU named for applicants of a programme open across the EU', () => {
  const eu = (summary: string) =>
    seedBlockers({ ...call(summary), funder: 'European Commission (HaDEA)', programme: 'EU4Health' }, 'karlskrona');
  it('add to the Union’s countries: a Swedish kommun may still apply', () => {
    expect(eu('Action grants fund health promotion. Norwegian institutions are eligible to apply.')).not.toContain(
      'country-not-eligible',
    );
    expect(eu('Action grants fund health promotion. Institutions in Norway are eligible to apply.')).not.toContain(
      'country-not-eligible',
    );
  });
  it('while an EU country’s bodies alone still limit the call', () => {
    expect(eu('Action grants fund health promotion. Only Finnish institutions are eligible to apply.')).toContain(
      'country-not-eligible',
    );
  });
});

describe('the United Kingdom’s nations, and an invitation in the passive', () => {
  it('read Scottish and Welsh bodies and funders as the United Kingdom’s', () => {
    expect(notEligible('Scottish local authorities can apply for funding for climate adaptation projects.')).toBe(true);
    expect(
      seedBlockers(
        { ...call('Local authorities can apply for the climate adaptation fund.'), funder: 'Welsh Government' },
        'karlskrona',
      ),
    ).toContain('country-not-eligible');
  });
  it('read "are invited to submit" and "uppmanas att söka" as who may apply', () => {
    expect(notEligible('Polish local governments are invited to submit proposals on climate adaptation.')).toBe(true);
    expect(notEligible('Finska kommuner uppmanas att söka stöd för klimatanpassning.', 'sv')).toBe(true);
  });
});
