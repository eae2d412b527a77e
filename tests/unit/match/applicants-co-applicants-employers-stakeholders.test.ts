/**
 * Three roles a body can hold that are not the applicant's, with sentences written for this test:
 * - co-applicants ("offentlig sektor kan söka som medsökande", "public bodies as co-applicants") take part in the
 *   project: a call whose lead must be a university names public bodies as project parties, not as who applies;
 * - "forskare vid universitet, högskola eller myndighet" in a list of applicants names the researchers' employers:
 *   the researchers apply, not the agency;
 * - "engagement with stakeholders, such as policymakers" names those the project works with, not who applies.
 */
import { describe, expect, it } from 'vitest';
import { score } from '../../../core/match/index.ts';
import { testCall, testProfile } from '../../support/test-call.ts';

const kommun = testProfile();
const region = testProfile({ kind: 'region' });

describe('co-applicants', () => {
  const call = testCall({
    language: 'sv',
    title: 'Forskningsanslag',
    summary:
      'Utlysningen är öppen för forskare vid svenska universitet och högskolor. Företag, offentlig sektor och civilsamhälle kan söka som medsökande.',
    applicantTypes: ['forskare vid svenska universitet och högskolor'],
  });
  for (const body of [kommun, region]) {
    it(`name a ${body.kind} as a project party, not among the applicants`, () => {
      const m = score(call, body);
      expect(m.eligibility.applicantText.sv).toMatch(/som parter i projekten/);
    });
  }
});

describe("researchers' employers in a list of applicants", () => {
  it('"forskare vid universitet, högskola, forskningsinstitut eller myndighet" is no list naming public bodies', () => {
    const m = score(
      testCall({
        language: 'sv',
        title: 'Forskning om landsbygder',
        applicantTypes: [
          'forskare vid universitet, högskola, forskningsinstitut eller myndighet med forskningsuppdrag',
        ],
      }),
      kommun,
    );
    expect(m.eligibility.applicant).toBe('not-eligible');
  });
  it('"universitet, myndigheter" still names public bodies', () => {
    const m = score(
      testCall({ language: 'sv', title: 'Forskning', applicantTypes: ['universitet', 'myndigheter'] }),
      kommun,
    );
    expect(m.eligibility.applicant).toBe('eligible');
  });
});

describe('stakeholders the project engages', () => {
  const summary =
    'The call funds research on urban mobility. Applicants are encouraged to incorporate active engagement with stakeholders, such as public authorities, civil society and the private sector.';
  it('are not among those who apply', () => {
    const m = score(testCall({ summary }), kommun);
    expect(m.eligibility.applicant).not.toBe('eligible');
  });
  it('"public authorities may apply" still admits a kommun', () => {
    const m = score(testCall({ summary: 'Public authorities and universities may apply for grants.' }), kommun);
    expect(m.eligibility.applicant).toBe('eligible');
  });
});
