/**
 * A region's own grants differ from grant to grant: where a call's list names who applies and names neither
 * kommuner, regions nor public bodies, the region's programme data (its calls at large admit kommuner) does not say
 * this grant does. Calls written for this test.
 */
import { describe, expect, it } from 'vitest';
import { judge } from '../../support/applicant-judge.ts';
import { testProfile } from '../../support/test-call.ts';

const inNorrbotten = testProfile({ kind: 'kommun', lan: 'norrbotten' });

const grant = (applicantTypes: string[]) =>
  judge(
    {
      funder: 'Region Norrbotten',
      programme: 'Verksamhetsbidrag',
      title: 'Ansökan om verksamhetsbidrag',
      language: 'sv',
      summary: 'Regionen beviljar årligen verksamhetsbidrag till organisationer med verksamhet i hela länet.',
      applicantTypes,
    },
    inNorrbotten,
  );

describe("a region's own grant", () => {
  it('for organisations of no named kind does not say kommuner may apply', () => {
    const v = grant(['länsövergripande organisationer']);
    expect(v.verdict).toBe('unknown');
    expect(v.text).toMatch(/gäller dess utlysningar i stort/);
    expect(v.blockers).toEqual([]);
  });
  it('naming kommuner still admits them', () => {
    expect(grant(['kommuner', 'föreningar']).verdict).toBe('eligible');
  });
});
