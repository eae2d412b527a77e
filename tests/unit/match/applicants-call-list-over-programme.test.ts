/**
 * Programme data says who may apply to a funder's calls at large ("i Energimyndigheten kan kommuner söka"); a call
 * that names the kinds of body it is for decides for itself. Where its list names others and is not closed (so no
 * blocker), the programme's line must not be shown as if it applied to this call; where the call says nothing of
 * who may apply, or names organisations of any kind, the programme's line still stands. Texts written for this test.
 */
import { describe, expect, it } from 'vitest';
import { score } from '../../../core/match/index.ts';
import type { FundingCall } from '../../../core/model/call.ts';
import { testCall, testKommun, testRegion } from '../../support/test-call.ts';

const kommun = testKommun();
const region = testRegion();

const energy = (over: Partial<FundingCall>): FundingCall =>
  testCall({ funder: 'Energimyndigheten', title: 'Stöd till energieffektivisering 2027', language: 'sv', ...over });
const life = (over: Partial<FundingCall>): FundingCall =>
  testCall({ funder: 'European Commission', programme: 'LIFE Programme', title: 'LIFE call 2027', ...over });

/** Calls whose own list names kinds of body, none a kommun's or region's, and is not closed. */
const OWN_LIST: [string, FundingCall][] = [
  [
    'a Swedish list of companies with examples',
    energy({
      applicantTypes: ['små och medelstora företag'],
      summary:
        'Små och medelstora företag kan söka stöd. Även exempelvis bostadsrättsföreningar och idrottsföreningar kan söka.',
    }),
  ],
  [
    'an English sentence naming companies and research bodies "among others"',
    life({ summary: 'Eligible applicants are, among others, SMEs and research organisations.' }),
  ],
];

describe("a call's own list of applicants over programme data", () => {
  for (const [what, call] of OWN_LIST) {
    it(`shows no programme line as the call's: ${what}`, () => {
      for (const p of [kommun, region]) {
        const e = score(call, p).eligibility;
        expect(e.applicant, `${p.kind}: ${e.applicantText.sv}`).toBe('unknown');
        expect(e.applicantFrom).toBeUndefined();
        expect(e.applicantText.sv).not.toMatch(/kan (kommuner|regioner) söka\./);
        expect(e.applicantText.sv).toMatch(/företag/);
        expect(e.applicantText.sv).toMatch(/säger inte att bara dessa kan söka/);
        expect(e.applicantText.en).toMatch(/does not say only they may apply/);
      }
    });
  }

  it('keeps the programme line where the call says nothing of who may apply', () => {
    for (const [call, name] of [
      [energy({ summary: 'Stöd till projekt som minskar energianvändningen i lokaler.' }), 'Energimyndigheten'],
      [life({ summary: 'Projects that restore wetlands and rivers.' }), 'LIFE'],
    ] as const) {
      const e = score(call, kommun).eligibility;
      expect(e.applicant, e.applicantText.sv).toBe('eligible');
      expect(e.applicantFrom).toBe('programme-data');
      expect(e.applicantText.sv).toContain(`i ${name} kan kommuner söka`);
    }
  });

  it('keeps the programme line where the call names organisations of any kind beside others', () => {
    const e = score(
      energy({
        applicantTypes: ['företag', 'organisationer som arbetar med energifrågor'],
        summary: 'Stöd till energiprojekt.',
      }),
      region,
    ).eligibility;
    expect(e.applicant, e.applicantText.sv).toBe('eligible');
    expect(e.applicantFrom).toBe('programme-data');
  });

  it('still blocks where the call says only others may apply', () => {
    const m = score(energy({ summary: 'Endast små och medelstora företag kan söka.' }), kommun);
    expect(m.eligibility.applicant).toBe('not-eligible');
    expect(m.blockers.map((b) => b.kind)).toContain('applicant-type');
  });
});
