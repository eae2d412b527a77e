/**
 * A competition for cities of some size (the Access City Award, the European Capital of Smart Tourism) whose call
 * does not repeat its size limit: programme data (programmes.json minPopulation) holds it, and a kommun of known size
 * is judged by it as by a limit the call states, the line marked as programme data. A call's own limit wins.
 */
import { describe, expect, it } from 'vitest';
import { score } from '../../../core/match/index.ts';
import { testCall, testProfile } from '../../support/test-call.ts';

describe("a competition's size limit from programme data", () => {
  const award = (summary: string) =>
    testCall({
      funder: 'European Commission',
      programme: 'Access City Award',
      title: 'Access City Award 2027 opens',
      summary,
      applicantTypes: ['cities'],
    });
  const small = testProfile({ population: { count: 9000, source: 'test' } });
  const large = testProfile({ population: { count: 120000, source: 'test' } });
  it('shuts out a kommun below it, saying the limit is the programme’s', () => {
    const m = score(award('Cities are invited to show how they make themselves accessible.'), small);
    const b = m.blockers.find((x) => x.kind === 'population-limit');
    expect(b?.text.sv).toMatch(/Access City Award är bara för kommuner och städer med minst 50 000 invånare/);
    expect(b?.from).toBe('programme-data');
  });
  it('admits a kommun above it', () => {
    const m = score(award('Cities are invited to show how they make themselves accessible.'), large);
    expect(m.eligibility.applicant).toBe('eligible');
    expect(m.blockers.map((x) => x.kind)).not.toContain('population-limit');
  });
  it('leaves a kommun of unknown size unknown', () => {
    const m = score(award('Cities are invited to show how they make themselves accessible.'), testProfile());
    expect(m.eligibility.applicant).toBe('unknown');
    expect(m.eligibility.applicantText.sv).toMatch(/minst 50 000 invånare/);
  });
  it('the call’s own limit wins', () => {
    const m = score(award('Cities of over 5,000 inhabitants are invited to apply.'), small);
    expect(m.blockers.map((x) => x.kind)).not.toContain('population-limit');
  });
});
