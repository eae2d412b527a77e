/** A word of a text with where it sits, so evidence can quote the text's own words. */
export interface Token {
  /** Lowercased, NFC. */
  word: string;
  start: number;
  end: number;
}

// Letters (any script), digits, and the OCR digit 6 that stands for ö; hyphens and apostrophes split words.
const WORD = /[\p{L}\p{N}\p{M}]+/gu;

/** Text with nothing above U+02FF is already NFC (composition needs combining marks): no copy is made. */
const MAY_NEED_NFC = /[\u0300-\uffff]/;

/** `text.normalize('NFC')`, skipping the copy (and ICU's pass) for the many texts that hold only Latin letters. */
export function nfc(text: string): string {
  return MAY_NEED_NFC.test(text) ? text.normalize('NFC') : text;
}

/** Lowercase + NFC: the one normal form every comparison starts from. */
export function normalise(text: string): string {
  return nfc(text).toLowerCase();
}

/** Words of a text with offsets into the original string (offsets survive lowercasing of NFC text). */
export function tokenise(text: string): Token[] {
  const normal = nfc(text);
  const lower = normal.toLowerCase();
  // Lowercasing nearly always keeps offsets; when it does not (e.g. "İ"), lowercase word by word.
  const same = lower.length === normal.length;
  const out: Token[] = [];
  for (const m of (same ? lower : normal).matchAll(WORD)) {
    const start = m.index ?? 0;
    out.push({ word: same ? m[0] : m[0].toLowerCase(), start, end: start + m[0].length });
  }
  return out;
}

const NON_WORD = /[^\p{L}\p{N}\p{M}]+/gu;

/** Lowercase, NFC, punctuation to single spaces: for phrase look-ups in short fields. */
export function plain(text: string): string {
  const normal = nfc(text);
  const lower = normal.toLowerCase();
  // Same words as tokenise(); the word-by-word path only when lowercasing changes lengths.
  if (lower.length !== normal.length) {
    return tokenise(text)
      .map((t) => t.word)
      .join(' ');
  }
  return lower.replace(NON_WORD, ' ').trim();
}
