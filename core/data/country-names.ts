/**
 * A country's Swedish name as countries.json writes it, capitalised ("Danmark" for "Denmark"), keyed by its English
 * name. Pure, so the app can build it from the data file it loads only with the Profile view.
 */
export function swedishCountryNames(
  countries: readonly { name: string; sv: readonly string[] }[],
): Map<string, string> {
  return new Map(countries.map((c) => [c.name, capitalised(c.sv[0] ?? c.name)]));
}

/** "Danmark"; a short name is an abbreviation ("USA"). */
const capitalised = (s: string) =>
  s.length <= 3 ? s.toLocaleUpperCase('sv') : s.charAt(0).toLocaleUpperCase('sv') + s.slice(1);
