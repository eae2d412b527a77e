/**
 * Bodies abroad named as partners ("partnerskap med kommuner i Ukraina", "cooperation with municipalities in
 * Georgia") say where the partners are, not where applicants must be: a call that Swedish kommuner apply to keeps
 * Sweden (found on a funder page layout written blind to the engine). Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { score } from '../../../core/match/index.ts';
import { testCall, testProfile } from '../../support/test-call.ts';

const blockers = (summary: string, language: 'sv' | 'en') =>
  score(testCall({ summary, language }), testProfile()).blockers.map((b) => b.kind);

describe('bodies abroad named as partners', () => {
  it('leave the call open to the Swedish applicants it names', () => {
    expect(
      blockers(
        'Svenska kommuner och regioner kan söka medel för att inleda partnerskap med kommuner i Ukraina och Moldavien.',
        'sv',
      ),
    ).not.toContain('country-not-eligible');
    expect(
      blockers('Municipalities can apply for support to cooperate with municipalities in Georgia and Armenia.', 'en'),
    ).not.toContain('country-not-eligible');
  });

  it('applicants placed abroad still leave Sweden out', () => {
    expect(blockers('Kommuner i Ukraina och Moldavien kan söka medel för återuppbyggnad.', 'sv')).toContain(
      'country-not-eligible',
    );
    expect(blockers('Municipalities in Georgia and Armenia can apply for support.', 'en')).toContain(
      'country-not-eligible',
    );
  });
});
