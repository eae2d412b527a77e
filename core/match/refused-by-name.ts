/**
 * Bodies a call refuses by their names, in the sentence after the refusal: "Kommuner och regioner som beviljades stöd
 * 2026 kan inte söka igen. Det gäller Kalmar kommun, Umeå kommun och Region Kronoberg.", "Previous winners may not
 * apply. These are Lund municipality and Region Skåne." The names are those the refusal is of; the rest of the class
 * may apply.
 */
import { fold } from '../text/fold.ts';
import { sentenceRanges } from '../text/sentences.ts';
import { REFUSAL } from './refusal-words.ts';

export interface RefusedByName {
  /** The kommuner by their place names, as written ("Kalmar", "Älvsbyns"): for named-municipalities' namedAmong. */
  kommuner: string[];
  /** The regions by their names, folded lowercase ("region kronoberg"). */
  regions: string[];
  /** The sentence that names them, as written. */
  said: string;
}

/** The words that open a sentence naming those the sentence before refers to. */
const NAMES_WORDS = 'det gäller|detta gäller|dessa är|de är|det är|this applies to|these are|they are|this concerns';
const NAMES_ANYWHERE = new RegExp(`(?:${NAMES_WORDS})\\s`, 'iu');
const NAMES_OPEN = new RegExp(`^\\s*(?:${NAMES_WORDS})\\s*:?\\s+`, 'iu');
/** One body by name: "Kalmar kommun", "Malmö stad", "Lund municipality" (group 1), "Region Kronoberg" (group 2). */
const BODY_NAME =
  /^(?:(\p{Lu}[\p{L}-]*(?:\s\p{Lu}[\p{L}-]*)?)\s+(?:kommun|stad|municipality|city council)|(region\s+\p{Lu}[\p{L}-]*(?:\s\p{Lu}[\p{L}-]*)?(?:\s+län)?))$/iu;

export function refusedByNameIn(summary: string): RefusedByName | undefined {
  if (!NAMES_ANYWHERE.test(summary)) return undefined;
  const ranges = sentenceRanges(summary);
  for (let i = 1; i < ranges.length; i++) {
    const sentence = summary.slice(ranges[i][0], ranges[i][1]);
    const open = NAMES_OPEN.exec(sentence);
    if (!open || !REFUSAL.test(fold(summary.slice(ranges[i - 1][0], ranges[i - 1][1]).toLowerCase()))) continue;
    const items = sentence
      .slice(open[0].length)
      .replace(/[.;:]\s*$/u, '')
      .split(/\s*,\s*|\s+(?:och|samt|and)\s+/u)
      .map((item) => BODY_NAME.exec(item.trim()));
    if (!items.every((m) => m !== null)) continue;
    return {
      kommuner: items.flatMap((m) => m?.[1] ?? []),
      regions: items.flatMap((m) => (m?.[2] ? fold(m[2].toLowerCase()) : [])),
      said: sentence.trim(),
    };
  }
  return undefined;
}
