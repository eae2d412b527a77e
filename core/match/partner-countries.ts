/**
 * Partner countries are what a call says of its partners ("partners from Ukraine", "kommuner i Polen"), not where
 * its applicants must be or which countries its programme covers. A country named in a sentence about the
 * programme area, eligible countries or where applicants are located, in a hyphenated area name
 * ("Sweden-Finland-Norway") or through a group as wide as the EU is not a partner; words that name partners right
 * before a country ("partners from", "tillsammans med") win over a sentence about where. A list of the countries
 * partners may come from ("a partner in one of the programme's countries: …") still names them: measured, dropping
 * long lists as well lost more relevant calls than it kept out. A country the prose vocabulary does not hold
 * ("Canada", "Schweiz") is read only right after words naming partners, never excepted or in a negated sentence:
 * elsewhere such a name may be a word or a person ("Jordan").
 */
import { referenceCountriesIn } from '../data/iso-countries.ts';
import { fold } from '../text/fold.ts';
import { sentenceAround } from '../text/sentences.ts';
import { exceptedBefore, negatedSentence } from './negation.ts';

/** A sentence that says where applicants may be or what the programme covers (lowercase text). */
const WHERE_CUE = new RegExp(
  [
    'eligible countr',
    'eligible (?:applicants?|organi[sz]ations|entities|partners?)',
    'eligible to (?:participate|apply|take part|join)',
    'members? of the programme',
    'participating countr',
    'programme countr',
    'partner countr(?:y|ies) (?:are|is|include)',
    'member states?',
    'programme area',
    'eligibility area',
    'programme region',
    'programme covers',
    '(?:located|based|established|registered|resident) in',
    'must be (?:from|in)',
    'applicants? (?:from|in)',
    'covers? (?:the )?(?:regions?|countries|areas?|parts?)',
    'covering',
    'open (?:for|to) (?:applicants|organi[sz]ations|entities|participants)?',
    'öppen för (?:sökande|organisationer|aktörer)?',
    'between the (?:coastal )?regions',
    'stödberättigade länder',
    'deltagande länder',
    'programländer',
    'programområde',
    'medlemsstat',
    'medlemsländer',
    '(?:baserade?|etablerade?|registrerade?|verksamma?|belägna?|lokaliserade?) i',
    'omfattar (?:regioner|länder|delar|områden)',
    'sökande (?:från|i|ska)',
  ].join('|'),
);
/**
 * Before a country in its sentence, words saying where the money comes from: the countries after them are funders,
 * not partners ("funding comes from the ERDF, Norway and Russia", "programmet finansieras av EU och Norge").
 */
const FUNDED_BY = new RegExp(
  `(?:${[
    '(?:funding|money|financing|budget) (?:comes?|is provided) from',
    '(?:co-?)?(?:funded|financed) (?:by|from)',
    'contributions? from',
    '(?:med)?finansiera(?:s|d|t|de)? (?:av|från|genom)',
    'medlen kommer från',
    'medel från',
  ].join('|')})`,
);
/**
 * Right before a country, words that name partners there: they win over a sentence about where. "Partner
 * countries" / "partnerländer" is no such word: it is a programme's class of countries ("the programme area covers
 * eight Member States and partner countries Norway and Belarus"), as much a word of where as "member states", so a
 * sentence about where keeps it.
 */
const PARTNER_BEFORE =
  /(?:partners?|partner organi[sz]ations?|partnerorganisation(?:er)?|samarbetspartners?|counterparts?|motparter?|together with|tillsammans med|cooperation with|collaboration with|samarbete med|twinning with|vänorter?)\s+(?:\S+\s+){0,2}$/;
/** "partner countries Belarus, Norway", "partnerländerna Norge och Island": the class of countries, not partners. */
const PARTNER_COUNTRY_CLASS = /(?:partner countr(?:y|ies)|partnerländer(?:na)?|partnerland(?:et)?)\W+(?:\S+\s+){0,2}$/;
/** A group with this many members or more (the EU member states) says where, not with whom. */
export const WIDE_GROUP = 10;

export interface CountryMention {
  /** The countries a name or group stands for. */
  names: readonly string[];
  field: 'title' | 'summary';
  /** Character offset of the mention in its field's text. */
  start: number;
}

/** Whether the mention at `at` is one of a hyphenated chain of names ("Sweden-Finland-Norway", "Sverige-Norge"). */
function inHyphenChain(text: string, at: number): boolean {
  const word = /^[\p{L}]+/u.exec(text.slice(at))?.[0] ?? '';
  const after = text.slice(at + word.length, at + word.length + 2);
  const before = text.slice(Math.max(0, at - 2), at);
  return /^[-–][\p{Lu}]/u.test(after) || /[\p{L}][-–]$/u.test(before);
}

/** The first words of PARTNER_BEFORE's: a text without them names no partner outside the vocabulary. */
const PARTNER_WORDS =
  /partner|counterpart|motpart|together with|tillsammans med|cooperation with|collaboration with|samarbete med|twinning with|vänort/i;

/** Capitalised names listed before a name ("Canada, Norway or "), each with the comma or "and"/"or" after it. */
const LISTED_NAMES = /(?:\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*\s*(?:,|\s(?:and|or|och|eller|samt))\s*)+$/u;

/** Countries outside the prose vocabulary that `text` names right after words naming partners. */
function partnersOutsideVocabulary(text: string, out: Set<string> | undefined): Set<string> | undefined {
  if (!PARTNER_WORDS.test(text)) return out;
  for (const r of referenceCountriesIn(text)) {
    const [from, to] = sentenceAround(text, r.start);
    // "partners from Canada, Norway or Japan": the names listed before it stand between it and the partner words.
    const before = text.slice(from, r.start).replace(LISTED_NAMES, '').toLowerCase();
    if (!PARTNER_BEFORE.test(before) || PARTNER_COUNTRY_CLASS.test(before)) continue;
    if (exceptedBefore(fold(before.slice(-80))) || negatedSentence(fold(text.slice(from, to).toLowerCase()))) continue;
    out ??= new Set<string>();
    out.add(r.name);
  }
  return out;
}

/**
 * Whether the country named at `at`, in a sentence that also names a group as wide as the EU, is one more country
 * where applicants may be ("open to municipalities from the 27 EU Member States, Iceland and Ukraine"): the
 * sentence says where applicants may be and no words naming partners stand right before it. Such a name widens
 * eligibility; it is neither a partner nor a place the call is about.
 */
export function besideUnion(text: string, at: number): boolean {
  const [from, to] = sentenceAround(text, at);
  const before = text.slice(from, at).toLowerCase();
  if (PARTNER_BEFORE.test(before) && !PARTNER_COUNTRY_CLASS.test(before)) return false;
  return WHERE_CUE.test(text.slice(from, to).toLowerCase());
}

/** The countries the call names as its partners (or where its work happens), from its title and summary. */
export function partnerCountries(
  mentions: readonly CountryMention[],
  texts: { title: string; summary: string },
): Set<string> | undefined {
  let out = partnersOutsideVocabulary(texts.title, undefined);
  out = partnersOutsideVocabulary(texts.summary, out);
  const spans = mentions.map((m) => sentenceAround(texts[m.field], m.start));
  mentions.forEach((m, i) => {
    if (m.names.length >= WIDE_GROUP) return;
    const text = texts[m.field];
    const [from, to] = spans[i];
    const lower = text.slice(from, to).toLowerCase();
    const before = text.slice(from, m.start).toLowerCase();
    const named = PARTNER_BEFORE.test(before) && !PARTNER_COUNTRY_CLASS.test(before);
    if (!named) {
      if (FUNDED_BY.test(before)) return;
      if (inHyphenChain(text, m.start)) return;
      if (WHERE_CUE.test(lower)) return;
    }
    out ??= new Set<string>();
    for (const n of m.names) out.add(n);
  });
  return out;
}
