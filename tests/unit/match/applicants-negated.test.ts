/** A call that says who may not apply ("Kommuner kan inte söka", "Companies cannot apply") is read that way. */
import { describe, expect, it } from 'vitest';
import { score } from '../../../core/match/index.ts';
import type { FundingCall } from '../../../core/model/call.ts';
import { testProfile } from '../../support/test-call.ts';

const call = (over: Partial<FundingCall>): FundingCall => ({
  id: 'test:1',
  source: 'test',
  funder: 'Interreg South Baltic',
  title: 'Call 9: small-scale projects',
  summary: '',
  url: '',
  language: 'en',
  deadlines: [],
  ...over,
});

const profile = testProfile();

describe('who may not apply', () => {
  const mucf = (summary: string) => call({ funder: 'MUCF', title: 'Organisationsbidrag', summary, language: 'sv' });

  it('"Kommuner kan inte söka" is a blocker for a kommun, never a sign that kommuner may apply', () => {
    const m = score(mucf('Statsbidrag till ungdomsorganisationer. Kommuner kan inte söka.'), profile);
    expect(m.eligibility.applicant).toBe('not-eligible');
    expect(m.blockers.map((b) => b.kind)).toContain('applicant-type');
    expect(m.blockers[0].text.sv).toMatch(/kommuner inte kan söka/);
  });

  it('"Companies cannot apply" leaves a kommun eligible and is no company-only blocker', () => {
    const m = score(
      call({ summary: 'Municipalities and NGOs may apply. Companies cannot apply.', funder: 'Interreg South Baltic' }),
      profile,
    );
    expect(m.eligibility.applicant).toBe('eligible');
    expect(m.blockers.some((b) => b.kind === 'applicant-type')).toBe(false);
  });
});
