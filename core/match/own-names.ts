/**
 * The names a call's own funder goes by, where the reference data does not know them: context, never evidence of
 * a topic, as a known programme's or funder's name is (vocabulary.ts). Two readings:
 * - the call's funder field, each name in it ("Länsstyrelsen Norrbotten (Stiftelsen Norrbottens läns
 *   nödhjälpsfond)" holds two) of two words or more, found in any inflection ("Letterstedtska föreningens anslag"
 *   names "Letterstedtska föreningen"): words are compared by their stem keys. A one-word name ("Kulturrådet") is
 *   left to the reference data: its word may be the call's topic too;
 * - a proper name of a society, foundation or fund: capitalised words before "föreningen", "stiftelsen",
 *   "fonden" ("Letterstedtska föreningen", "Letterstedtska föreningens huvudstyrelse"), or "Stiftelsen",
 *   "Föreningen", "Fonden" capitalised before a capitalised word ("Stiftelsen Norrbottens läns nödhjälpsfond").
 *   Lowercase, "föreningen" is an association the call speaks of, and counts.
 */
import { keyTokens } from '../text/phrases.ts';
import type { TokenBuffer } from '../text/words.ts';

/** A name as its words' keys in both languages. */
export interface OwnName {
  sv: string[];
  en: string[];
}

/** Where a funder field holds several names: brackets, commas, semicolons, a slash or a dash between spaces. */
const NAME_BREAK = /[()[\],;]|\s[/–-]\s/;

/** A name of two words or more, as its words' keys; undefined for a single word. */
function nameKeys(part: string): OwnName | undefined {
  const words = keyTokens(part);
  return words.length < 2 ? undefined : { sv: words.map((w) => w.sv), en: words.map((w) => w.en) };
}

/** The names in a call's funder field of two words or more, as keys. */
export function funderNames(funder: string | undefined): OwnName[] {
  if (!funder) return [];
  return funder.split(NAME_BREAK).flatMap((part) => nameKeys(part) ?? []);
}

/** A word of a proper name: capitalised, an acronym, a number, or a short joining word ("for", "och", "of the"). */
const NAME_WORD = /^(?:\p{Lu}[\p{L}\p{N}'’+&.-]*|\p{N}[\p{N}–-]*|[\p{Ll}]{1,3}|and|with)$/u;

/** The last word of a fund's or an institution's name: a funder's name, whatever its words. */
const FUNDER_HEAD =
  /^(?:facility|fund|funds|foundation|trust|institute|agency|council|bank|fonden|fond|stiftelsen?|institutet)$/iu;

/**
 * A funder's programme for a period ("Nordiskt samarbetsprogram för miljö och klimat 2019–2024", "Co-operation
 * Programme for Regional Development 2021–2024"): a framework a call is made under, whose name spans a whole sector.
 * A blind fact-check found "miljö" from such a name false as the topic of a call on marine habitats.
 */
const FRAMEWORK_NAME =
  /^\p{Lu}.*?(?:program|programme|programmet|samarbetsprogram(?:met)?|co-?operation programme)(?![\p{L}]).*\d{4}\s*[–-]\s*\d{2,4}$/iu;

/**
 * The names of funds and institutions in a call's programme field ("Nordic Climate Facility", "Baltic Sea Action
 * Fund"): a funder's own name in capitalised words is context, as its funder field's is. A programme or strand name
 * ("Municipal Partnerships for Human Rights", "Network for Climate Action") says what the call funds and stays
 * evidence; so does "Green research, technology development and innovation", which is no name at all.
 */
export function programmeNames(programme: string | undefined): OwnName[] {
  if (!programme) return [];
  return programme
    .split(NAME_BREAK)
    .flatMap((part) => (FRAMEWORK_NAME.test(part.trim()) || fundName(part) ? (nameKeys(part) ?? []) : []));
}

/** A fund's or an institution's name in capitalised words, ending in such a head ("Baltic Sea Action Fund"). */
function fundName(part: string): boolean {
  const written = part.trim().split(/\s+/).filter(Boolean);
  if (written.length < 2 || !written.every((w) => NAME_WORD.test(w)) || !/^\p{Lu}/u.test(written[0])) return false;
  if (written.filter((w) => /^\p{Lu}\p{Ll}/u.test(w)).length < 2) return false;
  return FUNDER_HEAD.test(written[written.length - 1]);
}

/** Capitalised words before a definite society, foundation or fund, or the capitalised noun before a name. */
const SOCIETY_NAME =
  /(?<![\p{L}\p{N}])(?:(?:\p{Lu}[\p{L}-]*\s+){1,3}(?:föreningen|stiftelsen|fonden)s?|(?:Stiftelsen|Föreningen|Fonden)s?(?:\s+\p{Lu}[\p{L}-]*)+)(?![\p{L}\p{N}])/gu;
/** The self-word patterns built so far, by the words they match. */
const SELF_WORDS = new Map<string, RegExp>();

/**
 * How a funder that is a foundation, fund or society speaks of itself: "Stiftelsen har till sitt ändamål…", "ett
 * anslag från stiftelsen" in a call of "Marcus och Marianne Wallenbergs Stiftelse" is the funder, not civil society.
 * Only the definite singular: "stiftelser" and "föreningar" are still kinds of body.
 */
export function funderSelfWord(funder: string | undefined): RegExp | undefined {
  if (!funder) return undefined;
  const words: string[] = [];
  if (/stiftelse/i.test(funder)) words.push('stiftelsen');
  if (/fond(?![\p{L}])/iu.test(funder)) words.push('fonden');
  if (/förening/i.test(funder)) words.push('föreningen');
  if (words.length === 0) return undefined;
  // Seven combinations at most: each pattern is built once, not once a call.
  const key = words.join('|');
  let re = SELF_WORDS.get(key);
  if (!re) {
    re = new RegExp(`(?<![\\p{L}])(?:${key})s?(?![\\p{L}])`, 'giu');
    SELF_WORDS.set(key, re);
  }
  return re;
}

/** Words without which no society's name is there (a quick test before SOCIETY_NAME). */
export const SOCIETY_WORD = /föreningen|stiftelsen|fonden/i;

/**
 * Marks with 1 in `mark` the tokens of `tokens` (scanned from `text`) inside one of the funder's names or a proper
 * name of a society, foundation or fund; returns whether it marked any.
 */
export function markOwnNames(
  text: string,
  tokens: TokenBuffer,
  names: readonly OwnName[],
  mark: Uint8Array,
  selfWord?: RegExp,
): boolean {
  let any = false;
  if (selfWord) {
    for (const m of text.matchAll(selfWord)) {
      for (let t = 0; t < tokens.n; t++) {
        if (tokens.start[t] !== m.index) continue;
        mark[t] = 1;
        any = true;
      }
    }
  }
  for (const name of names) {
    const k = name.sv.length;
    for (let i = 0; i + k <= tokens.n; i++) {
      let j = 0;
      while (j < k && (tokens.info[i + j].sv === name.sv[j] || tokens.info[i + j].en === name.en[j])) j++;
      if (j < k) continue;
      mark.fill(1, i, i + k);
      any = true;
    }
  }
  if (!SOCIETY_WORD.test(text)) return any;
  for (const m of text.matchAll(SOCIETY_NAME)) {
    const a = m.index;
    const b = a + m[0].length;
    for (let t = 0; t < tokens.n; t++) {
      if (tokens.end[t] <= a || tokens.start[t] >= b) continue;
      mark[t] = 1;
      any = true;
    }
  }
  return any;
}

/** The funder field's first word when it is a name ("Sida", "Vinnova"), three letters or more; else "". */
export const funderShortName = (funder: string): string => /^\s*(\p{Lu}[\p{L}\d-]{2,})/u.exec(funder)?.[1] ?? '';

/**
 * The funder's name right after a word of partnership ("partnership with Sida", "partners to Sida", "samarbete med
 * Vinnova"): the grant relation between applicant and funder, not cooperation the call is about. `name` is the
 * funder's short name (funderShortName).
 */
export function funderAfter(text: string, end: number, name: string): boolean {
  if (name === '') return false;
  const m = /^\s+(?:with|to|med|till)\s+(?:the\s+)?(\p{Lu}[\p{L}\d-]*)/u.exec(text.slice(end, end + 16 + name.length));
  return m !== null && m[1] === name;
}
