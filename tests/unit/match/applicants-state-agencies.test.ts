/**
 * A call for the state's own agencies ("statliga myndigheter", "national authorities") is not open to a kommun or a
 * region, even where it goes on to say "varje myndighet kan söka": the bare noun stands for the agencies the call
 * named in full. Public bodies in general, or the state's beside the local level, still admit them. Sentences
 * written for this test after how funders write, none copied from a labelled call.
 */
import { describe, expect, it } from 'vitest';
import { score } from '../../../core/match/index.ts';
import { namesPublicBodies } from '../../../core/match/who-wording.ts';
import type { FundingCall } from '../../../core/model/call.ts';
import { testCall, testKommun, testRegion } from '../../support/test-call.ts';

const kommun = testKommun();
const region = testRegion();
const call = (over: Partial<FundingCall>): FundingCall =>
  testCall({ funder: 'Testverket', title: 'Medel för utvecklingsarbete 2027', language: 'sv', ...over });

describe('state agencies only', () => {
  const STATE_ONLY: [string, Partial<FundingCall>][] = [
    [
      'vänder sig till statliga myndigheter, then the bare noun',
      {
        summary:
          'Utlysningen vänder sig till alla statliga myndigheter. Varje myndighet kan söka högst en miljon kronor för att ta fram handlingsplaner.',
      },
    ],
    [
      'national authorities, then the bare noun',
      {
        language: 'en',
        summary:
          'The call is open to national authorities. Authorities may apply for up to EUR 50,000 to develop action plans.',
      },
    ],
    [
      'the list says statliga myndigheter, the text myndigheter',
      { summary: 'Myndigheter kan söka medel för att utveckla verktyg.', applicantTypes: ['statliga myndigheter'] },
    ],
  ];
  for (const [what, over] of STATE_ONLY) {
    it(`${what}: a kommun and a region are not among the applicants`, () => {
      for (const body of [kommun, region]) {
        const m = score(call(over), body);
        expect(m.eligibility.applicant).toBe('not-eligible');
        expect(m.blockers.map((b) => b.kind)).toContain('applicant-type');
      }
    });
  }

  it('public bodies responsible for implementing a programme are its national authorities', () => {
    for (const over of [
      {
        language: 'en' as const,
        summary:
          'Only public bodies responsible for the implementation of the programme in an eligible Member State may apply for a capacity-building project.',
      },
      {
        language: 'en' as const,
        summary: 'Technical assistance for capacity building.',
        applicantTypes: ['public bodies responsible for implementation of the LIFE programme'],
      },
    ]) {
      const m = score(call(over), kommun);
      expect(m.eligibility.applicant).toBe('not-eligible');
    }
  });

  it('public bodies responsible for managing a nature reserve may be a kommun', () => {
    const m = score(
      call({
        language: 'en',
        summary: 'Public bodies responsible for the management of nature reserves may apply for restoration grants.',
      }),
      kommun,
    );
    expect(m.eligibility.applicant).toBe('eligible');
  });

  it('"statliga myndigheter" alone names no public body in general', () => {
    expect(namesPublicBodies('utlysningen vander sig till alla statliga myndigheter')).toBe(false);
    expect(namesPublicBodies('statliga och kommunala myndigheter kan soka')).toBe(true);
    expect(namesPublicBodies('statliga myndigheter och offentliga organisationer kan soka')).toBe(true);
    expect(namesPublicBodies('offentliga myndigheter kan soka')).toBe(true);
  });

  it('bare "myndigheter" without the state named still admits a kommun', () => {
    const m = score(
      call({ summary: 'Myndigheter, kommuner och regioner kan söka medel för att utveckla verktyg.' }),
      kommun,
    );
    expect(m.eligibility.applicant).toBe('eligible');
    expect(m.blockers).toEqual([]);
  });

  it('state agencies beside kommuner admit a kommun', () => {
    const m = score(
      call({ summary: 'Statliga myndigheter och kommuner kan söka. Varje myndighet kan söka högst en miljon kronor.' }),
      kommun,
    );
    expect(m.eligibility.applicant).toBe('eligible');
    expect(m.blockers).toEqual([]);
  });
});
