/**
 * Readings from set 50's false claims (released in session 43), each from sentences written for this test, none
 * copied from the set's calls:
 * - a list of "non-profit organisations" alone, in a call whose text names local authorities among those taking
 *   part, does not say "only associations": a kommun is a non-profit body too, whether the call counts it is not
 *   said (one naming NGOs or an association's traits still shuts it out);
 * - "societal partners" beside researchers in a list admits partners from outside academia, a kommun among them;
 * - "capacity building of less developed regions" says what the call does, not who may take part, and "a focus on
 *   less developed regions, i.e. regions with GDP per capita below 75 %" weighs and defines them; "reserved for less
 *   developed regions" still limits;
 * - "legal entity (organisation or enterprise)" is any legal entity, not companies only.
 */
import { describe, expect, it } from 'vitest';
import { seedApplicantText, seedAreaText, seedBlockers } from '../../support/seed-score.ts';

describe('a list of non-profit organisations', () => {
  const call = {
    funder: 'Bundesministerium für Umwelt',
    title: 'Klimaschutz in Europa: Aufruf 2027',
    summary:
      'The ministry invites non-profit organisations to propose cross-border projects on energy savings in public ' +
      'buildings. Partnerships typically bring together ministries, local authorities and schools from at least two ' +
      'EU countries.',
    eligibleCountries: ['EU member states'],
    applicantTypes: ['non-profit organisations'],
  };
  it('does not shut kommuner or regions out where the text names local authorities, and says the doubt', () => {
    expect(seedBlockers(call, 'kalmar')).not.toContain('applicant-type');
    expect(seedBlockers(call, 'kronoberg')).not.toContain('applicant-type');
    expect(seedApplicantText(call, 'kalmar')).toBe(
      'Utlysningen vänder sig till "non-profit organisations"; om kommuner räknas dit framgår inte.',
    );
  });
  it('still shuts them out where the list names NGOs', () => {
    expect(seedBlockers({ ...call, applicantTypes: ['NGOs', 'non-profit organisations'] }, 'kalmar')).toContain(
      'applicant-type',
    );
  });
  it('still shuts them out where the text gives an association’s traits', () => {
    const associations = {
      ...call,
      summary: `${call.summary} Applicants must be democratically structured and have a voluntary membership.`,
    };
    expect(seedBlockers(associations, 'kalmar')).toContain('applicant-type');
  });
});

describe('societal partners beside researchers', () => {
  const call = {
    funder: 'JPI Urban Europe',
    title: 'Resilient northern towns: research call 2027',
    summary:
      'Consortia must be transdisciplinary and bring researchers together with partners outside academia to ' +
      'co-create knowledge on how small towns adapt to a changing climate. Projects run for three years.',
    eligibleCountries: ['Sweden', 'Norway', 'Finland'],
    applicantTypes: ['researchers', 'societal partners'],
  };
  it('shuts no kommun out and says the list ends with partners of any kind', () => {
    expect(seedBlockers(call, 'alvsbyn')).not.toContain('applicant-type');
    expect(seedApplicantText(call, 'alvsbyn')).toContain('"societal partners"');
  });
  it('still shuts kommuner out of a list of researchers alone', () => {
    const researchers = {
      ...call,
      summary: 'Consortia of researchers study climate adaptation in the Arctic over three years.',
      applicantTypes: ['researchers'],
    };
    expect(seedBlockers(researchers, 'alvsbyn')).toContain('applicant-type');
    expect(seedBlockers({ ...researchers, applicantTypes: ['researchers', 'societal partners'] }, 'alvsbyn')).toEqual(
      [],
    );
  });
});

describe('capacity building of less developed regions', () => {
  const call = {
    funder: 'European Commission (EISMEA)',
    title: 'Interregional innovation: capacity building of less developed regions 2027',
    summary:
      'The call helps interregional partnerships build innovation capacity, with a particular focus on less ' +
      'developed regions. Public authorities, universities and companies may take part.',
    eligibleCountries: ['EU Member States'],
  };
  it('is no limit to those regions', () => {
    expect(seedBlockers(call, 'kalmar')).not.toContain('outside-programme-area');
  });
  it('nor is a definition of them after a focus ("i.e. regions with GDP per capita below 75 %")', () => {
    const defined = {
      ...call,
      summary:
        'Partnerships develop joint innovation projects, with special emphasis on less developed regions, i.e. ' +
        'regions with GDP per capita of less than 75 % of the EU average. Public authorities may take part.',
    };
    expect(seedBlockers(defined, 'kalmar')).not.toContain('outside-programme-area');
    expect(seedAreaText(defined, 'kalmar')).toContain('lägger särskild vikt vid');
  });
  it('while a call reserved for them still shuts Swedish bodies out', () => {
    const reserved = {
      ...call,
      summary: 'The strand is reserved for less developed regions. Public authorities may take part.',
    };
    expect(seedBlockers(reserved, 'kalmar')).toContain('outside-programme-area');
  });
});

describe('a legal entity glossed as organisation or enterprise', () => {
  const call = {
    funder: 'Interreg North Sea',
    title: 'Call 9: green ports and mobility',
    summary:
      'Partnerships of at least two beneficiaries from two countries develop pilots for greener ports and ' +
      'transport. Applicants must be based in the programme area.',
    applicantTypes: ['legal entity (organisation or enterprise) based in the programme area'],
  };
  it('admits a region as any legal entity, not only companies', () => {
    expect(seedApplicantText(call, 'kronoberg')).not.toContain('företag');
    expect(seedBlockers(call, 'kronoberg')).not.toContain('applicant-type');
  });
  it('while a gloss of companies alone keeps the list to them', () => {
    expect(
      seedApplicantText(
        { ...call, applicantTypes: ['legal entity (enterprise) based in the programme area'] },
        'kronoberg',
      ),
    ).toContain('företag');
  });
});
