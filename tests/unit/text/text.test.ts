import { describe, expect, it } from 'vitest';
import { fold, foldKeepingOffsets, keyOf, skeleton } from '../../../core/text/fold.ts';
import { normalise, plain, tokenise } from '../../../core/text/normalise.ts';
import { keyTokens, PhraseMatcher, wordKey } from '../../../core/text/phrases.ts';
import { quoteAround } from '../../../core/text/quote.ts';
import { stem } from '../../../core/text/stem.ts';

describe('normalisation', () => {
  it('lowercases, composes and strips punctuation', () => {
    expect(normalise('Ö\u0308STERSJÖN'.normalize('NFD'))).toBe('ö\u0308stersjön'.normalize('NFC'));
    expect(plain('Hälso- och sjukvård, (EU:s) mål!')).toBe('hälso och sjukvård eu s mål');
  });
  it('keeps offsets into the original text', () => {
    const text = 'Stärk den LOKALA demokratin.';
    const t = tokenise(text)[2];
    expect(t.word).toBe('lokala');
    expect(text.slice(t.start, t.end)).toBe('LOKALA');
  });
});

describe('stemming', () => {
  it('stems Swedish and English words', () => {
    expect(stem('kommunala', 'sv')).toBe(stem('kommunal', 'sv'));
    expect(stem('ungdomar', 'sv')).toBe(stem('ungdom', 'sv'));
    expect(stem('municipalities', 'en')).toBe(stem('municipality', 'en'));
    expect(stem('partnerships', 'en')).toBe(stem('partnership', 'en'));
  });
});

describe('OCR and diacritic tolerance', () => {
  it("folds with the text's own offsets where a match must cut the original", () => {
    // ß would fold to two letters: kept, so every offset still points into the original text.
    const text = 'Lokale Akteure der Großregion, Östersjön';
    const folded = foldKeepingOffsets(text);
    expect(folded).toBe('lokale akteure der großregion, ostersjon');
    expect(text.slice(folded.indexOf('ostersjon'))).toBe('Östersjön');
    expect(fold('straße')).toBe('strasse');
  });
  it('folds diacritics', () => {
    expect(fold('östersjöområdet')).toBe('ostersjoomradet');
  });
  it('gives OCR-damaged words the key of the real word', () => {
    expect(wordKey('omvirldsbevakning', 'sv')).toBe(wordKey('omvärldsbevakning', 'sv'));
    expect(wordKey('mojligheter', 'sv')).toBe(wordKey('möjligheter', 'sv'));
    expect(skeleton('f6r')).toBe(skeleton('för'));
  });
  it('does not collapse vowels of short words', () => {
    expect(keyOf('lan')).not.toBe(keyOf('lin'));
  });
});

describe('phrase matching and Swedish compounds', () => {
  const m = new PhraseMatcher<string>(
    [
      { ref: 'adapt', phrase: 'klimatanpassning', lang: 'sv' },
      { ref: 'adapt-part', phrase: 'anpassning', lang: 'sv' },
      { ref: 'water', phrase: 'vattenförvaltning', lang: 'sv' },
      { ref: 'democracy', phrase: 'lokal demokrati', lang: 'sv' },
      { ref: 'climate', phrase: 'climate adaptation', lang: 'en' },
    ],
    { compounds: true },
  );
  const refs = (text: string) => m.match(keyTokens(text)).map((h) => h.ref);

  it('finds lexicon words inside compounds, the longest part where one holds another', () => {
    // "klimatanpassning" holds "anpassning": the longer part reads the word, the shorter is no part of its own.
    expect(refs('Kommunens klimatanpassningsåtgärder')).toContain('adapt');
    expect(refs('Kommunens klimatanpassningsåtgärder')).not.toContain('adapt-part');
    expect(refs('Anpassningsåtgärder i kommunen')).toContain('adapt-part');
    expect(refs('Stöd till vattenförvaltningen')).toContain('water');
  });
  it('matches multi-word phrases, inflected, and with a compound last word', () => {
    expect(refs('Stärk den lokala demokratin')).toContain('democracy');
    expect(refs('lokal demokratiutveckling i partnerkommunen')).toContain('democracy');
    expect(refs('Climate Adaptation in coastal towns')).toContain('climate');
  });
  it('finds each phrase a word opens whose compound last word the next word starts, and only those, in order', () => {
    const opens = new PhraseMatcher<string>(
      [
        { ref: 'region', phrase: 'region', lang: 'sv' },
        { ref: 'skåne', phrase: 'region skåne', lang: 'sv' },
        { ref: 'västerbotten', phrase: 'region västerbotten', lang: 'sv' },
        { ref: 'västernorrland', phrase: 'region västernorrland', lang: 'sv' },
        { ref: 'samverkan', phrase: 'regional samverkan', lang: 'sv' },
        { ref: 'regional', phrase: 'regional', lang: 'sv' },
      ],
      { compounds: true },
    );
    const found = (text: string) => opens.match(keyTokens(text)).map((h) => `${h.ref}@${h.from}-${h.to}`);
    expect(found('Region Västerbottensmodellen och region Skåne')).toEqual([
      'region@0-1',
      'västerbotten@0-2',
      'region@3-4',
      'skåne@3-5',
    ]);
    expect(found('regional samverkansplattform, region västra')).toEqual([
      'regional@0-1',
      'samverkan@0-2',
      'region@2-3',
    ]);
  });
  it('survives OCR damage in running text', () => {
    const ocr = new PhraseMatcher<string>([{ ref: 'scan', phrase: 'omvärldsbevakning', lang: 'sv' }]);
    expect(ocr.match(keyTokens('genom god omvirldsbevakning och paverkansarbete')).map((h) => h.ref)).toEqual(['scan']);
  });
  it('does not find short words inside unrelated words', () => {
    const short = new PhraseMatcher<string>([{ ref: 'art', phrase: 'konst', lang: 'sv' }], { compounds: true });
    expect(short.match(keyTokens('konstellationer av aktörer'))).toEqual([]);
  });
});

describe('quotes', () => {
  it('cuts at word boundaries with ellipses', () => {
    const text = `${'a '.repeat(60)}the matched words here ${'b '.repeat(60)}`;
    const at = text.indexOf('matched');
    const q = quoteAround(text, at, at + 7, 20);
    expect(q.startsWith('…')).toBe(true);
    expect(q.endsWith('…')).toBe(true);
    expect(q).toContain('matched');
  });
});
