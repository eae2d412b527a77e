/** Month names and abbreviations in Swedish, English and Norwegian/Danish (interreg.no, ÖKS), lower-case. */
const MONTHS: Record<string, number> = {
  januari: 1,
  january: 1,
  januar: 1,
  jan: 1,
  februari: 2,
  february: 2,
  februar: 2,
  feb: 2,
  mars: 3,
  march: 3,
  marts: 3,
  mar: 3,
  april: 4,
  apr: 4,
  maj: 5,
  may: 5,
  mai: 5,
  juni: 6,
  june: 6,
  jun: 6,
  juli: 7,
  july: 7,
  jul: 7,
  augusti: 8,
  august: 8,
  aug: 8,
  september: 9,
  sept: 9,
  sep: 9,
  oktober: 10,
  october: 10,
  okt: 10,
  oct: 10,
  november: 11,
  nov: 11,
  december: 12,
  desember: 12,
  dec: 12,
  des: 12,
};

/** Longest names first so "mars" wins over "mar" in the alternation. */
export const MONTH_PATTERN = Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .join('|');

export function monthNumber(name: string): number | undefined {
  const key = name.toLowerCase().replace(/\.$/, '');
  // Own keys only: a word such as "constructor" must not find Object's property.
  return Object.hasOwn(MONTHS, key) ? MONTHS[key] : undefined;
}
