import { describe, expect, it } from 'vitest';
import { PhraseMatcher } from '../../../core/text/phrases.ts';
import { stem } from '../../../core/text/stem.ts';
import { wordKey } from '../../../core/text/words.ts';

const partsOf = (term: string, word: string) =>
  new PhraseMatcher([{ ref: term, phrase: term, lang: 'sv' }], { compounds: true }).compoundParts(
    wordKey(word, 'sv'),
    stem(word, 'sv'),
  );

describe('a Swedish word as the first part of a compound', () => {
  it.each([
    ['klimat', 'klimatfrågor'],
    ['förskola', 'förskoleverksamhet'],
    ['demokrati', 'demokratiutveckling'],
    ['turism', 'turismnäringen'],
  ])('"%s" is found in "%s" (whole, or its joining form one letter short)', (term, word) => {
    expect(partsOf(term, word)).toEqual([term]);
  });

  it.each([
    ['transparens', 'transportinfrastruktur'],
    ['transparens', 'transportsystemet'],
  ])('"%s" is not found in "%s" through a stem cut short ("transp")', (term, word) => {
    expect(partsOf(term, word)).toEqual([]);
  });
});
