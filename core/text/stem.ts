/// <reference path="./nlpjs-sv.d.ts" />
import StemmerSv from '@nlpjs/lang-sv/src/stemmer-sv.js';
import { stemmer as stemEn } from 'stemmer';

export type Lang = 'sv' | 'en';

const sv = new StemmerSv();
const CACHE_LIMIT = 200_000;
const cache: Record<Lang, Map<string, string>> = { sv: new Map(), en: new Map() };

/** Snowball Swedish or Porter English stem of one lowercased word; cached because vocabularies repeat. */
export function stem(word: string, lang: Lang): string {
  const c = cache[lang];
  let s = c.get(word);
  if (s === undefined) {
    // Words with digits (OCR "f6r", years) are left alone by the English stemmer's rules anyway.
    s = lang === 'sv' ? sv.stemWord(word) : stemEn(word);
    if (c.size > CACHE_LIMIT) c.clear();
    c.set(word, s);
  }
  return s;
}
