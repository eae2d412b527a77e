/**
 * The boosts for fit beyond the call's words (a funder the strategy names, partner countries, a place the strategy
 * prioritises) are for calls the body can apply to: where what the call says of its applicants leaves it open
 * whether the body may apply, they are withheld; a call silent on who may apply keeps them. Calls written for
 * this test.
 */
import { describe, expect, it } from 'vitest';
import { score } from '../../../core/match/index.ts';
import type { Match } from '../../../core/model/match.ts';
import { shownPoints, testCall, testPriority, testProfile } from '../../support/test-call.ts';

const FIT = ['preferred-funder', 'partner-country', 'geographic-focus'];
const fitBoosts = (m: Match) => m.boosts.filter((b) => FIT.includes(b.kind)).map((b) => b.kind);

const body = (kind: 'kommun' | 'region') =>
  testProfile({
    kind,
    name: kind === 'region' ? 'Region Testlän' : 'Testby kommun',
    preferredFunders: ['Testfonden'],
    partnerCountries: ['Finland'],
    priorities: [testPriority('norden', ['nordic-arctic']), testPriority('skola', ['schools-education', 'youth'])],
  });

const schoolsOnly = testCall({
  funder: 'Testfonden',
  title: 'Stöd till elevutbyten i Norden',
  summary:
    'Förskolor, grundskolor och gymnasieskolor kan söka. Stödet gäller elevutbyten och lärarutbyten med skolor i Finland, där unga lär sig om nordiskt samarbete.',
  language: 'sv',
});
const openToUs = testCall({
  ...schoolsOnly,
  summary:
    'Kommuner och regioner kan söka. Stödet gäller elevutbyten och lärarutbyten med skolor i Finland, där unga lär sig om nordiskt samarbete.',
});

describe('fit boosts are for calls the body can apply to', () => {
  it('a call open only to schools leaves a region unsure, and gives it no funder, partner or place boost', () => {
    const m = score(schoolsOnly, body('region'));
    expect(m.eligibility.applicant).toBe('unknown');
    expect(fitBoosts(m)).toEqual([]);
    expect(shownPoints(m)).toBe(m.score);
  });
  it('the same call open to regions gives them all three', () => {
    const m = score(openToUs, body('region'));
    expect(m.eligibility.applicant).toBe('eligible');
    expect(fitBoosts(m).sort()).toEqual([...FIT].sort());
    expect(m.score).toBeGreaterThan(score(schoolsOnly, body('region')).score);
    expect(shownPoints(m)).toBe(m.score);
  });
  it('a kommun, which may apply for its schools, keeps them on the schools-only call', () => {
    const m = score(schoolsOnly, body('kommun'));
    expect(m.eligibility.applicant).toBe('eligible');
    expect(fitBoosts(m).sort()).toEqual([...FIT].sort());
  });
  it('a call that says nothing of who may apply keeps them: nothing it says leaves the body in doubt', () => {
    const m = score(
      testCall({
        funder: 'Testfonden',
        title: 'Nordiskt samarbete för unga',
        summary: 'Stöd till projekt där unga i Finland och Sverige möts i nordiskt samarbete.',
        language: 'sv',
      }),
      body('region'),
    );
    expect(m.eligibility.applicant).toBe('unknown');
    expect(fitBoosts(m).sort()).toEqual([...FIT].sort());
  });
});
