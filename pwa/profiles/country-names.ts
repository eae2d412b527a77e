/**
 * Swedish names for the profile's partner countries (stored as English names, core/data/countries.json);
 * loaded with the Profile view only.
 */
import { swedishCountryNames } from '../../core/data/country-names.ts';

export async function loadCountryNames(): Promise<Map<string, { sv: string; en: string }>> {
  const data = (await import('../../core/data/countries.json')).default as {
    countries: { name: string; sv: string[] }[];
  };
  const sv = swedishCountryNames(data.countries);
  return new Map(data.countries.map((c) => [c.name, { sv: sv.get(c.name) ?? c.name, en: c.name }]));
}
