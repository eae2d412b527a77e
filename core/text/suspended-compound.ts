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

/**
 * …whose tail names a body: "närings-, trafik- och miljöcentralerna", "kultur- och fritidsnämnden", "miljö-
 * och hälsoskyddsnämnden". Each head is part of the body's name, not a topic of the call.
 */
const BODY_TAIL_AFTER =
  /^-\s*(?:,\s*[\p{L}]+-\s*)*(?:,|och|eller|samt|&)\s+\p{L}*(?:centralen|centralerna|centraler|myndigheten|myndigheterna|(?<!hant)verket|verken|kontoret|kontoren|nämnden|nämnderna|byrån|institutet|(?<!om)rådet|departementet|ministeriet|förbundet)(?![\p{L}])/u;

/** Whether the word ending at `end` heads a suspended compound that names a body ("trafik- och miljöcentralerna"). */
export function bodyNameHeadAt(text: string, end: number): boolean {
  return text.charCodeAt(end) === 45 && BODY_TAIL_AFTER.test(text.slice(end, end + 100));
}
