/**
 * Readings probe 11's fresh pages showed wrong, each as a general rule. Sentences written for this test from how
 * funders generally write:
 * - with nothing beyond Sweden in a call (no area across borders, no programme abroad, no country, no international
 *   word), "samverkan", "nätverk" and "partners" are work at home, not international cooperation;
 * - "the users of research, such as public authorities" are served by the research, not applicants;
 * - "life in cities of all sizes" names cities as places;
 * - a sentence opening with other calls ("Two other related calls, for town-twinning projects …") names their
 *   topics, not this call's.
 */
import { describe, expect, it } from 'vitest';
import { analyse } from '../../../core/match/analyse.ts';
import { topicsOf } from '../../support/evidence.ts';
import { testCall } from '../../support/test-call.ts';

const topics = topicsOf;

describe('cooperation words in a call with nothing beyond Sweden', () => {
  const summary =
    'Länsstyrelsen ger ersättning till insatser som skapar nätverk för nyanlända och främjar samverkan mellan den civila sektorn och kommuner.';
  it('are work at home', () => {
    expect(topics({ funder: 'Länsstyrelsen', title: 'Flyktingguider', summary, language: 'sv' })).not.toContain(
      'international-cooperation',
    );
  });
  it('are work at home in a Swedish region’s own programme, drawn around its län', () => {
    expect(
      topics({
        funder: 'Region Jönköpings län',
        title: 'Projektbidrag för folkhälsa',
        summary: 'Projekt som inte är länsövergripande ska ha samarbete med kommunala aktörer och föreningsliv.',
        language: 'sv',
      }),
    ).not.toContain('international-cooperation');
  });
  it('are international cooperation where the call reaches abroad', () => {
    for (const over of [
      { summary: `${summary} Projekten ska ha partner i andra länder.` },
      { funder: 'Nordiska ministerrådet' },
      { programme: 'Interreg Aurora' },
    ]) {
      expect(
        topics({ funder: 'Länsstyrelsen', title: 'Flyktingguider', summary, language: 'sv', ...over }),
        JSON.stringify(over),
      ).toContain('international-cooperation');
    }
  });
});

describe('who the work serves', () => {
  const mentioned = (summary: string) => [...(analyse(testCall({ summary, language: 'en' })).signals.mentioned ?? [])];
  it('the users of research are no applicants', () => {
    const m = mentioned(
      'The call encourages cooperation between researchers and the users of research, such as public authorities.',
    );
    expect(m).not.toContain('public');
    expect(m).not.toContain('municipal');
  });
  it('cities where life is are places', () => {
    expect(mentioned('The call addresses urban life in cities of all sizes.')).not.toContain('municipal');
    expect(mentioned('Cities may apply for support.')).toContain('municipal');
  });
});

describe('a sentence about other calls', () => {
  it('names their topics, not this call’s', () => {
    const t = topics({
      title: 'European Remembrance',
      summary:
        'The call supports projects on European history. Two other related calls for proposals, for town-twinning projects and for networks of towns, offer funding for partner towns.',
      language: 'en',
    });
    expect(t).not.toContain('town-twinning');
  });
  it('"unlike other calls, this one …" is about this call', () => {
    const t = topics({
      title: 'Call',
      summary: 'Unlike other calls, this call funds town-twinning projects between partner towns.',
      language: 'en',
    });
    expect(t).toContain('town-twinning');
  });
});
