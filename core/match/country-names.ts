import { swedishCountryNames } from '../data/country-names.ts';
import { COUNTRIES } from '../data/index.ts';
import { countryCode, countryNameOf } from '../data/iso-countries.ts';

const SV_NAMES = swedishCountryNames(COUNTRIES.countries);
/** Each country by its names as a list may write them ("czech republic", "tjeckien"): its name in the data. */
const BY_ALIAS = new Map(
  COUNTRIES.countries.flatMap((c) => [...c.en, ...c.sv].map((alias) => [alias.toLowerCase(), c.name] as const)),
);
/** A country's Swedish name ("Danmark" for "Denmark"); a country the data does not know keeps its name. */
export const swedishName = (country: string): string => SV_NAMES.get(country) ?? country;

/**
 * An entry of a list of countries as a reader names it: a code or another name by its country's name ("EE": Estland,
 * Estonia; "Czech Republic": Tjeckien, Czechia).
 */
export function entryName(entry: string, lang: 'sv' | 'en'): string {
  const code = countryCode(entry);
  const name = code ? (countryNameOf(code) ?? entry) : (BY_ALIAS.get(entry.trim().toLowerCase()) ?? entry);
  return lang === 'sv' ? swedishName(name) : name;
}
