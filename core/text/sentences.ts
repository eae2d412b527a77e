/**
 * Where a sentence begins and ends: one rule for every reader of a call's or a document's text.
 *
 * A sentence ends at ".", "!" or "?" before white space or the text's end, or at a line break. A dot after an
 * abbreviation ("t.ex.", "bl.a.", "e.g.", "i.e.", "ca.") ends none, nor does one that closes a list ("etc.", "m.fl.")
 * when a verb or joining word carries the sentence on; nor does a dot with no space after it ("1.5", "www.eu.se",
 * "4.6:"). The rule reads lower case and folded text as it reads the original, so
 * every reader of a call cuts it at the same places.
 *
 * Wrapped text (a document's lines, as a PDF breaks them) ends a sentence at a blank line, not at each line break.
 *
 * A clause ends where its sentence does or at a mark its reader names — ";" or ":" before white space. It is a
 * reader's explicit choice (clauseStart, clauseEnd, endsClauseAt): the analyser reads "adult learning; mobility" as
 * two, a wording check reads the words after "Eligible applicants:" without the lead-in.
 */

export interface SentenceRule {
  /** Text wrapped into lines (a document's): a single line break is layout; a blank line ends a sentence. */
  wrapped?: boolean;
}

/** The rule for a document's text, wrapped into lines. */
export const WRAPPED: SentenceRule = { wrapped: true };

/** Marks that end a clause besides its sentence's end: ";", or ";" and ":". */
export type ClauseMarks = ';' | ':' | ';:';

/**
 * Abbreviations whose dot ends no sentence, lower case without their last dot. Those that close a list
 * (LIST_CLOSERS: "etc.", "m.fl.", "osv.") often close a sentence too: see listCloserEnds.
 */
const ABBREVIATIONS = new Set([
  // Swedish
  't.ex',
  'bl.a',
  'm.fl',
  'm.m',
  'o.d',
  'osv',
  'o.s.v',
  'dvs',
  'd.v.s',
  's.k',
  'p.g.a',
  'f.d',
  'fr.o.m',
  't.o.m',
  'm.a.o',
  'ca',
  'resp',
  'inkl',
  'exkl',
  'kl',
  'nr',
  'jfr',
  'enl',
  'st',
  // English
  'e.g',
  'i.e',
  'etc',
  'incl',
  'approx',
  'vs',
  'cf',
  'no',
  'max',
  'min',
  'a.m',
  'p.m',
]);
/**
 * Abbreviations that close a list. Most readers see lower case text, so the next word's case cannot say whether the
 * sentence goes on; its kind does, the same in every case: a list closed by one of these goes on into its verb or a
 * joining word ("Kommuner m.fl. kan söka", "Schools etc. and municipalities may apply"), and ends before any other
 * word ("…ideella sektorn etc. Enskilda näringsidkare kan inte söka": two sentences, or the second's "inte" would
 * take the first's list).
 */
const LIST_CLOSERS = new Set(['etc', 'm.fl', 'm.m', 'osv', 'o.s.v', 'o.d']);
/** Words that carry a sentence on after a list: its verb, a joining word or preposition, a comma's clause. */
const GOES_ON =
  /^(?:kan|får|ska|skall|måste|bör|är|var|har|blir|kommer|söker|och|samt|eller|som|men|liksom|med|i|inom|för|till|på|av|från|hos|om|vid|utan|can|may|must|shall|should|will|are|is|have|has|and|or|as|but|who|which|that|with|in|within|for|to|of|from|at|by|on|without)$/;

/** Whether a list closer's dot at i ends its sentence: the word after it does not carry the sentence on. */
function listCloserEnds(text: string, i: number): boolean {
  let k = i + 1;
  while (k < text.length && isSpace(text.charCodeAt(k))) k++;
  if (k >= text.length) return true;
  let e = k;
  while (e < text.length && isLetter(text.charCodeAt(e))) e++;
  // A comma, a bracket or a digit after it: the sentence goes on; a word: by its kind.
  if (e === k) return false;
  return !GOES_ON.test(text.slice(k, e).toLowerCase());
}

/** The longest entry of ABBREVIATIONS: a longer word before a dot is no abbreviation. */
const LONGEST = 6;

/** The characters that may end a sentence or clause ("\n . ! ? ; :"), looked up by code: most characters are not. */
const MAY_END = new Uint8Array(64);
for (const c of '\n.!?;:') MAY_END[c.charCodeAt(0)] = 1;

const SPACE = /\s/;
const LETTER = /\p{L}/u;

function isSpace(code: number): boolean {
  return (
    code === 32 || code === 10 || code === 9 || code === 13 || (code > 127 && SPACE.test(String.fromCharCode(code)))
  );
}

function isLetter(code: number): boolean {
  return (
    (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code > 127 && LETTER.test(String.fromCharCode(code)))
  );
}

/** Whether the dot at i closes an abbreviation, not a sentence ("i." and "I." are words, not abbreviations). */
function abbreviationDot(text: string, i: number): boolean {
  let j = i;
  while (j > 0 && i - j <= LONGEST) {
    const code = text.charCodeAt(j - 1);
    if (code !== 46 && !isLetter(code)) break;
    j--;
  }
  if (j === i || i - j > LONGEST) return false;
  // The word must start at a word's start: "abc.t.ex" is no "t.ex".
  if (j > 0 && isLetter(text.charCodeAt(j - 1))) return false;
  const word = text.slice(j, i).toLowerCase();
  if (!ABBREVIATIONS.has(word)) return false;
  return !LIST_CLOSERS.has(word) || !listCloserEnds(text, i);
}

/** Whether a line break at i ends a sentence of wrapped text: the next line is blank. */
function blankLineAfter(text: string, i: number): boolean {
  for (let k = i + 1; k < text.length; k++) {
    const code = text.charCodeAt(k);
    if (code === 10) return true;
    if (code !== 32 && code !== 9 && code !== 13) return false;
  }
  return false;
}

/**
 * Whether the character at i ends a sentence (the ".", "!", "?" or the line break), or a clause when `marks` name
 * ";" or ":". `textEnds`: whether the text's end counts as white space after a mark (not when looking back from an
 * offset: no sentence starts after the text's end).
 */
function endsAt(text: string, i: number, rule: SentenceRule | undefined, marks: string, textEnds = true): boolean {
  const code = text.charCodeAt(i);
  if (code === 10) return !rule?.wrapped || blankLineAfter(text, i);
  const isClauseMark = (code === 59 || code === 58) && marks.includes(text[i]);
  if (code !== 46 && code !== 33 && code !== 63 && !isClauseMark) return false;
  if (i + 1 >= text.length ? !textEnds : !isSpace(text.charCodeAt(i + 1))) return false;
  return code !== 46 || !abbreviationDot(text, i);
}

/** Whether the character at i ends a sentence: ".", "!", "?" before white space or the end, or a line break. */
export function endsSentenceAt(text: string, i: number, rule?: SentenceRule): boolean {
  return endsAt(text, i, rule, '');
}

/** Whether the character at i ends a sentence or a clause (a sentence end, or one of `marks` before white space). */
export function endsClauseAt(text: string, i: number, marks: ClauseMarks, rule?: SentenceRule): boolean {
  return endsAt(text, i, rule, marks);
}

/** Whether a sentence or clause ends anywhere in [from, to): in the gap between two words, say. */
export function clauseEndsIn(text: string, from: number, to: number, marks: ClauseMarks, rule?: SentenceRule): boolean {
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code <= 63 && MAY_END[code] && endsAt(text, i, rule, marks)) return true;
  }
  return false;
}

/** Where a sentence holding `at` starts: at its first word after the previous end mark (never past `at`), or 0. */
function startFrom(text: string, at: number, rule: SentenceRule | undefined, marks: string): number {
  const to = Math.min(at, text.length);
  for (let i = to - 1; i >= 0; i--) {
    const code = text.charCodeAt(i);
    // Letters (most characters) are above "?" (63): passed over without a look-up.
    if (code > 63 || !MAY_END[code] || !endsAt(text, i, rule, marks, false)) continue;
    let from = i + 1;
    while (from < to && isSpace(text.charCodeAt(from))) from++;
    return from;
  }
  return 0;
}

function endFrom(text: string, at: number, rule: SentenceRule | undefined, marks: string): number {
  for (let i = Math.max(at, 0); i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code <= 63 && MAY_END[code] && endsAt(text, i, rule, marks)) return code === 10 ? i : i + 1;
  }
  return text.length;
}

/** Where the sentence holding offset `at` starts: its first word after the end mark before it, or 0. */
export function sentenceStart(text: string, at: number, rule?: SentenceRule): number {
  return startFrom(text, at, rule, '');
}

/** Where the sentence holding offset `at` ends: just past its end mark (a line break not included), or the text's end. */
export function sentenceEnd(text: string, at: number, rule?: SentenceRule): number {
  return endFrom(text, at, rule, '');
}

/** The bounds [from, to) of the sentence (or sentences) holding the span [start, end). */
export function sentenceAround(text: string, start: number, end = start, rule?: SentenceRule): [number, number] {
  return [startFrom(text, start, rule, ''), endFrom(text, end, rule, '')];
}

/** The sentence around [start, end) of `text`, as written. */
export function sentenceAt(text: string, start: number, end = start, rule?: SentenceRule): string {
  return text.slice(...sentenceAround(text, start, end, rule));
}

/** Where the clause holding offset `at` starts: its first word after a sentence end or one of `marks`, or 0. */
export function clauseStart(text: string, at: number, marks: ClauseMarks, rule?: SentenceRule): number {
  return startFrom(text, at, rule, marks);
}

/** Where the clause holding offset `at` ends: just past its sentence end or one of `marks`, or the text's end. */
export function clauseEnd(text: string, at: number, marks: ClauseMarks, rule?: SentenceRule): number {
  return endFrom(text, at, rule, marks);
}

function ranges(text: string, rule: SentenceRule | undefined, marks: string): [number, number][] {
  const out: [number, number][] = [];
  let from = 0;
  while (from < text.length) {
    while (from < text.length && isSpace(text.charCodeAt(from))) from++;
    if (from >= text.length) break;
    const to = endFrom(text, from, rule, marks);
    out.push([from, to]);
    from = to === from ? to + 1 : to;
  }
  return out;
}

/** Every sentence of the text as [from, to), in order; white space between sentences belongs to neither. */
export function sentenceRanges(text: string, rule?: SentenceRule): [number, number][] {
  return ranges(text, rule, '');
}

/** Every clause of the text (sentences cut at `marks` too) as [from, to), in order. */
export function clauseRanges(text: string, marks: ClauseMarks, rule?: SentenceRule): [number, number][] {
  return ranges(text, rule, marks);
}
