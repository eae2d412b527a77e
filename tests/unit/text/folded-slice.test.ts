import { describe, expect, it } from 'vitest';
import { fold, foldedSlice } from '../../../core/text/fold.ts';

describe('a stretch of a text lowercased and folded', () => {
  it('is what folding the stretch alone gives, for texts whose case or fold change lengths or need context', () => {
    const parts = ['Kommuner ', 'ÅÄÖ', 'straße ', 'İstanbul ', 'ΟΔΟΣ ', 'ΣΑΣ', '𐐀𐐁', 'Région ', '. ', 'x'];
    let seed = 11;
    const next = (k: number) => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed % k;
    };
    for (let n = 0; n < 2000; n++) {
      let text = '';
      for (let w = 1 + next(8); w > 0; w--) text += parts[next(parts.length)];
      for (let k = 0; k < 5; k++) {
        const from = next(text.length + 2);
        const to = from + next(text.length + 2);
        expect(foldedSlice(text, from, to), `${text} [${from}, ${to})`).toBe(fold(text.slice(from, to).toLowerCase()));
      }
    }
  });
});
