import { swedishCountryNames } from '../data/country-names.ts';
import { COUNTRIES } from '../data/index.ts';
import { countryCode, countryNameOf } from '../data/iso-countries.ts';

const SV_NAMES = swedishCountryNames(COUNTRIES.countries);
/** A country's Swedish name ("Danmark" for "Denmark"); a country the data does not know keeps its name. */
export const swedishName = (country: string): string => SV_NAMES.get(country) ?? country;

/** An entry of a list of countries as a reader names it: a code by its country's name ("EE": Estland, Estonia). */
export function entryName(entry: string, lang: 'sv' | 'en'): string {
  const code = countryCode(entry);
  const name = code ? (countryNameOf(code) ?? entry) : entry;
  return lang === 'sv' ? swedishName(name) : name;
}
