/**
 * Two readings of words that are no topic. Sentences written for this test, after how funders generally write:
 * - health of something other than people (soil, plants, animals, the ocean, ecosystems, forests) is no health
 *   and care: "soil health", "plant health", "havets hälsa"; people's health ("public health", "mental health",
 *   "folkhälsa") still is;
 * - a call's identifier code ("AMIF-2016-AG-INTE-01", "DIGITAL-2024-BESTUSE-06-INNOV-ADMIN") is abbreviations,
 *   no words: "AG" is no "ageing", "INNOV" no "innovation"; the same words in prose still count.
 */
import { describe, expect, it } from 'vitest';
import { score } from '../../../core/match/index.ts';
import { testCall, testPriority, testProfile } from '../../support/test-call.ts';

const reasons = (concept: string, title: string, summary: string, language: 'sv' | 'en' = 'en') =>
  score(testCall({ title, summary, language }), testProfile({ priorities: [testPriority('p', [concept])] }))
    .reasons.filter((r) => r.conceptId === concept)
    .flatMap((r) => r.evidence.map((e) => e.term.toLowerCase()));

describe('health of soil, plants, animals and ecosystems is no health and care', () => {
  const cases: [string, 'sv' | 'en'][] = [
    ['Living labs that co-create solutions for soil health on farms and in forests.', 'en'],
    ['Projects monitor plant health and animal health across the region.', 'en'],
    ['The mission restores ocean health and ecosystem health in coastal waters.', 'en'],
    ['Projektet ska förbättra havets hälsa och markens hälsa i jordbruket.', 'sv'],
  ];
  for (const [summary, language] of cases) {
    it(summary, () => expect(reasons('health-care', 'Utlysning', summary, language)).toEqual([]));
  }
  it("people's health still counts", () => {
    expect(
      reasons('health-care', 'Call', 'Projects that improve public health and mental health in schools.'),
    ).not.toEqual([]);
    expect(
      reasons('health-care', 'Utlysning', 'Insatser för folkhälsa och psykisk hälsa bland unga.', 'sv'),
    ).not.toEqual([]);
  });
});

describe("a call's identifier code holds no words", () => {
  it('"AG" in a code is no ageing', () =>
    expect(
      reasons(
        'health-care',
        'Integration of Third-Country Nationals - AMIF-2016-AG-INTE-01',
        'Projects for newly arrived migrants.',
      ),
    ).toEqual([]));
  it('"INNOV" in a code is no innovation', () =>
    expect(
      reasons(
        'research-innovation',
        'Interoperability platform (DIGITAL-2024-BESTUSE-06-INNOV-ADMIN)',
        'A platform for public administrations.',
      ),
    ).toEqual([]));
  it('the words in prose still count', () => {
    expect(
      reasons('research-innovation', 'Call', 'Support for innovation in public administrations (DIGITAL-2024-06).'),
    ).toContain('innovation');
    expect(reasons('health-care', 'Call', 'Support for active ageing in the municipality.')).not.toEqual([]);
  });
});
