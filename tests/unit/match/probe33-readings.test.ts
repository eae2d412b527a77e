/**
 * Readings probe 33's first look (blind fact-checks of fresh pages, half of them kommuner's and regions' own grants:
 * 516 of 595 claims true, 86,7 %) showed wrong, each as a general rule. Sentences written for this test from how
 * funders generally write, none copied from a probe's page:
 * - a kommun named with its office after a comma ("Testby kommun, kultur- och fritidsförvaltningen") is the kommun,
 *   whose own grant is for its own area;
 * - told to the kommun itself, its own grant is its own: for its own area, awarded by it, not applied for;
 * - what a funder has suspended ("Preparatory project calls are suspended") is not what the call is about;
 * - a fund of no programme for Sweden and one other country is bilateral: the other country is the partner;
 * - "the start-up phase of new projects" names no young companies, and a list naming companies among persons,
 *   associations and organisations of any kind does not make the call one for companies.
 */
import { describe, expect, it } from 'vitest';
import { analyse } from '../../../core/match/analyse.ts';
import { score } from '../../../core/match/index.ts';
import { municipalFunder } from '../../../core/match/where-text.ts';
import { testCall, testPriority, testProfile } from '../../support/test-call.ts';

describe("a kommun's office after a comma", () => {
  it.each([
    ['Testby kommun, kultur- och fritidsförvaltningen', ['Testby kommun']],
    ['Testby kommun, Bibliotek & Kultur Testby', ['Testby kommun']],
    ['Testby kommun, äldrenämnden', ['Testby kommun']],
    ['Testby kommun, Annanby kommun', ['Testby kommun', 'Annanby kommun']],
  ])('%s', (funder, kommuner) => {
    expect(municipalFunder(funder)).toEqual(kommuner);
  });
  it('leaves a region beside the kommun a second funder', () => {
    expect(municipalFunder('Testby kommun, Region Test')).toBeUndefined();
  });
});

describe("a kommun's own grant, told to the kommun", () => {
  const call = testCall({
    funder: 'Testby kommun, kultur- och fritidsförvaltningen',
    language: 'sv',
    title: 'Föreningsbidrag',
    summary: 'Föreningar med säte i kommunen kan söka bidrag för kulturverksamhet.',
  });
  it('is its own, for its own area, awarded rather than applied for', () => {
    const m = score(call, testProfile({ kind: 'kommun', name: 'Testby kommun' }));
    expect(m.eligibility.areaText.sv).toBe('Utlysningen är Testby kommuns eget stöd och gäller kommunens eget område.');
    expect(m.eligibility.applicantText.sv).toMatch(/delar själv ut medlen/);
  });
  it('shuts another kommun out', () => {
    const m = score(call, testProfile({ kind: 'kommun', name: 'Annanby kommun', lan: 'norrbotten' }));
    expect(m.eligibility.area).toBe('not-eligible');
  });
});

describe('what a funder has suspended', () => {
  it('is no topic of the call', () => {
    const p = testProfile({ priorities: [testPriority('eu', ['eu-funding'])] });
    const m = score(
      testCall({
        title: 'New dates for the programme calls',
        summary: 'New dates were agreed for the fifth call, while preparatory project calls are suspended.',
      }),
      p,
    );
    expect(m.reasons.filter((r) => r.conceptId === 'eu-funding')).toEqual([]);
  });
});

describe('a bilateral fund', () => {
  const call = testCall({
    funder: 'Sweden-Testland Cooperation Fund',
    programme: 'Sweden-Lithuania Cooperation Fund',
    title: 'The Sweden-Lithuania Cooperation Fund',
    summary: 'The fund supports promising ideas and the start-up phase of new projects with a clear perspective.',
    eligibleCountries: ['Sweden', 'Lithuania'],
    applicantTypes: ['individuals', 'associations', 'organisations', 'companies'],
  });
  it('has the other country of its list as the partner', () => {
    expect([...analyse(call).signals.countries]).toEqual(['Lithuania']);
  });
  it('is no call for companies: "the start-up phase of projects" and a list of many kinds', () => {
    expect(analyse(call).signals.companies).toBeUndefined();
  });
});
