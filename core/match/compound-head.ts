/**
 * The class a Swedish compound names by its head, the word it ends with: "lokalföreningar" and "idrottsföreningar"
 * are associations, "livsmedelsföretag" companies. The first part only narrows which ones ("lokal-", "idrotts-"),
 * which matters nothing to a kommun or region: it is no association or company either way. Not kommuner: a
 * "kustkommun" or "landsbygdskommun" is some kommuner, and whether this one is, the call does not say (a blind
 * fact-check found "kommuner bland de sökande" false of "kustkommuner" for an inland kommun). Not regions:
 * "Östersjöregionen" is a place.
 */
import type { ApplicantClass } from '../data/kinds.ts';
import { fold } from '../text/fold.ts';

const HEADS: readonly [RegExp, ApplicantClass][] = [
  [/^\p{L}{3,}(?:forening|foreningar|foreningarna|foreningen|stiftelse|stiftelser|stiftelserna)$/u, 'civil'],
  [/^\p{L}{3,}(?:foretag|foretagen)$/u, 'company'],
];

/** The class a compound's head names, for a word longer than the head itself; undefined for any other word. */
export function compoundHeadClass(word: string): ApplicantClass | undefined {
  const w = fold(word.toLowerCase());
  for (const [re, cls] of HEADS) if (re.test(w)) return cls;
  return undefined;
}

/** A kommun word as a compound's head: "kustkommuner", "landsbygdskommun" (folded). */
const SOME_MUNICIPALITIES_WORD = /^\p{L}{3,}(?:kommun|kommuner|kommunerna)$/u;

/**
 * Whether a list ("kustkommuner", "landsbygdskommuner; glesbygdskommuner") names only kinds of kommun: some kommuner,
 * which a region is not and a kommun may or may not be.
 */
export function someMunicipalities(list: string): boolean {
  const words = entriesOf(list);
  return words.length > 0 && words.every((w) => SOME_MUNICIPALITIES_WORD.test(w));
}

/** Words that qualify an entry's kind of kommun after it: "Kustkommuner med skärgård", "Glesbygdskommuner i Norrland". */
const QUALIFIED_AFTER = /^(?:med|i|inom|som|utan|vid|langs|mot|with|in|within|that|which|along|on|by)\s/u;

/**
 * The first entry of a list that is a kind of kommun ("Skärgårdskommuner" beside "Ideella föreningar", "Kustkommuner
 * med skärgård"), as written.
 */
export function kommunKindEntry(entries: readonly string[]): string | undefined {
  return entries.find((e) => {
    const entry = entriesOf(e)[0] ?? '';
    const space = entry.search(/\s/u);
    if (space === -1) return SOME_MUNICIPALITIES_WORD.test(entry);
    return SOME_MUNICIPALITIES_WORD.test(entry.slice(0, space)) && QUALIFIED_AFTER.test(entry.slice(space + 1));
  });
}

/** A list's entries, folded, each without a parenthesis that says how ("kustkommuner (via kustlänsstyrelserna)"). */
const entriesOf = (list: string): string[] =>
  list.split(/\s*;\s*/).map((w) =>
    fold(
      w
        .replace(/\s*\([^)]*\)/g, '')
        .trim()
        .toLowerCase(),
    ),
  );

/** Coastal kommuner by name: "kustkommuner", "kustkommunerna" (folded). */
const COASTAL_MUNICIPALITIES_WORD = /^kustkommun(?:er|erna)?$/u;

/** Whether a list names only coastal kommuner ("kustkommuner (via kustlänsstyrelserna)"). */
export const coastalMunicipalities = (list: string): boolean => {
  const words = entriesOf(list);
  return words.length > 0 && words.every((w) => COASTAL_MUNICIPALITIES_WORD.test(w));
};

/**
 * Heads that name a kind of body, beyond the classes' own: schools, organisations, agencies ("-verk", as networks:
 * "kulturnätverk" among those who take part), institutions, libraries, museums.
 */
const BODY_HEAD =
  /^\p{L}{3,}(?:skola|skolan|skolor|skolorna|organisation|organisationer|organisationerna|myndighet|myndigheter|myndigheterna|institution|institutioner|verk|verken|bibliotek|biblioteken|museum|museer|museerna)$/u;

/**
 * Whether a Swedish compound names a kind of body by its head ("kulturskolor", "miljöorganisationer",
 * "idrottsföreningar"): in a list of who may apply or take part it says who, and its first part is no topic.
 */
export const namesBodyKind = (word: string): boolean =>
  compoundHeadClass(word) !== undefined || BODY_HEAD.test(fold(word.toLowerCase()));

/** Twin towns: "vänorter", "vänstäder", "twin towns", "twinned towns" (folded). */
const TWIN_TOWNS_WORD = /^(?:vanort|vanorter|vanorterna|vanstader|vanstaderna|twin towns|twinned towns|twin cities)$/u;

/** Whether a list names only twin towns: kommuner and towns twinned with one another, which any kommun may become. */
export function twinTowns(list: string): boolean {
  const words = list.split(/\s*;\s*/).map((w) => fold(w.trim().toLowerCase()));
  return words.length > 0 && words.every((w) => TWIN_TOWNS_WORD.test(w));
}
