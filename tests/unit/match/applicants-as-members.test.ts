/**
 * Kommuner and regioner named as what the applying organisation is made of — its members ("föreningar vars
 * medlemmar är kommuner"), what it consists of ("medlemsorganisationer bestående av kommuner och/eller regioner",
 * "associations made up of municipalities and/or regions") or who owns it ("bolag som ägs av kommuner") — are not
 * applicants: the organisation is. Every item of such a list is a member, the last after "och/eller" too.
 * Sentences written for this test, Swedish and English.
 */
import { describe, expect, it } from 'vitest';
import { judge, kommun, NAMES_OR_FOR_US as NAMES_US, region } from '../../support/applicant-judge.ts';

describe('bodies named as what the applicant is made of are not applicants', () => {
  const sv = [
    'Stödet kan sökas av medlemsorganisationer bestående av kommuner och/eller regioner.',
    'Sökande ska vara föreningar vars medlemmar är kommuner och/eller regioner.',
    'Bidrag kan sökas av organisationer som består av kommuner eller regioner.',
    'Stödet riktar sig till ideella föreningar som utgörs av kommuner och regioner.',
    'Bidrag kan sökas av bolag som ägs av kommuner eller regioner.',
  ];
  const en = [
    'Applicants must be associations made up of municipalities and/or regions.',
    'Eligible applicants are organisations consisting of local authorities, regions or both.',
    'Networks composed of cities and regions may apply.',
    'The call is open to member organisations whose members are municipalities or regions.',
  ];
  for (const summary of [...sv, ...en]) {
    it(`in a sentence: "${summary}"`, () => {
      for (const p of [kommun, region]) {
        const j = judge({ summary, language: sv.includes(summary) ? 'sv' : 'en' }, p);
        expect(j.verdict).not.toBe('eligible');
        expect(j.text).not.toMatch(NAMES_US);
      }
    });
  }
  const lists = [
    ['Medlemsorganisationer bestående av kommuner och/eller regioner'],
    ['Organisationer som består av kommuner och regioner'],
    ['Associations made up of municipalities and regions'],
  ];
  for (const applicantTypes of lists) {
    it(`in a list: ${JSON.stringify(applicantTypes)}`, () => {
      for (const p of [kommun, region]) {
        const j = judge({ applicantTypes }, p);
        expect(j.verdict).not.toBe('eligible');
        expect(j.text).not.toMatch(NAMES_US);
      }
    });
  }
});

describe('members however the sentence qualifies or orders them', () => {
  // Qualifiers, brackets, the class before "as members", and organisations named by what they are.
  const sv = [
    'Stöd kan sökas av medlemsorganisationer (huvudsakligen) bestående av kommuner och/eller regioner.',
    'Stöd kan sökas av medlemsorganisationer huvudsakligen bestående av kommuner och/eller regioner.',
    'Sökande ska vara organisationer där medlemmarna i huvudsak är kommuner eller regioner.',
    'Sökande ska vara föreningar vars medlemmar främst är kommuner och regioner.',
    'Stödet kan sökas av gränskommittéer vars medlemmar är kommuner.',
    'Stöd kan sökas av organisationer med kommuner och/eller regioner som medlemmar.',
    'Stödet kan sökas av sammanslutningar av kommuner och regioner.',
    'Stöd kan sökas av medlemsorganisationer för kommuner och regioner.',
    'Stöd kan sökas av paraplyorganisationer som företräder kommuner och regioner.',
    'Bidrag kan sökas av nätverk som till största delen består av kommuner.',
  ];
  const en = [
    'Eligible applicants are organisations whose members are mainly municipalities.',
    'Applicants must be membership organisations composed mainly of municipalities and/or regions.',
    'Cross-border committees whose members are municipalities can apply for support.',
    'The call is open to associations of local authorities.',
    'Associations of local and regional authorities may apply.',
    'Federations of municipalities and regions are eligible to apply.',
    'Applications may be submitted by umbrella organisations representing municipalities and regions.',
    'Eligible applicants are organisations with local authorities as their members.',
  ];
  const MEMBERS_ONLY = /bara som medlemmar i de organisationer som kan söka/;
  for (const summary of [...sv, ...en]) {
    it(`"${summary}"`, () => {
      for (const p of [kommun, region]) {
        const j = judge({ summary, language: sv.includes(summary) ? 'sv' : 'en' }, p);
        expect(j.verdict).toBe('unknown');
        expect(j.text).not.toMatch(NAMES_US);
        expect(j.text).toMatch(MEMBERS_ONLY);
      }
    });
  }
  it('a loose mention elsewhere does not make a kommun an applicant', () => {
    const summary =
      'Stöd kan sökas av medlemsorganisationer bestående av kommuner och regioner. Många kommuner arbetar redan med frågan.';
    expect(judge({ summary, language: 'sv' }, kommun).text).toMatch(MEMBERS_ONLY);
  });
  it('in a list of applicants: "Associations of local authorities"', () => {
    const j = judge({ applicantTypes: ['Associations of local authorities'] }, kommun);
    expect(j.verdict).toBe('unknown');
    expect(j.text).toMatch(MEMBERS_ONLY);
  });
});

describe('bodies that apply themselves still do', () => {
  const cases: [string, 'sv' | 'en'][] = [
    ['Stödet kan sökas av kommuner och regioner samt organisationer som består av kommuner.', 'sv'],
    ['Kommuner, regioner och kommunalförbund kan söka.', 'sv'],
    ['Municipalities, regions and associations of municipalities may apply.', 'en'],
    ['A consortium consisting of municipalities, regions and companies can apply.', 'en'],
    ['Projects are carried out by municipalities and regions; organisations owned by them may also apply.', 'en'],
    ['Stödet kan sökas av kommuner och regioner, främst i samverkan.', 'sv'],
  ];
  for (const [summary, language] of cases) {
    it(`"${summary}"`, () => {
      for (const p of [kommun, region]) expect(judge({ summary, language }, p).verdict).toBe('eligible');
    });
  }
  it('kommuner that are members of something still apply themselves', () => {
    for (const [summary, language] of [
      ['Kommuner som är medlemmar i föreningen kan söka stöd.', 'sv'],
      ['Municipalities that are members of the network may apply.', 'en'],
    ] as const)
      expect(judge({ summary, language }, kommun).verdict).toBe('eligible');
  });
  it('"Kommuner och organisationer som består av kommuner" in a list names kommuner', () => {
    expect(judge({ applicantTypes: ['Kommuner', 'Organisationer som består av kommuner'] }, kommun).verdict).toBe(
      'eligible',
    );
  });
});
