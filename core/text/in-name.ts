/**
 * Whether the word at [start, end) is part of a proper name: capitalised inside a sentence ("the Programme for
 * Nordic Co-operation on the Environment", "under European Territorial Cooperation"). A sentence's first word, a
 * heading's or a list item's, and words in capitals ("COOPERATION", an acronym) say nothing of a name.
 */
const SENTENCE_BREAK = /(?:^|[.!?:;•·▪–—\-*"“”'‘’([\n\r])\s*$/u;

/** A capital letter: most words a concept matches are not capitalised, and are passed over on this test alone. */
const CAPITAL = /\p{Lu}/u;

export function inNameAt(text: string, start: number, end: number): boolean {
  if (!CAPITAL.test(text.charAt(start))) return false;
  if (!/\p{Ll}/u.test(text.slice(start, end))) return false;
  return !SENTENCE_BREAK.test(text.slice(Math.max(0, start - 40), start));
}

/**
 * The noun that ends the name of a body: "… Executive Agency", "… Research Council", "Institute of …", "Nordic Forum
 * for Risk Analysis", "the Nordic Working Group for Chemicals, Environment, and Health".
 */
const BODY_NOUN =
  /^(?:Agency|Agencies|Council|Institute|Foundation|Authority|Office|Commission|Ministry|Department|Directorate|Secretariat|Committee|Board|Bank|Observatory|Academy|Forum|Group|Panel|Association|Federation|Alliance|Centre|Center)$/u;
/** Words that join a name's capitalised words: "Climate, Infrastructure & Environment", "Institute of … and …". */
const JOINER = /^(?:and|&|of|for|on|the|,)$/u;
const NAME_WORD = /^\p{Lu}[\p{L}-]*$/u;

/**
 * Whether the capitalised word at [start, end) is inside the name of a body: capitalised words and joiners, with a
 * body's noun among them ("the European Climate, Infrastructure & Environment Executive Agency", "the European
 * Research Council", "Institute of Environment"). The name says who the funder is, not what the call is about.
 */
export function inBodyNameAt(text: string, start: number, end: number): boolean {
  if (!CAPITAL.test(text.charAt(start)) || !NAME_WORD.test(text.slice(start, end).split(/\s+/)[0] ?? '')) return false;
  const after = text.slice(start, start + 120).match(/[\p{L}&-]+|,/gu) ?? [];
  const before = (text.slice(Math.max(0, start - 80), start).match(/[\p{L}&-]+|,/gu) ?? []).reverse();
  for (const words of [after, before]) {
    for (const w of words) {
      if (BODY_NOUN.test(w)) return true;
      if (!NAME_WORD.test(w) && !JOINER.test(w)) break;
    }
  }
  return false;
}
