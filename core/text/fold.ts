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

/**
 * The folds by character code. Every letter above is in Latin-1 (U+00C0–U+00FF), so one small table serves, and a
 * text is folded in one pass that copies only the stretches between diacritics: fold runs on every call's summary
 * and title, where a replace with a callback per letter cost more than the look-ups that followed.
 */
const FOLD_BY_CODE: (string | undefined)[] = new Array(256).fill(undefined);
for (const [ch, folded] of Object.entries(DIACRITICS)) FOLD_BY_CODE[ch.charCodeAt(0)] = folded;

export function fold(word: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (code < 0xc0 || code > 0xff) continue;
    const folded = FOLD_BY_CODE[code];
    if (folded === undefined) continue;
    out += word.slice(from, i) + folded;
    from = i + 1;
  }
  return from === 0 ? word : out + word.slice(from);
}

/** Characters whose lowercase a slice cannot know alone: Σ (final or not) and halves of characters beyond U+FFFF. */
const CASE_NEEDS_CONTEXT = /[\u03a3\ud800-\udfff]/;

/**
 * The last few texts lowercased and folded whole, each with its fold when that keeps the text's offsets and its
 * lowercase needs no context (then any slice of it is the slice's own fold), else undefined. A call's summary and
 * title are read by the signals, the applicant wording and the area wording in turn, each of which folded them
 * again; a sentence is read by two checks in a row.
 */
const RECENT = 8;
const recentText: string[] = new Array(RECENT).fill('');
const recentFold: (string | undefined)[] = new Array(RECENT).fill('');
let recentNext = 0;

/**
 * `fold(lower)` when every slice of it is its own slice's fold, else undefined: no fold that lengthens (ß) and no
 * σ, ς or half of a character beyond U+FFFF, whose case may have come from context (a Σ before lowercasing). One
 * pass, as `fold`'s own.
 */
function foldInPlace(lower: string): string | undefined {
  let out = '';
  let from = 0;
  for (let i = 0; i < lower.length; i++) {
    const code = lower.charCodeAt(i);
    if (code < 0xc0) continue;
    if (code === 0x3c2 || code === 0x3c3 || (code >= 0xd800 && code <= 0xdfff)) return undefined;
    if (code > 0xff) continue;
    const folded = FOLD_BY_CODE[code];
    if (folded === undefined) continue;
    if (folded.length !== 1) return undefined;
    out += lower.slice(from, i) + folded;
    from = i + 1;
  }
  return from === 0 ? lower : out + lower.slice(from);
}

function foldedWhole(text: string): string | undefined {
  for (let i = 0; i < RECENT; i++) if (recentText[i] === text) return recentFold[i];
  const lower = text.toLowerCase();
  const folded = lower.length === text.length ? foldInPlace(lower) : undefined;
  recentText[recentNext] = text;
  recentFold[recentNext] = folded;
  recentNext = (recentNext + 1) % RECENT;
  return folded;
}

/**
 * Lowercase and folded with the text's own offsets, so a match found in it cuts the original text: a character
 * the fold would lengthen (ß) is kept as it is, and a text whose lowercase changes length is returned unchanged.
 */
export function foldKeepingOffsets(text: string): string {
  const whole = foldedWhole(text);
  if (whole !== undefined) return whole;
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

/**
 * `fold(text.slice(from, to).toLowerCase())`, cut from the whole text lowercased and folded once: a call's summary
 * is read around each applicant it names, and folding those stretches one by one cost more than reading them. A
 * text whose fold would not keep its offsets (ß, a lowercase of another length) or whose lowercase depends on
 * context is folded slice by slice.
 */
export function foldedSlice(text: string, from: number, to: number): string {
  const whole = foldedWhole(text);
  return whole === undefined ? fold(text.slice(from, to).toLowerCase()) : whole.slice(from, to);
}

/**
 * `fold(`${a}${between}${b}`.toLowerCase())` from the folds of a and b when each is kept (their lowercase then
 * needs no context, so the parts lowercase as in the whole).
 */
export function foldedJoin(a: string, between: string, b: string): string {
  const fa = foldedWhole(a);
  const fb = fa === undefined ? undefined : foldedWhole(b);
  if (fa === undefined || fb === undefined || CASE_NEEDS_CONTEXT.test(between))
    return fold(`${a}${between}${b}`.toLowerCase());
  return `${fa}${fold(between.toLowerCase())}${fb}`;
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

/**
 * What OCR makes of å, ä and ö: a plain vowel, é or the digit 6. Not another of å/ä/ö: a text that has a Swedish
 * letter spelt it ("värden" is values, not "vården").
 */
const OCR_READINGS: Record<string, string> = { å: 'aeio6é', ä: 'aeio6é', ö: 'oeia6é' };

/**
 * Whether text spelt `seen` may be an OCR reading of the correctly spelt `spelt`, letter by letter. The vowel
 * skeleton finds candidates; this check keeps OCR's real confusions (å/ä/ö read as another vowel or 6) and drops
 * what the skeleton lets through by chance: "insatsområd" holds the skeleton of "samråd" but spells "somrad".
 * Spellings of different lengths (no letter-to-letter reading) are left to the key.
 */
export function ocrCompatible(spelt: string, seen: string): boolean {
  if (spelt === seen || spelt.length !== seen.length) return true;
  for (let i = 0; i < spelt.length; i++) {
    const p = spelt[i];
    const t = seen[i];
    if (p === t) continue;
    // A diacritic dropped or added (ö/o, é/e), not one diacritic letter for another (å/ä).
    if (fold(p) === fold(t) && (fold(p) === p || fold(t) === t)) continue;
    if (OCR_READINGS[p]?.includes(t)) continue;
    return false;
  }
  return true;
}

/**
 * A pattern written in Swedish (å, ä, ö) that also matches OCR's readings of those letters, for text that has
 * been folded and lower-cased: "särskild vikt" finds "sarskild vikt", "sirskild vikt" and "s6rskild vikt".
 */
export function ocrPattern(source: string, flags = ''): RegExp {
  return new RegExp(source.replace(/[åäö]/g, '[aeio6]'), flags);
}
