/**
 * Readings that probe 21 (fresh call pages, blind fact-checks) and set 28's release showed wrong, each as a general
 * rule. Sentences written for this test from how funders generally write, none copied from a probe or set page:
 * - the EU's less developed regions (GDP per head under 75 % of the average): Sweden has none;
 * - a call for islands shuts out a body in a län that does not reach the sea;
 * - "local administrations with a national boundary limiting their territory": a land-border area;
 * - legal persons of private law, or registered in one country abroad, are no organisation of any kind for a
 *   Swedish kommun, and a list of nothing but those and persons shuts it out;
 * - a class's word inside the proper name of a body or an event ("European Week of Regions and Cities") names no
 *   applicant;
 * - persons by their year of birth ("ungdomar födda år 2007") apply as persons;
 * - a list's entry of persons that the summary names after "Target group:" is whom the projects serve;
 * - "employees of ACME" are persons, and "as their main employer" is no role a kommun takes on;
 * - the Nordic Arctic Programme is the Nordic Council of Ministers' Arctic co-operation programme;
 * - cooperation between public and private actors is no international cooperation;
 * - COSME's and EaSI's long names are programmes' names, no topic.
 */
import { describe, expect, it } from 'vitest';
import { analyse } from '../../../core/match/analyse.ts';
import { score } from '../../../core/match/index.ts';
import { territoryLimitIn } from '../../../core/match/territory-kind.ts';
import { admitsAnyOrganisation, foldWording } from '../../../core/match/who-wording.ts';
import { judge } from '../../support/applicant-judge.ts';
import { testCall, testProfile } from '../../support/test-call.ts';

const kalmar = testProfile({ kind: 'kommun' });
const norrbottenRegion = testProfile({ id: 'nb', name: 'Region Nord', kind: 'region', lan: 'norrbotten' });
const kinds = (m: ReturnType<typeof score>) => m.blockers.map((b) => b.kind);
const call = (title: string, summary: string, over = {}) =>
  testCall({ funder: 'Testkommissionen', title, summary, language: 'en', ...over });

describe('the less developed regions', () => {
  it('are a kind of territory where the call is limited to them, not where they are welcome', () => {
    expect(
      territoryLimitIn('Capacity call', 'The call is reserved for less developed regions of the Union.')?.kind,
    ).toBe('less-developed');
    expect(
      territoryLimitIn('Capacity call', 'Only for regions with a GDP per capita below 75 % of the EU average.')?.kind,
    ).toBe('less-developed');
    expect(territoryLimitIn('Stöd', 'Stödet är endast för mindre utvecklade regioner.')?.kind).toBe('less-developed');
    expect(
      territoryLimitIn('Capacity call', 'Partners from less developed regions are particularly welcome.'),
    ).toBeUndefined();
    expect(territoryLimitIn('Aid call', 'Support to the least developed countries.')).toBeUndefined();
  });
  it('shut a Swedish body out, and say why', () => {
    const m = score(call('Capacity call', 'The call is dedicated to less developed regions.'), kalmar);
    expect(kinds(m)).toContain('outside-programme-area');
    expect(m.eligibility.areaText.sv).toMatch(/mindre utvecklade regioner/);
  });
});

describe('islands', () => {
  it('shut out a body in a län that does not reach the sea (lan.json seaCoast), and stay a doubt elsewhere', () => {
    const summary = 'All interested islands should submit their application.';
    const inland = testProfile({ id: 'in', name: 'Region Inland', kind: 'region', lan: 'kronoberg' });
    const m = score(call('Call open to EU islands', summary), inland);
    expect(kinds(m)).toContain('outside-programme-area');
    expect(m.eligibility.areaText.sv).toMatch(/når inte havet/);
    expect(score(call('Call open to EU islands', summary), kalmar).eligibility.area).toBe('unknown');
  });
});

describe('a land border said as a national boundary', () => {
  it('is a border area: outside for a län without one, a doubt for one with one', () => {
    const summary = 'Open to local administrations with a national boundary limiting their territory.';
    expect(kinds(score(call('Border obstacles', summary), kalmar))).toContain('outside-programme-area');
    expect(score(call('Border obstacles', summary), norrbottenRegion).eligibility.area).toBe('unknown');
    expect(territoryLimitIn('', 'Territories located alongside at least one national border.')?.kind).toBe('border');
  });
});

describe('organisations of any kind, qualified', () => {
  it('legal persons of private law, or registered abroad, hold no kommun', () => {
    const any = (t: string) => admitsAnyOrganisation(foldWording(t));
    expect(any('legal persons governed by private law')).toBe(false);
    expect(any('privaträttsliga juridiska personer')).toBe(false);
    expect(any('legal persons registered in the Republic of Latvia')).toBe(false);
    expect(any('legal persons under the law who are registered in Finland')).toBe(false);
    // Still any organisation: at home, or anywhere in the Union.
    expect(any('all legal persons registered in Sweden')).toBe(true);
    expect(any('legal entities established in an EU Member State')).toBe(true);
  });
  it('a list of nothing but those and persons shuts a Swedish kommun out', () => {
    const j = judge({
      title: 'Grants for cultural events abroad',
      applicantTypes: [
        'legal persons registered in the Republic of Latvia',
        'self-employed persons',
        'legal persons governed by private law registered abroad',
      ],
      language: 'en',
    });
    expect(j.verdict).toBe('not-eligible');
    expect(j.text).toMatch(/privaträttsliga/);
  });
  it('no "open to every kind of organisation" for a kommun', () => {
    const j = judge({
      title: 'Grants for cultural events abroad',
      applicantTypes: ['legal persons registered in Latvia', 'legal persons governed by private law registered abroad'],
      language: 'en',
    });
    expect(j.text).not.toMatch(/alla typer av organisationer/);
  });
});

describe('names and labels', () => {
  it('a class in the name of an event or a body names no applicant', () => {
    const a = analyse(
      call('Media programme', 'An event for young journalists, held during the European Week of Regions and Cities.'),
    );
    expect(a.signals.mentioned.has('municipal')).toBe(false);
    expect(a.signals.mentioned.has('region')).toBe(false);
    // Not a lowercase mention: "a week of cities and regions working together" names them.
    const b = analyse(call('Exchange', 'Cities and regions may apply to host the exchange.'));
    expect(b.signals.mentioned.has('municipal')).toBe(true);
  });
  it('persons by their year of birth apply as persons', () => {
    const j = judge({ title: 'Resekort', applicantTypes: ['ungdomar födda år 2007'], language: 'sv' });
    expect(j.applicantBlockers.join(' ')).toMatch(/enskilda personer/);
  });
  it('persons the summary names as the target group are no list of applicants', () => {
    const summary =
      'The programme funds youth projects across the region. Target group: young people aged 15-30 years.';
    const j = judge({ title: 'Youth projects', summary, applicantTypes: ['young people aged 15-30'], language: 'en' });
    expect(j.applicantBlockers).toEqual([]);
    // Without the label, young people in a call on projects are those who take part (youth-projects.ts): the
    // projects' organisations are not named, and none is shut out. Where the young people are said to apply
    // themselves, the list is of persons.
    const k = judge({
      title: 'Youth projects',
      summary: 'The programme funds youth projects across the region.',
      applicantTypes: ['young people aged 15-30'],
      language: 'en',
    });
    expect(k.applicantBlockers).toEqual([]);
    const own = judge({
      title: 'Youth projects',
      summary: 'Young people can apply for up to 2 000 euro for a project of their own.',
      applicantTypes: ['young people aged 15-30'],
      language: 'en',
    });
    expect(own.applicantBlockers.join(' ')).toMatch(/enskilda personer/);
  });
});

describe("an organisation's own staff", () => {
  it('"employees of ACME and affiliated ACME entities" are persons, not organisations of any kind', () => {
    const j = judge({
      title: 'Staff training mobility',
      summary: 'Applicants must hold an employment contract with ACME University as their main employer.',
      applicantTypes: ['employees of ACME University', 'employees of ACME Services and affiliated ACME entities'],
      language: 'en',
    });
    expect(j.applicantBlockers.join(' ')).toMatch(/enskilda personer/);
    // "…as their main employer" is the employer the applicants have, no role a kommun takes on.
    expect(j.text).not.toMatch(/en roll som/);
  });
});

describe('the Nordic Arctic Programme', () => {
  it("is the Nordic Council of Ministers' Arctic co-operation programme: for the Nordic Arctic", () => {
    const m = score(
      testCall({
        funder: 'Nordic Institute in Greenland',
        programme: 'Nordic Arctic Programme',
        title: 'Applications open for the Nordic Arctic Programme',
        summary: 'Projects for a socially resilient Arctic.',
        language: 'en',
      }),
      kalmar,
    );
    expect(m.eligibility.areaText.sv).toMatch(/Arktis i Norden; Kalmar län ligger utanför/);
  });
});

describe('words of another sense', () => {
  const evidence = (m: ReturnType<typeof score>) =>
    m.reasons.filter((r) => r.conceptId === 'international-cooperation').flatMap((r) => r.evidence.map((e) => e.term));
  it('cooperation between public and private actors is no international cooperation', () => {
    const m = score(
      testCall({
        funder: 'Testverket',
        title: 'Sociala företag',
        summary: 'Målet är att främja samarbete mellan offentliga och privata aktörer kring sociala företag.',
        language: 'sv',
      }),
      kalmar,
    );
    expect(evidence(m)).not.toContain('samarbete');
  });
  it("EaSI's long name is the programme's name, not social innovation", () => {
    const m = score(
      testCall({
        funder: 'Europeiska kommissionen',
        title: 'Finansiering för sociala företag',
        summary: 'En utlysning inom programmet för sysselsättning och social innovation (EaSI) om sociala företag.',
        language: 'sv',
      }),
      kalmar,
    );
    const terms = m.reasons.flatMap((r) => r.evidence.map((e) => e.term.toLowerCase()));
    expect(terms).not.toContain('social innovation');
  });
  it("COSME's long name is the programme's name, not business development", () => {
    const m = score(
      testCall({
        funder: 'Europeiska kommissionen',
        title: 'Kulturarv och besöksnäring',
        summary:
          'En utlysning inom EU:s konkurrenskraftsprogram för små och medelstora företag, COSME, för turism kopplad till kulturarv.',
        language: 'sv',
      }),
      kalmar,
    );
    const terms = m.reasons.flatMap((r) => r.evidence.map((e) => e.term.toLowerCase()));
    expect(terms).not.toContain('små och medelstora företag');
  });
});
