/**
 * Every country and territory of ISO 3166-1 by its English and Swedish names (the i18n-iso-countries package's
 * locale data, kept up to date by its maintainers), for reading a call's list of eligible countries: an entry that
 * is the name of a country ("Canada", "Kanada", "Japan", "Åland") says a country, so a list of such entries without
 * Sweden leaves Sweden out. countries.json holds the countries the engine reads in prose (partners, places, groups);
 * a list entry is read with it first, and with this reference only where countries.json does not know the name,
 * so no ordinary word ("Jordan", "Guinea", "island") is ever taken for a country in a call's prose. isCountryName
 * asks only of a name already standing before bodies ("… cities"), where a country's name is the likely reading.
 */
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import sv from 'i18n-iso-countries/langs/sv.json' with { type: 'json' };
import { fold } from '../text/fold.ts';
import { COUNTRIES } from './index.ts';

type Names = { countries: Record<string, string | string[]> };

/** A name folded as list entries are compared: lowercase, no diacritics, one space between words. */
export const countryKey = (name: string) => fold(name.toLowerCase()).replace(/\s+/g, ' ').trim();

/** Folded English or Swedish name → ISO 3166-1 alpha-2 code ("kanada" → "CA", "sweden" → "SE"). */
export const ISO_COUNTRY_BY_NAME: ReadonlyMap<string, string> = (() => {
  const out = new Map<string, string>();
  for (const locale of [en as Names, sv as Names]) {
    for (const [code, names] of Object.entries(locale.countries)) {
      for (const name of Array.isArray(names) ? names : [names]) {
        const key = countryKey(name);
        // Two-letter aliases ("US", "UK") are codes or words, not names.
        if (key.length > 2 && !out.has(key)) out.set(key, code);
      }
    }
  }
  return out;
})();

/** The names countries.json gives its countries (short forms such as "Bosnia", "UK" among them), folded. */
const READ_NAMES: ReadonlySet<string> = new Set(
  COUNTRIES.countries.flatMap((c) => [c.name, ...c.sv, ...(c.en ?? [])].map(countryKey)),
);

/**
 * Whether a word or name is a country's, in either reference ("Canada", "Sverige", "UK"): a name before bodies
 * ("Canada cities", "Irish local authorities" go by PLACE_WORD) says where they are, not which group they form.
 */
export const isCountryName = (name: string): boolean => {
  const key = countryKey(name);
  return READ_NAMES.has(key) || ISO_COUNTRY_BY_NAME.has(key);
};
