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

describe('the parts found inside a word', () => {
  it('are those a test of every part finds, in the same order, for compounds made of the vocabulary parts', async () => {
    const { VOCABULARY } = await import('../../../core/match/vocabulary.ts');
    const { ocrCompatible } = await import('../../../core/text/fold.ts');
    const { wordInfo } = await import('../../../core/text/words.ts');
    const { seededRandom } = await import('../../support/random-texts.ts');
    type Part = { key: string; spelt: string; ref: unknown };
    const parts = (VOCABULARY as unknown as { parts: Part[] }).parts;
    expect(parts.length).toBeGreaterThan(100);
    // The test of every part, as written before parts were filed by their letters.
    const everyPart = (key: string, seen: string) => {
      const hit: { ref: unknown; from: number; to: number }[] = [];
      if (key.length < 9) return [];
      const aligned = seen.length === key.length;
      const spelt = (p: Part, at: number) => !aligned || ocrCompatible(p.spelt, seen.slice(at, at + p.key.length));
      for (const p of parts) {
        const k = p.key;
        if (k.length + 3 > key.length) continue;
        if (key.startsWith(k)) {
          if (spelt(p, 0)) hit.push({ ref: p.ref, from: 0, to: k.length });
        } else if (key.endsWith(k)) {
          if (spelt(p, key.length - k.length)) hit.push({ ref: p.ref, from: key.length - k.length, to: key.length });
        } else if (k.length >= 7) {
          const at = key.indexOf(k, 3);
          if (at > 0 && key.length - at - k.length >= 3 && spelt(p, at))
            hit.push({ ref: p.ref, from: at, to: at + k.length });
        }
      }
      // A part inside a longer part found is no part of its own.
      const inLonger = (a: (typeof hit)[number]) =>
        hit.some((b) => b.from <= a.from && a.to <= b.to && b.to - b.from > a.to - a.from);
      return hit.filter((a) => !inLonger(a)).map((a) => a.ref);
    };
    const next = seededRandom(17);
    const pieces = ['', 's', 'e', 'a', 'ings', 'bo', 'kr', 'xyz', 'erna', 'ens'];
    let found = 0;
    for (let n = 0; n < 4000; n++) {
      let word = pieces[next(pieces.length)];
      for (let w = 1 + next(3); w > 0; w--) word += parts[next(parts.length)].spelt + pieces[next(pieces.length)];
      const info = wordInfo(word);
      const want = everyPart(info.sv, info.svStem);
      expect(VOCABULARY.compoundParts(info.sv, info.svStem), word).toEqual(want);
      found += want.length;
    }
    expect(found).toBeGreaterThan(4000);
  });
});
