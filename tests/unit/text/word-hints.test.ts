import { describe, expect, it } from 'vitest';
import { fold } from '../../../core/text/fold.ts';
import { ALL_HINTS, hintOf, textHints } from '../../../core/text/word-hints.ts';
import { scanText, TokenBuffer } from '../../../core/text/words.ts';
import { joinedTexts } from '../../support/random-texts.ts';

// Registered before any text is read, as the engine's modules do when they load.
const PATTERNS = [
  /priorit|objectives|insatsområden|särskilda mål/,
  /(?:^|[^\p{L}])(?:mayors?|representatives?|företrädare)\s+(?:of|för)\s+$/u,
  /(?:kapacitet\p{L}*|capacit(?:y|ies))\s+(?:hos|of)/u,
  /ta del av|make use of/,
  /\s(?:of|av)\s/,
];
const BITS = PATTERNS.map((re) => hintOf(re));

const PARTS = [
  'prioriteringar',
  'Insatsområden',
  'insatsomraden',
  'särskilda mål',
  'SÄRSKILDA MÅL',
  'the mayor of',
  'företrädare för',
  'kapaciteten hos',
  'capacity of',
  'ta del av',
  'make use of',
  ' of ',
  'Straße',
  'İzmir',
  'a\u030A',
  'x',
];
const GAPS = [' ', ', ', '. ', '\u00ad', '-', ''];

describe('word hints', () => {
  it('never rule out a pattern that matches the text, its lowercase or its fold', () => {
    const buf = new TokenBuffer();
    let matched = 0;
    for (const text of joinedTexts(4000, PARTS, GAPS, 6, 3)) {
      scanText(text, buf);
      const hints = textHints(buf);
      for (const [k, re] of PATTERNS.entries()) {
        const lower = text.toLowerCase();
        if (re.test(lower) || re.test(fold(lower))) {
          matched++;
          expect(hints & BITS[k], `${re.source} in ${JSON.stringify(text)}`).not.toBe(0);
        }
      }
    }
    expect(matched).toBeGreaterThan(1000);
  });

  it('rule out what a text’s words cannot hold, and keep every bit for a text not read as its own letters', () => {
    const buf = new TokenBuffer();
    scanText('Open to municipalities in Sweden', buf);
    const hints = textHints(buf);
    expect(hints & BITS[0]).toBe(0);
    expect(hints & BITS[2]).toBe(0);
    // A pattern whose leads cannot be read is kept for every text.
    expect(hints & BITS[4]).not.toBe(0);
    scanText('İstanbul', buf);
    expect(textHints(buf)).toBe(ALL_HINTS);
  });

  it('refuse a pattern registered once texts have been read', () => {
    expect(() => hintOf(/late/)).toThrow(/registered after texts were read/);
  });
});
