/**
 * Diacritic and OCR tolerance. Strategy documents are often OCR output in which å/ä/ö come out as
 * a, i, e, 6, é ("omvirldsbevakning" for omvärldsbevakning, "f6r" for för). Comparing on a folded key makes
 * both spellings meet: `fold` strips diacritics; `skeleton` also collapses the vowels OCR confuses, and is
 * used only for keys long enough that the consonants still identify the word.
 */
const DIACRITICS: Record<string, string> = {
  å: 'a',
  ä: 'a',
  à: 'a',
  á: 'a',
  â: 'a',
  æ: 'a',
  ö: 'o',
  ø: 'o',
  ó: 'o',
  ò: 'o',
  ô: 'o',
  é: 'e',
  è: 'e',
  ê: 'e',
  ë: 'e',
  ü: 'u',
  ú: 'u',
  í: 'i',
  ì: 'i',
  ï: 'i',
  ß: 'ss',
};

const HAS_DIACRITIC = new RegExp(`[${Object.keys(DIACRITICS).join('')}]`, 'g');

export function fold(word: string): string {
  return word.replace(HAS_DIACRITIC, (ch) => DIACRITICS[ch]);
}

// The vowels OCR swaps for one another (and the digit 6 it reads for ö). u and y are kept: they survive OCR.
const CONFUSABLE = /[aeioåäöàáâæøóòôéèêëíìï6]/g;

/** Minimum key length for the vowel-collapsed form: shorter words would collide. */
export const SKELETON_MIN = 5;

export function skeleton(word: string): string {
  return word.replace(CONFUSABLE, '*');
}

/** The comparison key of a stem: vowel skeleton for long stems, diacritic fold for short ones. */
export function keyOf(stem: string): string {
  return stem.length >= SKELETON_MIN ? skeleton(stem) : fold(stem);
}
