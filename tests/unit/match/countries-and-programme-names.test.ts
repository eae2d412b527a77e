/**
 * Which countries and which programme a call's fields name: an EU programme's participating countries hold Sweden,
 * a list of countries the summary names only as where the work happens is told so, a programme field that starts
 * with a programme's own name is that programme, and a national funder's grant for joining an EU programme is the
 * funder's. Calls written for these tests from how funders generally write them.
 */
import { describe, expect, it } from 'vitest';
import { analyse } from '../../../core/match/analyse.ts';
import { score } from '../../../core/match/index.ts';
import { testCall, testKommun } from '../../support/test-call.ts';

const kommun = testKommun();

describe("an EU programme's participating countries", () => {
  it('hold Sweden, whatever countries the list adds', () => {
    const c = testCall({
      summary: 'Mobility grants for cultural organisations in the countries taking part in the programme.',
      eligibleCountries: ['Creative Europe participating countries', 'Armenia', 'Georgia'],
    });
    const m = score(c, kommun);
    expect(m.blockers.find((b) => b.kind === 'country-not-eligible')).toBeUndefined();
  });

  it('a list of other countries alone still shuts Sweden out', () => {
    const c = testCall({ summary: 'Grants for organisations.', eligibleCountries: ['Armenia', 'Georgia'] });
    expect(score(c, kommun).blockers.find((b) => b.kind === 'country-not-eligible')).toBeDefined();
  });
});

describe('countries named only as where partners come from', () => {
  const partners = 'Organisations from Albania and Serbia can be partner organisations in volunteering projects.';
  it('leave Sweden open: the list is of partners, not of applicants', () => {
    const c = testCall({ summary: partners, eligibleCountries: ['Albania', 'Serbia'] });
    expect(score(c, kommun).blockers.find((b) => b.kind === 'country-not-eligible')).toBeUndefined();
  });

  it('a list of applicants naming them as partners says the same', () => {
    const c = testCall({
      summary: 'Young people volunteer in projects across Europe.',
      eligibleCountries: ['Albania', 'Serbia'],
      applicantTypes: ['organisations from the Western Balkans (as partner organisations)'],
    });
    expect(score(c, kommun).blockers.find((b) => b.kind === 'country-not-eligible')).toBeUndefined();
  });

  it('countries that may also apply, or lead, still shut Sweden out', () => {
    for (const summary of [
      `${partners.replace('.', '')}, and organisations from Albania and Serbia may apply.`,
      'Organisations from Albania and Serbia lead the projects; partners from the region join them.',
      'Organisations from Albania and Serbia can be lead partners.',
      'The Commission calls for proposals to select partners in Albania and Serbia for the information service.',
      'Projects must involve at least one Albanian and one Serbian partner.',
    ]) {
      const c = testCall({ summary, eligibleCountries: ['Albania', 'Serbia'] });
      expect(
        score(c, kommun).blockers.find((b) => b.kind === 'country-not-eligible'),
        summary,
      ).toBeDefined();
    }
  });
});

describe('countries named only as where the work happens', () => {
  it('are told as where the work takes place, not as where applicants must be', () => {
    const c = testCall({
      summary:
        'The call supports health and education for vulnerable groups. Actions must take place in the following country: Eritrea. The lead applicant must be a non-profit legal person.',
      eligibleCountries: ['Eritrea'],
    });
    const b = score(c, kommun).blockers.find((x) => x.kind === 'country-not-eligible');
    expect(b?.text.sv).toBe('Verksamheten ska ske i Eritrea; Sverige är inte bland dem.');
  });

  it('a place and its country in brackets are where the work is', () => {
    const c = testCall({
      summary: 'Pilot projects on youth inclusion (Jinja, Uganda) and public spaces (Kajiado, Kenya) are prioritised.',
      eligibleCountries: ['Uganda', 'Kenya'],
    });
    const b = score(c, kommun).blockers.find((x) => x.kind === 'country-not-eligible');
    expect(b?.text.sv).toContain('Verksamheten ska ske i Uganda');
  });

  it('applicants from the countries named keep the plain wording', () => {
    const c = testCall({
      summary: 'Organisations established in Uganda or Kenya may apply.',
      eligibleCountries: ['Uganda', 'Kenya'],
    });
    const b = score(c, kommun).blockers.find((x) => x.kind === 'country-not-eligible');
    expect(b?.text.sv).toBe('Sverige finns inte bland de länder som kan söka.');
  });
});

describe("a programme field that starts with a programme's own name", () => {
  it('is that programme ("LIFE – EU:s program för miljö och klimat")', () => {
    const c = testCall({ programme: 'LIFE – EU:s program för miljö och klimat', summary: 'Stöd till miljöprojekt.' });
    expect(analyse(c).signals.programmeId).toBe('life');
  });

  it('the bare word in a title is not', () => {
    const c = testCall({ programme: undefined, title: 'Life in the city', summary: 'Stöd till stadsliv.' });
    expect(analyse(c).signals.programmeId).not.toBe('life');
  });
});

describe("a national funder's grant for joining an EU programme", () => {
  it("is the funder's own, not the EU programme's", () => {
    const c = testCall({
      funder: 'Vinnova',
      programme: 'Främja svenskt deltagande i Horisont Europa',
      language: 'sv',
      summary: 'Planeringsprojekt för svenska aktörer som vill söka i Horisont Europa.',
    });
    expect(analyse(c).signals.programmeId).toBe('vinnova');
  });

  it('the EU programme named by itself stays the EU programme', () => {
    const c = testCall({ funder: 'Europeiska kommissionen', programme: 'Horisont Europa', summary: 'Research.' });
    expect(analyse(c).signals.programmeId).toBe('horizon-europe');
  });
});
