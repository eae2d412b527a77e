/**
 * The word table: every distinct lowercased word is keyed (stemmed and folded in both languages) once and
 * then found again by a hash computed while scanning, so a call's text is read in one pass with no
 * per-word strings or objects. Matchers hang their own per-word look-ups on the shared entry.
 */
import { keyOf } from './fold.ts';
import { nfc } from './normalise.ts';
import { type Lang, stem } from './stem.ts';

/** One distinct lowercased word with its comparison keys. */
export interface WordInfo {
  readonly word: string;
  /** Comparison keys (stem, then vowel skeleton or diacritic fold). */
  readonly sv: string;
  readonly en: string;
  /** The stems themselves, to check a key match letter by letter. */
  readonly svStem: string;
  readonly enStem: string;
  /** keyBit of sv and en, worked out once: the phrase scan asks it of the word after every word opening phrases. */
  readonly svBit: number;
  readonly enBit: number;
  /** Look-up results of each phrase matcher for this word, by matcher number (filled on first use). */
  readonly m: unknown[];
}

/** One of 32 bits for a key, from its length and its first and last letters (a cheap filter before a Map look-up). */
export function keyBit(key: string): number {
  const n = key.length;
  return n === 0 ? 1 : 1 << ((key.charCodeAt(0) * 7 + key.charCodeAt(n - 1) * 3 + n) & 31);
}

export function wordKey(word: string, lang: Lang): string {
  return keyOf(stem(word, lang));
}

/** Table sizes: small at first (an extension page scores a few hundred calls), doubling up to the cap. */
const MIN_SIZE = 1 << 12;
const MAX_SIZE = 1 << 18;
let size = MIN_SIZE;
let mask = size - 1;
let slots: (WordInfo | undefined)[] = new Array(size).fill(undefined);
let hashes = new Int32Array(size);
/**
 * Each slot's word as characters in one pool (offset, length + 1; 0: the slot is free): a look-up compares
 * the text with the pool, not with a string of its own elsewhere in memory, and touches the entry only when found.
 */
let offsets = new Int32Array(size);
let lengths = new Int32Array(size);
let pool = new Uint16Array(1 << 15);
let poolUsed = 0;
let count = 0;

const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;

/** A copy that does not keep the text it was cut from alive (V8 slices of 13+ characters point into it). */
function detached(word: string): string {
  return word.length < 13 ? word : word.split('').join('');
}

function freeSlot(h: number): number {
  let at = h & mask;
  while (lengths[at] !== 0) at = (at + 1) & mask;
  return at;
}

/** Keeps the table at most half full (open addressing): doubles it, or at the cap starts afresh (bounded memory). */
function makeRoom(): void {
  const old = slots;
  const oldHashes = hashes;
  const oldOffsets = offsets;
  const oldLengths = lengths;
  const grow = size < MAX_SIZE;
  if (grow) {
    size *= 2;
    mask = size - 1;
  }
  slots = new Array(size).fill(undefined);
  hashes = new Int32Array(size);
  offsets = new Int32Array(size);
  lengths = new Int32Array(size);
  count = 0;
  if (!grow) {
    poolUsed = 0;
    return;
  }
  for (let i = 0; i < old.length; i++) {
    const w = old[i];
    if (w === undefined) continue;
    const at = freeSlot(oldHashes[i]);
    slots[at] = w;
    hashes[at] = oldHashes[i];
    offsets[at] = oldOffsets[i];
    lengths[at] = oldLengths[i];
    count++;
  }
}

function insert(at: number, h: number, word: string): WordInfo {
  if (count >= size >> 1) {
    makeRoom();
    at = freeSlot(h);
  }
  const w = detached(word);
  const svStem = stem(w, 'sv');
  const enStem = stem(w, 'en');
  const sv = keyOf(svStem);
  const en = keyOf(enStem);
  const info: WordInfo = { word: w, sv, en, svStem, enStem, svBit: keyBit(sv), enBit: keyBit(en), m: [] };
  slots[at] = info;
  hashes[at] = h;
  if (poolUsed + w.length > pool.length) {
    const bigger = new Uint16Array(Math.max(pool.length * 2, poolUsed + w.length));
    bigger.set(pool.subarray(0, poolUsed));
    pool = bigger;
  }
  for (let k = 0; k < w.length; k++) pool[poolUsed + k] = w.charCodeAt(k);
  offsets[at] = poolUsed;
  lengths[at] = w.length + 1;
  poolUsed += w.length;
  count++;
  return info;
}

/** Whether text[start, start + len) is the pooled word at `offset` (of length len). */
function sameChars(offset: number, text: string, start: number, len: number): boolean {
  for (let k = 0; k < len; k++) if (pool[offset + k] !== text.charCodeAt(start + k)) return false;
  return true;
}

/** The entry of text[start, end), whose hash the caller computed while scanning. */
function lookup(text: string, start: number, end: number, h: number): WordInfo {
  const len = end - start;
  let i = h & mask;
  for (;;) {
    const l = lengths[i];
    if (l === 0) break;
    if (hashes[i] === h && l === len + 1 && sameChars(offsets[i], text, start, len)) return slots[i] as WordInfo;
    i = (i + 1) & mask;
  }
  return insert(i, h, text.slice(start, end));
}

/** The entry of one lowercased word. */
export function wordInfo(word: string): WordInfo {
  let h = FNV_OFFSET;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), FNV_PRIME);
  return lookup(word, 0, word.length, h);
}

/** Tokens of one text, in parallel arrays reused from text to text (the analyser runs one text at a time). */
export class TokenBuffer {
  n = 0;
  info: WordInfo[] = [];
  start = new Int32Array(256);
  end = new Int32Array(256);
  /** The text lowercased (NFC); offsets index into it and, for NFC input, into the text itself. */
  lower = '';
  /** The text was NFC and lowercases to its own length: every word is a stretch of the text's own letters. */
  ownLetters = true;

  push(info: WordInfo, start: number, end: number): void {
    if (this.n === this.start.length) {
      const s = new Int32Array(this.n * 2);
      s.set(this.start);
      this.start = s;
      const e = new Int32Array(this.n * 2);
      e.set(this.end);
      this.end = e;
    }
    this.info[this.n] = info;
    this.start[this.n] = start;
    this.end[this.n] = end;
    this.n++;
  }
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}\p{M}]/u;
/** 0 not yet known, 1 word character, 2 not. */
const wordChar = new Uint8Array(0x10000);

/** Letters, digits and marks (as the tokeniser's regex); surrogate halves stay inside words. */
function isWordChar(code: number): boolean {
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || (code >= 65 && code <= 90);
  if (code >= 0xd800 && code <= 0xdfff) return true;
  let v = wordChar[code];
  if (v === 0) {
    v = LETTER_OR_DIGIT.test(String.fromCharCode(code)) ? 1 : 2;
    wordChar[code] = v;
  }
  return v === 1;
}

/** Soft hyphen and zero-width characters: funders' pages put them inside long compounds ("klimat&shy;anpassning"). */
function isInvisible(code: number): boolean {
  return code === 0xad || (code >= 0x200b && code <= 0x200d) || code === 0x2060 || code === 0xfeff;
}
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;

/** Fills `buf` with the words of `text`: one pass, one hash per word, no per-word allocation once seen. */
export function scanText(text: string, buf: TokenBuffer): TokenBuffer {
  buf.n = 0;
  const normal = nfc(text);
  const lower = normal.toLowerCase();
  buf.lower = lower;
  buf.ownLetters = lower.length === normal.length && normal === text;
  if (lower.length !== normal.length) {
    scanWordByWord(normal, buf);
    return buf;
  }
  let start = -1;
  let h = FNV_OFFSET;
  // A word with an invisible character inside is looked up without it (rare: the slow path).
  let invisible = false;
  const n = lower.length;
  for (let i = 0; i < n; i++) {
    const code = lower.charCodeAt(i);
    if (isWordChar(code)) {
      if (start < 0) {
        start = i;
        h = FNV_OFFSET;
      }
      h = Math.imul(h ^ code, FNV_PRIME);
    } else if (start >= 0) {
      if (isInvisible(code) && i + 1 < n && isWordChar(lower.charCodeAt(i + 1))) {
        invisible = true;
        continue;
      }
      buf.push(wordAt(lower, start, i, h, invisible), start, i);
      start = -1;
      invisible = false;
    }
  }
  if (start >= 0) buf.push(wordAt(lower, start, n, h, invisible), start, n);
  return buf;
}

function wordAt(lower: string, start: number, end: number, h: number, invisible: boolean): WordInfo {
  return invisible ? wordInfo(lower.slice(start, end).replace(INVISIBLE, '')) : lookup(lower, start, end, h);
}

// Lowercasing changed the length (e.g. "İ"): find words in the NFC text, lowercase each on its own.
const WORD = /[\p{L}\p{N}\p{M}]+(?:[\u00ad\u200b-\u200d\u2060\ufeff]+[\p{L}\p{N}\p{M}]+)*/gu;
function scanWordByWord(normal: string, buf: TokenBuffer): void {
  for (const m of normal.matchAll(WORD)) {
    const start = m.index ?? 0;
    buf.push(wordInfo(m[0].toLowerCase().replace(INVISIBLE, '')), start, start + m[0].length);
  }
}
