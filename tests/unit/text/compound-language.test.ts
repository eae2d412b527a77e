import { describe, expect, it } from 'vitest';
import { analyse } from '../../../core/match/analyse.ts';
import { CONCEPTS } from '../../../core/match/concepts.ts';
import type { FundingCall } from '../../../core/model/call.ts';
import { HitBuffer, PhraseMatcher } from '../../../core/text/phrases.ts';
import { stem } from '../../../core/text/stem.ts';
import { scanText, TokenBuffer, wordKey } from '../../../core/text/words.ts';

/** The words of `text` a Swedish term is found inside, the text read as written in `lang`. */
function compoundWords(term: string, text: string, lang: 'sv' | 'en'): string[] {
  const matcher = new PhraseMatcher([{ ref: term, phrase: term, lang: 'sv' }], { compounds: true });
  const tokens = scanText(text, new TokenBuffer());
  const hits = matcher.scan(tokens, new HitBuffer<string>(), lang);
  const out: string[] = [];
  for (let h = 0; h < hits.n; h++) if (hits.compound[h] === 1) out.push(tokens.info[hits.from[h]].word);
  return out;
}

describe('a Swedish compound reading applies to Swedish words only', () => {
  it('an English call splits no word into Swedish parts', () => {
    expect(compoundWords('motion', 'Health promotion and disease prevention in the region.', 'en')).toEqual([]);
    expect(compoundWords('service', 'In-space servicing and future space transport.', 'en')).toEqual([]);
  });

  it('a Swedish call still does', () => {
    expect(compoundWords('motion', 'Stöd till motionsföreningar i kommunen.', 'sv')).toEqual(['motionsföreningar']);
  });

  it('a sentence whose function words say it is in the other language is read in that language', () => {
    const mixed =
      'Stöd ges till motionsföreningar och kommuner. The call is for the promotion of the region and its projects.';
    expect(compoundWords('motion', mixed, 'sv')).toEqual(['motionsföreningar']);
    const quoted =
      'The fund supports sport for all. Stödet går till motionsföreningar och klubbar som vill arbeta med det.';
    expect(compoundWords('motion', quoted, 'en')).toEqual(['motionsföreningar']);
  });

  it("a call's own concepts follow: health promotion in English is no exercise", () => {
    const call = (title: string, summary: string, language: 'sv' | 'en'): FundingCall => ({
      id: 't:1',
      source: 'test',
      funder: 'Test funder',
      title,
      summary,
      url: '',
      language,
      deadlines: [],
    });
    const about = (c: FundingCall) => CONCEPTS.filter((_, i) => analyse(c).tf[i] > 0).map((x) => x.id);
    expect(about(call('Health promotion', 'Projects on health promotion for older people.', 'en'))).not.toContain(
      'sport-leisure',
    );
    expect(about(call('Motionsprojekt', 'Stöd till motionsföreningar för äldre.', 'sv'))).toContain('sport-leisure');
  });
});

describe('what follows a compound part is a word, not a loanword ending', () => {
  const partsOf = (term: string, word: string) =>
    new PhraseMatcher([{ ref: term, phrase: term, lang: 'sv' }], { compounds: true }).compoundParts(
      wordKey(word, 'sv'),
      stem(word, 'sv'),
    );

  it.each([
    ['kommun', 'kommunikation'],
    ['kommun', 'kommunikationsrelaterade'],
    ['interreg', 'interregional'],
  ])('"%s" is not found in "%s"', (term, word) => {
    expect(partsOf(term, word)).toEqual([]);
  });

  it.each([
    ['kommun', 'kommunfullmäktige'],
    ['kommun', 'kommuninvånare'],
    ['industri', 'industriell'],
    ['klimat', 'klimatanpassning'],
  ])('"%s" is still found in "%s"', (term, word) => {
    expect(partsOf(term, word)).toEqual([term]);
  });
});
