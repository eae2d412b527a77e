/**
 * An acronym in running text ("HAL", "NKE", "CERV"): a word in capitals among words that are not, naming a
 * programme, a body or a strand. Folded and stemmed, its letters can meet a common word's ("HAL" and "häl-"), so it
 * carries a topic only where it is written as one of the lexicon's own short terms ("AI", "ERDF", "NGOs"). A line
 * all in capitals ("INTERREG SOUTH BALTIC PROGRAMME") holds words, not acronyms.
 */
const CAPITALS = /^\p{Lu}[\p{Lu}\d&+]{1,5}$/u;
const LOWER_PAIR = /\p{Ll}\p{Ll}/u;

export function acronymAt(text: string, start: number, end: number): boolean {
  if (!CAPITALS.test(text.slice(start, end))) return false;
  return LOWER_PAIR.test(text.slice(Math.max(0, start - 30), Math.min(text.length, end + 30)));
}
