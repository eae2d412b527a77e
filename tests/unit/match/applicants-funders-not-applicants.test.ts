/**
 * Public bodies named as those who give the money — "X, Y och Z samverkar kring stödet", "finansieras av
 * kommunerna", "funded by the county council", "the municipalities fund the scheme" — are the call's funders, not
 * its applicants: the call does not thereby "name kommuner or public bodies" among who may apply. Sentences
 * written for this test from the general ways calls name their funders, none copied from a labelled call.
 */
import { describe, expect, it } from 'vitest';
import { score } from '../../../core/match/index.ts';
import type { FundingCall } from '../../../core/model/call.ts';
import { testCall, testKommun, testRegion } from '../../support/test-call.ts';

const kommun = testKommun();
const region = testRegion();
const call = (over: Partial<FundingCall>): FundingCall =>
  testCall({ funder: 'Testfonden', title: 'Utvecklingsstöd 2027', language: 'sv', ...over });

const FUNDERS: [string, Partial<FundingCall>][] = [
  [
    'public bodies as the subject of "samverkar kring" the grant',
    { summary: 'Kommunförbundet, landstinget och länsstyrelsen samverkar kring stödet till unga entreprenörer.' },
  ],
  [
    'public bodies after "finansieras av"',
    { summary: 'Satsningen finansieras gemensamt av kommunerna och landstinget. Den ska stärka ungas företagande.' },
  ],
  [
    'English: funded by the municipalities',
    {
      language: 'en',
      summary:
        'The scheme is funded by the municipalities and the county councils of the area. It helps young founders.',
    },
  ],
  [
    'English: the municipalities and the regions fund the prize',
    { language: 'en', summary: 'The municipalities and the regions jointly fund the prize for young founders.' },
  ],
];

describe('funders named in a call are not its applicants', () => {
  for (const [what, over] of FUNDERS) {
    it(`no "nämner kommuner" from funders: ${what}`, () => {
      for (const p of [kommun, region]) {
        const m = score(call(over), p);
        expect(m.eligibility.applicant, `${p.kind}: ${m.eligibility.applicantText.sv}`).not.toBe('eligible');
        expect(m.eligibility.applicantText.sv).not.toMatch(/nämner (kommuner|regioner) eller offentliga aktörer/);
      }
    });
  }

  it('the same bodies named as applicants in the next sentence still apply', () => {
    const m = score(
      call({ summary: 'Stödet finansieras av länsstyrelsen. Kommuner och regioner kan söka stödet.' }),
      kommun,
    );
    expect(m.eligibility.applicant).toBe('eligible');
  });

  it('bodies that cooperate on shared work, not on a fund, are not read as funders', () => {
    const m = score(
      call({
        summary: 'Kommuner och regioner samverkar kring kollektivtrafiken. Projekt för bättre busslinjer stöds.',
      }),
      kommun,
    );
    expect(m.eligibility.applicant).toBe('eligible');
  });

  it('a grant from the EU to kommuner keeps the kommuner as applicants', () => {
    const m = score(call({ summary: 'Kommuner kan söka stöd som finansieras av Europeiska unionen.' }), kommun);
    expect(m.eligibility.applicant).toBe('eligible');
  });
});
