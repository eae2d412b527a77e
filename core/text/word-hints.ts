/**
 * Which patterns can match anywhere in a text, read off the text's words. A pattern whose matches start with one of
 * a few leads (lead-scan.ts leadsOf) matches only where a lead starts, and each lead's longest run of letters lies
 * inside one word of the text. Per distinct word the patterns whose letters it holds are worked out once and kept on
 * its entry; a text's hints are those of its words, one bit per pattern. A check whose bit a text lacks need not be
 * tried on it or on any stretch of it (most calls name no office-holder, capacity, programme area or "all
 * priorities"). Lead letters are compared folded (diacritics dropped, as fold.ts), so the hints serve patterns on a
 * text's lowercase and on its fold alike.
 */
import { escapeRegExp } from './escape-regexp.ts';
import { fold } from './fold.ts';
import { leadsOf } from './lead-scan.ts';
import { wordSlot } from './phrases.ts';
import type { TokenBuffer, WordInfo } from './words.ts';

/** Every pattern may match: a text not read word by word. */
export const ALL_HINTS = -1;

/** Per bit, the letters of its pattern's leads as one pattern on a folded word. */
const LETTERS: RegExp[] = [];
/** Every bit's letters in one pattern: most words hold none, and are read once instead of once per bit. */
const ANY_SOURCES: string[] = [];
let anyLetters: RegExp | undefined;
/** Bits of patterns whose leads cannot be read: every text has them. */
let always = 0;
let read = false;
const SLOT = wordSlot();

/** A bit for `re` in every text's hints (registered when a module loads, before any text is read). */
export function hintOf(re: RegExp): number {
  if (read) throw new Error(`word-hints: ${re.source.slice(0, 40)} registered after texts were read`);
  if (LETTERS.length === 30) throw new Error('word-hints: more than 30 patterns');
  const bit = 1 << LETTERS.length;
  const letters = leadsOf(re)?.map((l) =>
    fold((l.match(/\p{L}+/gu) ?? ['']).reduce((x, y) => (y.length > x.length ? y : x))),
  );
  if (!letters || letters.length === 0 || letters.some((l) => l === '')) {
    always |= bit;
    LETTERS.push(/(?!)/);
  } else {
    const source = [...new Set(letters)].map(escapeRegExp).join('|');
    LETTERS.push(new RegExp(source));
    ANY_SOURCES.push(source);
  }
  return bit;
}

function wordHints(info: WordInfo): number {
  let v = info.m[SLOT] as number | undefined;
  if (v === undefined) {
    const folded = fold(info.word);
    v = 0;
    anyLetters ??= new RegExp(ANY_SOURCES.join('|') || '(?!)');
    if (anyLetters.test(folded)) for (let b = 0; b < LETTERS.length; b++) if (LETTERS[b].test(folded)) v |= 1 << b;
    info.m[SLOT] = v;
  }
  return v;
}

/**
 * The hints of a scanned text. Only a text whose words are its own letters (already NFC, lowercasing to its own
 * length) is read so; any other may match every pattern.
 */
export function textHints(tokens: TokenBuffer): number {
  read = true;
  if (!tokens.ownLetters) return ALL_HINTS;
  let v = always;
  for (let i = 0; i < tokens.n; i++) v |= wordHints(tokens.info[i]);
  return v;
}
