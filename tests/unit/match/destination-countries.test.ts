/**
 * A list of countries is an exclusion only where it says where applicants must be. A call for applicants in Sweden
 * ("svenska kommuner och regioner", "staff of Swedish organisations", "exchanges from Sweden"), or in the Nordic
 * countries ("Nordic organisations' cooperation with …", a list naming no Nordic country), that lists other
 * countries lists where its grantees go or where their partners are: Sweden is not shut out. Where the Swedes are
 * only partners or hosts of applicants from abroad, the list still rules Sweden out. Sentences written for this
 * test from the general ways exchange and partnership calls are worded, none copied from a labelled call.
 */
import { describe, expect, it } from 'vitest';
import { score } from '../../../core/match/index.ts';
import type { FundingCall } from '../../../core/model/call.ts';
import { testCall, testKommun, testRegion } from '../../support/test-call.ts';

const kommun = testKommun();
const region = testRegion();
const call = (over: Partial<FundingCall>): FundingCall =>
  testCall({ funder: 'Testinstitutet', title: 'Utbytesstipendier 2027', language: 'sv', ...over });

const SWEDISH: [string, Partial<FundingCall>][] = [
  [
    'staff of Swedish kommuner and regioner travel to the listed countries',
    {
      summary:
        'Stipendiet ger anställda i svenska kommuner och regioner möjlighet att göra ett utbyte i länderna nedan.',
      eligibleCountries: ['Tyskland', 'Frankrike', 'Polen'],
    },
  ],
  [
    'Swedish organisations may apply for projects with partners in the listed countries',
    {
      language: 'en',
      summary:
        'Swedish organisations, including municipalities and regions, can apply for projects with partners in Kenya or India.',
      eligibleCountries: ['Kenya', 'India'],
    },
  ],
  [
    'outgoing exchanges from Sweden',
    {
      language: 'en',
      summary:
        'The programme funds outgoing exchanges from Sweden to universities and public bodies in Germany and Italy.',
      eligibleCountries: ['Germany', 'Italy'],
    },
  ],
  [
    'a list of applicants naming Swedish bodies',
    { applicantTypes: ['Svenska kommuner', 'Svenska regioner'], eligibleCountries: ['Indien', 'Vietnam'] },
  ],
];

describe('a list of destination or partner countries', () => {
  for (const [what, over] of SWEDISH) {
    it(`is no exclusion where the applicants are in Sweden: ${what}`, () => {
      for (const p of [kommun, region]) {
        const m = score(call(over), p);
        expect(m.blockers.some((b) => b.kind === 'country-not-eligible')).toBe(false);
        expect(m.eligibility.area).toBe('eligible');
        expect(m.eligibility.areaText.sv).toMatch(/sökande i Sverige/);
        expect(m.eligibility.areaText.sv).not.toMatch(/Sverige finns inte/);
      }
    });
  }

  it('Swedes named only as partners leave the list of where applicants are in force', () => {
    const m = score(
      call({
        language: 'en',
        summary: 'Municipalities in Ukraine and Moldova can apply together with Swedish municipalities as partners.',
        eligibleCountries: ['Ukraine', 'Moldova'],
      }),
      kommun,
    );
    expect(m.blockers.map((b) => b.kind)).toContain('country-not-eligible');
  });

  it('researchers from abroad hosted at Swedish universities leave it in force too', () => {
    const m = score(
      call({
        language: 'en',
        summary: 'Researchers from India and Kenya can apply for a stay hosted at Swedish universities.',
        eligibleCountries: ['India', 'Kenya'],
      }),
      kommun,
    );
    expect(m.blockers.map((b) => b.kind)).toContain('country-not-eligible');
  });

  it('Nordic applicants beside a list of partner countries with no Nordic one: Sweden is among them', () => {
    const over = {
      language: 'en' as const,
      summary:
        "The programme supports Nordic organisations' cooperation with civil society in Estonia, Latvia and Poland.",
      eligibleCountries: ['Estonia', 'Latvia', 'Poland'],
    };
    const m = score(call(over), kommun);
    expect(m.blockers.map((b) => b.kind)).not.toContain('country-not-eligible');
    expect(m.eligibility.areaText.sv).toMatch(
      /^Utlysningen vänder sig till sökande i Norden \(".+"\), Sverige inräknat/,
    );
    // "together with Nordic organisations": the Nordic ones are partners, and the list holds.
    const partners = call({
      ...over,
      summary: 'Organisations in Estonia and Latvia may apply together with Nordic organisations as partners.',
    });
    expect(score(partners, kommun).blockers.map((b) => b.kind)).toContain('country-not-eligible');
  });

  it('a name starting "Svenska" (a Finnish fund, an agency) names no Swedish applicants', () => {
    const m = score(
      call({
        funder: 'Svenska kulturfonden',
        summary: 'Bidrag för organisationer inom Svenska kulturfondens verksamhetsområden: utbildning och kultur.',
        eligibleCountries: ['Finland'],
      }),
      kommun,
    );
    expect(m.blockers.map((b) => b.kind)).toContain('country-not-eligible');
    // …while "Svenska kommuner" opening a sentence still does.
    const own = score(call({ summary: 'Svenska kommuner kan söka.', eligibleCountries: ['Finland'] }), kommun);
    expect(own.blockers.map((b) => b.kind)).not.toContain('country-not-eligible');
  });

  it('a list without Sweden and no word of Swedish applicants still rules Sweden out', () => {
    const m = score(
      call({ summary: 'Stöd till kommuner för lokal utveckling.', eligibleCountries: ['Finland'] }),
      kommun,
    );
    expect(m.blockers.map((b) => b.kind)).toContain('country-not-eligible');
  });
});
