/**
 * A programme whose rules let a kind of body take part only by exception (programme data `exceptionally`: URBACT's
 * networks of cities take a few non-city partners, regional authorities among them). A call of it naming only the
 * programme's own applicants ("cities") states the rule: a region is told it may take part only by exception, not
 * that it may not. Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { score } from '../../../core/match/index.ts';
import { applicantLine } from '../../../core/match/provenance.ts';
import { testCall, testKommun, testRegion } from '../../support/test-call.ts';

const urbactCall = testCall({
  funder: 'URBACT',
  title: 'URBACT: call for Action Planning Networks',
  summary: 'Cities from the EU Member States are invited to form networks and apply together.',
});
const urbactListCall = { ...urbactCall, applicantTypes: ['cities'] };

describe('a region in a programme that takes it by exception', () => {
  it('a call of URBACT listing cities as its applicants gives a region no blocker', () => {
    const m = score(urbactListCall, testRegion());
    expect(m.eligibility.applicant).toBe('unknown');
    // The line as shown marks programme data once.
    expect(applicantLine(m.eligibility, 'sv')).toMatch(/bara i undantagsfall \(programdata\)\.$/);
    expect(m.blockers.filter((b) => b.kind === 'applicant-type')).toEqual([]);
  });

  it('nor does one whose text names the cities, and the programme data does not call it open to regions', () => {
    const m = score(urbactCall, testRegion());
    expect(m.eligibility.applicant).toBe('unknown');
    expect(m.eligibility.applicantText.sv).toMatch(/bara i undantagsfall/);
  });

  it('a kommun stays eligible', () => {
    expect(score(urbactListCall, testKommun()).eligibility.applicant).toBe('eligible');
  });

  it('a list of cities in a call of another programme still shuts a region out', () => {
    const m = score(
      testCall({ funder: 'Test funder', title: 'Call for city networks', applicantTypes: ['cities'] }),
      testRegion(),
    );
    expect(m.eligibility.applicant).toBe('not-eligible');
  });
});
