import { clauseEndsIn } from './sentences.ts';
import type { TokenBuffer } from './words.ts';

const SV_WORDS = /^(och|att|för|med|som|det|är|til|og|av|på|inom|ansökan|kan|ska|skal|den|eller|från|fra)$/;
const EN_WORDS = /^(the|and|of|to|for|with|is|are|in|on|from|call|projects?|applications?|will|be)$/;

/**
 * Rough language guess for funder texts that may be Swedish/Norwegian or English: function words decide,
 * and a short title with none of them (e.g. "Kommunala partnerskap") is Swedish when it has å, ä or ö.
 * One guesser for source parsers, the extension's page items and the app's shared pages.
 */
export function guessLanguage(text: string): 'sv' | 'en' {
  const words = text.toLowerCase().match(/[a-zåäöæø]+/g) ?? [];
  let sv = 0;
  let en = 0;
  for (const w of words) {
    if (SV_WORDS.test(w)) sv++;
    if (EN_WORDS.test(w)) en++;
  }
  if (sv === en) return /[åäö]/i.test(text) ? 'sv' : 'en';
  return sv > en ? 'sv' : 'en';
}

/** A sentence's function words name its language when one language has this many more of them than the other. */
const SENTENCE_MARGIN = 2;

/**
 * Marks in `out` (one byte per word of `tokens`) the words that stand in a Swedish sentence of a text written in
 * `lang`: a sentence is in the text's language unless its function words say otherwise by SENTENCE_MARGIN (a
 * Swedish call quoting an English programme text, an English call quoting a Swedish one). A short sentence with
 * few function words — a title, a tag, a name — stays in the text's language: "Nordic Collaboration Project
 * Funding" and "Klimatanpassning" name no language of their own.
 */
export function swedishSentences(tokens: TokenBuffer, lang: 'sv' | 'en', out: Uint8Array): Uint8Array {
  const text = tokens.lower;
  let from = 0;
  while (from < tokens.n) {
    let to = from + 1;
    while (to < tokens.n && !endsBetween(text, tokens.end[to - 1], tokens.start[to])) to++;
    let sv = 0;
    let en = 0;
    for (let i = from; i < to; i++) {
      const w = tokens.info[i].word;
      if (SV_WORDS.test(w)) sv++;
      if (EN_WORDS.test(w)) en++;
    }
    const swedish = sv - en >= SENTENCE_MARGIN ? true : en - sv >= SENTENCE_MARGIN ? false : lang === 'sv';
    out.fill(swedish ? 1 : 0, from, to);
    from = to;
  }
  return out;
}

/** A word gap holding a sentence's or a ";" clause's end (the tags of a list, "adult learning; mobility", each stand alone). */
const endsBetween = (text: string, a: number, b: number) => clauseEndsIn(text, a, b, ';');
