/**
 * A body outside a programme's area is not shut out where the call takes partners from outside it ("Partners from
 * outside of the programme area can participate", "of which two need to be from within the programme area"): the
 * area line says both, with no points and no blocker. Calls written for this test.
 */
import { describe, expect, it } from 'vitest';
import { score } from '../../../core/match/index.ts';
import { testCall, testProfile } from '../../support/test-call.ts';

const body = testProfile({ lan: 'kalmar' });
const nwe = (summary: string) =>
  testCall({ funder: 'Interreg North-West Europe', programme: 'Interreg NWE 2021-2027', title: 'Call 6', summary });

describe('partners from outside the programme area', () => {
  it.each([
    'Partners required: at least three partners from three countries, of which two need to be from within the NWE Programme area.',
    'Partners from outside of the programme area can participate as equal partners when the activities support the programme.',
  ])('admits an outside body: "%s"', (summary) => {
    const m = score(nwe(summary), body);
    expect(m.eligibility.area).toBe('unknown');
    expect(m.eligibility.areaText.sv).toMatch(
      /utanför programområdet .* men utlysningen tar med parter utanför området/,
    );
    expect(m.blockers.map((b) => b.kind)).not.toContain('outside-programme-area');
  });
  it('a call that says nothing of outside partners still shuts an outside body out', () => {
    const m = score(nwe('Partners required: at least three partners from three different countries.'), body);
    expect(m.blockers.map((b) => b.kind)).toContain('outside-programme-area');
  });
});

describe('"authorities" in a list of who may take part', () => {
  it('are public bodies: a kommun is among them', () => {
    const m = score(
      testCall({
        funder: 'Testfonden',
        summary: 'A cluster of experts.',
        applicantTypes: ['companies', 'research institutes', 'authorities'],
      }),
      testProfile(),
    );
    expect(m.eligibility.applicant).toBe('eligible');
    expect(m.blockers).toEqual([]);
  });
});
