/**
 * The class a Swedish compound names by its head, the word it ends with: "lokalföreningar" and "idrottsföreningar"
 * are associations, "kustkommuner" and "landsbygdskommuner" kommuner, "livsmedelsföretag" companies. The first part
 * only narrows which ones ("lokal-", "kust-"). Not regions: "Östersjöregionen" is a place.
 */
import type { ApplicantClass } from '../data/kinds.ts';
import { fold } from '../text/fold.ts';

const HEADS: readonly [RegExp, ApplicantClass][] = [
  [/^\p{L}{3,}(?:forening|foreningar|foreningarna|foreningen|stiftelse|stiftelser|stiftelserna)$/u, 'civil'],
  [/^\p{L}{3,}(?:kommun|kommuner|kommunerna|kommunen)$/u, 'municipal'],
  [/^\p{L}{3,}(?:foretag|foretagen)$/u, 'company'],
];

/** The class a compound's head names, for a word longer than the head itself; undefined for any other word. */
export function compoundHeadClass(word: string): ApplicantClass | undefined {
  const w = fold(word.toLowerCase());
  for (const [re, cls] of HEADS) if (re.test(w)) return cls;
  return undefined;
}
