/**
 * A call's identifier ("AMIF-2016-AG-INTE-01", "HORIZON-MISS-2023-SOIL-01-08", "DIGITAL-2024-BESTUSE-06-INNOV-ADMIN")
 * is a code, not prose: its parts are abbreviations the stemmer would read as words ("AG" as "ageing", "INNOV" as
 * "innovation"). A code is capitals and digits in three or more parts joined by hyphens, underscores or slashes,
 * at least one part a number; its words are evidence of nothing.
 */
const CODE = /(?<![\p{L}\p{N}])[A-Z][A-Z0-9]*(?:[-_/][A-Z0-9]+){2,}(?![\p{L}\p{N}])/gu;
const DIGIT = /\d/;

/** Character ranges [start, end) of the identifier codes in a text. */
export function codeRanges(text: string): [number, number][] {
  const out: [number, number][] = [];
  if (!DIGIT.test(text)) return out;
  for (const m of text.matchAll(CODE)) {
    if (DIGIT.test(m[0])) out.push([m.index, m.index + m[0].length]);
  }
  return out;
}
