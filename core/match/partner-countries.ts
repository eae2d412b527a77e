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
import { UNION_WORDS } from './union-words.ts';

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
    // "institutioner från minst två av deltagarländerna: Danmark, …": the programme's countries, as "programländer".
    'deltagarländ',
    'deltagarland',
    'programländer',
    'programområde',
    'medlemsstat',
    'medlemsländer',
    '(?:baserade?|etablerade?|registrerade?|verksamma?|belägna?|lokaliserade?) i',
    'omfattar (?:eu-)?(?:regioner|länder|delar|områden)',
    'sökande (?:från|i|ska)',
    // Lists of the countries that take part or that a programme spans: "de länder som kan delta är…", "i
    // programgeografin ingår…", "omfattar alla EU-länder samt Norge", "regions in 29 countries", "COUNTRIES: …".
    'countr(?:y|ies) (?:that|which) (?:can|may) (?:participate|take part|apply)',
    'länder(?:na)? som (?:kan|får) (?:delta|söka|medverka)',
    'programgeografi',
    'programmets geografi',
    'omfattar (?:alla|hela)',
    'covers? (?:all|the whole|the entire|\\S+ countries)',
    '(?:in|from) \\d+ countries',
    'följande (?:\\S+ )?länder',
    '(?:^|[^a-zåäö])countries:',
    '(?:^|[^a-zåäö])länder:',
    'candidate countries',
    'kandidatländer',
    // "EU countries or countries associated to Erasmus+ such as Norway": a country of the programme's group.
    'associated countr',
    'countries associated',
    'anslutna till',
    'associerade länder',
    'across (?:the )?(?:eu|europe)',
    'hela eu',
    'the whole (?:of the )?eu',
    'all eu (?:member )?(?:states|countries)',
    // "public authorities in the EU27, Norway and Switzerland": the programme's countries beside the Union's.
    '(?:^|[^a-zåäö])eu-?27(?![a-zåäö])',
    'alla eu-länder',
  ].join('|'),
);
/**
 * Before a country in its sentence, a meeting or event held there ("met in Riga, Latvia", "beslutsmöte i Tyskland",
 * "I Binz, Tyskland, hölls beslutsmöte"): the country is a venue, not a partner's.
 */
const MEETING =
  /(?:^|[^\p{L}])(?:met|meets?|meeting|held|hölls|hålls|möte|mötet|beslutsmöte\p{L}*|conference|konferens\p{L}*|event|evenemang\p{L}*|workshop\p{L}*|seminar\p{L}*|träff\p{L}*|kick-?off|took place|ägde rum)(?![\p{L}])/u;
const CITY_THEN_COUNTRY = /(?:^|[^\p{L}])(?:in|i|at|på)\s+[\p{L}-]+,\s*$/u;
/** "…hölls i ", "met in ": a place of the meeting follows. */
const IN_BEFORE = /(?:^|[^\p{L}])(?:in|i)\s+$/u;
/**
 * Before a country: words naming it as a funder, the state that adopted the programme, or where a programme's office
 * is ("the financial contribution of the Kingdom of Norway", "funding agencies of Austria, …", "har antagits av
 * Sverige, Finland och Norge", "Branch Offices in Sweden, Norway").
 */
const ROLE_BEFORE =
  /(?:financial contributions? of|contributions? (?:of|from)|funding (?:agencies|organi[sz]ations|bodies) (?:of|from|in)|finansiärer(?:na)? (?:i|från)|(?:approved|adopted|signed|ratified) by|antagits av|antogs av|godkänts av|godkändes av|offices? in|kontor(?:et)? i)\s+(?:the\s+)?(?:(?:governments?|ministries|ministers|kingdom|republic|regeringarna|ministerierna)\s+(?:of\s+|in\s+|i\s+)?)?(?:the\s+)?(?:[\p{L}-]+(?:\s+[\p{L}-]+){0,2}?(?:\s*,\s*|\s+(?:and|or|och|eller|samt)\s+))*$/u;
/** After a country's name: it holds a presidency, or invades ("Norway holds the Presidency", "Rysslands invasion"). */
const ROLE_AFTER =
  /^[\p{L}-]+(?:'s|’s)?\s+(?:(?:holds|held|has|har|hade|innehar|innehade)\s+(?:the\s+)?(?:presidency|ordförandeskap\p{L}*)|(?:[\p{L}-]+\s+){0,2}(?:invasion|aggression|anfallskrig|angreppskrig|attack)(?![\p{L}]))/u;
/**
 * Right before a country, a war or an attack on it ("the Russian aggression against Ukraine", "kriget i Ukraina",
 * "invasionen av Ukraina"): the country is what the call's context speaks of, not a partner's or the work's place.
 */
const ATTACKED_BEFORE =
  /(?:aggression|war|invasion|attack|attacks|bombing|occupation|krig|kriget|invasionen|angrepp|angreppet|anfallskrig|anfallskriget|ockupationen)\s+(?:against|on|in|of|upon|mot|i|av|på)\s+(?:the\s+)?$/u;

/** Whether lowercase text right before a place says a war or an attack is on it (ATTACKED_BEFORE). */
export function attackedBefore(before: string): boolean {
  return ATTACKED_BEFORE.test(before.slice(-40));
}
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
/** Words for partners, or for working with them ("together with"). */
const PARTNER_NOUNS =
  'partners?|partner organi[sz]ations?|partnerorganisation(?:er)?|samarbetspartners?|counterparts?|motparter?|together with|tillsammans med';
const PARTNER_BEFORE = new RegExp(
  `(?:${PARTNER_NOUNS}|cooperation with|collaboration with|samarbete med|twinning with|vänorter?)\\s+(?:\\S+\\s+){0,3}$`,
);
/**
 * Words naming partners, then a list of countries after a colon ("together with a partner in one of the programme's
 * countries: Bosnia and Herzegovina, …, Uganda"): every country of the list is a partner's (names listed before a
 * country are removed before this is tried).
 */
const PARTNER_LIST_BEFORE = new RegExp(`(?:${PARTNER_NOUNS})\\s[^.;:]{0,60}:\\s*$`);
/** "partner countries Belarus, Norway", "partnerländerna Norge och Island": the class of countries, not partners. */
const PARTNER_COUNTRY_CLASS = /(?:partner countr(?:y|ies)|partnerländer(?:na)?|partnerland(?:et)?)\W+(?:\S+\s+){0,2}$/;
/** A group with this many members or more (the EU member states) says where, not with whom. */
export const WIDE_GROUP = 10;
/** A group of at most this many members names each of them ("the Baltic states"); a larger one names none. */
const SPECIFIC_GROUP = 3;

export interface CountryMention {
  /** The countries a name or group stands for. */
  names: readonly string[];
  field: 'title' | 'summary';
  /** Character offset of the mention in its field's text. */
  start: number;
  /** Length of the words that named it. */
  length?: number;
  /** A group named only to say where applicants may be (countries.json `whereOnly`: "EFTA countries"). */
  whereOnly?: true;
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

/** The Union as a whole entry, or after a preposition ("any public authority in the EU"), never qualified. */
const UNION_ENTRY_END = new RegExp(
  String.raw`(?:^|\s(?:in|from|within|across|of|i|från|inom))\s*${UNION_WORDS}\s*$`,
  'iu',
);
/** …or as a list's last entry, a verb after it ("Norway, Iceland or the EU can take part"). */
const UNION_ENTRY = new RegExp(
  String.raw`^\s*${UNION_WORDS}(?:\s*$|\s+(?:can|may|are|must|will|kan|får|är|ska)(?![\p{L}]))`,
  'iu',
);
/** One more country's name as a list entry ("Norway", "the United Kingdom", "Bosnia and Herzegovina" in parts). */
const NAME_ENTRY = /^\s*(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,2}\s*$/u;
const LIST_SPLIT = /,|;|\s(?:and|or|och|eller|samt)\s/;

/**
 * Whether the country named at `start` is an entry of a list that also holds the Union ("any public authority
 * in the EU, Norway or Switzerland", "EU Member States, Iceland and Liechtenstein"): the list says where
 * applicants may be, so its countries are the programme's, not partners'. Other names may stand between the two.
 */
function listedWithUnion(text: string, start: number, length: number): boolean {
  const [from, to] = sentenceAround(text, start);
  const before = text.slice(Math.max(from, start - 160), start).split(LIST_SPLIT);
  if (before.length > 1 && !before[before.length - 1].trim()) {
    for (let i = before.length - 2; i >= 0; i--) {
      if (UNION_ENTRY_END.test(before[i])) return true;
      if (!NAME_ENTRY.test(before[i])) break;
    }
  }
  const after = text.slice(start + length, Math.min(to, start + length + 160)).split(LIST_SPLIT);
  if (after.length > 1 && !after[0].trim()) {
    for (let i = 1; i < after.length; i++) {
      if (UNION_ENTRY.test(after[i])) return true;
      if (!NAME_ENTRY.test(after[i])) break;
    }
  }
  return false;
}

/** The countries the call names as its partners (or where its work happens), from its title and summary. */
export function partnerCountries(
  mentions: readonly CountryMention[],
  texts: { title: string; summary: string },
  /** Filled with the countries named only through a group, each with the group's words as the call writes them. */
  viaGroup?: Map<string, string>,
): Set<string> | undefined {
  let out = partnersOutsideVocabulary(texts.title, undefined);
  out = partnersOutsideVocabulary(texts.summary, out);
  const alone = new Set<string>(out);
  const spans = mentions.map((m) => sentenceAround(texts[m.field], m.start));
  mentions.forEach((m, i) => {
    if (m.names.length >= WIDE_GROUP || m.whereOnly) return;
    const text = texts[m.field];
    const [from, to] = spans[i];
    const lower = text.slice(from, to).toLowerCase();
    const before = text.slice(from, m.start).toLowerCase();
    const named =
      (PARTNER_BEFORE.test(before) && !PARTNER_COUNTRY_CLASS.test(before)) ||
      PARTNER_LIST_BEFORE.test(text.slice(from, m.start).replace(LISTED_NAMES, '').toLowerCase());
    if (!named) {
      if (FUNDED_BY.test(before)) return;
      if (inHyphenChain(text, m.start)) return;
      if (WHERE_CUE.test(lower)) return;
      if (listedWithUnion(text, m.start, m.length ?? 0)) return;
      if (ROLE_BEFORE.test(before) || ROLE_AFTER.test(text.slice(m.start, m.start + 80).toLowerCase())) return;
      if (attackedBefore(before)) return;
      if (CITY_THEN_COUNTRY.test(before) && MEETING.test(lower)) return;
      if (MEETING.test(before.slice(-60)) && IN_BEFORE.test(before)) return;
    }
    out ??= new Set<string>();
    for (const n of m.names) out.add(n);
    // "Partners from the countries around the Baltic Sea": a group of more members than SPECIFIC_GROUP names its
    // members only as the group ("the Baltic states" names its three).
    if (m.names.length > SPECIFIC_GROUP && m.length !== undefined) {
      const words = text.slice(m.start, m.start + m.length);
      for (const n of m.names) if (!viaGroup?.has(n)) viaGroup?.set(n, words);
    } else for (const n of m.names) alone.add(n);
  });
  for (const n of alone) viaGroup?.delete(n);
  return out;
}
