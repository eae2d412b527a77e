/**
 * Organisations of any kind, or a catch-all, qualified by a clause on what they work on or are made of ("juridiska
 * personer som arbetar med barn och unga", "other organisations working with young people", "legal entities active
 * in the field of culture") are organisations of that field: the call is not open to every kind of organisation,
 * and no blocker either: named by the work they do ("som arbetar med", "working with"), a kommun or region doing that
 * work is one of them; named by what they are made of, whether one is, is not said — never "öppen för alla". A clause of
 * place ("established in a Member State") qualifies nothing; one saying they are to found a company ("legal entities
 * intending to establish an SME") makes them that company. A list of applicants that shortens the summary's words
 * ("andra juridiska personer") is read with the summary's clause. Sentences written for this test after how funders
 * write, none copied from a labelled call.
 */
import { describe, expect, it } from 'vitest';
import { score } from '../../../core/match/index.ts';
import { admitsAnyOrganisation, foldWording } from '../../../core/match/who-wording.ts';
import type { FundingCall } from '../../../core/model/call.ts';
import { testCall, testKommun, testRegion } from '../../support/test-call.ts';

const kommun = testKommun();
const region = testRegion();
const call = (over: Partial<FundingCall>): FundingCall =>
  testCall({ funder: 'Testfonden', title: 'Stöd till projekt 2027', language: 'sv', ...over });

const FIELD: [string, Partial<FundingCall>][] = [
  [
    'juridiska personer som arbetar med',
    { summary: 'Stöd kan sökas av föreningar och andra juridiska personer som arbetar med barn och unga.' },
  ],
  [
    'som består av eller arbetar med',
    {
      summary:
        'Bidrag kan beviljas till organisationer och andra juridiska personer som består av eller arbetar med unga.',
    },
  ],
  [
    'other organisations working with',
    { summary: 'Youth groups and other organisations working with young people may apply.', language: 'en' },
  ],
  [
    'legal entities active in the field of',
    { summary: 'Eligible applicants are legal entities active in the field of culture.', language: 'en' },
  ],
  [
    'a list that shortens the summary',
    {
      summary: 'Bidrag beviljas till organisationer och andra juridiska personer som arbetar med barn och unga.',
      applicantTypes: ['ungdomsorganisationer', 'andra juridiska personer'],
    },
  ],
];

describe('organisations of a field', () => {
  for (const [what, over] of FIELD) {
    it(`${what}: neither open to all nor a blocker`, () => {
      for (const body of [kommun, region]) {
        const m = score(call(over), body);
        expect(m.eligibility.applicant).toBe('unknown');
        // Named by the work they do, a body doing that work is one of them; named by what they are made of, whether
        // a kommun or a region is one is not said.
        const byWork = what !== 'som består av eller arbetar med';
        expect(m.eligibility.applicantText.sv).toMatch(byWork ? /som arbetar inom området räknas dit/ : /framgår inte/);
        expect(m.eligibility.applicantText.sv).not.toMatch(/alla typer/);
        expect(m.blockers).toEqual([]);
      }
    });
  }
  it('a clause of place or no clause still admits every kind', () => {
    for (const summary of [
      'Eligible applicants are legal entities established in an EU Member State.',
      'Stöd kan sökas av juridiska personer med säte i Sverige.',
      'Stöd kan sökas av föreningar och andra juridiska personer.',
    ]) {
      expect(admitsAnyOrganisation(foldWording(summary))).toBe(true);
      expect(score(call({ summary }), region).eligibility.applicant).toBe('eligible');
    }
  });
  it('persons or entities who are to found a company apply as that company', () => {
    for (const [summary, language] of [
      ['Who can apply? An SME, or natural persons or legal entities intending to establish an SME.', 'en'],
      [
        'Stödet kan sökas av småföretag och av fysiska eller juridiska personer som avser att starta ett företag.',
        'sv',
      ],
    ] as const) {
      const m = score(call({ summary, language }), kommun);
      expect(m.eligibility.applicant).toBe('not-eligible');
      expect(m.blockers.map((b) => b.kind)).toEqual(['applicant-type']);
    }
  });
  it('twin and friendship municipalities in a list are kommuner', () => {
    const m = score(call({ applicantTypes: ['ungdomsorganisationer', 'vänskapskommuner'] }), kommun);
    expect(m.eligibility.applicant).toBe('eligible');
  });
});
