import { describe, expect, it } from 'vitest';
import { fold, foldedSlice } from '../../../core/text/fold.ts';
import { seededRandom } from '../../support/random-texts.ts';

describe('a stretch of a text lowercased and folded', () => {
  it('is what folding the stretch alone gives, for texts whose case or fold change lengths or need context', () => {
    const parts = ['Kommuner ', 'ÅÄÖ', 'straße ', 'İstanbul ', 'ΟΔΟΣ ', 'ΣΑΣ', '𐐀𐐁', 'Région ', '. ', 'x'];
    const next = seededRandom(11);
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
