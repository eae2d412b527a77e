/**
 * Whether the word at [start, end) is part of a proper name: capitalised inside a sentence ("the Programme for
 * Nordic Co-operation on the Environment", "under European Territorial Cooperation"). A sentence's first word, a
 * heading's or a list item's, and words in capitals ("COOPERATION", an acronym) say nothing of a name.
 */
const SENTENCE_BREAK = /(?:^|[.!?:;•·▪–—\-*"“”'‘’([\n\r])\s*$/u;

export function inNameAt(text: string, start: number, end: number): boolean {
  const word = text.slice(start, end);
  if (!/^\p{Lu}/u.test(word) || !/\p{Ll}/u.test(word)) return false;
  return !SENTENCE_BREAK.test(text.slice(Math.max(0, start - 40), start));
}
