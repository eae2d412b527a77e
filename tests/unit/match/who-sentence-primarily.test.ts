/**
 * "Utlysningen riktar sig i första hand till …", "vänder sig framför allt till …": a sentence that says whom a call
 * is for first of all says who may apply, as "riktar sig till" does. The kinds of body it names are then who, not
 * what the call is about ("kommunala verksamheter" named as applicants is no public-sector innovation), and those
 * named after "i första hand" are examples, not the limit. Sentences written for this test after how Swedish
 * agencies write.
 */
import { describe, expect, it } from 'vitest';
import { score } from '../../../core/match/index.ts';
import { testCall, testPriority, testProfile } from '../../support/test-call.ts';

const kommun = testProfile({ priorities: [testPriority('verksamhet', ['public-innovation'])] });
const call = (who: string) =>
  testCall({
    funder: 'Testfonden',
    title: 'Kompetensutveckling för anställda',
    language: 'sv',
    summary: `Utlysningen gäller kompetensutveckling för anställda i länets arbetsplatser. ${who} Projekten ska stärka den enskildes ställning på arbetsmarknaden.`,
  });

describe('who a call is for first of all', () => {
  for (const cue of [
    'riktar sig i första hand till',
    'vänder sig framför allt till',
    'riktar sig huvudsakligen till',
  ]) {
    it(`"Utlysningen ${cue} … kommunala verksamheter" names applicants, not a topic`, () => {
      const m = score(call(`Utlysningen ${cue} branschorganisationer och kommunala verksamheter.`), kommun);
      expect(m.reasons.map((r) => r.conceptId)).not.toContain('public-innovation');
      expect(m.eligibility.applicant).toBe('eligible');
      expect(m.blockers).toEqual([]);
    });
  }
  it('named as examples, other kinds of body shut no kommun out', () => {
    const m = score(call('Utlysningen riktar sig i första hand till branschorganisationer.'), kommun);
    expect(m.blockers).toEqual([]);
  });
  it('the same words outside a sentence on who applies are still the topic', () => {
    const m = score(call('Projekten ska utveckla kommunala verksamheter och nya arbetssätt.'), kommun);
    expect(m.reasons.map((r) => r.conceptId)).toContain('public-innovation');
  });
});
