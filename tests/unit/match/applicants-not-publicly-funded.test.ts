/**
 * A call for actors that are not publicly funded ("föreningar, nätverk och andra aktörer som inte är offentligt
 * finansierade", "organisations that are not publicly funded") leaves every public body out: kommuner and regioner
 * get a blocker that quotes the call, whatever programme data says of the funder. Said of activities or costs
 * ("activities that are not publicly funded elsewhere") it is about double funding and shuts no one out. Sentences
 * written for this test after how funders write, none copied from a labelled call.
 */
import { describe, expect, it } from 'vitest';
import { score } from '../../../core/match/index.ts';
import type { FundingCall } from '../../../core/model/call.ts';
import { testCall, testKommun, testRegion } from '../../support/test-call.ts';

const kommun = testKommun();
const region = testRegion();
const call = (over: Partial<FundingCall>): FundingCall =>
  testCall({ funder: 'Testfonden', title: 'Projektmedel 2027', language: 'sv', ...over });

describe('actors not publicly funded', () => {
  const OUT: [string, Partial<FundingCall>][] = [
    [
      'in the summary',
      {
        summary:
          'Stödet är till för ideella föreningar, nätverk och andra aktörer som inte är offentligt finansierade.',
      },
    ],
    ['in a list entry', { applicantTypes: ['ideella föreningar', 'organisationer som ej är offentligt finansierade'] }],
    [
      'in English',
      { summary: 'Grants go to associations and organisations that are not publicly funded.', language: 'en' },
    ],
  ];
  for (const [what, over] of OUT) {
    it(`${what}: a blocker for kommun and region`, () => {
      for (const body of [kommun, region]) {
        const m = score(call(over), body);
        expect(m.eligibility.applicant).toBe('not-eligible');
        expect(m.blockers.map((b) => b.kind)).toEqual(['applicant-type']);
        expect(m.blockers[0].text.sv).toMatch(/(finansierade|funded)", vilket utesluter (kommuner|regioner)\.$/);
      }
    });
  }
  it('activities or costs not publicly funded shut no one out', () => {
    const m = score(
      call({
        summary:
          'Kommuner och föreningar kan söka. Stöd ges till aktiviteter som inte är offentligt finansierade sedan tidigare.',
      }),
      kommun,
    );
    expect(m.eligibility.applicant).toBe('eligible');
    expect(m.blockers).toEqual([]);
  });
});
