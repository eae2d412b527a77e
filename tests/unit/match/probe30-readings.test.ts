/**
 * Readings probe 30's first look (blind fact-checks of fresh pages: 364 of 419 claims true, 86,9 %) showed wrong,
 * each as a general rule. Sentences written for this test from how funders generally write, none copied from a
 * probe's page:
 * - "industrial partners" are companies and "the scientific community" is research: a list naming them with the
 *   other is no list of one kind;
 * - a call its title or first sentence puts in the whole country ("i hela Sverige") is divided, not limited, by the
 *   parts it names later ("Norrland, Svealand och Götaland");
 * - organisations that must hold a valid accreditation of the programme are a group chosen already;
 * - "medlemmar i ForumCiv", or membership required of a named body, is that body's members;
 * - "a Nordic enterprise, organisation or individual" without a list of countries is for the Nordic countries;
 * - a funder named with its country ("Miljöministeriet (Finland)") is that country's: a country whose Swedish and
 *   English names are one word is one country;
 * - "encourage and inspire potential entrepreneurs" is an aim, not an invitation to apply, and "initiatives
 *   promoting … small business" name what is promoted, not who applies;
 * - the heads of a body's suspended name ("närings-, trafik- och miljöcentralerna") and "vård av byggnadsarvet", "in
 *   connection with" are no topics.
 */
import { describe, expect, it } from 'vitest';
import { analyse } from '../../../core/match/analyse.ts';
import { score } from '../../../core/match/index.ts';
import { homeCountry } from '../../../core/match/signals.ts';
import { judge } from '../../support/applicant-judge.ts';
import { testCall, testPriority, testProfile } from '../../support/test-call.ts';

describe('who the words name', () => {
  it('reads industrial partners and the scientific community as companies and research', () => {
    const consortia = analyse(
      testCall({ applicantTypes: ['consortia of research and/or industrial partners'] }),
    ).signals;
    expect([...consortia.listed].sort()).toEqual(['company', 'research']);
    const both = analyse(testCall({ applicantTypes: ['scientific community', 'SMEs'] })).signals;
    expect([...both.listed].sort()).toEqual(['company', 'research']);
  });
  it('reads organisations that must hold an accreditation as a group chosen already', () => {
    const v = judge({
      title: 'Accredited mobility projects',
      summary:
        'Applicant organisations must hold a valid Erasmus accreditation in the field of adult education. ' +
        'Any eligible application will receive funding.',
    });
    expect(v.verdict).toBe('unknown');
    expect(v.text).toContain('ackrediterade organisationer');
  });
  it("reads a named body's members as a group", () => {
    const entry = judge({
      language: 'sv',
      title: 'Partnerskapsprogrammet',
      summary: 'Svenska organisationer kan söka bidrag tillsammans med lokala partner.',
      applicantTypes: ['medlemmar i Biståndsforum'],
    });
    expect(entry.text).toContain('"medlemmar i Biståndsforum"');
    const required = judge({
      language: 'sv',
      title: 'Partnerskapsprogrammet',
      summary:
        'Svenska organisationer kan söka bidrag tillsammans med lokala partner. Medlemskap i Biståndsforum kommer ' +
        'att krävas för att kunna söka.',
    });
    expect(required.text).toContain('"medlemmar i Biståndsforum"');
  });
});

describe('an aim for a kind of actor', () => {
  it('is no invitation to apply, and what is promoted is no applicant', () => {
    const v = judge({
      title: 'Enterprise promotion awards',
      summary:
        'The awards reward those who promote entrepreneurship and small business at the local level. The ' +
        'objectives are to showcase good practices and to encourage and inspire potential entrepreneurs.',
      applicantTypes: ['initiatives promoting entrepreneurship and small business at national and local level'],
    });
    expect(v.verdict).toBe('unknown');
    expect(v.applicantBlockers).toEqual([]);
    expect(v.text).not.toContain('uppmuntrar');
    const invited = analyse(
      testCall({
        summary: 'The call funds pilots. We encourage researchers and SMEs to apply.',
        applicantTypes: ['researchers', 'SMEs'],
      }),
    ).signals;
    expect(invited.encouragedList).toBe(true);
  });
});

describe('where the call is', () => {
  it('is the whole country when the call says so first, whatever parts it names later', () => {
    const m = score(
      testCall({
        language: 'sv',
        funder: 'Myndigheten',
        title: 'Stöd till utbyggnad av bredband',
        summary:
          'Myndigheten utlyser bredbandsstöd i hela Sverige. Medlen fördelas mellan tre utlysningsområden: Norrland, ' +
          'Svealand och Götaland. Kommuner och företag kan söka.',
      }),
      testProfile({}),
    );
    expect(m.eligibility.area).not.toBe('not-eligible');
    expect(m.eligibility.areaText.sv).not.toContain('Norrland');
  });
  it('is the Nordic countries for Nordic applicants', () => {
    const m = score(
      testCall({
        title: 'Nominate for the prize',
        summary: 'The candidate can be a Nordic enterprise, organisation or individual that works in the region.',
      }),
      testProfile({}),
    );
    expect(m.eligibility.area).toBe('eligible');
    expect(m.eligibility.areaText.sv).toContain('sökande i Norden');
  });
  it("is a funder's country, one country by either of its names", () => {
    expect(homeCountry(['Miljöministeriet (Finland)'])).toBe('Finland');
    const m = score(
      testCall({
        language: 'sv',
        funder: 'Undervisningsministeriet (Finland)',
        title: 'Statsunderstöd 2026',
        summary: 'Ministeriet beviljar understöd till riksomfattande organisationer inom idrotten.',
      }),
      testProfile({}),
    );
    expect(m.eligibility.area).toBe('not-eligible');
  });
});

describe('words of another sense', () => {
  const concepts = (conceptIds: string[], language: 'sv' | 'en', summary: string) =>
    score(
      testCall({ language, title: 'Stöd', summary }),
      testProfile({ priorities: [testPriority('p', conceptIds)] }),
    ).reasons.map((r) => r.conceptId);
  it("reads the heads of a body's suspended name as the name", () => {
    expect(
      concepts(
        ['mobility-transport'],
        'sv',
        'Ansökan lämnas till de regionala närings-, trafik- och miljöcentralerna.',
      ),
    ).toEqual([]);
    expect(concepts(['mobility-transport'], 'sv', 'Stöd till trafik- och miljöprojekt i regionen.')).toContain(
      'mobility-transport',
    );
  });
  it('reads the care of built heritage as no health care', () => {
    expect(concepts(['health-care'], 'sv', 'Understöd till vård av byggnadsarvet i skärgården.')).toEqual([]);
  });
  it('reads "in connection with" as no connectivity', () => {
    expect(concepts(['digitalisation'], 'en', 'Travel costs in connection with meetings can be covered.')).toEqual([]);
  });
});
