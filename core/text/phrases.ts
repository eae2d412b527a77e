import { keyOf, ocrCompatible } from './fold.ts';
import { swedishSentences } from './language.ts';
import { type Token, tokenise } from './normalise.ts';
import { type Lang, stem } from './stem.ts';
import { ENGLISH_FUNCTION_WORDS, SWEDISH_FUNCTION_WORDS } from './stopwords.ts';
import { keyBit, scanText, TokenBuffer, type WordInfo, wordKey } from './words.ts';

export { wordKey } from './words.ts';

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

/** Hits in parallel arrays, reused from text to text by the analyser. */
export class HitBuffer<R> {
  n = 0;
  ref: R[] = [];
  from = new Int32Array(64);
  to = new Int32Array(64);
  compound = new Uint8Array(64);

  push(ref: R, from: number, to: number, compound: boolean): void {
    if (this.n === this.from.length) {
      const grow = <A extends Int32Array | Uint8Array>(a: A, b: A): A => {
        b.set(a);
        return b;
      };
      this.from = grow(this.from, new Int32Array(this.n * 2));
      this.to = grow(this.to, new Int32Array(this.n * 2));
      this.compound = grow(this.compound, new Uint8Array(this.n * 2));
    }
    this.ref[this.n] = ref;
    this.from[this.n] = from;
    this.to[this.n] = to;
    this.compound[this.n] = compound ? 1 : 0;
    this.n++;
  }
}

/** Compound parts shorter than this are not looked for inside words (they would match by chance). */
const MIN_PART = 6;
/** A part found in the middle of a compound must be this long. */
const MIN_INFIX = 7;
/** The rest of a compound around a matched part is at least this long (linking -s- plus a word). */
const MIN_REST = 3;
/**
 * What follows a part must be the compound's next word, not an ending that makes the part's letters into one
 * longer loanword: Latin nouns made from verbs ("kommun|ikation" is "kommunicera"'s noun, nothing of a kommun's),
 * and English endings ("interreg|ional", "personal|ity", "belarus|ian"). Alone, or before a linking -s- and the
 * next word ("kommunikationsrelaterade"). Endings Swedish makes from its own nouns keep the noun's sense
 * ("industri|ell", "forskningsinstitut|ion") and are not listed.
 */
const LOANWORD_ENDING = /^(?:ikation|isation|ation|ition|ional|ality|ity|ians?)(?:s\p{L}{3,})?$/u;

export interface KeyedToken extends Token {
  sv: string;
  en: string;
  info: WordInfo;
}

// Scratch buffers for keyTokens and match: both are synchronous and copy their result out, so one set serves
// every text instead of two typed arrays allocated per string.
const keyScratch = new TokenBuffer();
const matchScratch = new TokenBuffer();
const hitScratch = new HitBuffer<unknown>();

/** Tokens with both languages' keys (for callers that keep tokens; the analyser uses a TokenBuffer). */
export function keyTokens(text: string): KeyedToken[] {
  const buf = scanText(text, keyScratch);
  const out: KeyedToken[] = new Array(buf.n);
  for (let i = 0; i < buf.n; i++) {
    const info = buf.info[i];
    out[i] = { word: info.word, start: buf.start[i], end: buf.end[i], sv: info.sv, en: info.en, info };
  }
  return out;
}

/** A phrase that starts at a word: a single word (no keys) or the keys of all its words. */
interface Candidate<R> {
  ref: R;
  keys?: string[];
  lang: Lang;
}
/** What one matcher knows about one word, worked out the first time the word is seen. */
interface WordEntry<R> {
  candidates: Candidate<R>[];
  /** Refs found as a part of this word when it is a compound (only when no phrase is the word itself). */
  parts: R[];
  /** The single-word candidates' refs, in order: all a word yields when none of its phrases goes on. */
  singles: R[];
  /** Where the single-word candidates stand among `candidates` (ascending), to merge with the phrases that go on. */
  singleAt?: Int32Array;
  /** The phrase candidates, as indexes into `candidates`, by their second word's key in their language. */
  bySecond?: Record<Lang, Map<string, number[]>>;
  /**
   * Phrase candidates whose second word is also their last and may open a compound (see `follows`), by the first
   * MIN_PART letters of that word's key: a next word can only go on with those its own key starts with ("region"
   * opens a thousand programme names, of which a word tests a few).
   */
  open?: Map<string, number[]>;
  /**
   * Which keyBit values the keys of bySecond.sv, bySecond.en and open take: a next word whose key's bit is not
   * among them goes on with none of the phrases, and is not looked up (a word opens phrases with a few second words,
   * and is mostly followed by others).
   */
  svBits?: number;
  enBits?: number;
  openBits?: number;
}

/** Phrases by the key of their first word; `spelt` is that word's stem as the lexicon spells it. */
interface Slot<R> {
  single: { ref: R; spelt: string }[];
  multi: { keys: string[]; ref: R; spelt: string }[];
}

const NOTHING: WordEntry<never> = Object.freeze({ candidates: [], parts: [], singles: [] }) as WordEntry<never>;

/**
 * A word such as "interreg" or "region" opens hundreds of programme names: testing each against the words that
 * follow cost more than the rest of the scan. Phrases are grouped by their second word instead, so a word
 * tests only those that can go on from the next word; `passed` lists them by index to keep their order.
 */
function phraseIndex<R>(
  candidates: readonly Candidate<R>[],
): Pick<WordEntry<R>, 'bySecond' | 'open' | 'svBits' | 'enBits' | 'openBits'> {
  const bySecond: Record<Lang, Map<string, number[]>> = { sv: new Map(), en: new Map() };
  const open = new Map<string, number[]>();
  candidates.forEach((c, k) => {
    if (c.keys === undefined) return;
    const opens = opensCompound(c.keys, 1, c.lang);
    const map = opens ? open : bySecond[c.lang];
    const key = opens ? c.keys[1].slice(0, MIN_PART) : c.keys[1];
    const list = map.get(key);
    if (list) list.push(k);
    else map.set(key, [k]);
  });
  const bits = (map: Map<string, number[]>) => {
    let b = 0;
    for (const key of map.keys()) b |= keyBit(key);
    return b;
  };
  return { bySecond, open, svBits: bits(bySecond.sv), enBits: bits(bySecond.en), openBits: bits(open) };
}

/** The phrase candidates of the current word that the following words complete (indexes, as found). */
let passed = new Int32Array(64);
let passedN = 0;
let matchers = 0;

/** A place of one's own in every WordInfo's `m`, for a per-word fact worked out on first sight (see PhraseMatcher). */
export function wordSlot(): number {
  return matchers++;
}

/** The first MIN_PART letters of a word's Swedish key ('' when shorter), kept on the word: see WordEntry.open. */
const HEAD_SLOT = wordSlot();
function svHead(info: WordInfo): string {
  let head = info.m[HEAD_SLOT] as string | undefined;
  if (head === undefined) {
    head = info.sv.length >= MIN_PART ? info.sv.slice(0, MIN_PART) : '';
    info.m[HEAD_SLOT] = head;
  }
  return head;
}

/**
 * Finds phrases in text by stemmed, folded keys, both languages at once (calls mix them: Swedish pages
 * name English programme terms). Swedish single words are also found inside compounds
 * ("klimatanpassningsåtgärder" holds "klimatanpassning"; "vattenförvaltningen" holds "förvaltning"),
 * by testing each new word once against the vocabulary as prefix, head or long infix.
 */
export class PhraseMatcher<R> {
  private readonly slots: Record<Lang, Map<string, Slot<R>>> = { sv: new Map(), en: new Map() };
  private readonly parts: { key: string; spelt: string; ref: R }[] = [];
  /** This matcher's place in each WordInfo's `m`. */
  private readonly id = matchers++;

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
      const spelt = stem(words[0], e.lang);
      if (keys.length === 1) {
        slot.single.push({ ref: e.ref, spelt });
        if (opts.compounds && e.lang === 'sv') {
          // As a compound's first part a word appears whole, not stemmed: "klimat" (stem "klim") in "klimatfrågor";
          // a stem only one letter short is the joining form ("förskola" → "förskol" in "förskoleverksamhet"). A stem cut
          // further is no word of its own: "transparens" stems to "transp", which is how "transport…" begins.
          if (words[0].length - spelt.length <= 1) this.addPart(keys[0], spelt, e.ref);
          if (keyOf(words[0]) !== keys[0]) this.addPart(keyOf(words[0]), words[0], e.ref);
        }
      } else {
        slot.multi.push({ keys, ref: e.ref, spelt });
      }
    }
  }

  private addPart(key: string, spelt: string, ref: R): void {
    if (key.length >= MIN_PART) this.parts.push({ key, spelt, ref });
  }

  /** Parts by their first and by their last MIN_PART letters, in the parts' order (built on first use). */
  private heads?: Map<string, number[]>;
  private tails?: Map<string, number[]>;

  /**
   * The parts that may lie in a word's key, in their order: those it starts or ends with, and those starting at
   * a place a part in the middle may start, found by their first letters (each new word tested a few instead of
   * the eight hundred parts; a word is built once, but a corpus has tens of thousands of them).
   */
  private partsIn(key: string): number[] {
    if (this.heads === undefined || this.tails === undefined) {
      const file = (map: Map<string, number[]>, at: string, x: number) => {
        const list = map.get(at);
        if (list) list.push(x);
        else map.set(at, [x]);
      };
      this.heads = new Map();
      this.tails = new Map();
      for (let x = 0; x < this.parts.length; x++) {
        file(this.heads, this.parts[x].key.slice(0, MIN_PART), x);
        file(this.tails, this.parts[x].key.slice(-MIN_PART), x);
      }
    }
    const found = new Set<number>();
    const add = (list: number[] | undefined) => {
      if (list) for (const x of list) found.add(x);
    };
    add(this.heads.get(key.slice(0, MIN_PART)));
    add(this.tails.get(key.slice(-MIN_PART)));
    for (let at = MIN_REST; at <= key.length - MIN_INFIX - MIN_REST; at++)
      add(this.heads.get(key.slice(at, at + MIN_PART)));
    return [...found].sort((a, b) => a - b);
  }

  /**
   * Refs whose single Swedish word is a part of this (longer) word's key; `seen` is the word's stem, which
   * the key maps letter for letter, so each part found is also checked as spelt.
   */
  compoundParts(key: string, seen: string = key): R[] {
    const found: { ref: R; from: number; to: number }[] = [];
    if (key.length < MIN_PART + MIN_REST) return [];
    const aligned = seen.length === key.length;
    const spelt = (p: { key: string; spelt: string }, at: number) =>
      !aligned || ocrCompatible(p.spelt, seen.slice(at, at + p.key.length));
    // A part followed by what the word reads as (`seen` when it maps the key letter for letter).
    const endsWord = (after: number) => !LOANWORD_ENDING.test((aligned ? seen : key).slice(after));
    for (const x of this.partsIn(key)) {
      const p = this.parts[x];
      const k = p.key;
      if (k.length + MIN_REST > key.length) continue;
      let at = -1;
      if (key.startsWith(k)) {
        if (spelt(p, 0) && endsWord(k.length)) at = 0;
      } else if (key.endsWith(k)) {
        if (spelt(p, key.length - k.length)) at = key.length - k.length;
      } else if (k.length >= MIN_INFIX) {
        const i = key.indexOf(k, MIN_REST);
        if (i > 0 && key.length - i - k.length >= MIN_REST && spelt(p, i) && endsWord(i + k.length)) at = i;
      }
      if (at >= 0) found.push({ ref: p.ref, from: at, to: at + k.length });
    }
    // "klimatriskbedömning" holds "klimatrisk" (adaptation) and, inside it, "klimat" (mitigation): a part inside a
    // longer part found is no part of its own.
    const within = (a: (typeof found)[number], b: (typeof found)[number]) =>
      b.from <= a.from && a.to <= b.to && b.to - b.from > a.to - a.from;
    return found.filter((a) => !found.some((b) => within(a, b))).map((a) => a.ref);
  }

  private entry(info: WordInfo): WordEntry<R> {
    let e = info.m[this.id] as WordEntry<R> | undefined;
    if (e === undefined) {
      e = this.build(info);
      info.m[this.id] = e;
    }
    return e;
  }

  // Candidates keep the order Swedish singles, Swedish phrases, English singles, English phrases: the
  // analyser counts the first hit of a concept on a word.
  private build(info: WordInfo): WordEntry<R> {
    const candidates: Candidate<R>[] = [];
    let exact = false;
    const skip: Lang | undefined = ENGLISH_FUNCTION_WORDS.has(info.word)
      ? 'sv'
      : SWEDISH_FUNCTION_WORDS.has(info.word)
        ? 'en'
        : undefined;
    for (const lang of ['sv', 'en'] as const) {
      if (lang === skip) continue;
      const slot = this.slots[lang].get(info[lang]);
      if (!slot) continue;
      const seen = lang === 'sv' ? info.svStem : info.enStem;
      for (const s of slot.single) {
        if (!ocrCompatible(s.spelt, seen)) continue;
        exact = true;
        candidates.push({ ref: s.ref, lang });
      }
      for (const m of slot.multi) {
        if (ocrCompatible(m.spelt, seen)) candidates.push({ ref: m.ref, keys: m.keys, lang });
      }
    }
    const parts = !exact && skip !== 'sv' && this.parts.length > 0 ? this.compoundParts(info.sv, info.svStem) : [];
    if (candidates.length === 0 && parts.length === 0) return NOTHING;
    const singles = candidates.filter((c) => c.keys === undefined).map((c) => c.ref);
    if (singles.length === candidates.length) return { candidates, parts, singles };
    if (passed.length < candidates.length) passed = new Int32Array(candidates.length * 2);
    const singleAt = new Int32Array(singles.length);
    for (let k = 0, x = 0; k < candidates.length; k++) if (candidates[k].keys === undefined) singleAt[x++] = k;
    return { candidates, parts, singles, singleAt, ...phraseIndex(candidates) };
  }

  /**
   * All hits in a scanned text, in token order, into `out` (cleared first). `lang`, the text's language when known
   * (a call's), keeps compound parts to its Swedish sentences (see swedishSentences): an English word is no
   * Swedish compound ("promotion" holds no "motion", "servicing" no "service").
   */
  scan(tokens: TokenBuffer, out: HitBuffer<R>, lang?: Lang): HitBuffer<R> {
    out.n = 0;
    const n = tokens.n;
    const info = tokens.info;
    // Which words stand in a Swedish sentence, worked out at the first word with a part (most texts have none).
    let swedish: Uint8Array | undefined;
    for (let i = 0; i < n; i++) {
      const e = this.entry(info[i]);
      if (e === NOTHING) continue;
      if (e.bySecond === undefined || markPhrases(e, info, n, i) === 0) {
        for (const ref of e.singles) out.push(ref, i, i + 1, false);
      } else {
        // The singles and the phrases that go on, merged in the candidates' order ("region" has a thousand
        // candidates, of which a mention yields a few).
        sortPassed();
        const cs = e.candidates;
        const singleAt = e.singleAt as Int32Array;
        for (let s = 0, p = 0; s < singleAt.length || p < passedN; ) {
          if (p === passedN || (s < singleAt.length && singleAt[s] < passed[p])) {
            out.push(cs[singleAt[s]].ref, i, i + 1, false);
            s++;
          } else {
            const c = cs[passed[p]];
            out.push(c.ref, i, i + (c.keys as string[]).length, false);
            p++;
          }
        }
      }
      if (e.parts.length === 0) continue;
      if (lang !== undefined) {
        swedish ??= swedishSentences(tokens, lang, sentenceScratch(n));
        if (swedish[i] === 0) continue;
      }
      for (const ref of e.parts) out.push(ref, i, i + 1, true);
    }
    return out;
  }

  match(tokens: readonly KeyedToken[]): PhraseHit<R>[] {
    const buf = matchScratch;
    buf.n = 0;
    for (const t of tokens) buf.push(t.info, t.start, t.end);
    const hits = this.scan(buf, hitScratch as HitBuffer<R>);
    const out: PhraseHit<R>[] = new Array(hits.n);
    for (let i = 0; i < hits.n; i++) {
      out[i] = { ref: hits.ref[i], from: hits.from[i], to: hits.to[i], compound: hits.compound[i] === 1 };
    }
    return out;
  }
}

let sentenceBytes = new Uint8Array(256);
/** One byte per word, reused from text to text. */
function sentenceScratch(n: number): Uint8Array {
  if (sentenceBytes.length < n) sentenceBytes = new Uint8Array(n * 2);
  return sentenceBytes;
}

/** Lists in `passed` the phrase candidates of word i that the following words complete; returns how many. */
function markPhrases<R>(e: WordEntry<R>, info: readonly WordInfo[], n: number, i: number): number {
  passedN = 0;
  if (i + 1 >= n) return 0;
  const next = info[i + 1];
  const bySecond = e.bySecond as Record<Lang, Map<string, number[]>>;
  return (
    ((e.svBits as number) & next.svBit ? markFollowing(e.candidates, bySecond.sv.get(next.sv), info, n, i) : 0) +
    ((e.enBits as number) & next.enBit ? markFollowing(e.candidates, bySecond.en.get(next.en), info, n, i) : 0) +
    (e.open === undefined || e.open.size === 0
      ? 0
      : (e.openBits as number) & keyBit(svHead(next))
        ? markFollowing(e.candidates, e.open.get(svHead(next)), info, n, i)
        : 0)
  );
}

/** `passed` in ascending order (a few entries: insertion sort). */
function sortPassed(): void {
  for (let x = 1; x < passedN; x++) {
    const k = passed[x];
    let y = x - 1;
    for (; y >= 0 && passed[y] > k; y--) passed[y + 1] = passed[y];
    passed[y + 1] = k;
  }
}

function markFollowing<R>(
  candidates: readonly Candidate<R>[],
  ks: readonly number[] | undefined,
  info: readonly WordInfo[],
  n: number,
  i: number,
): number {
  if (ks === undefined) return 0;
  let count = 0;
  for (let x = 0; x < ks.length; x++) {
    const k = ks[x];
    const c = candidates[k];
    if (follows(info, n, i, c.keys as string[], c.lang)) {
      passed[passedN++] = k;
      count++;
    }
  }
  return count;
}

/** The last word of a Swedish phrase may open a compound: "lokal demokrati" in "lokal demokratiutveckling". */
function opensCompound(keys: readonly string[], j: number, lang: Lang): boolean {
  return j === keys.length - 1 && lang === 'sv' && keys[j].length >= MIN_PART;
}

function follows(info: readonly WordInfo[], n: number, i: number, keys: string[], lang: Lang): boolean {
  if (i + keys.length > n) return false;
  for (let j = 1; j < keys.length; j++) {
    const have = info[i + j][lang];
    const want = keys[j];
    if (have !== want && !(opensCompound(keys, j, lang) && have.startsWith(want))) return false;
  }
  return true;
}
