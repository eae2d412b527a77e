/**
 * Whom a call's funded work serves is not who may apply. A call for hubs or consortia that support "the local
 * private and public sector" names companies as those served: no "bara till företag" blocker comes from that,
 * unless the call says only companies may apply. The services a funded body offers, said to be "targeted to SMEs
 * and public sector organisations", or support SMEs "can receive from the hubs", say who uses them, not who
 * applies. Sentences written for this test from the general ways such calls are worded, none copied from a
 * labelled call.
 */
import { describe, expect, it } from 'vitest';
import { score } from '../../../core/match/index.ts';
import type { FundingCall } from '../../../core/model/call.ts';
import { testCall, testKommun, testRegion } from '../../support/test-call.ts';

const kommun = testKommun();
const region = testRegion();
const call = (over: Partial<FundingCall>): FundingCall =>
  testCall({ funder: 'Testfonden', title: 'Innovation hubs 2027', language: 'en', ...over });
const companiesOnly = (m: ReturnType<typeof score>) =>
  m.blockers.some((b) => b.kind === 'applicant-type' && /bara till företag/.test(b.text.sv));

const SERVING: [string, Partial<FundingCall>][] = [
  [
    'hubs that support the private and public sector, in a call aimed at SMEs',
    {
      summary:
        'Each hub will support the local private and public sector with its digital transformation. The call is aimed at SMEs and small mid-caps.',
    },
  ],
  [
    'a list of companies beside services that support both sectors',
    {
      summary: 'Each hub will provide services which will support the local private and public sector.',
      applicantTypes: ['Companies (especially SMEs)'],
    },
  ],
  [
    'Swedish: naven stödjer den privata och offentliga sektorn',
    {
      language: 'sv',
      summary:
        'Naven ska stödja den lokala privata och offentliga sektorn. Utlysningen riktar sig till små och medelstora företag som vill digitalisera.',
    },
  ],
];

describe('those a call serves are not its only applicants', () => {
  for (const [what, over] of SERVING) {
    it(`no companies-only blocker: ${what}`, () => {
      for (const p of [kommun, region]) {
        const m = score(call(over), p);
        expect(companiesOnly(m), `${p.kind}: ${m.eligibility.applicantText.sv}`).toBe(false);
        expect(m.eligibility.applicant).not.toBe('not-eligible');
      }
    });
  }

  it('services said to be targeted to public bodies do not make them applicants', () => {
    const m = score(
      call({ summary: "The hub's services will be targeted mainly to SMEs and to public sector organisations." }),
      kommun,
    );
    expect(m.eligibility.applicantText.sv).not.toMatch(/nämner kommuner eller offentliga aktörer/);
  });

  it('support SMEs can receive from the hubs does not make SMEs the applicants', () => {
    const m = score(
      call({ summary: 'The hubs help the local private and public sector. SMEs can receive support from the hubs.' }),
      kommun,
    );
    expect(companiesOnly(m)).toBe(false);
  });

  it('"only SMEs may apply" keeps the blocker whatever the projects serve', () => {
    const m = score(
      call({ summary: 'Only SMEs may apply. The projects should support the private and public sector.' }),
      kommun,
    );
    expect(companiesOnly(m)).toBe(true);
  });

  it('companies that deliver services to the public sector still apply alone', () => {
    const m = score(
      call({ summary: 'The call is open to SMEs that deliver digital services to the public sector.' }),
      kommun,
    );
    expect(companiesOnly(m)).toBe(true);
  });
});
