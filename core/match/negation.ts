/**
 * Negated mentions: "all priorities except tourism", "utom turism", "investments are not eligible",
 * "med undantag av…". A concept named in a negated stretch of text is not evidence that the call is about it.
 * Two kinds of cue: a preposition that negates what follows up to the end of its clause, and a predicate
 * that negates its whole sentence (the subject comes first: "Infrastructure is not eligible").
 */
import { wordSlot } from '../text/phrases.ts';
import type { TokenBuffer, WordInfo } from '../text/words.ts';

/** Words (lowercase) that negate the rest of their clause. Multi-word cues are space-separated. */
const FORWARD_CUES = [
  'except',
  'excluding',
  'exkluderat',
  'exklusive',
  'utom',
  'ej',
  'med undantag av',
  'med undantag för',
  'with the exception of',
  'apart from',
  'other than',
  'not including',
  'excepting',
  'bortsett från',
  'undantaget',
  'undantagna',
  // Contrast: "resor och boende men inte turistresor", "municipalities but not municipal companies".
  'men inte',
  'men ej',
  'och inte',
  'but not',
  'and not',
  'rather than',
  'snarare än',
  'no funding for',
  'no support for',
  'inget stöd till',
  'inget stöd för',
].map((c) => c.split(' '));

/** Predicates that negate their sentence. */
const SENTENCE_CUES = [
  'not eligible',
  'ineligible',
  'not be funded',
  'not be supported',
  'not supported',
  'not fundable',
  'cannot be funded',
  'are excluded',
  'is excluded',
  'excluded from',
  'inte stödberättigade',
  'inte stödberättigad',
  'inte stödberättigat',
  'ej stödberättigade',
  'ej stödberättigad',
  'kan inte beviljas',
  'beviljas inte',
  'finansieras inte',
  'stöds inte',
  'omfattas inte',
  'omfattas ej',
  'stöds ej',
  'beviljas ej',
  'finansieras ej',
  'ges inte',
  'ges ej',
  'faller utanför',
  'är inte stödberättigad',
  'not funded',
  'will not fund',
  'does not fund',
  'do not fund',
  'not be financed',
  'cannot be financed',
  'cannot be supported',
  'not covered by',
  'outside the scope',
  'out of scope',
  // Who may not apply: "Kommuner kan inte söka", "Companies cannot apply".
  'kan inte söka',
  'får inte söka',
  'kan ej söka',
  'får ej söka',
  'cannot apply',
  'may not apply',
  'are not eligible',
  // "Public authorities are not expected to participate", "Myndigheter förväntas inte delta".
  'not expected to',
  'förväntas inte',
  'are not allowed to',
  'is not allowed to',
  'cannot participate',
  'may not participate',
  'kan inte delta',
  'får inte delta',
  // Who may not be a party: "Municipalities cannot be partners", "Kommuner kan inte vara projektpart",
  // "Local authorities should not be part of the consortium", "Regioner ska inte ingå i konsortiet".
  'cannot be partners',
  'cannot be a partner',
  'cannot be project partners',
  'cannot be lead partner',
  'cannot be lead partners',
  'may not be partners',
  'cannot act as',
  'may not act as',
  'cannot take part',
  'may not take part',
  'cannot be part of',
  'should not be part of',
  'shall not be part of',
  'must not be part of',
  'are not eligible as',
  'kan inte vara',
  'får inte vara',
  'kan ej vara',
  'får ej vara',
  'ska inte ingå',
  'kan inte ingå',
  'får inte ingå',
  'ska ej ingå',
  'får ej ingå',
  'kan inte medverka',
  'får inte medverka',
].map((c) => c.split(' '));

/** A contrastive "not" right after a comma negates what follows: "kommuner, inte kommunala bolag". */
const COMMA_NOT = new Set(['inte', 'ej', 'not']);
/** …unless it is "not only", "inte bara", "och inte minst" (and not least): those add, not exclude. */
const NOT_NEGATING = new Set(['bara', 'enbart', 'endast', 'minst', 'only', 'least', 'limited', 'just', 'merely']);

/** First words of every cue: most tokens start none, and are passed over with one lookup. */
const CUE_STARTS = new Set([...FORWARD_CUES, ...SENTENCE_CUES].map((c) => c[0]).concat([...COMMA_NOT]));
/** Whether a word starts a cue, kept on the word's entry (one array read per token instead of a Set look-up). */
const CUE_SLOT = wordSlot();

function startsCue(info: WordInfo): boolean {
  let v = info.m[CUE_SLOT] as boolean | undefined;
  if (v === undefined) {
    v = CUE_STARTS.has(info.word);
    info.m[CUE_SLOT] = v;
  }
  return v;
}

const CLAUSE_END = /[.;:!?\n()]/;
const SUBJECT_START = /[.!?\n;]/;

function gap(text: string, buf: TokenBuffer, i: number): string {
  return text.slice(buf.end[i - 1], buf.start[i]);
}

/** Cues by their first word, in list order: "och" and "and" start cues and are everywhere. */
function byStart(cues: string[][]): Map<string, string[][]> {
  const out = new Map<string, string[][]>();
  for (const cue of cues) out.set(cue[0], [...(out.get(cue[0]) ?? []), cue]);
  return out;
}
const FORWARD_BY_START = byStart(FORWARD_CUES);
const SENTENCE_BY_START = byStart(SENTENCE_CUES);

/** The length of the first cue (list order) that starts at token i, or 0. */
function cueAt(buf: TokenBuffer, i: number, byFirst: Map<string, string[][]>): number {
  const cues = byFirst.get(buf.info[i].word);
  if (cues === undefined) return 0;
  for (const cue of cues) {
    if (i + cue.length > buf.n) continue;
    let ok = true;
    for (let k = 0; k < cue.length && ok; k++) ok = buf.info[i + k].word === cue[k];
    if (ok) return cue.length;
  }
  return 0;
}

/**
 * Marks negated tokens of `buf` (scanned from `text`) with 1 in `out` (sized ≥ buf.n); returns whether any were.
 * Digits between dots ("4.2") are read as a clause end: a list of excepted priority numbers ends there anyway.
 */
export function markNegated(text: string, buf: TokenBuffer, out: Uint8Array): boolean {
  let any = false;
  for (let i = 0; i < buf.n; i++) {
    if (!startsCue(buf.info[i])) continue;
    let f = cueAt(buf, i, FORWARD_BY_START);
    // "X, not Y, …": the aside ends at the next comma.
    const aside = f === 0 && i > 0 && COMMA_NOT.has(buf.info[i].word) && gap(text, buf, i).includes(',');
    if (aside) f = 1;
    if (f > 0 && i + f < buf.n && NOT_NEGATING.has(buf.info[i + f].word)) continue;
    if (f > 0) {
      let j = i + f;
      while (
        j < buf.n &&
        !CLAUSE_END.test(gap(text, buf, j)) &&
        !(aside && j > i + f && gap(text, buf, j).includes(','))
      )
        out[j++] = 1;
      any ||= j > i + f;
      continue;
    }
    const s = cueAt(buf, i, SENTENCE_BY_START);
    if (s > 0) {
      let from = i;
      // Back to the sentence's start, or to a semicolon: "tourism is funded; culture is not covered" negates culture.
      while (from > 0 && !SUBJECT_START.test(gap(text, buf, from))) from--;
      let to = i + s;
      // …and on to the sentence's end or the next semicolon: "Bolag kan inte söka; stödet går till kommuner".
      while (to < buf.n && !SUBJECT_START.test(gap(text, buf, to))) to++;
      out.fill(1, from, to);
      any = true;
      i = to - 1;
    }
  }
  return any;
}
