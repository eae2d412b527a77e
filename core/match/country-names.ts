import { swedishCountryNames } from '../data/country-names.ts';
import { COUNTRIES } from '../data/index.ts';

const SV_NAMES = swedishCountryNames(COUNTRIES.countries);
/** A country's Swedish name ("Danmark" for "Denmark"); a country the data does not know keeps its name. */
export const swedishName = (country: string): string => SV_NAMES.get(country) ?? country;
