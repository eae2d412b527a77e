/**
 * A call for those another call funded already ("aktörer som har beviljats medel via …", "organisations that have
 * been awarded funding under …") says who may apply: whether this body is one of them the call cannot say, and
 * programme data that admits kommuner is not told as if it were this call's (who-wording.ts alreadyFundedIn).
 * Sentences and entries written for this test.
 */
import { describe, expect, it } from 'vitest';
import { judge, kommun, region } from '../../support/applicant-judge.ts';

describe('only those already funded', () => {
  const sentences: [string, 'sv' | 'en'][] = [
    [
      'Nu kan aktörer som har beviljats medel via EU-programmets utlysning för testhubbar ansöka om delfinansiering.',
      'sv',
    ],
    ['Organisations that have been awarded funding under the hub call may apply for co-financing.', 'en'],
  ];
  for (const [summary, language] of sentences) {
    it(summary, () => {
      for (const p of [kommun, region]) {
        const j = judge({ summary, language }, p);
        expect(j.verdict).toBe('unknown');
        expect(j.text).toMatch(/^Utlysningen vänder sig bara till dem som redan har fått stöd \(".+"\)/);
        expect(j.blockers).toEqual([]);
      }
    });
  }

  it('an entry of the list of applicants says it too', () => {
    const j = judge({ applicantTypes: ['aktörer som beviljats medel för testhubbar'], language: 'sv' });
    expect(j.verdict).toBe('unknown');
  });

  it('a grant a call gives is not who applies: "projects that receive funding must report"', () => {
    const j = judge({
      summary: 'Kommuner kan söka. Projekt som har beviljats medel ska rapportera årligen.',
      language: 'sv',
    });
    expect(j.verdict).toBe('eligible');
  });
});
