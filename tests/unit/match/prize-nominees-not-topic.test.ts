/**
 * A prize's nomination sentence says who receives it, as an application's says who may apply: the kinds of body it
 * names as possible laureates ("ett företag, en organisation eller en person", "a company, an organisation or a
 * person") say who, not what the prize is about. The same words about the call's topic still count. Sentences
 * written for this test.
 */
import { describe, expect, it } from 'vitest';
import { score } from '../../../core/match/index.ts';
import { testCall, testProfile } from '../../support/test-call.ts';

const business = testProfile({
  priorities: [
    {
      id: 'naringsliv',
      label: { sv: 'näringsliv', en: 'business' },
      weight: 1,
      concepts: ['business-development'],
      terms: [],
    },
  ],
});
const quotes = (summary: string, language: 'sv' | 'en') =>
  score(testCall({ title: 'Pris för renare vatten', summary, language }), business).reasons.flatMap((r) =>
    r.evidence.map((e) => e.term.toLowerCase()),
  );

describe('who may be nominated for a prize is not its topic', () => {
  it('"kan nominera … ett företag, en organisation eller en person" gives no business evidence', () => {
    expect(
      quotes(
        'Alla kan nominera kandidater till priset: ett företag, en organisation eller en person som har bidragit till renare vatten.',
        'sv',
      ),
    ).toEqual([]);
    expect(
      quotes('Till priset kan nomineras företag, föreningar och personer som arbetat för renare sjöar.', 'sv'),
    ).toEqual([]);
  });
  it('"may nominate a company, an organisation or a person" gives none either', () => {
    expect(
      quotes('Anyone may nominate a company, an organisation or a person who has improved water quality.', 'en'),
    ).toEqual([]);
    expect(quotes('Companies and associations can be nominated for their work on cleaner lakes.', 'en')).toEqual([]);
  });
  it('the same word about the topic still counts', () => {
    expect(
      quotes('Priset går till arbete som hjälper små företag att växa med vattenteknik.', 'sv').length,
    ).toBeGreaterThan(0);
  });
});
