/**
 * Readings probe 32's first look (blind fact-checks of fresh pages, most of them kommuner's own grants: 479 of 524
 * claims true, 91,4 %) showed wrong, each as a general rule. Sentences written for this test from how funders
 * generally write, none copied from a probe's page:
 * - a kommun named with its committee after a dash ("Testby kommun – Kultur- och fritidsnämnden") is the kommun, whose
 *   own grant is for its own area;
 * - national money a kommun hands out within itself ("till orter inom kommunen") is the kommun's own grant: for its
 *   area, and the national programme's data on who may apply is not its;
 * - in a kommun's own grant, the kommuner its text names are no sign that kommuner apply;
 * - "projekt som genomförs i Örebro län" limits where the call applies;
 * - a university's "research culture" is no culture.
 */
import { describe, expect, it } from 'vitest';
import { score } from '../../../core/match/index.ts';
import { municipalFunder } from '../../../core/match/where-text.ts';
import { testCall, testPriority, testProfile } from '../../support/test-call.ts';

const elsewhere = testProfile({ kind: 'kommun', name: 'Annanby kommun', lan: 'norrbotten' });

describe("a kommun's committee after a dash", () => {
  it.each([
    ['Ljungby kommun – Kultur- och fritidsnämnden', 'Ljungby kommun'],
    ['Bengtsfors kommun - folkhälsorådet', 'Bengtsfors kommun'],
    ['Eskilstuna kommun (Vänortsdelegationen)', 'Eskilstuna kommun'],
  ])('%s is the kommun', (funder, kommun) => {
    expect(municipalFunder(funder)).toEqual([kommun]);
  });
  it('makes the grant the kommun’s own, for its own area', () => {
    const m = score(
      testCall({
        funder: 'Ljungby kommun – Kultur- och fritidsnämnden',
        language: 'sv',
        title: 'Bidrag till integration',
        summary: 'Nämnden delar ut bidrag till ideella föreningar som arbetar för integration.',
      }),
      elsewhere,
    );
    expect(m.eligibility.area).toBe('not-eligible');
    expect(m.eligibility.areaText.sv).toMatch(/eget stöd från Ljungby kommun/);
  });
});

describe('national money a kommun hands out within itself', () => {
  const call = testCall({
    funder: 'Testby kommun',
    programme: 'Medel för bättre företagsklimat (Tillväxtverket)',
    language: 'sv',
    title: 'Landsbygdens näringsliv',
    summary:
      'Testby kommun har beslutat avsätta 500 tusen kronor till orter inom kommunen. Tillväxtverket fördelar medel ' +
      'till 39 kommuner i stödområde A. Medlen kan sökas av byaföreningar.',
  });
  it('is for the kommun’s own area', () => {
    const m = score(call, elsewhere);
    expect(m.eligibility.area).toBe('not-eligible');
    expect(m.eligibility.areaText.sv).not.toMatch(/hela Sverige/);
  });
  it('is not told as open to kommuner, by the programme data or by the kommuner it names', () => {
    const m = score(call, elsewhere);
    expect(m.eligibility.applicantText.sv).not.toMatch(/kan kommuner söka|nämner kommuner eller offentliga/);
  });
  it('but a kommun that only publishes a national call leaves it national', () => {
    const m = score(
      testCall({
        funder: 'Testby kommun',
        programme: 'Tillväxtverket',
        language: 'sv',
        title: 'Tillväxtverket utlyser stöd',
        summary: 'Tillväxtverket utlyser stöd till regionala projekt i hela landet.',
      }),
      elsewhere,
    );
    expect(m.eligibility.area).not.toBe('not-eligible');
  });
});

describe('where projects are carried out', () => {
  it('in a län limits the call to it', () => {
    const m = score(
      testCall({ language: 'sv', summary: 'Bidrag lämnas till projekt som genomförs i Gävleborgs Län.' }),
      elsewhere,
    );
    expect(m.eligibility.area).toBe('not-eligible');
  });
});

describe('research culture', () => {
  it('is no culture', () => {
    const culture = testProfile({ priorities: [testPriority('kultur', ['culture-heritage'])] });
    const m = score(
      testCall({
        title: 'Research culture fund',
        summary: 'Activities that improve the research culture of the faculty.',
      }),
      culture,
    );
    expect(m.reasons.filter((r) => r.conceptId === 'culture-heritage')).toEqual([]);
  });
});
