import { keyOf } from './fold.ts';
import { type Token, tokenise } from './normalise.ts';
import { type Lang, stem } from './stem.ts';

/** A phrase to find, in one language, carrying a caller's reference (a concept id, a priority…). */
export interface PhraseEntry<R> {
  ref: R;
  phrase: string;
  lang: Lang;
}

export interface PhraseHit<R> {
  ref: R;
  /** Token index range [from, to) of the match. */
  from: number;
  to: number;
  /** True when the phrase matched as part of a Swedish compound word. */
  compound: boolean;
}

interface Multi<R> {
  keys: string[];
  ref: R;
}

/** Compound parts shorter than this are not looked for inside words (they would match by chance). */
const MIN_PART = 6;
/** A part found in the middle of a compound must be this long. */
const MIN_INFIX = 7;
/** The rest of a compound around a matched part is at least this long (linking -s- plus a word). */
const MIN_REST = 3;

export interface KeyedToken extends Token {
  sv: string;
  en: string;
}

export function wordKey(word: string, lang: Lang): string {
  return keyOf(stem(word, lang));
}

const keyCache = new Map<string, [string, string]>();

/** Tokens with both languages' keys; keys are cached per word so repeated words share one string. */
export function keyTokens(text: string): KeyedToken[] {
  const nfc = text.normalize('NFC');
  const lower = nfc.toLowerCase();
  // Offsets come from the lowercased text; when lowercasing changes lengths (rare, e.g. "İ"), use the slow path.
  if (lower.length !== nfc.length) return tokenise(text).map((t) => withKeys(t.word, t.start, t.end));
  const out: KeyedToken[] = [];
  let start = -1;
  for (let i = 0; i <= lower.length; i++) {
    const inWord = i < lower.length && isWordChar(lower.charCodeAt(i));
    if (inWord && start < 0) start = i;
    else if (!inWord && start >= 0) {
      out.push(withKeys(lower.slice(start, i), start, i));
      start = -1;
    }
  }
  return out;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}\p{M}]/u;
const wordCharCache = new Map<number, boolean>();

/** Same words as tokenise()'s regex, by a char-code scan (several times faster on long texts). */
function isWordChar(code: number): boolean {
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || (code >= 65 && code <= 90);
  // Surrogate halves: letters outside the BMP are rare in calls; keep them inside words.
  if (code >= 0xd800 && code <= 0xdfff) return true;
  let v = wordCharCache.get(code);
  if (v === undefined) {
    v = LETTER_OR_DIGIT.test(String.fromCharCode(code));
    wordCharCache.set(code, v);
  }
  return v;
}

function withKeys(word: string, start: number, end: number): KeyedToken {
  let k = keyCache.get(word);
  if (!k) {
    k = [wordKey(word, 'sv'), wordKey(word, 'en')];
    if (keyCache.size > 200_000) keyCache.clear();
    keyCache.set(word, k);
  }
  return { word, start, end, sv: k[0], en: k[1] };
}

interface Slot<R> {
  single: R[];
  multi: Multi<R>[];
}

/**
 * Finds phrases in text by stemmed, folded keys, both languages at once (calls mix them: Swedish pages
 * name English programme terms). Swedish single words are also found inside compounds
 * ("klimatanpassningsåtgärder" holds "klimatanpassning"; "vattenförvaltningen" holds "förvaltning"),
 * by testing each new word once against the vocabulary as prefix, head or long infix.
 */
export class PhraseMatcher<R> {
  /** One look-up per token and language: single words and phrase openings share a slot. */
  private readonly slots: Record<Lang, Map<string, Slot<R>>> = { sv: new Map(), en: new Map() };
  private readonly parts: { key: string; ref: R }[] = [];
  private readonly compoundCache = new Map<string, R[]>();

  constructor(entries: readonly PhraseEntry<R>[], opts: { compounds?: boolean } = {}) {
    for (const e of entries) {
      const words = tokenise(e.phrase).map((t) => t.word);
      const keys = words.map((w) => wordKey(w, e.lang));
      if (keys.length === 0) continue;
      let slot = this.slots[e.lang].get(keys[0]);
      if (!slot) {
        slot = { single: [], multi: [] };
        this.slots[e.lang].set(keys[0], slot);
      }
      if (keys.length === 1) {
        slot.single.push(e.ref);
        if (opts.compounds && e.lang === 'sv') {
          // As a compound's first part a word appears whole, not stemmed: "klimat" (stem "klim") in "klimatfrågor".
          for (const key of new Set([keys[0], keyOf(words[0])])) {
            if (key.length >= MIN_PART) this.parts.push({ key, ref: e.ref });
          }
        }
      } else {
        slot.multi.push({ keys, ref: e.ref });
      }
    }
  }

  /** Refs whose single Swedish word is a part of this (longer) word's key. */
  compoundParts(key: string): R[] {
    let hit = this.compoundCache.get(key);
    if (hit) return hit;
    hit = [];
    if (key.length >= MIN_PART + MIN_REST) {
      for (const p of this.parts) {
        const k = p.key;
        if (k.length + MIN_REST > key.length) continue;
        if (key.startsWith(k) || key.endsWith(k)) hit.push(p.ref);
        else if (k.length >= MIN_INFIX) {
          const at = key.indexOf(k, MIN_REST);
          if (at > 0 && key.length - at - k.length >= MIN_REST) hit.push(p.ref);
        }
      }
    }
    if (this.compoundCache.size > 100_000) this.compoundCache.clear();
    this.compoundCache.set(key, hit);
    return hit;
  }

  match(tokens: readonly KeyedToken[]): PhraseHit<R>[] {
    const hits: PhraseHit<R>[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      const sv = this.slots.sv.get(t.sv);
      const en = this.slots.en.get(t.en);
      const exact = (sv !== undefined && sv.single.length > 0) || (en !== undefined && en.single.length > 0);
      if (sv) this.collect(hits, tokens, i, sv, 'sv');
      if (en) this.collect(hits, tokens, i, en, 'en');
      if (!exact && this.parts.length > 0) {
        for (const ref of this.compoundParts(t.sv)) hits.push({ ref, from: i, to: i + 1, compound: true });
      }
    }
    return hits;
  }

  private collect(hits: PhraseHit<R>[], tokens: readonly KeyedToken[], i: number, slot: Slot<R>, lang: Lang): void {
    for (const ref of slot.single) hits.push({ ref, from: i, to: i + 1, compound: false });
    for (const cand of slot.multi) {
      if (this.follows(tokens, i, cand.keys, lang)) {
        hits.push({ ref: cand.ref, from: i, to: i + cand.keys.length, compound: false });
      }
    }
  }

  private follows(tokens: readonly KeyedToken[], i: number, keys: string[], lang: Lang): boolean {
    if (i + keys.length > tokens.length) return false;
    for (let j = 1; j < keys.length; j++) {
      const have = tokens[i + j][lang];
      const want = keys[j];
      // The last word of a Swedish phrase may open a compound: "lokal demokrati" in "lokal demokratiutveckling".
      const last = j === keys.length - 1 && lang === 'sv' && want.length >= MIN_PART;
      if (have !== want && !(last && have.startsWith(want))) return false;
    }
    return true;
  }
}
