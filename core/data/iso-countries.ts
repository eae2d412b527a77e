/**
 * Every country and territory of ISO 3166-1 by its English and Swedish names (the i18n-iso-countries package's
 * locale data, kept up to date by its maintainers), for reading a call's list of eligible countries: an entry that
 * is the name of a country ("Canada", "Kanada", "Japan", "Åland") says a country, so a list of such entries without
 * Sweden leaves Sweden out. countries.json holds the countries the engine reads in prose (partners, places, groups);
 * a list entry is read with it first, and with this reference only where countries.json does not know the name,
 * so no ordinary word ("Jordan", "Guinea", "island") is ever taken for a country in a call's prose. isCountryName
 * asks only of a name already standing before bodies ("… cities"), where a country's name is the likely reading;
 * referenceCountriesIn finds the names countries.json does not hold in prose, for readers that take them only
 * where a country is the likely reading (after "organisations based in", "partners from"). A list entry may also
 * be a two-letter code (countryCode): never read in prose, where "IT", "NO" and "DE" are words.
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
  // "Moldova, Republic of": pages print the name before the comma, which no other country's name is.
  const shortened = new Map<string, string | null>();
  for (const [key, code] of out) {
    const short = key.split(',')[0].trim();
    if (short === key || out.has(short)) continue;
    shortened.set(short, shortened.has(short) && shortened.get(short) !== code ? null : code);
  }
  for (const [short, code] of shortened) if (code) out.set(short, code);
  for (const [name, code] of Object.entries(COUNTRIES.listNames.names)) out.set(countryKey(name), code);
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

/** English names by ISO code: the name countries.json gives the country, else the reference's first English name. */
const NAME_BY_CODE: ReadonlyMap<string, string> = (() => {
  const out = new Map<string, string>();
  for (const c of COUNTRIES.countries) {
    const code = ISO_COUNTRY_BY_NAME.get(countryKey(c.name));
    if (code && !out.has(code)) out.set(code, c.name);
  }
  for (const [code, names] of Object.entries((en as Names).countries))
    if (!out.has(code)) out.set(code, Array.isArray(names) ? names[0] : names);
  return out;
})();

/** The country's English name as the engine names countries ("SE" → "Sweden", "CH" → "Switzerland"). */
export const countryNameOf = (code: string): string | undefined => NAME_BY_CODE.get(code);

/**
 * The EU's own codes where they differ from ISO 3166-1 (its style guide writes Greece "EL" and the United Kingdom
 * "UK"): lists written by EU bodies use them.
 */
const EU_CODES: Readonly<Record<string, string>> = { EL: 'GR', UK: 'GB' };

/**
 * The ISO code a list entry stands for when it is a two-letter code in capitals ("SE", "FI", "EL"), a note in
 * brackets aside ("DE (northern parts)"); undefined for any other entry.
 */
export function countryCode(entry: string): string | undefined {
  const code = entry.replace(/\([^)]*\)/g, ' ').trim();
  if (!/^[A-Z]{2}$/.test(code)) return undefined;
  const iso = EU_CODES[code] ?? code;
  return NAME_BY_CODE.has(iso) ? iso : undefined;
}

/**
 * The first word of every reference name's key: a capitalised run is mostly words that begin no country's name
 * ("Interreg", "Programme"), and each name tried from such a word was one more key folded and looked up.
 */
const FIRST_WORDS: ReadonlySet<string> = new Set([...ISO_COUNTRY_BY_NAME.keys()].map((k) => k.split(' ')[0]));

/**
 * Whether a name's key may start with this word: as its first word the word keeps what follows it ("St."), as the
 * whole name it loses a closing full stop or apostrophe (see referenceCountriesIn).
 */
const mayStartName = (word: string) =>
  FIRST_WORDS.has(countryKey(word)) || FIRST_WORDS.has(countryKey(word.replace(/[.’']+$/, '')));

/** A run of capitalised words, with "and", "of", "the", "och" between them ("Trinidad and Tobago", "Isle of Man"). */
const CAPITALISED_RUN = /(?<![\p{L}])\p{Lu}[\p{L}'’.-]*(?:\s+(?:(?:and|of|the|och)\s+)?\p{Lu}[\p{L}'’.-]*){0,4}/gu;

export interface ReferenceCountry {
  /** The country's English name (countryNameOf). */
  name: string;
  start: number;
  end: number;
}

/**
 * Names of countries countries.json does not hold ("Canada", "Schweiz", "South Korea"), capitalised as names are,
 * in text[from, to): the longest name at each word. Where a name stands is for the reader to judge.
 */
export function referenceCountriesIn(text: string, from = 0, to = text.length): ReferenceCountry[] {
  const out: ReferenceCountry[] = [];
  CAPITALISED_RUN.lastIndex = from;
  for (let m = CAPITALISED_RUN.exec(text); m !== null && m.index < to; m = CAPITALISED_RUN.exec(text)) {
    const words = [...m[0].matchAll(/\S+/g)].map((w) => [m.index + w.index, m.index + w.index + w[0].length]);
    for (let i = 0; i < words.length; i++) {
      // (A name is cut at `to` as the keys below are.)
      if (!mayStartName(text.slice(words[i][0], Math.min(words[i][1], to)))) continue;
      for (let j = words.length; j > i; j--) {
        const end = Math.min(words[j - 1][1], to);
        // A name ends at a word's end; a full stop after it ends the sentence ("… in Canada.").
        const key = countryKey(text.slice(words[i][0], end).replace(/[.’']+$/, ''));
        const code = ISO_COUNTRY_BY_NAME.get(key);
        if (code === undefined || READ_NAMES.has(key)) continue;
        out.push({ name: NAME_BY_CODE.get(code) ?? key, start: words[i][0], end });
        i = j - 1;
        break;
      }
    }
  }
  return out;
}
