import { describe, expect, it } from 'vitest';
import { COMPANY_FACTOR } from '../../../core/match/company-call.ts';
import { analyseCall, rank } from '../../../core/match/index.ts';
import type { FundingCall } from '../../../core/model/call.ts';
import { shownPoints, testCall, testPriority, testProfile } from '../../support/test-call.ts';

const kommun = testProfile({ priorities: [testPriority('besoksnaring', ['tourism', 'business-development'])] });
const region = testProfile({ ...kommun, id: 'test-region', name: 'Region Test', kind: 'region' });

/** An EU-wide programme whose data admits kommuner and regioner (who may apply is left to programme data). */
const eu = (over: Partial<FundingCall>): FundingCall =>
  testCall({ funder: 'European Commission (EISMEA)', programme: 'Single Market Programme', ...over });

const body =
  'The action supports the green and digital transition of tourism destinations. ' +
  'Grants help develop sustainable products and services and new tourism routes. ' +
  'The budget is EUR 5 million for around four projects.';

function matchOf(c: FundingCall, profile = kommun) {
  return rank([analyseCall(c)], profile)[0].match;
}
const cutOf = (c: FundingCall, profile = kommun) => matchOf(c, profile).boosts.find((b) => b.kind === 'company-call');

describe('a call that addresses companies and names no public body counts for less', () => {
  it('cuts a call whose title addresses SMEs, quotes the call, and keeps COMPANY_FACTOR of the score', () => {
    const c = eu({ title: 'Empowering small businesses in sustainable tourism', summary: body });
    for (const profile of [kommun, region]) {
      const m = matchOf(c, profile);
      const cut = m.boosts.find((b) => b.kind === 'company-call');
      expect(cut?.points).toBeLessThan(0);
      expect(cut?.text.sv).toContain('"businesses"');
      expect(cut?.text.sv).toContain('nämner ingen offentlig aktör');
      const before = m.score - (cut?.points ?? 0);
      expect(m.score).toBeCloseTo(before * COMPANY_FACTOR, 0);
      expect(shownPoints(m)).toBe(m.score);
      // Programme data still says who may apply to the programme: the cut is no blocker.
      expect(m.blockers).toEqual([]);
    }
  });

  it('reads companies named in the list of applicants, or in two sentences of the summary', () => {
    // A list that goes on to consortia of any kind: no "companies only" blocker, yet companies are whom it names.
    const listed = eu({
      title: 'Sustainable tourism routes',
      summary: body,
      applicantTypes: ['tourism SMEs', 'consortia of destination stakeholders'],
    });
    expect(cutOf(listed)).toBeDefined();
    const twice =
      'The call helps SMEs in tourism adopt sustainable practices. Destinations develop new routes. ' +
      'Financial support to third parties goes to small businesses along the value chain.';
    expect(cutOf(eu({ title: 'Sustainable tourism routes', summary: twice }))?.text.en).toContain('"SMEs"');
  });

  it('does not cut a call that names companies in one sentence only, among its objectives', () => {
    const once = `${body} Objectives include more SMEs in international markets and attractive destinations.`;
    expect(cutOf(eu({ title: 'Sustainable tourism routes', summary: once }))).toBeUndefined();
  });

  it.each([
    ['as applicants', 'Local authorities and SMEs may apply together.'],
    ['as partners', 'Partnerships include municipalities, destination organisations and SMEs.'],
    ['as members of those who apply', 'Associations of municipalities may apply on behalf of SMEs.'],
  ])('does not cut a call that also names public bodies %s', (_, sentence) => {
    const c = eu({ title: 'Empowering small businesses in sustainable tourism', summary: `${body} ${sentence}` });
    expect(cutOf(c)).toBeUndefined();
  });

  it('does not cut a programme area’s call, whose projects are partnerships of the area’s actors', () => {
    const c = testCall({
      funder: 'Interreg South Baltic',
      title: 'Empowering small businesses in sustainable tourism',
      summary: body,
    });
    expect(cutOf(c)).toBeUndefined();
  });

  it('reads a programme whose data says its calls are for companies (forCompanies), said to be programme data', () => {
    const fund = (summary: string) =>
      testCall({
        funder: 'European Commission (CINEA)',
        programme: 'Innovation Fund',
        title: 'Call for large-scale decarbonisation projects',
        summary,
      });
    const plants =
      'Grants for first-of-a-kind plants in tourism resorts and hotels with capital costs above EUR 7.5 million.';
    const cut = cutOf(fund(plants));
    expect(cut?.from).toBe('programme-data');
    expect(cut?.text.sv).toContain('finansierar företags egna projekt');
    // Public bodies named in the call: the programme's word does not make it a call for companies.
    expect(cutOf(fund(`${plants} Municipalities and their energy companies may apply.`))).toBeUndefined();
  });

  it('leaves a call open to companies only to its blocker, without a second cut', () => {
    const m = matchOf(eu({ title: 'Empowering small businesses in tourism', summary: `${body} Only SMEs may apply.` }));
    expect(m.blockers.map((b) => b.kind)).toContain('applicant-type');
    expect(m.boosts.some((b) => b.kind === 'company-call')).toBe(false);
  });
});
