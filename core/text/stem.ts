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
    s = lang === 'sv' ? stemSv(word) : stemEnGuarded(americanSpelling(word));
    if (c.size > CACHE_LIMIT) c.clear();
    c.set(word, s);
  }
  return s;
}

/** Snowball Swedish's main (inflectional) suffixes, after the consonant pair it shortens ("bredda" → "bred"). */
const INFLECTION =
  /^[dnt]?(?:a|arna|erna|heterna|orna|ad|e|ade|ande|arne|are|aste|en|anden|aren|heten|ern|ar|er|heter|or|s|as|arnas|ernas|ornas|es|ades|andes|ens|arens|hetens|erns|at|andet|het|ast)?$/;

/**
 * Snowball Swedish, plus the inflections it leaves apart: the definite neuter -et ("samhället", "projektet"),
 * the neuter -t of -l and -bar adjectives ("digitalt", "internationellt", "hållbart", "förnybart"), and
 * suffixes that only show once another is gone ("hållbara" → "hållbar" → "hållb", as "hållbar" itself).
 * Every form of a word then shares one key; run to a fixed point (at most a few rounds).
 *
 * A further round cuts only an inflection (Snowball's main suffixes, with the consonant pair it then
 * shortens): a derivational ending it reaches only once an inflection is gone belongs to another word, as
 * the English "investigate" ("investigat" → "investig" → "invest") is no form of "investerare", nor
 * "sysselsatt" of a "syss-" (one pass cuts inflection and derivation of a Swedish word, "viktigare" →
 * "vikt", as Snowball meant).
 */
function stemSv(word: string): string {
  let s = sv.stemWord(word);
  for (let round = 0; round < 3; round++) {
    let t = s;
    if (t.length >= 6 && t.endsWith('et')) t = t.slice(0, -2);
    else if (t.length >= 6 && (t.endsWith('lt') || t.endsWith('bart'))) t = t.slice(0, -1);
    const cut = sv.stemWord(t);
    if (cut !== t && !(t.startsWith(cut) && INFLECTION.test(t.slice(cut.length)))) return t;
    if (cut === s) break;
    s = cut;
  }
  return s;
}

/**
 * Porter knows American spelling only; EU texts write British ("digitalisation", "labour", "programme",
 * "centre") and others American. One spelling for both, before stemming, so either meets the lexicon.
 */
function americanSpelling(word: string): string {
  if (word.length < 6) return word;
  return word
    .replace(/is(e|es|ed|ing|ation|ations|ational|er|ers|ement|ements)$/, 'iz$1')
    .replace(/our(s|ed|ing|er|ers|hood|hoods|al|able)?$/, 'or$1')
    .replace(/^programme(s)?$/, 'program$1')
    .replace(/tre(s)?$/, 'ter$1');
}

/**
 * Porter folds some everyday words of calls into the stem of a lexicon word: "participants" with
 * "participation", "emerging" with "emergency", "internal" with "international", "market" with "marketing",
 * "promote" with "promotion", "age" with "ageing", "integrated" and "integrate" with "integration", "secure" with
 * "security", and "account" with "accountability". These families get stems of their own
 * (marked so no real stem can equal them); their inflections still meet.
 */
// A Map: words from funder pages are never keys of a plain object ("constructor" would find Object's own).
const GUARDED = new Map<string, string>();
for (const [key, forms] of Object.entries({
  participant: ['participant', 'participants'],
  emerge: ['emerge', 'emerges', 'emerged', 'emerging'],
  internal: ['internal', 'internally'],
  market: ['market', 'markets'],
  promote: ['promote', 'promotes', 'promoted', 'promoting'],
  age: ['age', 'ages', 'aged'],
  integrated: ['integrated'],
  // The verb takes any object ("integrate results", "integrate the outputs"): the noun is the lexicon's concept.
  integrate: ['integrate', 'integrates', 'integrating'],
  secure: ['secure', 'secures', 'secured', 'securing'],
  account: ['account', 'accounts', 'accounted'],
})) {
  for (const f of forms) GUARDED.set(f, `${key}·`);
}

function stemEnGuarded(word: string): string {
  return GUARDED.get(word) ?? stemEn(word);
}
