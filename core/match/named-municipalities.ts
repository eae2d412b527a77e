/**
 * Kommuner named by their names ("inom vårt område som omfattar Emmaboda, Karlshamn och Uppvidinge kommuner", "Lund
 * and Malmö municipalities"): those places, not the class of who may apply; and where a sentence says the call's
 * area is made of them, that area. A LEADER group's or a few kommuner's joint call names its area so.
 */
import { LAN, LAN_BY_ID } from '../data/index.ts';
import { fold } from '../text/fold.ts';
import { sentenceEnd, sentenceStart } from '../text/sentences.ts';
import { exceptedBefore } from './negation.ts';
import { lanNamesIn } from './publisher-place.ts';
import { REFUSAL } from './refusal-words.ts';

/** A capitalised name, and the joins of a list of names ("A, B och C", "A, B and C"), for the patterns below. */
const NAME = String.raw`\p{Lu}[\p{L}-]*`;
const JOIN = String.raw`(?:\s*,\s*|\s+(?:och|samt|and)\s+)`;
/** Two names or more, captured: "Borås, Kalmar och Växjö". */
const TWO_NAMES = `((?:${NAME}${JOIN})+${NAME})`;
/** Three names or more, captured. */
const THREE_NAMES = `((?:${NAME}${JOIN}){2,}${NAME})`;

/** Two names or more, each capitalised, then the word for kommuner, as written. */
const NAMED_LIST =
  /((?:\p{Lu}[\p{L}-]*(?:\s*,\s*|\s+(?:och\/eller|and\/or|och|samt|eller|and|or|&)\s+))+\p{Lu}[\p{L}-]*)\s+(?:kommuner|kommun|kommunerna|municipalities)(?![\p{L}])/gu;
/** …right before the word at hand. */
const NAMES_BEFORE =
  /(?:\p{Lu}[\p{L}-]*(?:\s*,\s*|\s+(?:och\/eller|and\/or|och|samt|eller|and|or|&)\s+))+\p{Lu}[\p{L}-]*\s+$/u;
const MUNICIPALITY_WORD = /^(?:kommun|municipalit)/i;
/** A class word capitalised at a sentence's start ("Regionerna och Gotlands kommun") is no kommun's name. */
const CLASS_WORD = /^(?:region|kommun|stad|städer|landsting|myndighet|municipalit|cities|towns|regions)/i;

const namesOf = (list: string) =>
  list
    .split(/\s*,\s*|\s+(?:och\/eller|and\/or|och|samt|eller|and|or|&)\s+/)
    .map((n) => n.trim())
    .filter(Boolean);

/** "the City of Gothenburg", "Municipality of Espoo", "Town of Kiruna": one city's name, not the class or a topic. */
const CITY_OF_NAME = /^(?:City|Municipality|Town|Stad)\s+of\s+\p{Lu}/u;

export function cityOfNameAt(text: string, start: number): boolean {
  // Asked of every single-word hit: the capital letter first, the pattern only after one of the four.
  const c = text[start];
  return (c === 'C' || c === 'M' || c === 'T' || c === 'S') && CITY_OF_NAME.test(text.slice(start, start + 40));
}

/** "The city has been a key partner", "this town": one city the text speaks of, not kommuner as a class. */
const THE_BEFORE = /(?:^|[^\p{L}])(?:the|this|that|its|our)\s+$/iu;
const CITY_WORD = /^(?:city|town)(?![\p{L}])/iu;

export function theCityAt(text: string, at: number): boolean {
  return CITY_WORD.test(text.slice(at, at + 5)) && THE_BEFORE.test(text.slice(Math.max(0, at - 6), at));
}

/** Whether the kommun word at `start` of `text` follows a list of kommun names: a place, not an applicant. */
export function namedMunicipalitiesAt(text: string, start: number): boolean {
  if (cityOfNameAt(text, start)) return true;
  // "Inom kommunerna Arjeplog, Boden och Luleå": the kommuner the names after the word list, as places.
  if (WITHIN_BEFORE.test(text.slice(Math.max(0, start - 24), start)) && NAMES_AFTER.test(text.slice(start, start + 80)))
    return true;
  if (!MUNICIPALITY_WORD.test(text.slice(start, start + 12))) return false;
  const before = text.slice(Math.max(0, start - 200), start);
  if (!/\p{Lu}[\p{L}-]*\s+$/u.test(before)) return false;
  const m = NAMES_BEFORE.exec(before);
  if (m !== null) return !namesOf(m[0]).some((n) => CLASS_WORD.test(n));
  // "Lindesbergs kommun, Nora kommun": one kommun by its name inside a sentence (at its start a capital says nothing).
  if (!ONE_MUNICIPALITY_WORD.test(text.slice(start, start + 14))) return false;
  const one = ONE_NAME_BEFORE.exec(before);
  return one !== null && !CLASS_WORD.test(one[2]) && !/^(?:[\s\S]*[.!?:;•\n(]|)\s*$/u.test(one[1]);
}

/**
 * "inom", "i", "within", "in the", "i någon av", "in one of the" right before the kommun word, or what an area is
 * made of ("Leaderområdet består av kommunerna A, B och C", "covers the municipalities of A and B").
 */
const WITHIN_BEFORE =
  /(?:^|[^\p{L}])(?:(?:inom|i|within|in)\s+(?:(?:någon|nagon|en|ett|one|any|each)\s+(?:av|of)\s+)?|(?:består|bestar|utgörs|utgors)\s+av\s+|omfattar\s+|(?:consists|is made up|is composed)\s+of\s+|(?:covers|comprises|includes)\s+)(?:the\s+)?$/iu;
/** The kommun word, then a list of names ("kommunerna Arjeplog, Arvidsjaur och Boden", "municipalities of A and B"). */
const NAMES_AFTER =
  /^(?:kommunerna|kommuner|municipalities(?:\s+of)?)\s*:?\s+\p{Lu}[\p{L}-]*(?:\s*,\s*|\s+(?:och|samt|and)\s+)\p{Lu}/u;

/** The word for one kommun ("Nora kommun", "Eskilstuna kommuns föreningsregister", "Nora municipality"), not for several. */
const ONE_MUNICIPALITY_WORD = /^(?:kommuns?|municipality|stad)(?![\p{L}])/iu;
/** The text before one capitalised word, and the word, right before the kommun word. */
const ONE_NAME_BEFORE = /^([\s\S]*?)(\p{Lu}[\p{L}-]*)\s+$/u;

/** A sentence's words before the list that make the kommuner the call's area. */
const AREA_CUE =
  /(?:^|[^\p{L}])(?:omfattar|omfattande|\p{L}*område\p{L}*|inom|covers|covering|area|mottagare\s+i|recipients\s+in)(?![\p{L}])/iu;

export interface MunicipalArea {
  /** The kommuner's names as written ("Emmaboda", "Karlshamn"). */
  names: string[];
  /** The words of the call that say it, as written. */
  said: string;
  /** The names are those who may apply, not an area ("Endast dessa kommuner kan vara sökande"). */
  only?: true;
}

/**
 * …the names after the word, with or without a colon ("will include eight municipalities: Alvesta, Ljungby and
 * Växjö", "omfattar fyra kommuner: A, B, C och D", "verkar inom följande kommuner Eslöv, Hörby samt Ystad",
 * "organisationer med säte i någon av medlemskommunerna: A, B och C").
 */
const LIST_AFTER = new RegExp(
  String.raw`(?:kommuner|kommunerna|municipalities)(?:\s+(?:i|in)\s+${NAME})?(?:\s*:\s*|\s*\(\s*|\s+)${TWO_NAMES}`,
  'gu',
);
/** …and the words that make them the area when they follow a colon ("will include", "består av"). */
const INCLUDE_CUE =
  /(?:^|[^\p{L}])(?:include|includes|included|består av|consists of|is made up of|omfattar|omfattas av|omfattande|täcker|\p{L}*område\p{L}*|inom|covers|covering|area|med säte i|verksam i|verksamma i|active in|located in|based in)(?![\p{L}])/iu;

/**
 * After an area's list, parts of other kommuner it takes in: "samt de delar av Linköpings kommun som ligger utanför
 * tätorten", "and the rural parts of Växjö municipality". Group 1 the names.
 */
const PARTS_AFTER = new RegExp(
  String.raw`^\s*,?\s*(?:samt|och|and|as well as|plus)\s+(?:de\s+|vissa\s+|the\s+|some\s+)?(?:[\p{L}-]+\s+)?(?:delar(?:na)?|parts?)\s+(?:av|of)\s+(?:the\s+)?((?:${NAME}${JOIN})*${NAME})\s+(?:kommuner|kommun|municipalities|municipality)(?![\p{L}])[^.;]*`,
  'u',
);

/** The kommuner a summary says its area is made of ("vårt område som omfattar A, B och C kommuner"), if any. */
export function municipalAreaIn(summary: string): MunicipalArea | undefined {
  if (!/kommun|municipalit|cities|städer|towns/i.test(summary)) return undefined;
  const area = municipalAreaOf(summary);
  if (!area || area.only) return area;
  // The kommuner whose parts the area also takes in are in it: a kommun may apply for its work there.
  const at = summary.indexOf(area.said);
  const parts = at === -1 ? null : PARTS_AFTER.exec(summary.slice(at + area.said.length));
  if (!parts) return area;
  const names = namesOf(parts[1]).map((n) => n.replace(/s$/u, ''));
  return { names: [...area.names, ...names], said: `${area.said}${parts[0]}`.trim() };
}

function municipalAreaOf(summary: string): MunicipalArea | undefined {
  return (
    groupInDashes(summary) ??
    areaBy(summary, LIST_AFTER, INCLUDE_CUE, false) ??
    areaBy(summary, NAMED_LIST, AREA_CUE, true) ??
    onlyTheseNamed(summary) ??
    citiesWithCountries(summary) ??
    swedishMembersNamed(summary)
  );
}

/** "In Sweden these are Göteborg, Lund and Umeå", "I Sverige är det Luleå och Umeå": a group's Swedish members. */
const SWEDISH_MEMBERS = new RegExp(
  String.raw`(?:in sweden|i sverige)\s*,?\s*(?:these|they|those|dessa|de|det)\s+(?:are|är)\s*:?\s*((?:${NAME}${JOIN})+${NAME})`,
  'iu',
);
/** Words that close the group: chosen before, or only some. */
const CHOSEN_GROUP =
  /(?:^|[^\p{L}])(?:only|restricted to|limited to|reserved for|selected|chosen|endast|enbart|bara|utvalda|utsedda)(?![\p{L}])/iu;

/**
 * A call for a group chosen before ("restricted to the 112 cities selected in 2022") that names its Swedish members
 * ("In Sweden these are Göteborg, Lund and Umeå"): those kommuner alone in Sweden may take part.
 */
function swedishMembersNamed(summary: string, refused = false): MunicipalArea | undefined {
  if (!/sverige|sweden/i.test(summary) || !CHOSEN_GROUP.test(summary)) return undefined;
  const m = SWEDISH_MEMBERS.exec(summary);
  if (!m) return undefined;
  // "Cities already selected as Mission cities are not eligible; in Sweden these are …": the group is refused, and
  // its members are kommuner excepted by name (exceptedKommunerIn), not the call's area.
  const sentence = summary.slice(sentenceStart(summary, m.index), m.index + m[0].length);
  if (REFUSAL.test(fold(sentence.toLowerCase())) !== refused) return undefined;
  const names = namesOf(m[1]);
  if (names.length < 2 || !names.every(knownKommun)) return undefined;
  return refused ? { names, said: m[0] } : { names, said: m[0], only: true };
}

/**
 * Whether the kommun word at `start` ("stad", "kommun", "municipality") follows a kommun's name lan.json knows:
 * "Stockholms stad", "Malmö stad", "Linköpings kommun". One kommun by its name, not the class.
 */
export function knownKommunBefore(text: string, start: number): boolean {
  if (!ONE_MUNICIPALITY_WORD.test(text.slice(start, start + 14))) return false;
  const one = /(\p{Lu}[\p{L}-]*)\s+$/u.exec(text.slice(Math.max(0, start - 40), start));
  return one !== null && knownKommun(one[1]);
}

/**
 * Kommuner a call excepts by their names: "kommuner i Östergötlands län, utom Linköpings och Norrköpings kommuner",
 * "all municipalities except Stockholm and Göteborg municipalities", "med undantag för Malmö stad". Names lan.json
 * knows, as written, with the words that say it.
 */
const EXCEPTED_NAMES = new RegExp(
  String.raw`(?:utom|med undantag (?:av|för)|undantaget|except(?: for)?|excluding|with the exception of)\s+((?:${NAME}${JOIN})*${NAME})\s+(?:kommuner|kommun|municipalities|municipality|stad|städer)(?![\p{L}])`,
  'u',
);
export function exceptedKommunerIn(summary: string): MunicipalArea | undefined {
  const m = EXCEPTED_NAMES.exec(summary);
  if (!m) return swedishMembersNamed(summary, true);
  const names = namesOf(m[1]);
  if (names.length === 0 || !names.every(knownKommun)) return undefined;
  return { names, said: m[0] };
}

/** A city and its country in brackets, one item of a list: "Karlskrona (Sweden)", "Klaipėda (Lithuania)". */
const CITY_WITH_COUNTRY = String.raw`${NAME}(?:\s${NAME})?\s*\([^()]{2,30}\)`;
const CITIES_WITH_COUNTRIES = new RegExp(
  String.raw`(?:are|är|:)\s*((?:${CITY_WITH_COUNTRY}${JOIN}){2,}${CITY_WITH_COUNTRY})`,
  'u',
);
/** The call is for a closed group of cities: its members, twin or sister towns, or those it calls eligible. */
const CLOSED_GROUP =
  /(?:^|[^\p{L}])(?:only|limited to|restricted to|reserved for|endast|enbart|bara|must be|eligible|behöriga)(?![\p{L}])/iu;
const GROUP_WORD = /member|twin|sister|partner (?:cities|towns)|vänort|vänstäder|medlem|eligible|behörig/iu;
const SWEDEN_IN_BRACKETS = /^(.*?)\s*\(\s*(?:Sweden|Sverige|SE)\s*\)$/u;

/**
 * A call only for a closed group of cities that names them with their countries: "Eligible sister cities in this round
 * are Aalborg (Denmark), Karlskrona (Sweden), Kotka (Finland)", "The current members are Karlskrona (Sweden), Gdynia
 * (Poland) …" after "Only member cities may apply". The Swedish ones are all in Sweden who may take part.
 */
function citiesWithCountries(summary: string): MunicipalArea | undefined {
  // Most summaries hold no bracket at all: the list pattern is not run on them.
  if (!summary.includes('(') || !CLOSED_GROUP.test(summary)) return undefined;
  const m = CITIES_WITH_COUNTRIES.exec(summary);
  if (!m) return undefined;
  const at = m.index ?? 0;
  const sentence = summary.slice(sentenceStart(summary, at), at);
  if (!GROUP_WORD.test(sentence)) return undefined;
  const names = namesOf(m[1]).flatMap((item) => SWEDEN_IN_BRACKETS.exec(item)?.[1] ?? []);
  if (names.length === 0 || !names.every(knownKommun)) return undefined;
  return { names, said: m[1], only: true };
}

/**
 * A group of kommuner named, then its members between dashes: "Kommunerna i Luleåregionen – Luleå, Boden, Piteå,
 * Kalix och Älvsbyn – har avsatt medel", "the municipalities of the Kvarken region — A, B and C —". The apposition
 * says which kommuner the group is, and a call of the group's is for them.
 */
const GROUP_IN_DASHES = new RegExp(
  String.raw`(?:[Kk]ommunerna|[Tt]he municipalities)\s+(?:i|in|of)\s+(?:the\s+)?${NAME}(?:\s+\p{Ll}+){0,2}\s*[–—-]\s*${TWO_NAMES}\s*[–—-]`,
  'u',
);
function groupInDashes(summary: string): MunicipalArea | undefined {
  const m = GROUP_IN_DASHES.exec(summary);
  if (!m) return undefined;
  const names = namesOf(m[1]);
  if (names.some((n) => CLASS_WORD.test(n)) || names.filter(knownKommun).length * 2 < names.length) return undefined;
  return { names, said: m[1] };
}

/** "Endast dessa kommuner kan vara sökande", "Only these municipalities may apply": the list just before is all. */
const ONLY_THESE =
  /(?:^|[^\p{L}])(?:endast|bara|enbart|only)\s+(?:dessa|de\s+(?:namngivna|uppräknade|nämnda)|these|the\s+(?:listed|named|above))\s+(?:kommuner|municipalities|cities|städer|towns)\s+(?:kan|får|may|can|are)(?![\p{L}])/iu;
/** "Följande kommuner kan söka: A, B och C", "The following municipalities may apply: A, B and C". */
const FOLLOWING_MAY_APPLY = new RegExp(
  String.raw`(?:[Ff]öljande|[Tt]he following)\s+(?:kommuner|municipalities|cities)\s+(?:kan|får|may|can|are eligible to)\s+(?:söka|ansöka|apply)[^:.;]{0,30}:\s*${TWO_NAMES}`,
  'u',
);
/**
 * A who-may-apply sentence on kommuner ending in a colon and their names: "kan bidrag sökas av kommuner med …, vilka i
 * utlysningen är: Borlänge, Botkyrka …", "in Sweden these are Göteborg, Lund and Umeå" after "only cities selected".
 */
const WHO_THEN_NAMES = new RegExp(
  String.raw`(?:sökas av|kan söka|får söka|riktar sig till|vänder sig till|may apply|can apply|are eligible|is open to)[^.;]{0,160}?(?:kommuner|municipalities|cities|städer)[^.;]{0,120}?:\s*${THREE_NAMES}`,
  'u',
);
const ONLY_THEN_SWEDISH_NAMES = new RegExp(
  String.raw`(?:[Oo]nly|[Ee]ndast|[Bb]ara)\s[^.]{0,160}?(?:cities|municipalities|kommuner|städer)[^.]{0,160}?(?:in|i) (?:Sweden|Sverige)[^.:]{0,20}?(?:these are|they are|dessa är|det är|:)\s*${THREE_NAMES}`,
  'u',
);
/**
 * A call for a network's members only ("for members only", "must be a UBC member city", "endast medlemmar") that names
 * its members in Sweden ("Current member cities in Sweden are Gävle, Kalmar, …", "Swedish member cities at the time
 * of the call are …"): those kommuner are all who may apply here.
 */
const MEMBERS_ONLY =
  /(?:for members only|only (?:for |open to )?(?:its )?members|(?:open only to|only open to|reserved for|restricted to|limited to)\s+(?:[\p{L}-]+\s+){0,2}members?(?![\p{L}])|must be an? (?:[\p{Lu}]+ )?member|(?:endast|bara|enbart) (?:för |öppen för )?(?:sina )?medlemm|måste vara medlem)/iu;
/** A member by its name, a region's with the word ("Region Gotland (Visby)"); three or more, captured. */
const MEMBER = String.raw`(?:Region\s+)?${NAME}(?:\s*\([^()]{1,30}\))?`;
const THREE_MEMBERS = `((?:${MEMBER}${JOIN}){2,}${MEMBER})`;
const MEMBER_NAMES = new RegExp(
  String.raw`(?:(?:[Mm]ember (?:cities|municipalities|towns)|[Mm]embers|[Mm]edlemskommuner(?:na)?|[Mm]edlemsstäder(?:na)?|[Mm]edlemmar(?:na)?)\s+(?:in|i) (?:Sweden|Sverige)|(?:[Ss]wedish|[Ss]venska) (?:member (?:cities|municipalities|towns)|members|medlemskommuner(?:na)?|medlemsstäder(?:na)?|medlemmar(?:na)?)(?:\s+[\p{Ll}\d]+){0,6})\s+(?:are|är)\s*:?\s*${THREE_MEMBERS}`,
  'u',
);
/**
 * Kommuner named as those the call is for, by a word that defines them: "Behöriga kommuner i denna utlysning är: A,
 * B, C", "följande kommuner är behöriga: …", "Med fjällkommunerna avses här A, B, C", "Eligible municipalities are
 * A, B and C"; or a call only for kommuner of a kind, then "Det gäller A, B och C".
 */
const DEFINED_NAMES = new RegExp(
  String.raw`(?:[Bb]ehöriga kommuner[^:.;]{0,40}?(?:är|:)|[Ff]öljande kommuner (?:är )?behöriga|[Mm]ed \p{L}*kommuner(?:na)? avses(?: här| i (?:denna|den här) utlysning(?:en)?| i utlysningen)?|[Ee]ligible municipalities(?: in this call)? are|[Tt]he following municipalities are eligible)\s*:?\s*${TWO_NAMES}`,
  'u',
);
/**
 * A network's members named as all who may apply, cities of several countries among them: "Eligible lead and partner
 * municipalities are the network's members: Aarhus, Odense, Tampere, … Lund, Umeå and Linköping". The Swedish ones
 * are those lan.json knows.
 */
const MEMBERS_ARE_ELIGIBLE = new RegExp(
  String.raw`[Ee]ligible (?:[\p{L}-]+\s+){0,4}(?:municipalities|cities|applicants|partners) are (?:the network['’]s|the network|its|the) members\s*:\s*${THREE_NAMES}`,
  'u',
);
/** After a list of kommuner, their län, then more kommuner: " i Norrbottens län, Sorsele, Storuman och Dorotea". */
const LIST_GOES_ON = new RegExp(
  String.raw`^\s+i\s+${NAME}(?:\s+${NAME})?\s+län\s*(?:,|\s(?:och|samt))\s*((?:${NAME}${JOIN})*${NAME})`,
  'u',
);
const ONLY_KIND_THEN_NAMES = new RegExp(
  String.raw`(?:[Ee]nbart|[Ee]ndast|[Bb]ara|[Oo]nly)\s[^.]{0,120}?(?:kommuner|municipalities)[^.]{0,160}\.\s*(?:Det gäller|Dessa är|These are|They are)\s*:?\s*${THREE_NAMES}`,
  'u',
);
/** A colon, then three names or more: the list a sentence ends with ("…nätverk: Borås, Kalmar, … och Växjö."). */
const NAMES_AFTER_COLON = new RegExp(String.raw`:\s*${THREE_NAMES}\s*[.;]`, 'u');

/**
 * Named kommuner a sentence then makes the only applicants ("…ingår i nätverket: Borås, Kalmar och Växjö. Endast
 * dessa kommuner kan vara sökande"): those funded before may be named so, and then they are all who may apply.
 */
function onlyTheseNamed(summary: string): MunicipalArea | undefined {
  const following = FOLLOWING_MAY_APPLY.exec(summary);
  if (following) {
    const names = namesOf(following[1]);
    if (!names.some((n) => CLASS_WORD.test(n))) return { names, said: following[1], only: true };
  }
  // "…kan bidrag sökas av kommuner med utsatta områden, vilka i utlysningen är: A, B, C": kommuner lan.json knows.
  const listed = WHO_THEN_NAMES.exec(summary) ?? ONLY_THEN_SWEDISH_NAMES.exec(summary);
  if (listed) {
    const names = namesOf(listed[1]);
    if (names.length >= 3 && names.filter(knownKommun).length * 2 >= names.length)
      return { names, said: listed[1], only: true };
  }
  const defined = DEFINED_NAMES.exec(summary) ?? ONLY_KIND_THEN_NAMES.exec(summary);
  if (defined) {
    // "…Jokkmokk och Kiruna i Norrbottens län, Sorsele, Storuman och Dorotea i Västerbottens län samt Torsby i …":
    // the list goes on, län by län.
    let list = defined[1];
    let at = (defined.index ?? 0) + defined[0].length;
    const listStart = at - defined[1].length;
    for (let more = LIST_GOES_ON.exec(summary.slice(at)); more; more = LIST_GOES_ON.exec(summary.slice(at))) {
      list = `${list}, ${more[1]}`;
      at += more[0].length;
    }
    const names = namesOf(list);
    if (names.length >= 3 && names.filter(knownKommun).length * 2 >= names.length)
      return { names, said: summary.slice(listStart, at), only: true };
  }
  const eligibleMembers = MEMBERS_ARE_ELIGIBLE.exec(summary);
  if (eligibleMembers) {
    const names = namesOf(eligibleMembers[1]);
    if (names.some(knownKommun)) return { names, said: eligibleMembers[1], only: true };
  }
  const members = MEMBERS_ONLY.test(summary) ? MEMBER_NAMES.exec(summary) : null;
  if (members) {
    const names = namesOf(members[1]);
    if (names.filter(knownKommun).length * 2 >= names.length) return { names, said: members[1], only: true };
  }
  const only = ONLY_THESE.exec(summary);
  if (!only) return undefined;
  const at = only.index + only[0].search(/\S/);
  const before = summary.slice(sentenceStart(summary, Math.max(0, sentenceStart(summary, at) - 2)), at);
  const list = NAMES_AFTER_COLON.exec(before);
  if (!list) return undefined;
  const names = namesOf(list[1]);
  if (names.some((n) => CLASS_WORD.test(n))) return undefined;
  return { names, said: list[1], only: true };
}

/**
 * "The list of recipients of the grant includes four municipalities: A, B, C", "beviljades till kommunerna A och B":
 * those funded before are named, not the area the call is for.
 */
const PAST_RECIPIENTS =
  /(?:^|[^\p{L}])(?:(?<!eligible\s)recipients(?!\s+in\s)|grantees|(?:were|have been|has been|was) (?:granted|awarded|funded|approved|selected)|received|beviljade?s|tilldelade?s|har f[aå]tt|fick|mottagar(?:na|e)(?!\s+i\s))(?![\p{L}])/iu;

/** One kommun by its name before the list: "Kalmar kommun", "Linköpings kommun" (not the sentence's first word alone). */
const ONE_BEFORE_LIST = /(?<=\s)(\p{Lu}[\p{L}-]*)\s+(?:kommun|municipality)(?![\p{L}])/gu;

/** The first list of `pattern` (names in group 1) whose sentence holds `cue` before it; `said` whole or names only. */
function areaBy(summary: string, pattern: RegExp, cue: RegExp, whole: boolean): MunicipalArea | undefined {
  for (const m of summary.matchAll(pattern)) {
    const at = m.index ?? 0;
    const before = summary.slice(sentenceStart(summary, at), at);
    if (!cue.test(before) || PAST_RECIPIENTS.test(before)) continue;
    // "…kommuner inom länet utom Luleå, Piteå och Kiruna kommuner": kommuner excepted (exceptedKommunerIn), not the area.
    if (exceptedBefore(fold(before.toLowerCase()))) continue;
    const names = namesOf(m[1]);
    if (names.some((n) => CLASS_WORD.test(n))) continue;
    // "Sex kommuner i Västerbotten (A, B …) samt två kommuner i Norrbotten (C och D)": one area, two lists.
    const more = [...summary.slice(at + m[0].length, sentenceEnd(summary, at)).matchAll(pattern)]
      .map((n) => n[1])
      .filter((list) => !namesOf(list).some((n) => CLASS_WORD.test(n)));
    // "…omfattar Kalmar kommun och de båda öländska kommunerna Borgholm och Mörbylånga": a kommun named alone
    // between the cue and the list is in the area too.
    const cueAt = before.search(cue);
    const alone = cueAt === -1 ? [] : [...before.slice(cueAt).matchAll(ONE_BEFORE_LIST)].map((one) => one[1]);
    names.unshift(...alone);
    const said = whole
      ? m[0]
      : alone.length
        ? summary.slice(sentenceStart(summary, at) + before.indexOf(alone[0], cueAt), at + m[0].length)
        : m[1];
    // Joined in the list's own language: "… och Dorotea samt Arjeplog och Arvidsjaur", "… and D and E".
    const joiner = /\s(?:och|samt)\s/.test(m[1]) ? ' samt ' : /\sand\s/.test(m[1]) ? ' and ' : ', ';
    return { names: names.concat(more.flatMap(namesOf)), said: [said, ...more].join(joiner) };
  }
  return undefined;
}

/** Every kommun lan.json names, by its folded name. */
const KOMMUN_BY_KEY = new Map(LAN.lan.flatMap((l) => l.municipalities.map((k) => [fold(k.toLowerCase()), k] as const)));
/**
 * A kommun lan.json knows, as it spells it, named as written ("Linköpings", "Borås kommun"); else undefined. (The
 * genitive as namedAmong reads it.)
 */
const kommunOf = (written: string): string | undefined => {
  for (const key of kommunKeys(written)) {
    const found = KOMMUN_BY_KEY.get(key);
    if (found) return found;
  }
  return undefined;
};
/**
 * The keys a kommun's name as written may have, the likelier first: "Linköpings kommun" → linkopings, linkoping (a
 * genitive); "Borås Stad" → boras. Compared with `baseName` of the data's names.
 */
export function kommunKeys(written: string): string[] {
  const own = baseName(written);
  return own.endsWith('s') ? [own, own.slice(0, -1)] : [own];
}
const knownKommun = (written: string): boolean => kommunOf(written) !== undefined;

/** A county's word in a text ("län", "county", "counties", "landskap"): the text names län, not only cities. */
const COUNTY_WORD = /(?<![\p{L}])(?:län|lan|county|counties|landskap)(?![\p{L}])/iu;
/**
 * Whether a text names Swedish places as cities: a kommun lan.json knows whose name is no län's ("Göteborg, Lund,
 * Malmö, Stockholm och Uppsala"), and no county word. Its "Stockholm" and "Uppsala" are then the cities.
 */
export function namesCitiesNotLan(text: string): boolean {
  if (COUNTY_WORD.test(text)) return false;
  for (const m of text.matchAll(/\p{Lu}[\p{L}-]*/gu))
    if (knownKommun(m[0]) && lanNamesIn(m[0]).length === 0) return true;
  return false;
}
/** One kommun by its name as an entry: "Linköpings kommun", "Ronneby kommun", "Kiruna municipality". */
const ONE_KOMMUN_ENTRY = new RegExp(`^(${NAME})\\s+(?:kommun|municipality)$`, 'u');
/** Sweden with its parts after it in brackets: "Sverige (Haparanda, Övertorneå, Pajala)", "Sweden (Region Blekinge)". */
const SWEDEN_WITH_PARTS = /^\s*(?:Sverige|Sweden)\s*\(([^()]+)\)\s*$/iu;

/** What a list-of-countries entry names in Sweden's brackets ("Haparanda, Övertorneå"), as written; else undefined. */
export function swedishPartsOf(entry: string): string | undefined {
  return SWEDEN_WITH_PARTS.exec(entry)?.[1];
}

/**
 * The kommuner a list of countries names as Sweden's part ("Sverige (Haparanda, Övertorneå, Pajala, Kiruna)"), two
 * or more and every part a kommun lan.json knows: the call's area in Sweden.
 */
export function municipalAreaOfCountries(entries: readonly string[] | undefined): MunicipalArea | undefined {
  // "Linköpings kommun", "Åtvidabergs kommun": a list of kommuner by name, one or more.
  const named = (entries ?? []).map((e) => kommunOf(ONE_KOMMUN_ENTRY.exec(e.trim())?.[1] ?? ''));
  if (named.length > 0 && named.every((k) => k !== undefined))
    return { names: named as string[], said: (entries ?? []).join(', ') };
  for (const entry of entries ?? []) {
    const parts = swedishPartsOf(entry);
    if (!parts) continue;
    const names = namesOf(parts).map((n) => kommunOf(n));
    if (names.length >= 2 && names.every((k) => k !== undefined))
      return { names: names as string[], said: parts.trim() };
  }
  return undefined;
}

/** "Karlskrona kommun", "Linköpings kommun", "Göteborgs Stad": the name a list of kommuner writes ("Linköping"). */
export const baseName = (name: string) =>
  fold(name.toLowerCase())
    .replace(/\s+(?:kommun|stad)$/, '')
    .trim();

/**
 * Whether a body lies in the area: a kommun when its own name is among the kommuner; a region when one of them is
 * in its län (lan.json), `undefined` when which län they lie in the reference data does not say.
 */
export function inMunicipalArea(area: MunicipalArea, profile: { kind: string; name: string; lan: string }) {
  const names = area.names.map((n) => fold(n.toLowerCase()));
  if (profile.kind === 'kommun') {
    const own = baseName(profile.name);
    return names.some((n) => n === own || `${n}s` === own);
  }
  const lan = LAN_BY_ID.get(profile.lan);
  const ours = new Set((lan?.municipalities ?? []).map((n) => fold(n.toLowerCase())));
  if (names.some((n) => ours.has(n))) return true;
  // Where lan.json names every kommun of the län, kommuner none of which is among them lie outside it.
  return lan && lan.municipalities.length >= lan.kommuner ? false : undefined;
}

/** Whether a text names the kommun by its place name ("Karlskrona (Sweden)" for Karlskrona kommun), as a word. */
export function namedIn(text: string, municipality: string): boolean {
  const own = baseName(municipality);
  const bare = own.endsWith('s') ? own.slice(0, -1) : own;
  const folded = fold(text.toLowerCase());
  return [own, bare].some((n) => n.length > 2 && new RegExp(`(?<![\\p{L}])${n}(?![\\p{L}])`, 'u').test(folded));
}

/** Whether a kommun's name as written ("Växjö kommun", "Göteborgs Stad", "Linköpings kommun") is among `names`. */
export function namedAmong(names: readonly string[], municipality: string): boolean {
  const own = baseName(municipality);
  return names.some((n) => {
    const name = fold(n.toLowerCase());
    return name === own || `${name}s` === own;
  });
}

/** Whether one of the names ("Kronoberg", "Örebro län", "Jämtland/Härjedalen") is the län's. */
export function namedLan(names: readonly string[], lan: string): boolean {
  const bare = (n: string) =>
    fold(n.toLowerCase())
      .replace(/s?\s+lan$/, '')
      .trim();
  const own = bare(LAN_BY_ID.get(lan)?.name ?? lan);
  return names.some((n) => bare(n).split('/').includes(own));
}

/** Whether the kommun a funder field names ("Växjö kommun", "Göteborgs Stad") lies in the län (lan.json). */
export function municipalityInLan(municipality: string, lan: string): boolean {
  return namedAmong(LAN_BY_ID.get(lan)?.municipalities ?? [], municipality);
}

/**
 * "Övriga kommuner i Norrbottens och Västerbottens län kan delta som samverkansparter … och får då ta del av
 * projektmedlen", "Other municipalities in the county may join as funded partners": beside a call for kommuner by
 * name, the rest (of the län named, or all) take part. The words, and the län they name (none: every kommun); whether
 * they take part with money the caller reads from the words (where-text's UNFUNDED).
 */
const OTHERS_AS_PARTIES =
  /(?:^|[^\p{L}])(?:övriga|andra|other|remaining)\s+(?:kommuner|municipalities|local authorities)(?:\s+(?:i|in|inom|within)\s+([^.;]{3,80}?))?\s+(?:kan|får|may|can)\s+(?:också\s+|även\s+|also\s+)?(?:delta|medverka|ingå|participate|take part|join)(?:\s+i\s+projekt\p{L}*)?\s+(?:som|as)\s+(?:\p{L}+\s+)?(?:samverkanspart\p{L}*|samarbetspart\p{L}*|projektpart\p{L}*|parter|part|partners?)(?![\p{L}])[^.;]*/iu;

/** The partner named first: "Samarbetspartner från övriga kommuner i Norrbottens län … kan ingå i projektet". */
const PARTIES_FROM_OTHERS =
  /(?:^|[^\p{L}])(?:samverkanspart\p{L}*|samarbetspart\p{L}*|projektpart\p{L}*|parter|partners?)\s+(?:från|from)\s+(?:övriga|andra|other|remaining)\s+(?:kommuner|municipalities|local authorities)(?:\s+(?:i|in|inom|within)\s+([^.;]{3,80}?))?\s+(?:kan|får|may|can)\s+(?:också\s+|även\s+|also\s+)?(?:delta|medverka|ingå|participate|take part|join|be)(?![\p{L}])[^.;]*/iu;

export interface OtherKommunerParties {
  said: string;
  /** The län whose other kommuner take part, when the words name them. */
  lan?: string[];
}

export function otherKommunerAsParties(
  summary: string,
  lanOf: (text: string) => string[],
): OtherKommunerParties | undefined {
  const m = OTHERS_AS_PARTIES.exec(summary) ?? PARTIES_FROM_OTHERS.exec(summary);
  if (!m) return undefined;
  const said = m[0].trim();
  const lan = m[1] ? lanOf(m[1]) : [];
  return lan.length > 0 ? { said, lan } : { said };
}
