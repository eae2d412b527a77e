/**
 * Who-may-apply wording whose claim must stay true: regional bodies by their legal names (a county authority, a
 * fylkeskommune) are a region's kind; a condition on population is told, not read as "kommuner may apply"; a call for
 * research that does not say who may apply is not told the funder's other programmes' applicants; local development
 * groups name no kind, so a list with them shuts no one out; kommuner named by their names are a place, and a
 * sentence making them the call's area places a body inside or outside it; a class word right after a negation
 * ("icke-kommunala", "not individuals") says who may not apply; bodies the funder itself works with ("Vi samverkar
 * med kommunerna") and towns beside the countryside ("i stad och på landsbygd") are not applicants.
 * Sentences written for this test from how Swedish and EU calls generally word these things, none copied from a
 * labelled call.
 */
import { describe, expect, it } from 'vitest';
import { score } from '../../../core/match/index.ts';
import type { FundingCall } from '../../../core/model/call.ts';
import { testCall, testKommun, testProfile, testRegion } from '../../support/test-call.ts';

const kommun = testKommun();
const region = testRegion();
const call = (over: Partial<FundingCall>): FundingCall =>
  testCall({ funder: 'Testverket', title: 'Utlysning 2027', language: 'sv', ...over });
const applicantBlocker = (c: FundingCall, p = region) => m(c, p).blockers.some((b) => b.kind === 'applicant-type');
const m = (c: FundingCall, p = kommun) => score(c, p);

describe('regional bodies named by their legal names are regions', () => {
  for (const [what, list] of [
    ['a regional public transport authority', ['Kommuner', 'Regional kollektivtrafikmyndighet']],
    ['a Finnish regional council', ['Landskapsförbund', 'Kommuner']],
    ['county governments', ['Local governments', 'County governments']],
    ["Norway's county authorities", ['Municipalities', 'County authorities', 'Research organisations']],
    ['Norwegian fylkeskommuner', ['Kommuner', 'Fylkeskommuner']],
  ] as const) {
    it(`${what} beside kommuner shuts no region out`, () => {
      const c = call({ applicantTypes: [...list] });
      expect(applicantBlocker(c), m(c, region).eligibility.applicantText.sv).toBe(false);
      expect(m(c, region).eligibility.applicant).toBe('eligible');
    });
  }
  it('kommuner alone still leave a region out', () => {
    expect(applicantBlocker(call({ applicantTypes: ['Kommuner'] }))).toBe(true);
  });
});

describe('a condition on population', () => {
  it('is told to a kommun instead of "kommuner may apply"', () => {
    const c = call({
      summary: 'Utlysningen riktar sig till kommuner och städer med mellan 10 000 och 80 000 invånare.',
    });
    const e = m(c).eligibility;
    expect(e.applicant).toBe('unknown');
    expect(e.applicantText.sv).toContain('mellan 10 000 och 80 000 invånare');
  });
  it('in an English list entry', () => {
    const c = call({ language: 'en', applicantTypes: ['cities with a population of at least 200,000'] });
    expect(m(c).eligibility.applicantText.sv).toContain('at least 200,000');
  });
  it("is a limit on kommuner or cities, read once: a settlement's size or a figure of members is none", () => {
    for (const summary of [
      'Utlysningen riktar sig till föreningar och kommuner, för insatser i byar med färre än 3 000 invånare.',
      'Utlysningen riktar sig till kommuner och föreningar med minst 1 000 medlemmar eller 5 000 besökare.',
    ]) {
      const e = m(call({ summary })).eligibility;
      expect(e.applicant, summary).toBe('eligible');
    }
  });
  it('a call without one still names kommuner among applicants', () => {
    const c = call({ summary: 'Utlysningen riktar sig till kommuner och regioner i hela landet.' });
    expect(m(c).eligibility.applicant).toBe('eligible');
  });
});

describe('a call for research that does not say who may apply', () => {
  const funded = (title: string) =>
    call({ funder: 'ICLD', programme: 'ICLD', title, language: 'en', summary: 'Proposals on local democracy.' });
  it('is not told the funder-wide programme data', () => {
    const e = m(funded('Call for research proposals on local democracy')).eligibility;
    expect(e.applicant).toBe('unknown');
    expect(e.applicantText.sv).toContain('Call for research proposals');
  });
  it('another call of the funder still is', () => {
    expect(m(funded('New call: local democracy')).eligibility.applicant).toBe('eligible');
  });
});

describe('kommuner named by their names', () => {
  const area = call({
    summary:
      'Stöd kan sökas av föreningar, företag och lokala utvecklingsgrupper inom vårt område som omfattar Borgholm, Mörbylånga och Torsås kommuner.',
    applicantTypes: ['föreningar', 'företag', 'lokala utvecklingsgrupper'],
  });
  it('local development groups beside the kinds named shut no kommun out', () => {
    const e = m(area, testProfile({ name: 'Torsås kommun' })).eligibility;
    expect(e.applicant).toBe('unknown');
    expect(applicantBlocker(area, kommun)).toBe(false);
  });
  it('are the area: a kommun named is inside, another outside', () => {
    expect(m(area, testProfile({ name: 'Torsås kommun' })).eligibility.area).toBe('eligible');
    const out = m(area, testProfile({ name: 'Kalmar kommun' }));
    expect(out.blockers.find((b) => b.kind === 'outside-programme-area')?.text.sv).toContain(
      'Kalmar kommun ligger utanför',
    );
  });
  it('a region whose län holds some of them is partly inside, not shut out', () => {
    const r = m(area, testRegion());
    expect(r.eligibility.area).toBe('unknown');
    expect(r.blockers).toEqual([]);
  });
  it('named after the word, with or without a colon ("will include four municipalities: …") they are the area too', () => {
    for (const summary of [
      'The local action group will include four municipalities: Borgholm, Mörbylånga, Torsås and Emmaboda.',
      'Leaderområdet omfattar fyra kommuner: Borgholm, Mörbylånga, Torsås och Emmaboda.',
      'Stiftelsen verkar inom följande kommuner Borgholm, Mörbylånga, Torsås samt Emmaboda.',
    ]) {
      const c = call({ summary });
      expect(m(c, testProfile({ name: 'Torsås kommun' })).eligibility.area).toBe('eligible');
      const out = m(c, testProfile({ name: 'Kalmar kommun' }));
      expect(out.blockers.find((b) => b.kind === 'outside-programme-area')?.text.sv).toContain('Borgholm, Mörbylånga');
    }
  });
  it('named in prose, they are where the work is, not a mention of kommuner as applicants', () => {
    const c = call({ summary: 'Projekt genomförs i Borgholm och Mörbylånga kommuner.' });
    expect(m(c).eligibility.applicant).toBe('unknown');
    expect(m(c).eligibility.applicantText.sv).not.toMatch(/nämner kommuner/);
  });
});

describe('a negation right before a class word', () => {
  it('"stiftelser som inte är statliga eller kommunala" says kommuner may not apply', () => {
    const c = call({ applicantTypes: ['ideella föreningar', 'stiftelser som inte är statliga eller kommunala'] });
    expect(m(c).eligibility.applicant).toBe('not-eligible');
  });
  it('"föreningar som representerar lokala myndigheter" after "icke-vinstdrivande" still admits them', () => {
    const c = call({
      applicantTypes: ['kommuner', 'icke-vinstdrivande föreningar som representerar lokala myndigheter'],
    });
    expect(m(c).eligibility.applicant).toBe('eligible');
  });
  it('"any legal entity (not individuals)" admits a kommun and lists no individuals', () => {
    const c = call({ language: 'en', title: 'Call 2027', applicantTypes: ['any legal entity (not individuals)'] });
    expect(m(c).eligibility.applicant).toBe('eligible');
    expect(m(c).eligibility.applicantText.sv).not.toMatch(/enskilda personer/);
  });
  it('"all organisations except companies" shuts companies out, not kommuner', () => {
    const c = call({ language: 'en', title: 'Call 2027', applicantTypes: ['all organisations except companies'] });
    expect(m(c).eligibility.applicant).not.toBe('not-eligible');
  });
});

describe('bodies the funder works with, and town and country as places', () => {
  for (const summary of [
    'Länsstyrelsen ger bidrag till utvecklingsprojekt. Vi samverkar också med kommunerna, näringslivet och andra organisationer i länet.',
    'The agency funds development projects. The agency cooperates closely with regions and municipalities across the country.',
    'Länsstyrelsen ger bidrag till utvecklingsprojekt för ökad sysselsättning i stad och på landsbygd.',
    'The agency funds development projects for growth in cities and rural areas.',
  ]) {
    it(`"${summary}" names no applicants`, () => {
      const m = score(call({ summary }), kommun);
      expect(m.eligibility.applicant).toBe('unknown');
      expect(m.eligibility.applicantText.sv).not.toMatch(/nämner kommuner/);
    });
  }
  it('"Städer och kommuner kan söka" still does', () => {
    expect(score(call({ summary: 'Städer och kommuner kan söka bidrag.' }), kommun).eligibility.applicant).toBe(
      'eligible',
    );
  });
});
