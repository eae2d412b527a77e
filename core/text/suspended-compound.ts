/**
 * A Swedish suspended compound: "företags- och innovationsfrämjande", "kommun- eller regionnivå". The first word
 * with its hyphen is only the head of a compound whose tail the next word carries ("företagsfrämjande"), so on its
 * own it names nothing: "aktörer inom företags- och innovationsfrämjande systemet" are not companies.
 */
const SUSPENDED_AFTER = /^-\s*(?:,\s*[\p{L}-]+\s*)*(?:,|och|eller|samt|resp\.?|respektive|&)\s/iu;

/** Whether the word ending at `end` of `text` is written as the head of a suspended compound ("företags- och …"). */
export function suspendedCompoundAt(text: string, end: number): boolean {
  return text.charCodeAt(end) === 45 && SUSPENDED_AFTER.test(text.slice(end, end + 80));
}
