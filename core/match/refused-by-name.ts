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
  /** The bodies' names as written ("Kalmar kommun", "Region Kronoberg"). */
  names: string[];
  /** The sentence that names them, as written. */
  said: string;
}

/** The opening of a sentence that names those the one before refers to. */
const NAMES_OPEN =
  /^\s*(?:det gäller|detta gäller|dessa är|de är|det är|this applies to|these are|they are|this concerns)\s*:?\s+/iu;
const NAMES_ANYWHERE =
  /(?:det gäller|detta gäller|dessa är|de är|det är|this applies to|these are|they are|this concerns)\s/iu;
/** One body by name: "Kalmar kommun", "Malmö stad", "Region Kronoberg", "Lund municipality". */
const BODY_NAME =
  /^(?:(\p{Lu}[\p{L}-]*(?:\s\p{Lu}[\p{L}-]*)?)s?\s+(?:kommun|stad|municipality|city council)|region\s+(\p{Lu}[\p{L}-]*(?:\s\p{Lu}[\p{L}-]*)?(?:\s+län)?))$/iu;

export function refusedByNameIn(summary: string): RefusedByName | undefined {
  if (!NAMES_ANYWHERE.test(summary)) return undefined;
  const ranges = sentenceRanges(summary);
  for (let i = 1; i < ranges.length; i++) {
    const sentence = summary.slice(ranges[i][0], ranges[i][1]);
    const open = NAMES_OPEN.exec(sentence);
    if (!open) continue;
    const previous = fold(summary.slice(ranges[i - 1][0], ranges[i - 1][1]).toLowerCase());
    if (!REFUSAL.test(previous)) continue;
    const list = sentence.slice(open[0].length).replace(/[.;:]\s*$/u, '');
    const items = list.split(/\s*,\s*|\s+(?:och|samt|and)\s+/u).map((x) => x.trim());
    if (items.length === 0 || !items.every((x) => BODY_NAME.test(x))) continue;
    return { names: items, said: sentence.trim() };
  }
  return undefined;
}

/** Whether a body's name ("Kalmar kommun", "Region Kronoberg", "Älvsbyns kommun") is among the names. */
export function refusedNamed(refused: RefusedByName, bodyName: string): boolean {
  const key = (n: string) =>
    fold(n.toLowerCase())
      .replace(/\s+(?:kommun|stad|municipality|city council|lan)$/u, '')
      .replace(/^region\s+/u, 'region ')
      .replace(/s$/u, '');
  const own = key(bodyName);
  return refused.names.some((n) => key(n) === own);
}
