/**
 * Readings of who may apply, with sentences written for this test:
 * - "in Denmark or abroad", "in or outside Denmark", "oavsett land": a call whose list of countries names only its
 *   funder's country admits applicants from anywhere, so Sweden is not shut out (nor claimed named);
 * - accelerators, incubators and science parks beside "entrepreneurs" are bodies a kommun or region may own as well
 *   as a company: the list is no company-only list;
 * - folkhögskolor and gymnasieskolor are schools, whose huvudman may be a region: a list naming them beside kommuner
 *   does not tell a region it may not apply; "utbildningsaktörer" are education bodies of any kind, not researchers;
 * - a funder of another country ("… of Denmark") whose call says nothing of where applicants are is for applicants
 *   in its country, and the claim says only that the call is silent on others.
 */
import { describe, expect, it } from 'vitest';
import { score } from '../../../core/match/index.ts';
import { abroadAdmittedIn } from '../../../core/match/where-text.ts';
import { testCall, testPriority, testProfile } from '../../support/test-call.ts';

const kommun = testProfile();
const region = testProfile({ kind: 'region' });
const blockers = (m: ReturnType<typeof score>, kind: string) => m.blockers.filter((b) => b.kind === kind);

describe('applicants admitted from abroad', () => {
  const admitting = [
    'Companies, universities and public bodies in Norway or abroad can take part in the projects.',
    'Organisations in or outside Finland are eligible to apply and receive funding.',
    'Företag och offentliga organisationer i Danmark eller utomlands kan delta.',
    'Alla organisationer kan söka, oavsett land.',
  ];
  for (const summary of admitting) {
    it(`"${summary}" lifts a list of countries without Sweden`, () => {
      expect(abroadAdmittedIn(summary)).toBe(true);
      const m = score(testCall({ summary, eligibleCountries: ['Norway'] }), kommun);
      expect(blockers(m, 'country-not-eligible')).toEqual([]);
      expect(m.eligibility.areaText.sv).not.toMatch(/Sverige finns (inte )?bland/);
    });
  }

  const notAdmitting = [
    // Where the work goes, not who applies.
    'The funded research benefits Norway and other countries.',
    // Applicants from abroad refused.
    'Organisations in Norway or abroad cannot apply to this call.',
    'Companies in Norway can apply for support to expand abroad.',
  ];
  for (const summary of notAdmitting) {
    it(`"${summary}" keeps the list's limit`, () => {
      expect(abroadAdmittedIn(summary)).toBe(false);
      const m = score(testCall({ summary, eligibleCountries: ['Norway'] }), kommun);
      expect(blockers(m, 'country-not-eligible')).toHaveLength(1);
    });
  }
});

describe('business-support bodies beside entrepreneurs', () => {
  it('"entrepreneur service providers", "accelerators", "investors" is no company-only list', () => {
    const m = score(
      testCall({
        title: 'Call for proposals: Nordic growth services',
        applicantTypes: ['entrepreneur service providers', 'accelerators', 'investors'],
      }),
      kommun,
    );
    expect(m.eligibility.applicant).not.toBe('not-eligible');
    expect(blockers(m, 'applicant-type')).toEqual([]);
  });

  it('"företag", "inkubatorer" neither', () => {
    const m = score(
      testCall({ language: 'sv', title: 'Utlysning: tillväxt', applicantTypes: ['företag', 'inkubatorer'] }),
      region,
    );
    expect(blockers(m, 'applicant-type')).toEqual([]);
  });

  it('"entrepreneurs" and "investors" alone still is', () => {
    const m = score(testCall({ title: 'Call: growth', applicantTypes: ['entrepreneurs', 'start-ups'] }), kommun);
    expect(m.eligibility.applicant).toBe('not-eligible');
  });
});

describe('schools a region may run', () => {
  it('"lärosäten, gymnasieskolor, folkhögskolor, kommuner" does not shut a region out', () => {
    const m = score(
      testCall({
        language: 'sv',
        title: 'Stöd till ungdomsutbyten',
        applicantTypes: ['lärosäten', 'gymnasieskolor', 'folkhögskolor', 'kommuner'],
      }),
      region,
    );
    expect(m.eligibility.applicant).toBe('unknown');
    expect(blockers(m, 'applicant-type')).toEqual([]);
  });

  it('"forskare", "utbildningsaktörer" is no call for researchers only (education bodies of any kind)', () => {
    const m = score(
      testCall({ language: 'sv', title: 'Anslag till utbildning', applicantTypes: ['forskare', 'utbildningsaktörer'] }),
      kommun,
    );
    expect(m.eligibility.applicant).not.toBe('not-eligible');
    expect(blockers(m, 'applicant-type')).toEqual([]);
  });
  it('"universitet", "övriga forsknings- och utbildningsaktörer" names no school a kommun runs', () => {
    const m = score(
      testCall({
        language: 'sv',
        title: 'Forsknings- och innovationskapacitet',
        applicantTypes: [
          'universitet och högskolor',
          'forskningsinstitut',
          'övriga forsknings- och utbildningsaktörer',
        ],
      }),
      kommun,
    );
    expect(m.eligibility.applicantText.sv).not.toMatch(/skolor/);
    expect(blockers(m, 'applicant-type')).toEqual([]);
  });

  it('"kommuner" alone still leaves out a region', () => {
    const m = score(testCall({ language: 'sv', title: 'Stöd till utbyten', applicantTypes: ['kommuner'] }), region);
    expect(m.eligibility.applicant).toBe('not-eligible');
  });
});

describe("the funder's home country", () => {
  const baltic = testProfile({
    lan: 'blekinge',
    priorities: [testPriority('ostersjon', ['baltic-sea'], 1.5), testPriority('klimat', ['green-transition'])],
  });
  const summary =
    'The fund invests in green transition projects which create growth and jobs in Denmark. Companies and public bodies in Denmark or abroad can take part.';
  it('named in the text of a call listing only it, is no partner country', () => {
    const m = score(testCall({ summary, eligibleCountries: ['Denmark'] }), baltic);
    expect(m.boosts.some((b) => b.kind === 'geographic-focus')).toBe(false);
  });
  it('named in a call without that list, still is', () => {
    const m = score(testCall({ summary }), baltic);
    expect(m.boosts.some((b) => b.kind === 'geographic-focus')).toBe(true);
  });
});

describe('a funder of another country, where the call says nothing of where applicants are', () => {
  const summary =
    'The fund supports cultural projects and capacity building with international partners in three focus areas: green transition, technology and democratic dialogue, and urban and rural areas.';
  const area = (funder: string, over = {}) =>
    score(testCall({ funder, language: 'en', title: 'Fund for cultural collaboration', summary, ...over }), kommun);
  for (const funder of ['Ministry of Culture and Ministry of Foreign Affairs of Denmark', 'Innovation Fund Denmark']) {
    it(`"${funder}": its applicants are in its country, and the claim says the call is silent`, () => {
      const m = area(funder);
      expect(m.eligibility.area).toBe('not-eligible');
      expect(m.eligibility.areaText.sv).toBe(
        'Utlysningen ges av en organisation i Danmark och säger inte att sökande utanför Danmark kan söka.',
      );
    });
  }
  it("a multinational body's office in the country is no funder of that country", () => {
    expect(area("Nordic Council of Ministers' Office in Lithuania").eligibility.area).not.toBe('not-eligible');
  });
  it('a call naming Swedish applicants, or applicants from abroad, is not shut', () => {
    const swedish = `${summary} Swedish and Danish organisations may apply together.`;
    expect(area('Innovation Fund Denmark', { summary: swedish }).eligibility.area).not.toBe('not-eligible');
    const abroad = `${summary} Organisations in Denmark or abroad can take part.`;
    expect(area('Innovation Fund Denmark', { summary: abroad }).eligibility.area).not.toBe('not-eligible');
  });
  it('the office of a programme with one call for all its countries publishes that call for all of them', () => {
    const nordplus = area('Nordplus (State Education Development Agency, Latvia)', {
      programme: 'Nordplus Adult',
      title: 'Adult Learning Programme',
    });
    expect(nordplus.eligibility.area).toBe('eligible');
    expect(nordplus.blockers).toEqual([]);
    // The same office's call of no programme the data knows is its country's.
    expect(area('State Education Development Agency, Latvia').eligibility.area).toBe('not-eligible');
  });
  it('a list of eligible countries decides, not the funder', () => {
    expect(area('Innovation Fund Denmark', { eligibleCountries: ['Denmark', 'Sweden'] }).eligibility.area).not.toBe(
      'not-eligible',
    );
  });
});
