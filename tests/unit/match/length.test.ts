/** Long texts must not win by length: a handbook naming every theme once is not about any of them. */
import { describe, expect, it } from 'vitest';
import { LEXICON } from '../../../core/data/index.ts';
import { rank, score } from '../../../core/match/index.ts';
import type { FundingCall } from '../../../core/model/call.ts';
import type { Profile } from '../../../core/model/profile.ts';
import { testCall, testPriority, testProfile } from '../../support/test-call.ts';

const call = (id: string, title: string, summary: string): FundingCall =>
  testCall({ id, funder: 'Test', title, summary, language: 'sv' });

const profile: Profile = testProfile({
  priorities: [
    testPriority('klimat', ['climate-adaptation'], 1.8),
    testPriority('unga', ['youth', 'participation-democracy']),
    testPriority('kultur', ['culture-heritage', 'tourism']),
    testPriority('naringsliv', ['business-development']),
  ],
});

const FOCUSED =
  'Kommuner kan söka stöd för att anpassa samhället till ett förändrat klimat, förebygga översvämningar och skyfall och minska riskerna vid extremväder.';
const FILLER = 'Ansökan ska följa programhandboken och budgetmallen. ';
const handbook = [
  FOCUSED,
  ...LEXICON.concepts.map((c) => `Programmet kan även stödja insatser som rör ${c.terms.sv[0]}. ${FILLER}`),
  FILLER.repeat(40),
].join(' ');

describe('length normalisation', () => {
  it('ranks a paragraph squarely on a priority above a handbook that names everything', () => {
    const focused = call('focused', 'Stöd till klimatanpassning i kommuner', FOCUSED);
    const long = call('handbook', 'Programhandbok för utvecklingsprogrammet', handbook);
    expect(handbook.split(/\s+/).length).toBeGreaterThan(1000);
    expect(rank([long, focused], profile).map((r) => r.call.id)).toEqual(['focused', 'handbook']);
  });

  it("counts a priority named in passing in a long page for less than in a call's usual paragraph", () => {
    const passing = 'Projekten kan också bidra till klimatanpassning och färre översvämningar.';
    const paragraph = (n: number) => [passing, ...Array(n).fill(FILLER.trim())].join(' ');
    // About 100 and 190 words: under the old pivot (200) both counted in full.
    const usual = call('a-usual', 'Stöd till företag', paragraph(12));
    const long = call('b-long', 'Stöd till företag', paragraph(25));
    expect(usual.summary.split(/\s+/).length).toBeLessThan(120);
    expect(long.summary.split(/\s+/).length).toBeGreaterThan(150);
    expect(long.summary.split(/\s+/).length).toBeLessThan(200);
    const a = score(usual, profile).reasons.find((r) => r.priorityId === 'klimat');
    const b = score(long, profile).reasons.find((r) => r.priorityId === 'klimat');
    expect(a).toBeDefined();
    expect(b).toBeDefined();
    expect(b!.points).toBeLessThan(a!.points * 0.85);
  });

  it('still counts a long text that keeps to its subject', () => {
    const short = score(call('short', 'Stöd till klimatanpassning i kommuner', FOCUSED), profile);
    const long = score(
      call('long', 'Stöd till klimatanpassning i kommuner', `${FOCUSED} ${FILLER}`.repeat(20)),
      profile,
    );
    expect(long.score).toBeGreaterThanOrEqual(short.score - 5);
    expect(long.band).toBe(short.band);
  });
});
