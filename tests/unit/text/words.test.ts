import { describe, expect, it } from 'vitest';
import { ocrCompatible } from '../../../core/text/fold.ts';
import { tokenise } from '../../../core/text/normalise.ts';
import { keyTokens, PhraseMatcher } from '../../../core/text/phrases.ts';
import { stem } from '../../../core/text/stem.ts';
import { scanText, TokenBuffer, wordInfo, wordKey } from '../../../core/text/words.ts';

describe('scanning text into the word table', () => {
  const samples = [
    'Stärk den LOKALA demokratin – ansök senast 2026-03-15!',
    'Ö\u0308STERSJÖN och Çeşme; İstanbul (lowercasing changes the length)',
    'Cross-border co-operation: SMEs, NGOs & municipalities’ partners.',
    '',
    '   ',
  ];
  it('finds the same words at the same offsets as the tokeniser', () => {
    for (const text of samples) {
      const buf = scanText(text, new TokenBuffer());
      const want = tokenise(text);
      expect(buf.n).toBe(want.length);
      for (let i = 0; i < buf.n; i++) {
        expect(buf.info[i].word).toBe(want[i].word);
        expect([buf.start[i], buf.end[i]]).toEqual([want[i].start, want[i].end]);
      }
    }
  });
  it('gives one shared entry per distinct word, with both languages’ keys', () => {
    const buf = scanText('kommuner Kommuner KOMMUNER', new TokenBuffer());
    expect(buf.info[0]).toBe(buf.info[1]);
    expect(buf.info[1]).toBe(buf.info[2]);
    expect(buf.info[0]).toBe(wordInfo('kommuner'));
    expect(buf.info[0].sv).toBe(wordKey('kommuner', 'sv'));
    expect(buf.info[0].en).toBe(wordKey('kommuner', 'en'));
  });
  it('tells apart words of the same hash and keeps every word as the table grows', () => {
    // Pairs of words with the same 32-bit hash (found by search): each must come back as itself.
    for (const [a, b] of [
      ['jmwtyc', 'iekbel'],
      ['qmswyc', 'wgözäf'],
      ['åbjåög', 'ägraah'],
    ]) {
      const wa = wordInfo(a);
      const wb = wordInfo(b);
      expect(wa.word).toBe(a);
      expect(wb.word).toBe(b);
      expect(wordInfo(a)).toBe(wa);
      expect(scanText(`${b} ${a}`, new TokenBuffer()).info.slice(0, 2)).toEqual([wb, wa]);
    }
    // Enough new words to double the table a few times: each is found again as the same entry, with its letters.
    const words = Array.from({ length: 20_000 }, (_, i) => `ord${i.toString(36)}x${'é'.repeat(i % 3)}`);
    const first = words.map((w) => wordInfo(w));
    const buf = scanText(words.join(' '), new TokenBuffer());
    for (let i = 0; i < words.length; i++) {
      expect(first[i].word).toBe(words[i]);
      expect(buf.info[i]).toBe(first[i]);
    }
  });
  it('grows its buffer for long texts', () => {
    const text = 'ord '.repeat(5000);
    expect(scanText(text, new TokenBuffer()).n).toBe(5000);
  });
});

describe('Swedish inflections share one key', () => {
  const same = [
    ['hållbar', 'hållbara', 'hållbart'],
    ['digital', 'digitala', 'digitalt'],
    ['internationell', 'internationella', 'internationellt'],
    ['samhälle', 'samhället', 'samhällen'],
    ['projekt', 'projektet', 'projekten'],
    ['förnybar', 'förnybara', 'förnybart'],
  ];
  for (const forms of same) {
    it(forms.join(' / '), () => {
      expect(new Set(forms.map((w) => wordKey(w, 'sv'))).size).toBe(1);
    });
  }
});

describe('a word of another family keeps its own key', () => {
  // A further round of Swedish stemming cuts inflections only: a derivational ending reached after one ("-ig" of
  // "investig-") is another word's, English ("investigate") or Swedish ("sysselsatt").
  it('investigate is no form of investerare', () => {
    const investor = wordKey('investerare', 'sv');
    for (const w of ['investigate', 'investigator', 'investigators']) expect(wordKey(w, 'sv')).not.toBe(investor);
    expect(wordKey('investerarna', 'sv')).toBe(investor);
  });
  it('sysselsatt keeps its stem', () => {
    for (const w of ['sysselsatt', 'sysselsatta', 'sysselsattas']) expect(stem(w, 'sv')).toBe('sysselsat');
  });
  it('a lexicon term is not found in a word of another family', () => {
    const m = new PhraseMatcher<string>([{ ref: 'investors', phrase: 'investerare', lang: 'sv' }], { compounds: true });
    expect(m.match(keyTokens('investigate match funding sources'))).toEqual([]);
    expect(m.match(keyTokens('utländska investerare')).map((h) => h.ref)).toEqual(['investors']);
  });
});

describe('OCR tolerance without chance matches', () => {
  it('accepts å/ä/ö read as another vowel, without dots or as 6', () => {
    expect(ocrCompatible('omvärldsbevakning', 'omvirldsbevakning')).toBe(true);
    expect(ocrCompatible('för', 'f6r')).toBe(true);
    expect(ocrCompatible('södra', 'sédra')).toBe(true);
    expect(ocrCompatible('östersjön', 'ostersjon')).toBe(true);
  });
  it('rejects a plain vowel swapped for another', () => {
    expect(ocrCompatible('samråd', 'somrad')).toBe(false);
    expect(ocrCompatible('intel', 'antal')).toBe(false);
  });
  it('does not find a lexicon word across a compound’s joint by its vowel skeleton alone', () => {
    const m = new PhraseMatcher<string>([{ ref: 'consult', phrase: 'samråd', lang: 'sv' }], { compounds: true });
    expect(m.match(keyTokens('alla insatsområden'))).toEqual([]);
    expect(m.match(keyTokens('medborgarsamråd i kommunen')).map((h) => h.ref)).toEqual(['consult']);
  });
});

describe('British and American spellings share one key', () => {
  const same = [
    ['digitalisation', 'digitalization'],
    ['labour', 'labor'],
    ['programme', 'program'],
    ['centre', 'center'],
    ['neighbourhood', 'neighborhood'],
    ['organisations', 'organizations'],
  ];
  for (const forms of same) {
    it(forms.join(' / '), () => {
      expect(new Set(forms.map((w) => wordKey(w, 'en'))).size).toBe(1);
    });
  }
});

describe('invisible characters inside words', () => {
  it('reads a soft-hyphenated or zero-width-split compound as one word', () => {
    const text = 'Stöd till klimat\u00adanpassning och vatten\u200bförvaltning.';
    const buf = scanText(text, new TokenBuffer());
    const words = Array.from({ length: buf.n }, (_, i) => buf.info[i].word);
    expect(words).toEqual(['stöd', 'till', 'klimatanpassning', 'och', 'vattenförvaltning']);
    expect(text.slice(buf.start[2], buf.end[2])).toBe('klimat\u00adanpassning');
  });
  it('still splits at a soft hyphen that ends a word', () => {
    const buf = scanText('slut\u00ad nästa', new TokenBuffer());
    expect(Array.from({ length: buf.n }, (_, i) => buf.info[i].word)).toEqual(['slut', 'nästa']);
  });
});

describe('the word table under many distinct words', () => {
  it('keeps finding every word as it grows', () => {
    const words = Array.from({ length: 20_000 }, (_, i) => `ord${i.toString(36)}x`);
    const first = words.map((w) => wordInfo(w));
    const again = words.map((w) => wordInfo(w));
    expect(again.every((info, i) => info.word === words[i] && info === first[i])).toBe(true);
  });
});

describe('English words Porter would fold into a lexicon word stay apart', () => {
  const apart = [
    ['participants', 'participation'],
    ['emerging', 'emergency'],
    ['internal', 'international'],
    ['market', 'marketing'],
    ['promote', 'promotion'],
    ['integrated', 'integration'],
  ];
  for (const [everyday, term] of apart) {
    it(`${everyday} ≠ ${term}`, () => expect(wordKey(everyday, 'en')).not.toBe(wordKey(term, 'en')));
  }
  it('while their own inflections still meet', () => {
    expect(wordKey('participants', 'en')).toBe(wordKey('participant', 'en'));
    expect(wordKey('markets', 'en')).toBe(wordKey('market', 'en'));
    expect(wordKey('emerging', 'en')).toBe(wordKey('emerged', 'en'));
  });
});

describe('function words of one language are not content words of the other', () => {
  const m = new PhraseMatcher<string>([{ ref: 'sea', phrase: 'hav', lang: 'sv' }], { compounds: true });
  it('"have" in English is not Swedish "hav" (sea)', () => {
    expect(m.match(keyTokens('Projects that have partners in Poland'))).toEqual([]);
    expect(m.match(keyTokens('Rena hav och levande kuster')).map((h) => h.ref)).toEqual(['sea']);
  });
  it('Swedish "värden" (values) is not "vården" (care): one Swedish letter is not read as another', () => {
    const care = new PhraseMatcher<string>([{ ref: 'care', phrase: 'vård', lang: 'sv' }]);
    expect(care.match(keyTokens('demokratiska värden'))).toEqual([]);
    expect(care.match(keyTokens('vården och omsorgen')).map((h) => h.ref)).toEqual(['care']);
  });
});
