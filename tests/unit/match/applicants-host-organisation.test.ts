/**
 * A fellowship for researchers who apply together with a host organisation: the host may be of any kind where the
 * call does not name its sector, so no blocker may say the call is only for universities and researchers — whether
 * a kommun or a region may host is not said. Where a sentence on the host, the administering body or who applies
 * names a sector ("the host must be a university", "universities may apply"), the blocker stands. Sentences
 * written for this test from the general ways calls say it, none copied from a labelled call.
 */
import { describe, expect, it } from 'vitest';
import { score } from '../../../core/match/index.ts';
import { openHostIn } from '../../../core/match/who-wording.ts';
import type { FundingCall } from '../../../core/model/call.ts';
import { testCall, testKommun, testRegion } from '../../support/test-call.ts';

const kommun = testKommun();
const region = testRegion();
const call = (over: Partial<FundingCall>): FundingCall =>
  testCall({ funder: 'Testfonden', title: 'Fellowships 2027', ...over });

const OPEN_HOST: [string, Partial<FundingCall>][] = [
  [
    'researchers with a PhD and a host organisation',
    {
      summary:
        'Researchers holding a PhD may apply together with a host organisation in Sweden, where the fellow will carry out the project.',
    },
  ],
  [
    'a list of researchers, the host in the text',
    {
      applicantTypes: ['Researchers'],
      summary: 'The fellow applies jointly with the hosting organisation, which employs the fellow during the project.',
    },
  ],
  [
    'Swedish "värdorganisation"',
    {
      language: 'sv',
      summary: 'Disputerade forskare kan söka tillsammans med en värdorganisation där projektet ska bedrivas.',
    },
  ],
];

const CLOSED_HOST: [string, Partial<FundingCall>][] = [
  [
    'the host must be a university',
    {
      summary:
        'Researchers holding a PhD may apply together with a host organisation. The host must be a Swedish university or higher education institution.',
    },
  ],
  [
    'universities may apply',
    {
      summary:
        'Universities and research institutes may apply. Researchers are nominated together with their host organisation.',
    },
  ],
  [
    'Swedish "värdorganisationen ska vara ett lärosäte"',
    {
      language: 'sv',
      summary:
        'Disputerade forskare kan söka tillsammans med en värdorganisation. Värdorganisationen ska vara ett svenskt lärosäte.',
    },
  ],
];

describe('researchers who apply with a host organisation of no stated sector', () => {
  for (const [what, over] of OPEN_HOST) {
    it(`shut no kommun or region out: ${what}`, () => {
      for (const p of [kommun, region]) {
        const m = score(call(over), p);
        expect(
          m.blockers.some((b) => b.kind === 'applicant-type'),
          m.eligibility.applicantText.sv,
        ).toBe(false);
        expect(m.eligibility.applicant, `${p.kind}: ${m.eligibility.applicantText.sv}`).toBe('unknown');
        expect(m.eligibility.applicantText.sv).toMatch(/värdorganisation/);
      }
    });
  }
});

describe('a host the call limits to a sector', () => {
  for (const [what, over] of CLOSED_HOST) {
    it(`keeps the blocker: ${what}`, () => {
      expect(openHostIn(over.summary ?? '')).toBeUndefined();
      for (const p of [kommun, region]) {
        const m = score(call(over), p);
        expect(m.eligibility.applicant, `${p.kind}: ${m.eligibility.applicantText.sv}`).toBe('not-eligible');
        expect(m.blockers.find((b) => b.kind === 'applicant-type')?.text.sv).toMatch(/universitet/);
      }
    });
  }
});
