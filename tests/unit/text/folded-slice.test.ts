import { describe, expect, it } from 'vitest';
import { fold, foldedJoin, foldedSlice, foldKeepingOffsets } from '../../../core/text/fold.ts';
import { seededRandom } from '../../support/random-texts.ts';

const PARTS = ['Kommuner ', 'ÅÄÖ', 'straße ', 'İstanbul ', 'ΟΔΟΣ ', 'ΣΑΣ', '𐐀𐐁', 'Région ', '. ', 'x'];

/** Texts whose case or fold change lengths or need context; each comes back a few times, as a call's fields do. */
function texts(seed: number, n: number): string[] {
  const next = seededRandom(seed);
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    if (out.length > 0 && next(3) === 0) {
      out.push(out[next(out.length)]);
      continue;
    }
    let text = '';
    for (let w = 1 + next(8); w > 0; w--) text += PARTS[next(PARTS.length)];
    out.push(text);
  }
  return out;
}

/** foldKeepingOffsets as written before its results were kept: the reference. */
function keepingOffsets(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length !== text.length) return text;
  const folded = fold(lower);
  if (folded.length === lower.length) return folded;
  let out = '';
  for (const ch of lower) {
    const f = fold(ch);
    out += f.length === ch.length ? f : ch;
  }
  return out;
}

describe('a stretch of a text lowercased and folded', () => {
  it('is what folding the stretch alone gives, for texts whose case or fold change lengths or need context', () => {
    const next = seededRandom(11);
    for (const text of texts(11, 2000)) {
      for (let k = 0; k < 5; k++) {
        const from = next(text.length + 2);
        const to = from + next(text.length + 2);
        expect(foldedSlice(text, from, to), `${text} [${from}, ${to})`).toBe(fold(text.slice(from, to).toLowerCase()));
      }
    }
  });

  it('keeps offsets as the uncached fold does, whichever texts were folded before', () => {
    const all = texts(12, 2000);
    for (let i = 0; i < all.length; i++) {
      expect(foldKeepingOffsets(all[i]), all[i]).toBe(keepingOffsets(all[i]));
      // A slice of another text in between, as the checks on a sentence ask.
      const other = all[(i * 7) % all.length];
      expect(foldedSlice(other, 1, 5)).toBe(fold(other.slice(1, 5).toLowerCase()));
    }
  });

  it('joined from two texts is the fold of the joined text', () => {
    const all = texts(13, 2000);
    for (let i = 1; i < all.length; i++) {
      for (const between of ['. ', ' Σ ']) {
        const joined = `${all[i - 1]}${between}${all[i]}`;
        expect(foldedJoin(all[i - 1], between, all[i]), joined).toBe(fold(joined.toLowerCase()));
      }
    }
  });
});
