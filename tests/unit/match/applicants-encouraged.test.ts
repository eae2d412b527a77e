/**
 * Encouragement is not a condition: actors a call encourages or welcomes ("we encourage researchers and SMEs to
 * apply", "the involvement of SMEs is encouraged", "uppmuntrar medverkan av forskare") are welcome, not the only ones
 * who may apply. Only "only", "endast", "must", "ska" or a list of who may apply limit. Sentences written for this
 * test after how funders write, none copied from a labelled call.
 */
import { describe, expect, it } from 'vitest';
import { score } from '../../../core/match/index.ts';
import type { FundingCall } from '../../../core/model/call.ts';
import { testCall, testKommun, testRegion } from '../../support/test-call.ts';

const call = (over: Partial<FundingCall>): FundingCall =>
  testCall({ funder: 'Testfonden', title: 'Innovation 2027', ...over });

const ENCOURAGED: [string, Partial<FundingCall>][] = [
  [
    'encourages the involvement of',
    { summary: 'The call is open to projects that encourage the involvement of researchers and SMEs.' },
  ],
  [
    'consortia are encouraged to include',
    { summary: 'Who can apply? Consortia are encouraged to include researchers and SMEs.' },
  ],
  ['we encourage … to apply', { summary: 'Who can apply? We encourage researchers and SMEs to apply together.' }],
  [
    'eligible applicants are encouraged to partner with',
    { summary: 'Eligible applicants are encouraged to partner with researchers and SMEs.' },
  ],
  [
    'uppmuntrar medverkan',
    {
      language: 'sv',
      summary:
        'Utlysningen riktar sig till projekt som uppmuntrar medverkan av forskare och små och medelstora företag.',
    },
  ],
  [
    'uppmuntrar … att söka',
    { language: 'sv', summary: 'Vem kan söka? Vi uppmuntrar forskare och företag att söka tillsammans.' },
  ],
];

describe('actors a call encourages are no limit', () => {
  for (const [what, over] of ENCOURAGED) {
    it(`${what}: no blocker`, () => {
      for (const body of [testKommun(), testRegion()]) {
        const m = score(call(over), body);
        expect(m.eligibility.applicant).not.toBe('not-eligible');
        expect(m.blockers).toEqual([]);
      }
    });
  }
  it('a limit beside the encouragement still limits', () => {
    for (const [summary, language] of [
      ['Only SMEs may apply; the involvement of researchers is encouraged.', 'en'],
      ['The call is open to SMEs, and cooperation with researchers is encouraged.', 'en'],
      ['Stödet kan sökas av företag. Samverkan med forskare uppmuntras.', 'sv'],
    ] as const) {
      const m = score(call({ summary, language }), testKommun());
      expect(m.eligibility.applicant).toBe('not-eligible');
      expect(m.blockers[0]?.text.sv).toMatch(/bara till företag/);
    }
  });
});
