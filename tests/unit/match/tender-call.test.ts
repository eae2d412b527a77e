/**
 * A call for tenders buys a service: suppliers bid for a contract, no kommun or region applies for a grant, and the
 * programme's area says nothing of who bids (who-wording.ts tenderCallIn). A translated page may call a grant call
 * "call for tenders": without a word on the contract or the bidders it stays a grant call. Calls written for this
 * test.
 */
import { describe, expect, it } from 'vitest';
import { score } from '../../../core/match/index.ts';
import { judge, kommun, region } from '../../support/applicant-judge.ts';
import { testCall } from '../../support/test-call.ts';

describe('a call for tenders', () => {
  const tenders: [string, string][] = [
    [
      'Call for Tender: territorial analysis',
      'The service contract resulting from this call shall examine governance.',
    ],
    ['Invitation to tender for an evaluation study', 'Tenderers shall submit their offers by 1 March.'],
    ['Anbudsförfrågan: utvärdering av programmet', 'Upphandlingen gäller en extern utvärdering.'],
  ];
  for (const [title, summary] of tenders) {
    it(`is no grant a kommun or region applies for: ${title}`, () => {
      for (const p of [kommun, region]) {
        const j = judge({ title, summary }, p);
        expect(j.verdict).toBe('not-eligible');
        expect(j.applicantBlockers[0]).toMatch(/^Utlysningen är en upphandling \(".+"\): leverantörer lämnar anbud/);
      }
    });
  }

  it("says nothing of the programme's area", () => {
    const m = score(
      testCall({ funder: 'ESPON EGTC', title: tenders[0][0], summary: tenders[0][1], programme: 'ESPON 2030' }),
      kommun,
    );
    expect(m.eligibility.area).toBe('unknown');
    expect(m.blockers.some((b) => b.kind === 'outside-programme-area')).toBe(false);
  });

  it('"call for tenders" for grants, with no contract or bidders, is a grant call', () => {
    const j = judge({
      title: 'City networks: call for tenders published',
      summary: 'The call for tenders funds projects of towns and municipalities with 6 million euros.',
    });
    expect(j.applicantBlockers).toEqual([]);
  });
});
