/**
 * Where applicants must be, when only the call's text says it: a Swedish regional fund programme named in the text
 * ("Småland och öarna", "Övre Norrland", "Skåne-Blekinge"), named län ("i Jönköpings, Kronobergs, Kalmar och
 * Gotlands län") in a sentence that limits the call to them, and the countries applicants must come from
 * ("open to applicants from Eastern Partnership countries", "organisations established in the Western Balkans").
 * Matched on lowercase, diacritic-folded text; the offsets of the fold are the text's own (see `foldSame`).
 */
import { COUNTRIES, LAN, LAN_BY_ID, PROGRAMME_AREAS, PROGRAMMES } from '../data/index.ts';
import { countryKey, ISO_COUNTRY_BY_NAME, referenceCountriesIn } from '../data/iso-countries.ts';
import { escapeRegExp } from '../text/escape-regexp.ts';
import { fold, foldKeepingOffsets } from '../text/fold.ts';
import { firstLeadMatch, leadScan } from '../text/lead-scan.ts';
import { keyTokens } from '../text/phrases.ts';
import { sentenceAround, sentenceAt, sentenceEnd, sentenceStart } from '../text/sentences.ts';
import { ALL_HINTS, hintOf } from '../text/word-hints.ts';
import { CONCEPT_MATCHER, OTHER_SENSE } from './concepts.ts';
import { COUNTRY_OF_ADJECTIVE } from './country-adjectives.ts';
import { swedishPartsOf } from './named-municipalities.ts';
import { exceptedBefore, negatedSentence } from './negation.ts';
import { EXCEPTION_WORDS, REFUSAL_WORDS } from './refusal-words.ts';

/** The last text folded and its fold: a call's summary is folded for its area and again for its applicants. */
let lastText = '';
let lastFolded = '';

/** Lowercase and diacritic-free, keeping offsets (a character the fold would lengthen is kept as it is). */
export function foldSame(text: string): string {
  if (text !== lastText) {
    lastFolded = foldKeepingOffsets(text);
    lastText = text;
  }
  return lastFolded;
}

/** Words of a phrase separated by spaces, hyphens or punctuation as a text may write them. */
const loose = (phrase: string) =>
  fold(phrase.toLowerCase())
    .split(/[\s-]+/)
    .filter(Boolean)
    .map(escapeRegExp)
    .join('[\\s-]+');

/**
 * The areas a text names as the call's own: the Swedish regional fund programmes (areas whose programme channels
 * an EU fund, or that span several län), not a single region's or länsstyrelse's own area, whose name in a text
 * is mostly a partner or a place.
 */
const TEXT_AREAS = PROGRAMME_AREAS.areas.filter((a) => {
  if (a.scope !== 'regional' || a.lan.length === 0) return false;
  const programme = PROGRAMMES.programmes.find((p) => p.area === a.id && !p.parent);
  return (programme?.funds?.length ?? 0) > 0 || a.lan.length > 1;
});
const AREA_PATTERNS = TEXT_AREAS.map((a) => ({
  id: a.id,
  lan: a.lan,
  re: new RegExp(`(?:^|[^\\p{L}])(${a.aliases.map(loose).join('|')})(?![\\p{L}])`, 'u'),
}));
/**
 * Every alias of every area in one pattern, without the letter classes around them that cost the area patterns a
 * step per character: wherever an area pattern matches, this one does, so a text it misses (most texts name no
 * area) is passed over without running the nine.
 */
const ANY_AREA = new RegExp(TEXT_AREAS.flatMap((a) => a.aliases.map(loose)).join('|'));
/** …itself tried only where an alias's first word starts (core/text/lead-scan.ts). */
const ANY_AREA_LEADS = leadScan(ANY_AREA);
/** …and not even that where the text's words hold none of its leads' letters (core/text/word-hints.ts). */
const H_AREA = hintOf(ANY_AREA);
/** Words that tie a named area or län to the call: the fund or programme, or a sentence limiting who or where. */
const FUND_CUE =
  /regionalfond|regionala utvecklingsfonden|\beruf\b|\berdf\b|regional development fund|socialfond|\besf\b|rattvis omstallning|just transition|programomrade|programme area|tillvaxtverket/;
const LIMIT_CUE =
  /hemvist|(?:ansokan|ansokningar)\s+(?:kan|far)\s+(?:bara\s+|endast\s+)?goras\s+av|kan soka|kan ansoka|far soka|sokas av|vander sig|riktar sig|genomforas i|bedrivas i|som genomfors i|som bedrivs i|ha sin verksamhet|verksam\p{L}* i|belag\p{L}* i|baserad\p{L}* i|med sate i|galler|omfattar|endast|enbart|bara |only|limited to|located in|based in|established in|may apply|can apply|eligible|open to|(?:partners?|applicants?|sokande|parter)[^.;]{0,40}(?:must be|ska vara|maste vara)/u;

export interface TextArea {
  /** A programme area the text names, when it names one. */
  areaId?: string;
  lan: string[];
  /** The words of the call that say it, as written. */
  said: string;
  /** The place is abroad (countries.json `places`): no Swedish body is inside. */
  abroad?: true;
  /** What the page shows touches these län ("program som berör …"): a body inside them is, one outside not shut out. */
  touches?: true;
  /** Län a part of Sweden with no fixed border may or may not hold ("Sydsverige": Kalmar län): neither in nor out. */
  fringe?: readonly string[];
  /** Län a landskap covers in part, each with its kommuner in the landskap (lan.json `partOf`). */
  partOf?: Readonly<Record<string, readonly string[]>>;
}

/** A county's names as a list in a text may write them: "Kronobergs", "Kronoberg", "Region Kronoberg"'s "kronoberg". */
const AREA_WORDS = (l: (typeof LAN.lan)[number]) => {
  const item = fold(l.name.toLowerCase()).replace(/ lan$/, '');
  const names = new Set([item, item.replace(/s$/, '')]);
  for (const a of l.aliases) {
    const f = fold(a.toLowerCase());
    if (!/ lan$/.test(f)) names.add(f.replace(/^region /, ''));
  }
  return [...names];
};
const LAN_NAMES = LAN.lan.map((l) => ({ id: l.id, names: AREA_WORDS(l) }));
const LAN_NAME = `(?:${LAN_NAMES.flatMap((l) => l.names)
  .sort((a, b) => b.length - a.length)
  .map(escapeRegExp)
  .join('|')})`;
/**
 * A län list in a text: "Jönköpings, Kronobergs, Kalmar och Gotlands län", "Skåne län", and a list with "län" after
 * only some names, read whole: "Skåne, Uppsala län, Kronoberg och Östergötland" (LIST_TAIL takes the names after the
 * last "län", a region's name among them: "Region Kalmar län, Region Kronoberg and Region Blekinge").
 */
const NAMES_OF_LAN = `(?:region\\s+)?${LAN_NAME}(?:\\s*,\\s*(?:region\\s+)?${LAN_NAME}|\\s+(?:och|samt|eller|and|or)\\s+(?:region\\s+)?${LAN_NAME})*`;
/** (English: "Kalmar and Kronoberg counties", "the counties of Norrbotten, Västerbotten and Jämtland": group 2.) */
const LAN_LIST = new RegExp(
  `(?:^|[^\\p{L}])(?:(${NAMES_OF_LAN})\\s+(?:lan|count(?:y|ies))|count(?:y|ies)\\s+of\\s+(${NAMES_OF_LAN}))(?![\\p{L}])`,
  'gu',
);
const LIST_TAIL = new RegExp(
  `^(?:(?:\\s*,\\s*|\\s*,?\\s+(?:och|samt|eller|and|or)\\s+)(?:region\\s+)?${LAN_NAME}(?:\\s+lan)?(?![\\p{L}]))+`,
  'u',
);

const SPACE = /\s/;
const LETTER = /\p{L}/u;

/**
 * A regional fund named with a län after it: "EU Regional Fund – Stockholm", "Regionalfonden i Gotland", "ERDF
 * (Skåne)": that län's share of the fund, for actors there.
 */
const FUND_OF_LAN = new RegExp(
  `(?:^|[^\\p{L}])((?:eu\\s+)?(?:regional fund|regional development fund|regionalfond\\p{L}*|regionala utvecklingsfonden|erdf|eruf)\\s*(?:[-–—,:(]\\s*|\\s+(?:for|i|in)\\s+)(${LAN_NAME}(?:\\s*(?:,|-|–|och|samt|and)\\s*${LAN_NAME})*)(?:s?\\s+lan)?)(?![\\p{L}])`,
  'u',
);

function fundOfLan(text: string, original: string): TextArea | undefined {
  const m = FUND_OF_LAN.exec(text);
  if (!m) return undefined;
  const lan = lanOfList(m[2].replace(/\s*[-–]\s*|\s+and\s+/g, ', '));
  if (lan.length === 0) return undefined;
  const start = (m.index ?? 0) + m[0].length - m[1].length;
  return { lan, said: original.slice(start, start + m[1].length) };
}

/**
 * A list after the word "län": "aktörer från följande län kan delta: Gotland, Gävleborg, Stockholm … och Örebro",
 * "the following counties: Kalmar, Kronoberg and Blekinge". An enumerated list of län is itself the limit.
 */
const LAN_FOLLOWING = new RegExp(
  `(?:foljande|dessa|nedanstaende|the following|these)\\s+(?:lan|counties|regions|lanen)(?:\\s+[\\p{L}-]+){0,3}\\s*:\\s*(${LAN_NAME}(?:\\s+lan)?(?:\\s*,\\s*${LAN_NAME}(?:\\s+lan)?|\\s*,?\\s+(?:och|samt|eller|and|or)\\s+${LAN_NAME}(?:\\s+lan)?)*)(?![\\p{L}])`,
  'u',
);

/**
 * Money that must be spent in a län, named with or without "län": "minst 35 000 kronor måste spenderas i Västra
 * Götaland", "the grant must be spent in Skåne" — a regional fund's condition, so the call is that län's.
 */
const SPENT_IN = new RegExp(
  `(?:spenderas|forbrukas|anvandas|investeras|spend|spent|used)\\s+(?:i|in|within|inom)\\s+(${LAN_NAME})(?:s?\\s+lan)?(?![\\p{L}])`,
  'u',
);

function spentIn(text: string, original: string): TextArea | undefined {
  const m = SPENT_IN.exec(text);
  if (!m) return undefined;
  const lan = lanOfList(m[1]);
  if (lan.length === 0) return undefined;
  const start = (m.index ?? 0) + m[0].indexOf(m[1]);
  return { lan, said: original.slice(start, (m.index ?? 0) + m[0].length) };
}

/**
 * A landskap or part of Sweden named as where the call is for (lan.json `landscapes`): "inom ett geografiskt område
 * bestämt till Småland", "verksamhet med anknytning till Tornedalen", a title's "Kulturstöd i Hälsingland". In the
 * summary its sentence must say so (a limiting word, or words of an area, a tie or living there); a landskap named
 * in passing ("Kalmar i Småland") is no limit.
 */
const ALL_LANDSCAPES = (LAN.landscapes ?? []).map((x) => ({
  lan: x.lan,
  fringe: x.fringe,
  partOf: x.partOf,
  inListsOnly: x.inListsOnly,
  aliases: x.aliases.map((a) => fold(a)),
}));
/** Those a text's words may name as the call's area (not a region of cooperation named only in lists of countries). */
const LANDSCAPES = ALL_LANDSCAPES.filter((x) => !x.inListsOnly);
/** The landskap or part of Sweden a folded name is, among `pool`. */
const landscapeOf = (name: string, pool = LANDSCAPES) => pool.find((x) => x.aliases.includes(name));
/** Whether a list entry is a landskap or part of Sweden by one of its names ("Öland", "Småland", "Götaland"). */
export const landscapeNamed = (entry: string): boolean => {
  const name = fold(entry.trim().toLowerCase());
  return landscapeOf(name) !== undefined;
};
const LANDSCAPE = LANDSCAPES.length
  ? new RegExp(
      `(?:^|[^\\p{L}])(${LANDSCAPES.flatMap((x) => x.aliases)
        .sort((a, b) => b.length - a.length)
        .map(escapeRegExp)
        .join('|')})(?![\\p{L}])`,
      'gu',
    )
  : undefined;
/** Before a landskap's name (folded): "mellan fastlandet och ", "between the mainland and ". */
const BETWEEN_BEFORE = /(?:mellan|between)\s+[^.;:]{0,40}?\s+(?:och|and)\s+$/u;
/** …or another country's: "Finlands landskap ", "Finnish ". */
const ABROAD_BEFORE =
  /(?:finlands|norges|finska|norska|finnish|norwegian|finland's|norway's)\s+(?:landskap(?:et)?\s+|region\s+(?:of\s+)?)?$/u;
const PLACE_CUE = /omrade|geografisk|anknytning|verksam|bosatt|boende|bor i|folkbokford|inom/u;
const IN_TITLE = /(?:^|[^\p{L}])(?:i|inom|for)\s+(?:landskapet\s+)?$/u;

function landscapeArea(text: string, original: string, inTitle: boolean): TextArea | undefined {
  if (!LANDSCAPE) return undefined;
  // Each mention in turn: a first one in passing ("kulturarvet i landskapet Småland") does not hide a later limit
  // ("ska ligga inom landskapet Smålands gränser").
  for (const m of text.matchAll(LANDSCAPE)) {
    const start = (m.index ?? 0) + m[0].indexOf(m[1]);
    // "Småland-Blekinge-Hallands kontor", "Leader Linné Småland": part of a name, not the call's area.
    if (inName(original, start, start + m[1].length)) continue;
    if (inTitle ? !IN_TITLE.test(text.slice(Math.max(0, start - 18), start)) : !cueAround(text, start, m[1].length))
      continue;
    if (!inTitle && COOPERATION_WELCOMED.test(sentenceAt(text, start, start + m[1].length))) continue;
    // "samverkan mellan fastlandet och Öland": a link between places, no limit.
    const before = text.slice(Math.max(0, start - 60), start);
    if (BETWEEN_BEFORE.test(before)) continue;
    const found = landscapeOf(m[1]);
    // "Finlands landskap Lappland": the area across the border, whose Swedish side the landskap's kommuner do not tell.
    const abroad = ABROAD_BEFORE.test(before);
    if (found)
      return {
        lan: [...found.lan],
        said: original.slice(start, start + m[1].length),
        ...(found.fringe ? { fringe: found.fringe } : {}),
        ...(found.partOf && !abroad ? { partOf: found.partOf } : {}),
      };
  }
  return undefined;
}

/** The words that give examples (folded): "till exempel", "bland annat", "such as", "including". */
const EXAMPLE_WORDS = String.raw`till exempel|t\.\s?ex\.|exempelvis|bland annat|bl\.\s?a\.|sasom|such as|e\.\s?g\.|for example|including|inklusive`;
/** Examples after a part of Sweden named: "Sydsverige, till exempel Skåne, Blekinge, Halland och Småland" (folded). */
const EXAMPLES_AFTER = new RegExp(`^[^.;]{0,40}?(?:${EXAMPLE_WORDS})\\s+([^.;:]+)`, 'u');
/**
 * A part of Sweden with no fixed border whose examples the call gives: the län and landskap it names as examples
 * are in it, whatever a reader would otherwise take its border to be.
 */
function widenedByExamples(area: TextArea | undefined, folded: string): TextArea | undefined {
  if (!area?.fringe) return area;
  const name = fold(area.said.toLowerCase());
  let at = folded.indexOf(name);
  const lan = [...area.lan];
  while (at >= 0) {
    const m = EXAMPLES_AFTER.exec(folded.slice(at + name.length));
    if (m)
      for (const part of m[1].split(/\s*,\s*|\s+(?:och|samt|eller|and|or)\s+/)) {
        const whole = part.trim();
        const ids = lanOfList(whole);
        for (const id of ids.length > 0 ? ids : (landscapeOf(whole, ALL_LANDSCAPES)?.lan ?? []))
          if (!lan.includes(id)) lan.push(id);
      }
    at = folded.indexOf(name, at + name.length);
  }
  if (lan.length === area.lan.length) return area;
  const fringe = area.fringe.filter((id) => !lan.includes(id));
  return { ...area, lan, ...(fringe.length > 0 ? { fringe } : { fringe: undefined }) };
}

/** An area or part of Sweden named right after another, joined to it ("… och öarna samt Sydsverige"), and its end. */
const JOINED = /^\s*(?:,|och|samt|and|&)\s+/u;
function joinedArea(folded: string, at: number): { lan: readonly string[]; end: number } | undefined {
  const join = JOINED.exec(folded.slice(at));
  if (!join) return undefined;
  const from = at + join[0].length;
  const rest = folded.slice(from);
  for (const a of AREA_PATTERNS) {
    const m = a.re.exec(rest);
    if (m && m.index === 0) return { lan: a.lan, end: from + m[0].length };
  }
  for (const x of LANDSCAPES)
    for (const alias of x.aliases)
      if (rest.startsWith(alias) && !LETTER.test(rest.charAt(alias.length)))
        return { lan: x.lan, end: from + alias.length };
  return undefined;
}

/** An exception word a few words before ("except for those in "), folded. */
const EXCEPTION_JUST_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:${EXCEPTION_WORDS})(?![\\p{L}])[^.;]{0,30}$`, 'u');

/**
 * The län of the other areas one sentence names beside the one at `at`, save those excepted ("… except Övre
 * Norrland"), and where in the text the first starts and the last ends.
 */
function otherAreasOfSentence(
  folded: string,
  at: number,
  areaId: string,
): { lan: string[]; start: number; end: number } | undefined {
  const from = sentenceStart(folded, at);
  const sentence = folded.slice(from, sentenceEnd(folded, at));
  let found: { lan: string[]; start: number; end: number } | undefined;
  for (const other of AREA_PATTERNS) {
    if (other.id === areaId) continue;
    const m = other.re.exec(sentence);
    if (!m) continue;
    const start = m.index + m[0].indexOf(m[1]);
    const before = sentence.slice(Math.max(0, start - 40), start);
    if (exceptedBefore(before) || EXCEPTION_JUST_BEFORE.test(before)) continue;
    found ??= { lan: [], start: from + start, end: from + start + m[1].length };
    found.lan.push(...other.lan);
    found.start = Math.min(found.start, from + start);
    found.end = Math.max(found.end, from + start + m[1].length);
  }
  return found;
}

/** A hyphen joins the word to another, or a capitalised word inside a sentence stands right before it. */
function inName(original: string, start: number, end: number): boolean {
  if (original[end] === '-' || original[start - 1] === '-') return true;
  const before = /(\p{Lu}[\p{L}-]*)\s+$/u.exec(original.slice(Math.max(0, start - 40), start));
  if (!before) return false;
  const preceding = original.slice(0, start - before[0].length).trimEnd();
  return preceding.length > 0 && !/[.!?:;\n]$/u.test(preceding);
}

/** The bodies themselves placed there: "kommuner i norra Sverige", "municipalities in Norrland" (folded, before it). */
const BODIES_IN_BEFORE = /(?:^|[^\p{L}])(?:kommuner(?:na)?|municipalities)\s+(?:i|in)\s+$/u;

function cueAround(text: string, start: number, length: number): boolean {
  const around = sentenceAt(text, start, start + length);
  // "Vi har sett goda exempel i bland annat Tornedalen": an example is no limit.
  if (NATIONWIDE.test(around) || exampleBefore(text, start)) return false;
  return (
    LIMIT_CUE.test(around) ||
    PLACE_CUE.test(around) ||
    BODIES_IN_BEFORE.test(text.slice(Math.max(0, start - 30), start))
  );
}

/**
 * A title's bare län, two or more, after "i" or a dash at its end: "Kompetensförsörjning – Skåne och Blekinge",
 * "Kulturstöd i Jämtland och Härjedalen" (a title names where its call is for, not places in passing).
 */
const BARE_LAN_IN_TITLE = new RegExp(
  `(?:\\s[-–—]\\s*|(?:^|[^\\p{L}])(?:i|inom|for)\\s+)(${LAN_NAME}(?:\\s*,\\s*${LAN_NAME})*\\s+(?:och|samt|and)\\s+${LAN_NAME})(?:s?\\s+lan)?\\s*(?:$|[:(])`,
  'u',
);
function bareLanInTitle(folded: string, original: string): TextArea | undefined {
  const m = BARE_LAN_IN_TITLE.exec(folded);
  if (!m) return undefined;
  const lan = lanOfList(m[1]);
  const start = (m.index ?? 0) + m[0].indexOf(m[1]);
  return lan.length >= 2 ? { lan, said: original.slice(start, start + m[1].length) } : undefined;
}

/** A title's region: "Regionalt företagsstöd i Stockholmsregionen", "Kulturstöd i Region Kronoberg". */
const REGION_IN_TITLE = new RegExp(
  `(?:^|[^\\p{L}])i\\s+(region\\s+(${LAN_NAME})|(${LAN_NAME})regionen)(?![\\p{L}])`,
  'u',
);

function regionInTitle(folded: string, original: string): TextArea | undefined {
  if (!folded.includes('region')) return undefined;
  const m = REGION_IN_TITLE.exec(folded);
  if (!m) return undefined;
  const lan = lanOfList(m[2] ?? m[3]);
  const start = (m.index ?? 0) + m[0].length - m[1].length;
  return lan.length > 0 ? { lan, said: original.slice(start, start + m[1].length) } : undefined;
}

function lanFollowing(text: string, original: string): TextArea | undefined {
  if (!/lan|counties|regions/.test(text)) return undefined;
  const m = LAN_FOLLOWING.exec(text);
  if (!m) return undefined;
  const start = (m.index ?? 0) + m[0].length - m[1].length;
  // lanOfList reads a Swedish list ("…, X län och Y"); an English one joins with "and".
  const lan = lanOfList(m[1].replace(/\s+(?:and|or)\s+/g, ' och '));
  return lan.length > 1 ? { lan, said: original.slice(start, start + m[1].length) } : undefined;
}

/**
 * Whether "län" (folded "lan") stands as a word after a space somewhere in the text, as it does at the end of
 * every LAN_LIST match: most texts have none, and are passed over without running the pattern (a long
 * alternation tried at every character).
 */
function mayListLan(text: string): boolean {
  for (let at = text.indexOf('lan', 1); at !== -1; at = text.indexOf('lan', at + 1)) {
    if (SPACE.test(text[at - 1]) && !LETTER.test(text.charAt(at + 3))) return true;
  }
  return text.includes('count');
}

/** A word after a län's name that names a part of it or the län itself: "Stockholms skärgård", "Skåne county". */
const PART_OF_LAN_WORD = /\s+(?:skargard(?:en)?|kust(?:en)?|landsbygd(?:en)?|archipelago|coast|county|region)$/;

/** A list-of-countries entry that is a Swedish län by its bare name ("Norrbotten", "Region Kronoberg"): its official name. */
export function lanOfBareEntry(entry: string): string | undefined {
  const name = fold(entry.trim().toLowerCase()).replace(/^region\s+/, '');
  const hit = LAN_NAMES.find((l) => l.names.includes(name));
  return hit ? LAN_BY_ID.get(hit.id)?.name : undefined;
}

/**
 * Whether a list-of-countries entry makes an exception ("Sverige (ej kommuner i Norrbottens län)", "alla utom …"): the
 * place it names is left out, not the call's (excepted-lan.ts reads it).
 */
export function exceptionInEntry(entry: string): boolean {
  return /(?<![\p{L}])(?:ej|inte|utom|forutom|undantaget|med undantag|except|excluding)(?![\p{L}])/u.test(
    fold(entry.toLowerCase()),
  );
}

/**
 * The län a list-of-countries entry names as Sweden's part ("Sweden (Region Blekinge, Region Kronoberg)"), by their
 * official names ("Blekinge län", "Kronobergs län"), when every part is a län or its region: else none.
 */
export function lanOfSwedishEntry(entry: string): string[] {
  const inBrackets = swedishPartsOf(entry);
  // "Sverige (ej kommuner i Norrbottens län)": the län left out, not Sweden's part (excepted-lan.ts).
  if (!inBrackets || exceptionInEntry(inBrackets)) return [];
  // "Stockholms skärgård", "Skåne county": a part of the län by its name is in it.
  const parts = fold(inBrackets.toLowerCase())
    .split(/\s*,\s*|\s+(?:och|samt|eller|and|or)\s+/)
    .map((x) => x.trim())
    .filter(Boolean);
  // "Sweden (Barents Region)", "Sverige (Småland)": a part of Sweden by its name is its län (lan.json `landscapes`).
  const ids: string[] = [];
  for (const whole of parts) {
    const found = lanOfList(whole.replace(PART_OF_LAN_WORD, ''));
    const landscape = found.length > 0 ? undefined : landscapeOf(whole, ALL_LANDSCAPES);
    // "Sverige (Sydsverige)": a part with no fixed border names no fixed län; the text's own words tell its reach.
    if (landscape?.fringe) return [];
    const of = found.length > 0 ? found : (landscape?.lan ?? []);
    if (of.length === 0) return [];
    for (const id of of) if (!ids.includes(id)) ids.push(id);
  }
  return ids.flatMap((id) => LAN_BY_ID.get(id)?.name ?? []);
}

/**
 * The län a text names, as a list ("Blekinge, Kronobergs, Jönköpings and Värmlands län"), by NUTS 3 code ("SE211,
 * SE212 och SE221") or by its region's name ("Region Kronoberg"), by id.
 */
export function lanIdsNamedIn(text: string): string[] {
  const t = fold(text.toLowerCase());
  const ids = new Set<string>();
  for (const m of t.matchAll(LAN_LIST)) {
    const names = m[1] ?? m[2];
    const tail = LIST_TAIL.exec(t.slice((m.index ?? 0) + m[0].length));
    for (const id of lanOfList(tail ? `${names}${tail[0]}` : names.replace(/\s+(?:and|or)\s+/g, ' och '))) ids.add(id);
  }
  for (const m of text.matchAll(/(?<![\p{L}\d])SE\d{3}(?!\d)/gu)) {
    const lan = LAN.lan.find((l) => l.nuts === m[0]);
    if (lan) ids.add(lan.id);
  }
  // A län's region by its name: "Region Kronoberg", "Region Jönköpings län".
  if (t.includes('region '))
    for (const m of t.matchAll(/(?<![\p{L}])region\s+\p{L}+(?:\s+lan)?/gu))
      for (const id of lanOfList(m[0])) ids.add(id);
  // A NUTS 2 code ("Sydsverige (SE22)") is the län whose NUTS 3 codes begin with it.
  for (const m of text.matchAll(/(?<![\p{L}\d])SE\d{2}(?!\d)/gu))
    for (const lan of LAN.lan) if (lan.nuts?.startsWith(m[0])) ids.add(lan.id);
  return [...ids];
}

/** The län ids of a list of countries made of Swedish län alone ("Kalmar län", "Region Kronoberg"), else none. */
export function lanIdsOfEntries(entries: readonly string[]): string[] {
  const ids = entries.flatMap((e) => lanOfList(fold(e.trim().toLowerCase())));
  return ids.length > 0 && ids.length === entries.length ? ids : [];
}

function lanOfList(list: string): string[] {
  const out: string[] = [];
  for (const part of list.split(/\s*,\s*|\s+(?:och|samt|eller|and|or)\s+/)) {
    const name = part
      .trim()
      .replace(/\s+lan$/, '')
      .replace(/^region\s+/, '');
    const hit = LAN_NAMES.find((l) => l.names.includes(name));
    if (hit && !out.includes(hit.id)) out.push(hit.id);
  }
  return out;
}

/**
 * A sentence welcoming cooperation with actors somewhere (folded): "samverkan med aktörer i angränsande län
 * uppmuntras", "cooperation with partners in other regions is encouraged". The places there are the partners'.
 */
const COOPERATION_WELCOMED =
  /(?:samverkan|samarbete|cooperation|co-operation|collaboration)\s+(?:med|with)\s[^.;]*(?:uppmuntras|valkomnas|ar\s+valkommen|is\s+(?:encouraged|welcome[d]?)|are\s+(?:encouraged|welcome[d]?))/u;

/**
 * The area or län the call's own title or text limits it to, if any. The title counts by itself; in the summary a
 * regional fund programme needs a fund or limiting word in the call, and named län a limiting word in their
 * sentence ("Stödet kan sökas av organisationer i Västerbottens län"; not "ett projekt i Kalmar län fick medel").
 */
export function textArea(
  title: string,
  summary: string,
  /** The hints (word-hints.ts) of title and summary, when known. */
  hints: { readonly title: number; readonly summary: number } = { title: ALL_HINTS, summary: ALL_HINTS },
  /** The call's list of applicants: a län an entry places them in ("aktörer i Kalmar län") limits the call, as a title's does. */
  entries: readonly string[] = [],
): TextArea | undefined {
  // The summary first: the signals may have folded it just before (swedenInApplicantPlaces), see foldSame.
  const s = foldSame(summary);
  const t = foldSame(title);
  // Whether the call names a fund, and whether it puts itself in the whole country: read once, and only when an
  // area is named in the summary.
  let fundNamed: boolean | undefined;
  let nationwideLead: boolean | undefined;
  const wholeCountry = (): boolean => {
    nationwideLead ??= nationwideLeadIn(t, s);
    return nationwideLead;
  };
  const titleMay = (hints.title & H_AREA) !== 0 && firstLeadMatch(t, ANY_AREA_LEADS) !== null;
  const summaryMay = (hints.summary & H_AREA) !== 0 && firstLeadMatch(s, ANY_AREA_LEADS) !== null;
  for (const a of AREA_PATTERNS) {
    if (!titleMay && !summaryMay) break;
    const inTitle = titleMay ? a.re.exec(t) : null;
    if (inTitle) {
      const end = inTitle.index + inTitle[0].length;
      const said = title.substr(inTitle.index, inTitle[0].length).trim();
      // "Småland och öarna samt Sydsverige": two areas joined, the call's area both together.
      const more = joinedArea(t, end);
      if (!more) return { areaId: a.id, lan: a.lan, said };
      return { lan: [...new Set([...a.lan, ...more.lan])], said: `${said}${title.slice(end, more.end)}` };
    }
    const m = summaryMay ? a.re.exec(s) : null;
    if (!m) continue;
    // "PTS utlyser bredbandsstöd i hela Sverige … fördelas mellan tre utlysningsområden: Norrland, Svealand och
    // Götaland": a call its title or first sentence puts in the whole country is divided, not limited, by the parts.
    if (wholeCountry()) break;
    const start = m.index + m[0].indexOf(m[1]);
    const around = sentenceAt(s, start, start + m[1].length);
    if (NATIONWIDE.test(around) || exampleBefore(s, start)) continue;
    if (amongFunds(s, start, start + m[1].length)) continue;
    // "…kan dock inte söka, eftersom motsvarande insatser där finansieras genom Fonden för en rättvis omställning":
    // the fund is the reason others are refused, not the call's area.
    if (REASON_BEFORE.test(s.slice(sentenceStart(s, start), start))) continue;
    // "Samverkan med aktörer i angränsande län och i Sydsverige uppmuntras": where partners may be, not the call's area.
    if (COOPERATION_WELCOMED.test(around)) continue;
    fundNamed ??= FUND_CUE.test(t) || FUND_CUE.test(s);
    if (fundNamed || LIMIT_CUE.test(around)) {
      const said = summary.substr(start, m[1].length);
      const others = otherAreasOfSentence(s, start, a.id);
      if (!others) return { areaId: a.id, lan: a.lan, said };
      // "For Sweden, the eligible regions are SE21 Småland med öarna (…) and SE33 Övre Norrland": every area the
      // limiting sentence names is the call's, not only the first one found.
      const from = Math.min(start, others.start);
      const to = Math.max(start + m[1].length, others.end);
      return { lan: [...new Set([...a.lan, ...others.lan])], said: summary.slice(from, to) };
    }
  }
  const listed = entries.join('; ');
  for (const [text, original, needsCue] of [
    [t, title, false],
    [s, summary, true],
    [listed ? foldSame(listed) : '', listed, false],
  ] as const) {
    let found: TextArea | undefined;
    let sentence = '';
    let from = 0;
    if (!mayListLan(text)) continue;
    for (const m of text.matchAll(LAN_LIST)) {
      const listed = m[1] ?? m[2];
      // ("the counties of …" is quoted whole: the call's own words, read with the län they name.)
      const start = (m.index ?? 0) + (m[1] === undefined ? m[0].indexOf('count') : m[0].indexOf(listed));
      const tail = LIST_TAIL.exec(text.slice((m.index ?? 0) + m[0].length));
      const end = (m.index ?? 0) + m[0].length + (tail ? tail[0].length : 0);
      const names = tail ? `${listed}${tail[0]}` : listed.replace(/\s+(?:and|or)\s+/g, ' och ');
      const around = sentenceAt(text, start, end);
      if (found) {
        // "i Skåne län och Blekinge län": further län of the same sentence belong to the same limit.
        if (around !== sentence) break;
        for (const id of lanOfList(names)) if (!found.lan.includes(id)) found.lan.push(id);
        found.said = original.slice(from, end);
        continue;
      }
      if (needsCue && (!LIMIT_CUE.test(around) || NATIONWIDE.test(around) || PART_OF_CALL.test(around))) continue;
      // "Undantag: Gotlands kommun kan söka, eftersom … i Gotlands län": an exception admits more, it limits nothing.
      if (needsCue && EXCEPTION_OPENING.test(around)) continue;
      if (needsCue && COOPERATION_WELCOMED.test(around)) continue;
      if (needsCue && wholeCountry()) break;
      // "…i hela landet, till exempel i Norrbottens län": an example is no limit.
      if (exampleBefore(text, start)) continue;
      // "…från Skåne i söder upp till och med Stockholms län i norr": the end of a stretch, not its whole.
      if (STRETCH_END_BEFORE.test(text.slice(Math.max(0, start - 80), start))) continue;
      const lan = lanOfList(names);
      if (lan.length === 0) continue;
      found = { lan, said: original.slice(start, end) };
      // "Interreg – program som berör Blekinge, Kalmar och Kronobergs län": programmes touching the län, a page's
      // choice of what to show, not the limit of any of them.
      if (BEARS_ON_BEFORE.test(text.slice(Math.max(0, start - 30), start))) found.touches = true;
      sentence = around;
      from = start;
    }
    if (found) return found;
  }
  // The summary's places limit nothing in a call that puts itself in the whole country (above).
  const fromSummary = !wholeCountry();
  if (fromSummary && (hints.summary & H_AREA) !== 0) {
    const bare = bareLanList(s, summary);
    if (bare) return bare;
  }
  return (
    fundOfLan(t, title) ??
    (fromSummary ? (lanFollowing(s, summary) ?? programmeAreaList(s, summary)) : undefined) ??
    programmeAreaList(t, title) ??
    regionInTitle(t, title) ??
    bareLanInTitle(t, title) ??
    (fromSummary ? spentIn(s, summary) : undefined) ??
    widenedByExamples(landscapeArea(t, title, true), s) ??
    (fromSummary
      ? (widenedByExamples(landscapeArea(s, summary, false), s) ?? placeAbroad(s, summary, false))
      : undefined) ??
    (listed ? placeAbroad(foldSame(listed), listed, true) : undefined)
  );
}

/**
 * Bodies in län named bare, two or more, in a sentence that limits or defines who applies: "Med sydsvenska kommuner
 * avses kommuner i Skåne, Blekinge och Kronoberg", "kan sökas av kommuner i Jämtland och Västernorrland",
 * "organisationer som är verksamma i Skåne eller Blekinge".
 */
const BODIES_IN_BARE_LAN = new RegExp(
  `(?:^|[^\\p{L}])(?:kommuner(?:na)?|kommunalforbund|aktorer|organisationer|municipalities|local authorities|organisations|verksamma|baserade|belagna|med sate|located|based|established)\\s+(?:i|in)\\s+(${LAN_NAME}(?:\\s*,\\s*${LAN_NAME})*\\s+(?:och|samt|eller|and|or)\\s+${LAN_NAME})(?![\\p{L}])`,
  'u',
);
const DEFINES = /avses|avser|means|defined as|definieras/u;
/** The end of a stretch named before a län: "från Skåne i söder upp till och med ", "Skåne–" (folded). */
const STRETCH_END_BEFORE = /(?:fran|from)\s+[^.;]{1,50}\s+(?:upp\s+)?(?:till(?:\s+och\s+med)?|to)\s+$|\p{L}[–—]$/u;
function bareLanList(text: string, original: string): TextArea | undefined {
  const m = BODIES_IN_BARE_LAN.exec(text);
  if (!m) return undefined;
  const start = (m.index ?? 0) + m[0].indexOf(m[1]);
  const around = sentenceAt(text, start, start + m[1].length);
  if (!(LIMIT_CUE.test(around) || DEFINES.test(around)) || NATIONWIDE.test(around) || exampleBefore(text, start))
    return undefined;
  const lan = lanOfList(m[1]);
  return lan.length >= 2 ? { lan, said: original.slice(start, start + m[1].length) } : undefined;
}

/**
 * A place abroad named as where applicants must be or the project must be done (countries.json `places`): "public
 * sector bodies located in the City of Oslo", "organisationer som är verksamma och registrerade på Åland", "Projektet
 * ska genomföras i landskapet Österbotten", a list entry "agencies in the City of Oslo". A Swedish body is outside
 * such a call. A meeting's venue ("the conference takes place in Oslo") or a partner's home is no such limit.
 */
const PLACES_ABROAD = new Set(COUNTRIES.countries.flatMap((c) => (c.places ?? []).map((p) => fold(p.toLowerCase()))));
const PLACE_ABROAD = PLACES_ABROAD.size
  ? new RegExp(
      `(?:^|[^\\p{L}])(${[...PLACES_ABROAD]
        .sort((a, b) => b.length - a.length)
        .map(loose)
        .join('|')})(?![\\p{L}])`,
      'gu',
    )
  : undefined;
/** Words that may stand between the cue and the place: "in the City of Oslo", "i landskapet Österbotten". */
const PLACE_FILLER = String.raw`(?:(?:the|city|of|municipality|region|county|province|island|islands|staden|kommunen|regionen|landskapet|provinsen|fylket|ön)\s+){0,3}`;
/** Where applicants are: "located in", "registrerade på", "verksamma i", "med säte i". */
const APPLICANTS_THERE = new RegExp(
  String.raw`(?:located|based|registered|established|resident|situated|domiciled|operating|active|registrerad\p{L}*|verksam\p{L}*|bosatt\p{L}*|baserad\p{L}*|belagen|belagna|hemmahorande|med sate|etablerad\p{L}*)\s+(?:(?:och|and|or|eller)\s+\p{L}+\s+)?(?:in|on|i|pa|inom)\s+${PLACE_FILLER}$`,
  'u',
);
/** Where the project must be done: "ska genomföras i", "projekt som genomförs i", "must be carried out in". */
const PROJECT_THERE = new RegExp(
  String.raw`(?:(?:ska|skall|maste)\s+(?:genomforas|bedrivas|utforas)|(?:projekt\p{L}*|insatser\p{L}*|verksamhet\p{L}*)\s+som\s+(?:genomfors|bedrivs|utfors)|(?:must|shall|should|has to|have to)\s+be\s+(?:carried out|implemented|conducted|located)|projects\s+(?:that are|which are)\s+(?:carried out|implemented))\s+(?:in|i|pa|within|inom)\s+${PLACE_FILLER}$`,
  'u',
);
/** A body describing itself ("Nordic Innovation is an organisation … located in Oslo"): the funder's home, not a limit. */
const SELF_DESCRIBED =
  /(?:^|[^\p{L}])(?:is|are|ar)\s+(?:an?|en|ett|the)\s+(?:\p{L}+\s+){0,3}?(?:organi[sz]ation|agency|foundation|institution|body|fund|myndighet|stiftelse|organisation|fond|institut)/u;
/** In a list of applicants a place after "in" is where they are: "agencies in the City of Oslo". */
const IN_ENTRY = new RegExp(String.raw`(?:in|i|pa|on)\s+${PLACE_FILLER}$`, 'u');

/**
 * The words APPLICANTS_THERE and PROJECT_THERE cannot match without: a summary holding none (most) is not scanned for
 * the places, a pattern of some hundred names.
 */
const THERE_WORD =
  /located|based|registered|established|resident|situated|domiciled|operating|active|registrerad|verksam|bosatt|baserad|belagen|belagna|hemmahorande|med sate|etablerad|genomforas|bedrivas|utforas|genomfors|bedrivs|utfors|carried out|implemented|conducted/;

export function placeAbroad(text: string, original: string, entry: boolean): TextArea | undefined {
  if (!PLACE_ABROAD || (!entry && !THERE_WORD.test(text))) return undefined;
  for (const m of text.matchAll(PLACE_ABROAD)) {
    const start = (m.index ?? 0) + m[0].indexOf(m[1]);
    const before = text.slice(Math.max(0, start - 80), start);
    const cued = APPLICANTS_THERE.test(before) || PROJECT_THERE.test(before) || (entry && IN_ENTRY.test(before));
    if (!cued) continue;
    const sentence = sentenceAt(text, start, start + m[1].length);
    if (negatedSentence(sentence) || (!entry && SELF_DESCRIBED.test(sentence))) continue;
    return { lan: [], said: placeName(original.slice(start, start + m[1].length)), abroad: true };
  }
  return undefined;
}

/** The place as a name: a genitive ("Nylands förbund") without its "s" where the place is listed without it. */
function placeName(said: string): string {
  const base = said.slice(0, -1);
  return /s$/u.test(said) && PLACES_ABROAD.has(fold(base.toLowerCase())) ? base : said;
}

/** A place abroad in a funder's name: "Nylands förbund", "Vasa stad", "Aktion Österbotten r.f.". */
export function placeAbroadInName(name: string | undefined): TextArea | undefined {
  if (!PLACE_ABROAD || !name) return undefined;
  PLACE_ABROAD.lastIndex = 0;
  const m = PLACE_ABROAD.exec(foldKeepingOffsets(name.toLowerCase()));
  if (!m) return undefined;
  const start = m.index + m[0].indexOf(m[1]);
  return { lan: [], said: placeName(name.slice(start, start + m[1].length)), abroad: true };
}

/**
 * A programme area described by the län or regions in it, without the word "län": "I programområdet ingår
 * Blekinge, Skåne, Kalmar och Kronoberg", "The programme area covers Blekinge, Skåne and Kalmar counties",
 * "Programmet omfattar regionerna Jönköping, Kronoberg och Kalmar". Two or more names in a list, in a sentence on
 * the programme's area: the call's own area, whichever programme period it belongs to.
 */
const NAME_LIST = new RegExp(
  `(?:^|[^\\p{L}])(${LAN_NAME}(?:\\s*,\\s*${LAN_NAME}|\\s*,?\\s+(?:och|samt|and|as well as)\\s+${LAN_NAME})+)(?:\\s+(?:lan|counties|regions|regioner))?(?![\\p{L}])`,
  'gu',
);
/** A sentence on the programme's area ("programområdet", "the programme area covers", "programmet omfattar"). */
const AREA_SENTENCE =
  /programomrade\p{L}*|programme area|program area|programme region|programmet (?:omfattar|tacker|innefattar)|the programme (?:covers|includes|comprises)|ingar i programmet/u;

function programmeAreaList(folded: string, original: string): TextArea | undefined {
  if (!AREA_SENTENCE.test(folded)) return undefined;
  for (const m of folded.matchAll(NAME_LIST)) {
    const start = (m.index ?? 0) + m[0].indexOf(m[1]);
    const end = (m.index ?? 0) + m[0].length;
    if (!AREA_SENTENCE.test(sentenceAt(folded, start, end))) continue;
    const lan: string[] = [];
    for (const part of m[1].split(/\s*,\s*|\s*,?\s+(?:och|samt|and|as well as)\s+/)) {
      const hit = LAN_NAMES.find((l) => l.names.includes(part.trim()));
      if (hit && !lan.includes(hit.id)) lan.push(hit.id);
    }
    if (lan.length >= 2) return { lan, said: original.slice(start, end) };
  }
  return undefined;
}

/**
 * A LEADER local action group's call ("Leader Kustlandet", "Leader Spira Mare 2020 (Jordbruksverket)"): the group
 * is named "Leader" and its area's name, and its calls are for that area, a few kommuner the reference data does
 * not hold. Read from the funder's name only, where "Leader" starts it: the word in prose may be a leader.
 */
const LOCAL_ACTION_GROUP = /^(?:Leader|LEADER)\s+(?!\d)\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*/u;

/**
 * A LEADER programme ("Leader – Landsbygdsprogrammet", "LEADER 2023–2027") given by an association: a local action
 * group is a non-profit or economic association ("Spira Fyrkanten ideell förening"), named here without its form,
 * or goes by a name made with the word ("SydostLeader").
 */
const LEADER_PROGRAMME = /^(?:Leader|LEADER)(?![\p{L}])/u;
const ASSOCIATION_FUNDER = /^(\p{Lu}.*?)\s+(?:ideell|ekonomisk)\s+förening$/iu;

/** The local action group's name when the funder is one ("Leader Kustlandet"), else undefined. */
export function localActionGroup(funder: string | undefined, programme?: string): string | undefined {
  const m = funder ? LOCAL_ACTION_GROUP.exec(funder.trim()) : null;
  if (m) return m[0];
  if (!funder || !programme || !LEADER_PROGRAMME.test(programme.trim())) return undefined;
  const name = funder.trim();
  // "SydostLeader": the group's own name holds the word.
  return ASSOCIATION_FUNDER.exec(name)?.[1] ?? (/^\p{Lu}\p{L}*[Ll]eader$/u.test(name) ? name : undefined);
}

/**
 * The län a place name names by its words ("Leader Norrbotten", "Leader Sydöstra Skåne", "Leader Linné Småland"): a
 * län by its name or a landskap or part of Sweden (lan.json `landscapes`), with the words as written ("Småland"). A
 * local action group's area lies within what its name says; a name saying no place ("Leader Kustlandet") gives none.
 */
export function placeOfName(name: string): { lan: string[]; said: string } | undefined {
  const words = name.split(/\s+/u).filter(Boolean);
  const lan = new Set<string>();
  const said: string[] = [];
  for (let i = 0; i < words.length; i++) {
    // Two words first: "Västra Götaland", "Övre Norrland".
    for (const n of [2, 1]) {
      const written = words.slice(i, i + n).join(' ');
      if (n === 2 && i + 1 >= words.length) continue;
      const key = fold(written.toLowerCase()).replace(/[^\p{L}\s-]/gu, '');
      const lanIds = LAN_NAMES.filter((l) => l.names.includes(key)).map((l) => l.id);
      const ids = lanIds.length > 0 ? lanIds : (landscapeOf(key)?.lan ?? []);
      if (ids.length === 0) continue;
      for (const id of ids) lan.add(id);
      said.push(written);
      i += n - 1;
      break;
    }
  }
  return lan.size > 0 ? { lan: [...lan], said: said.join(', ') } : undefined;
}

/**
 * A municipality's own grant ("Norrköpings kommun", "Göteborgs Stad", "Åbo stad", "City of Espoo", "Tampere
 * municipality", "Vaasan kaupunki"), or a local council's abroad ("Hampshire County Council"): the
 * funder is local government and no programme of wider reach is named. A kommun may support only
 * what concerns its own area or its residents (kommunallagen 2 kap. 1 §, the principle of locality), so its grant is
 * for those in its own area. Read from the funder's name only; the name as written, or undefined.
 */
const MUNICIPAL_FUNDER =
  /^(?:\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,2}\s+(?:kommun|[Ss]tad|[Mm]unicipality|(?:[Cc]ity|[Cc]ounty|[Bb]orough|[Dd]istrict|[Tt]own) [Cc]ouncil|[Kk]aupunki|[Kk]unta)|(?:[Cc]ity|[Mm]unicipality|[Tt]own) of\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,2})$/u;
/**
 * A committee or office of the kommun after its name, in brackets or after a dash: "Eskilstuna kommun
 * (Vänortsdelegationen)", "Ljungby kommun – Kultur- och fritidsnämnden", "Bengtsfors kommun - folkhälsorådet".
 */
const ITS_OFFICE = /\s*\([^()]*\)$|\s+[–—-]\s+[^–—]*$/u;

/** An office or committee of a kommun ("kultur- och fritidsnämnden", "Bibliotek & Kultur Karlshamn"). */
const OFFICE_PART = /nämnd|förvaltning|kontor|avdelning|enhet|bibliotek|kultur|fritid|råd(?:et)?$|utskott|delegation/iu;

/** A company beside the kommun in a joint fund: "Vindelns kommun och Fäbodliden Vindkraft AB". */
const COMPANY_NAME = /^\p{Lu}[\p{L}-]*(?:\s+\p{L}[\p{L}-]*){0,4}\s+(?:AB|Ab|Oy|AS|A\/S|Ltd)$/u;

/** A municipality named as such in brackets after its name: "Rangárþing eystra (municipality)", "Ski (kommune)". */
const BRACKETED_MUNICIPALITY =
  /^(\p{Lu}[\p{L}-]*(?:\s+[\p{L}-]+){0,2})\s*\(\s*(?:municipality|local authority|kommun|kommune|kunta|sveitarfélag)\s*\)$/u;

/**
 * The kommuner whose own grant the call is ("Norrköpings kommun"; a fund two kommuner keep together, "Jönköpings
 * kommun och Aneby kommun"; one a kommun keeps with a wind farm's company, "Vindelns kommun och Fäbodliden Vindkraft
 * AB"), or a municipality abroad named as such ("Rangárþing eystra (municipality)"), as written; undefined unless
 * every part of the funder's name is a kommun or a company.
 */
/**
 * A name made of a topic and the word ("Hållbar stad", "Smart stad", "Trygg stad"): a platform or programme named
 * after what it works for, not a place. A kommun's name is no topic of the lexicon.
 */
const MUNICIPAL_WORD = /^(?:kommun|stad|city|town|municipality|council|of)$/iu;
function topicName(part: string): boolean {
  const tokens = keyTokens(part);
  return CONCEPT_MATCHER.match(tokens).some(
    (h) => h.ref !== OTHER_SENSE && tokens.slice(h.from, h.to).some((t) => !MUNICIPAL_WORD.test(t.word)),
  );
}

export function municipalFunder(funder: string | undefined): string[] | undefined {
  const bracketed = funder ? BRACKETED_MUNICIPALITY.exec(funder.trim()) : null;
  if (bracketed) return [bracketed[1]];
  const name = funder?.trim().replace(ITS_OFFICE, '');
  if (!name) return undefined;
  // "Karlskrona kommun, kultur- och fritidsförvaltningen": the kommun's own office after a comma is no other funder.
  const withoutOffices = name
    .split(/\s*,\s*/u)
    .filter((p, i) => i === 0 || MUNICIPAL_FUNDER.test(p) || !OFFICE_PART.test(p))
    .join(', ');
  const parts = withoutOffices.split(/\s+(?:och|and|&)\s+|\s*,\s*/u);
  const kommuner = parts.filter((p) => MUNICIPAL_FUNDER.test(p) && !topicName(p));
  return kommuner.length > 0 && parts.every((p) => MUNICIPAL_FUNDER.test(p) || COMPANY_NAME.test(p))
    ? kommuner
    : undefined;
}

/**
 * A sentence on one part of a call — its pilot, a part, track or phase ("Piloten genomförs i Norrbottens län", "Part
 * B is open to organisations in Skåne län") — limits that part, not the whole call.
 */
const PART_OF_CALL =
  /(?:^|[^\p{L}])(?:pilot\p{L}*|delprojekt\p{L}*|delutlysning\p{L}*|(?:del|part|spar|track|strand|steg|stage|fas|phase|lot)\s+(?:\d|[a-c](?![\p{L}])|ett|tva|one|two))/u;

/** A sentence about the whole country names a län only as an example. */
/**
 * A fund named as one of several ("finansiering från Europeiska regionala utvecklingsfonden, Europeiska socialfonden,
 * Fonden för en rättvis omställning eller …"): where the money of the projects may come from, not the call's area.
 */
const FUND_ITEM_BEFORE = /(?:fond\p{L}*|fund\p{L}*|esf\+?|eruf|erdf)\s*(?:,|och|eller|samt|and|or)\s*$/u;
const FUND_ITEM_AFTER =
  /^\s*(?:,|och|eller|samt|and|or)\s*(?:\p{L}+\s+){0,4}?(?:\p{L}*fond\p{L}*|fund\p{L}*|esf\+?|eruf|erdf)(?![\p{L}])/u;

function amongFunds(folded: string, start: number, end: number): boolean {
  return (
    FUND_ITEM_BEFORE.test(folded.slice(Math.max(0, start - 60), start)) ||
    FUND_ITEM_AFTER.test(folded.slice(end, end + 80))
  );
}

/** A reason given before the place in its sentence ("eftersom", "because"): why, not where (folded). */
const REASON_BEFORE = /(?:^|[^\p{L}])(?:eftersom|because|since|da de|as they|as these|as such)\s[^.;]*$/u;

/** "som berör", "that concern": what touches the län, not what is limited to them (folded). */
const BEARS_ON_BEFORE = /(?:som|that|which)\s+(?:beror|ror|concerns?|touch(?:es)?|involves?)\s+$/u;

/** A sentence that opens as an exception to the one before (folded): "Undantag: …", "Undantaget är …", "Exception: …". */
const EXCEPTION_OPENING = /^\s*(?:undantag(?:et|svis)?(?![\p{L}])|exceptions?\s*:|an exception|with the exception)/u;
const NATIONWIDE =
  /hela sverige|hela landet|i sverige|nationell|all of sweden|throughout sweden|across sweden|nationwide|landets (?:\d+ |tjugoen )?(?:regioner|lan|kommuner)(?![\p{L}])|sveriges (?:\d+|samtliga|alla) (?:regioner|lan|kommuner)(?![\p{L}])/u;
/** The whole country said outright, not "i Sverige" (which a regional call says too). Folded text. */
const WHOLE_COUNTRY = /hela sverige|hela landet|all of sweden|throughout sweden|across sweden|nationwide/;

/** Whether the title or the summary's first sentence puts the call in the whole country. Folded text. */
function nationwideLeadIn(title: string, summary: string): boolean {
  return WHOLE_COUNTRY.test(title) || WHOLE_COUNTRY.test(summary.slice(0, sentenceEnd(summary, 0)));
}
const EXAMPLE_BEFORE = new RegExp(`(?:${EXAMPLE_WORDS}|foretradesvis|preferably)[^.;]*$`);
/**
 * Whether a place at `start` of folded `text` is named as an example within its clause ("till exempel i Norrbottens
 * län", "programme areas A–E, including D: … in sparsely populated Upper Norrland"): the 80 characters before it.
 */
function exampleBefore(text: string, start: number): boolean {
  return EXAMPLE_BEFORE.test(text.slice(Math.max(0, start - 80), start));
}

const SWEDEN_NAME = /(?<![\p{L}])(?:sverige|sweden)(?![\p{L}])/gu;
/**
 * Whether folded lowercase text excepts Sweden ("EU Member States (except Sweden)", "alla medlemsstater utom
 * Danmark och Sverige"): a group named before it then stands for its members without Sweden.
 */
export function swedenExcepted(folded: string, from = 0): boolean {
  SWEDEN_NAME.lastIndex = from;
  for (let m = SWEDEN_NAME.exec(folded); m !== null; m = SWEDEN_NAME.exec(folded))
    if (exceptedBefore(folded.slice(Math.max(from, m.index - 80), m.index))) return true;
  return false;
}

/** A country mention in a call's summary (the analyser's hit): the countries it stands for, where it starts. */
export interface PlaceMention {
  names: readonly string[];
  start: number;
}

/** Nouns for applicants, and the words right before a place that say applicants are there. */
const APPLICANT_NOUN =
  '(?:applicants?|organi[sz]ations?|entities|entity|bodies|institutions|municipalities|authorities|ngos|actors|participants|beneficiaries|sokande|organisationer|aktorer|kommuner|myndigheter|stodmottagare|verksamheter)';
const AT_PLACE =
  '(?:from|in|established in|based in|registered in|located in|resident in|fran|i|etablerade i|registrerade i|baserade i|verksamma i)';
/**
 * "organisations established in (Ukraine, Moldova or) …", "kommuner i alla EU:s medlemsstater": an applicant noun,
 * up to three words, a place word, a quantifier.
 */
const APPLICANT_PLACE = new RegExp(
  `(?:^|[^\\p{L}])${APPLICANT_NOUN}(?:,?\\s+[\\p{L}-]+){0,5}?,?\\s+${AT_PLACE}\\s+(?:(?:the|all(?: the)?|any|an?|one of the|alla|samtliga|ett|en)\\s+)?(?:[\\p{L}-]+(?:\\s+[\\p{L}-]+){0,3}?\\s*(?:,|\\s(?:and|or|och|eller|samt))\\s*)*$`,
  'u',
);
/**
 * A country's adjective right before the applicants ("Finnish municipalities", "danska kommuner och regioner",
 * "Estonian local governments"), at most two words between: folded lowercase text from the adjective on.
 */
const ADJECTIVE_APPLICANTS = new RegExp(
  `^[\\p{L}-]+\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:${APPLICANT_NOUN}|local governments?|councils|cities|towns|regions|schools|universities|companies|regioner|stader|skolor|foretag|larosaten|kommunerna|regionerna)(?![\\p{L}])`,
  'u',
);
/**
 * Right before such applicants, words that make them those the applicants serve or one more item of a list ("support
 * for Ukrainian municipalities", "to help Moldovan local authorities", "Swedish and Finnish municipalities"); words
 * naming partners ("samarbete med finska kommuner") are PARTNER_BEFORE's.
 */
const OTHERS_BEFORE =
  /(?:^|\s)(?:for|för|till|to help|to support|att stodja|att hjalpa|between|mellan|among|bland|and|och|or|eller)\s+(?:[\p{L}-]+\s+){0,2}$/u;

/** What `swedenInApplicantPlaces` records for words naming countries outside the EU. */
const OUTSIDE_EU = 'outside-eu';
const EU_MEMBERS = new Set(COUNTRIES.groups.find((g) => g.id === 'eu-member-states')?.members ?? []);
/**
 * Whether every country in `named` is outside the EU ("Norwegian institutions are eligible to apply", "organisations
 * from third countries"): in a call of a programme open across the EU, such words add countries to the Union's,
 * they do not leave Sweden out.
 */
export const outsideEuOnly = (named: ReadonlySet<string>): boolean =>
  named.size > 0 && [...named].every((n) => !EU_MEMBERS.has(n));

/** Words for countries outside the EU in the same place ("organisations from third countries"). */
const NON_EU =
  /(?:^|[^\p{L}])(?:from|in|based in|established in|fran|i)\s+(?:third countries|non-eu countries|countries outside the (?:eu|european union)|tredjelander|lander utanfor eu)/u;

/**
 * What the who-may-apply sentences say of Sweden as the applicants' country: named (itself or in a group such as
 * the EU member states) → true; only other countries, or countries outside the EU → false; nothing → undefined.
 * A country after words naming partners ("partners from Ukraine") is a partner's, not the applicants'. Countries
 * the vocabulary does not hold ("organisations based in Canada") are read in the same place, unless excepted or
 * in a negated sentence (the analyser has dropped negated mentions of the others); a group with Sweden excepted
 * ("EU Member States except Sweden") stands for its other members.
 */
export function swedenInApplicantPlaces(
  summary: string,
  ranges: readonly [number, number][],
  mentions: readonly PlaceMention[],
  /** The analyser found countries of the vocabulary somewhere in the call: only then are wider words read. */
  vocabularyNamed = true,
  /** Filled with the other countries the sentences name for applicants ("outside-eu" for words such as "third countries"). */
  others?: Set<string>,
): boolean | undefined {
  if (ranges.length === 0) return undefined;
  const s = foldSame(summary);
  let other = false;
  for (const [a, b] of ranges) {
    const sentence = s.slice(a, b);
    let here: readonly PlaceMention[] = mentions;
    const outside = referenceCountriesIn(summary, a, b);
    if (outside.length > 0 && !negatedSentence(sentence)) {
      here = [
        ...mentions,
        ...outside
          .filter((r) => !exceptedBefore(s.slice(Math.max(a, r.start - 80), r.start)))
          .map((r) => ({ names: [r.name], start: r.start })),
      ];
    }
    for (const m of here) {
      if (m.start < a || m.start >= b) continue;
      // A semicolon starts another clause: "lead partners must be public bodies; partners from Moldova".
      const before = s.slice(Math.max(a, m.start - 120), m.start);
      const clause = before.slice(before.lastIndexOf(';') + 1);
      const hit = APPLICANT_PLACE.exec(clause);
      if (!hit || hit[0].includes('partner')) {
        // "Sitra invites Finnish municipalities to apply", "open to Danish local authorities": the country's
        // adjective before the applicants says where they must be, as "municipalities in Finland" does.
        // (Sweden has no adjective in the data: "Swedish municipalities" are swedishApplicantsIn's.)
        const from = s.slice(m.start, Math.min(b, m.start + 60));
        const word = /^[\p{L}-]+/u.exec(from)?.[0] ?? '';
        if (!COUNTRY_OF_ADJECTIVE.has(word) || !ADJECTIVE_APPLICANTS.test(from)) continue;
        if (PARTNER_BEFORE.test(clause) || OTHERS_BEFORE.test(clause)) continue;
        other = true;
        for (const n of m.names) others?.add(n);
        continue;
      }
      // "Svenska kommuner kan söka … partnerskap med kommuner i Ukraina": bodies there are the partners. (The hit
      // opens with the character before its noun, a space the partner words end with.)
      if (PARTNER_BEFORE.test(clause.slice(0, hit.index + hit[0].search(/\S/)))) continue;
      if (m.names.includes('Sweden') && (m.names.length === 1 || !swedenExcepted(sentence, m.start - a))) return true;
      other = true;
      for (const n of m.names) others?.add(n);
    }
    if (vocabularyNamed) {
      // "…elevutbyten med partnerskolor i länder utanför EU": where the partners are, not the applicants.
      const non = NON_EU.exec(sentence);
      if (non && !PARTNER_BEFORE.test(sentence.slice(Math.max(0, non.index - 40), non.index + 1))) {
        other = true;
        others?.add(OUTSIDE_EU);
      }
    }
  }
  return other ? false : undefined;
}

/**
 * Applicants said to be Swedish: "svenska kommuner och regioner kan söka", "anställda i svenska kommuner",
 * "Swedish organisations may apply", "applicants based in Sweden", "kommuner i Sverige", or a list entry "svenska
 * lärosäten". A call so worded that also lists other countries lists where its grantees go or where their
 * partners are, not where applicants must be. Not "together with Swedish partners": the Swedes are then partners.
 */
const SWEDISH_APPLICANT_NOUN =
  '(?:kommun\\p{L}*|region\\p{L}*|landsting\\p{L}*|organisation\\p{L}*|sokande|parten|parter|parterna|aktor\\p{L}*|myndighet\\p{L}*|foretag\\p{L}*|forening\\p{L}*|larosate\\p{L}*|universitet\\p{L}*|hogskol\\p{L}*|skol\\p{L}*|verksamhet\\p{L}*|institution\\p{L}*|arbetsgivare|municipalit\\p{L}*|regions?|county councils?|organi[sz]ations?|applicants?|authorit\\p{L}*|institutions?|universit\\p{L}*|schools?|compan\\p{L}*|bodies|entit\\p{L}*|actors|employers|local governments?)';
const SWEDISH_APPLICANTS = new RegExp(
  `(?:^|[^\\p{L}])(?:(svensk[at]?\\s+(?:[\\p{L}-]+\\s+){0,2}?${SWEDISH_APPLICANT_NOUN}|swedish\\s+(?:[\\p{L}-]+\\s+){0,2}?${SWEDISH_APPLICANT_NOUN})|(${SWEDISH_APPLICANT_NOUN}(?:\\s+[\\p{L}-]+){0,5}?\\s+(?:i|fran|baserade i|verksamma i|in|from|based in|established in|located in|registered in)\\s+(?:sverige|sweden))|((?:utbyte\\p{L}*|exchanges?|mobility|visits?|trips?|resor|besok|stays?|vistelser?)(?:\\s+[\\p{L}-]+){0,3}?\\s+(?:fran|from)\\s+(?:sverige|sweden)))(?![\\p{L}])`,
  'u',
);
/** Words before a Swedish body that make it a partner or the host of applicants from abroad, not the applicant. */
const PARTNER_BEFORE =
  /(?:partner(?!skap|ship)\p{L}*|together with|tillsammans med|i samarbete med|in cooperation with|in partnership with|hosted (?:at|by)|hosts?|host organi[sz]ations?|vard\p{L}*|(?:^|\s)with|(?:^|\s)med)\s+(?:[\p{L}-]+\s+){0,2}$/u;
const SWEDISH_WORD = /svensk|swedish|sverige|sweden/;
/** Whether a text names Sweden or Swedish anything at all. */
export const namesSweden = (text: string): boolean => SWEDISH_WORD.test(foldSame(text));
/** A capitalised "Svenska …" … */
const NAME_START = /^S[vV]/;
/** …where no sentence or list entry starts: the text's start, or after a full stop, colon, bullet or line break. */
const SENTENCE_START = /(?:^|[.!?:;•\n]\s*|^\s*)$/u;

/**
 * Applicants said to be Nordic ("Nordic organisations' cooperation with civil society in Estonia", "nordiska
 * organisationer"): Sweden is a Nordic country, so a call so worded whose list of countries names no Nordic one lists
 * where the partners are, not where applicants must be. Not "together with Nordic partners".
 */
const NORDIC_APPLICANTS =
  /(?:^|[^\p{L}])((?:nordic|nordiska|nordisk)\s+(?:[\p{L}-]+,?\s+){0,2}?(?:organi[sz]ations?|enterprises?|organisationer\p{L}*|actors|aktorer\p{L}*|civil society|civilsamhall\p{L}*|kommuner\p{L}*|municipalities|institutions?|institutioner\p{L}*|associations?|foreningar\p{L}*|compan(?:y|ies)|foretag\p{L}*|legal entit(?:y|ies)))(?![\p{L}])/gu;
const NORDIC_WORD = /nordi/i;
const NORDIC_COUNTRY =
  /(?:^|[^\p{L}])(?:denmark|danmark|finland|iceland|island|norway|norge|sweden|sverige|dk|fi|is|no|se)(?![\p{L}])/u;

export function nordicApplicantsIn(
  title: string,
  summary: string,
  entries: readonly string[],
  countries: readonly string[],
): string | undefined {
  if (countries.some((c) => NORDIC_COUNTRY.test(fold(c.toLowerCase())))) return undefined;
  for (const original of [summary, title, ...entries]) {
    // Most texts name nothing Nordic: they are not folded for it.
    if (!NORDIC_WORD.test(original)) continue;
    const folded = foldKeepingOffsets(original.toLowerCase());
    // Every mention: "partnerships between Nordic and local organisations" names partners, and "the Nordic partner
    // shall be a Nordic company…" after it still says who takes part from the Nordic side.
    for (const m of folded.matchAll(NORDIC_APPLICANTS)) {
      const at = m.index + m[0].length - m[1].length;
      if (PARTNER_BEFORE.test(folded.slice(Math.max(0, at - 40), at))) continue;
      return original.slice(at, m.index + m[0].length);
    }
  }
  return undefined;
}

/**
 * The words that say the applicants are in Sweden, as written, from the title, the summary or the list of
 * applicants; undefined when none does. (A call for applicants abroad names Swedes as partners or hosts, which
 * PARTNER_BEFORE leaves out.)
 */
export function swedishApplicantsIn(title: string, summary: string, entries: readonly string[]): string | undefined {
  const texts: [string, string][] = [[foldSame(summary), summary]];
  for (const e of [title, ...entries]) texts.push([foldKeepingOffsets(e.toLowerCase()), e]);
  for (const [folded, original] of texts) {
    if (!SWEDISH_WORD.test(folded)) continue;
    const m = SWEDISH_APPLICANTS.exec(folded);
    if (!m) continue;
    const at = m.index + m[0].length - (m[1] ?? m[2] ?? m[3]).length;
    // "Anställda i svenska kommuner" applies; "tillsammans med svenska kommuner", "Samarbete med aktörer i Sverige och
    // Norge kan ingå" name partners.
    if ((m[1] || m[2]) && PARTNER_BEFORE.test(folded.slice(Math.max(0, at - 40), at))) continue;
    // "Svenska kulturfondens verksamhetsområden", "inom Svenska institutets program": a capital inside a sentence
    // starts a name (a Finnish fund, an agency), not Swedish applicants.
    if (m[1] && NAME_START.test(original.slice(at, at + 2)) && !SENTENCE_START.test(original.slice(0, at))) continue;
    // "Svenska skolföreningen i Hanoi …, Vietnam": a Swedish body abroad, its country closing the list item.
    if (m[1] && abroadItemAfter(original.slice(m.index + m[0].length))) continue;
    return original.slice(at, m.index + m[0].length);
  }
  return undefined;
}

/** The list item or clause after a Swedish body ends in another country's name ("…, Frankrike;", "…, Vietnam."). */
function abroadItemAfter(after: string): boolean {
  const item = /^[^;.\n]*/.exec(after)?.[0] ?? '';
  const last = /,\s*(\p{Lu}[\p{L}]*(?:\s+\p{Lu}?[\p{L}]+)?)\s*$/u.exec(item);
  if (!last) return false;
  const code = ISO_COUNTRY_BY_NAME.get(countryKey(last[1]));
  return code !== undefined && code !== 'SE';
}

/**
 * Applicants "in Denmark or abroad", "in or outside Denmark", "i Sverige eller utomlands", "regardless of country",
 * "from any country", "from any EU or EEA country", "based in Germany or in another EU Member State", "foreign public
 * authorities … may participate as collaborating partners": the sentence on who
 * may apply or take part admits applicants of any country, whatever list of countries the call gives (that list then
 * says where the funder is, or where the work is to benefit).
 */
const ABROAD_ADMITTED =
  /(?:^|[^\p{L}])(?:in\s+or\s+outside|inside\s+or\s+outside|i\s+eller\s+utanfor|innanfor\s+eller\s+utanfor)\s+(?:the\s+)?\p{L}|(?:^|[^\p{L}])(?:in|from|i|fran)\s+(?:the\s+)?\p{L}+(?:\s+\p{L}+)?\s+(?:or|and|as well as|eller|och|som)\s+(?:from\s+)?(?:abroad|overseas|other countries|utomlands|utlandet|andra lander)(?![\p{L}])|(?:^|[^\p{L}])(?:professionals|applicants|organisations|organizations|artists|persons|people|actors|partners?|participants|sokande|aktorer|organisationer|deltagare)\s+(?:from|fran|i)\s+(?:abroad|overseas|other countries|utlandet|andra lander)(?![\p{L}])|(?:paid|granted|awarded|allocated|betalas|ges)\s+(?:out\s+|ut\s+)?(?:to|till)\s+(?:funded\s+)?(?:partners?|parter|organisations|organizations|entities)\s+(?:outside|utanfor)\s+(?:the\s+)?\p{L}|(?:^|[^\p{L}])(?:from|in|of|or)\s+any\s+(?:other\s+)?(?:(?:eu|eea|eu\/eea|eu-)\s*(?:(?:or|and)\s+(?:eu|eea)\s+)?|european\s+)?(?:country|member\s+state)(?![\p{L}])|(?:^|[^\p{L}])fran\s+vilket\s+land\s+som\s+helst(?![\p{L}])|(?:^|[^\p{L}])(?:based|established|located|registered|seated|baserade?|etablerade?|belagna?)\s+(?:in|i)\s+(?:\p{L}+\s+(?:or|eller)\s+(?:in\s+|i\s+)?)?(?:another|a\s+different|ett\s+annat)\s+(?:eu|eea|eu\/eea|european)[\s-]*(?:member\s+state|country|land|medlemsland)(?![\p{L}])|(?:^|[^\p{L}])(?:regardless of|irrespective of|oavsett)\s+(?:their\s+|the\s+applicant'?s\s+)?(?:country|nationality|vilket land|land|nationalitet)(?![\p{L}])|(?:^|[^\p{L}])(?:foreign|international|utlandska|internationella)\s+(?:public\s+|offentliga\s+)?(?:partners?|organisations|organizations|public authorities|authorities|bodies|companies|institutions|parter|organisationer|myndigheter|aktorer|foretag)(?:,[^,.;]{0,60},)?\s+(?:may|can|are welcome to|are eligible to|kan|far)\s+(?:also\s+|aven\s+|ocksa\s+)?(?:participate|take part|join|be partners?|delta|medverka|vara partner|vara parter)(?![\p{L}])/gu;
/** Words of a sentence on who applies or takes part. */
const TAKES_PART =
  /(?:^|[^\p{L}])(?:apply|applicants?|eligible|take part|participate|participation|receive funding|partners?|soka|sokande|ansoka|delta|medverka|stodberattigade?|parter)(?![\p{L}])/u;

const WHO_ASKED = /(?:^|[^\p{L}])(?:who|vem|vilka)\s*\?[^?]*$/u;
/** Whether a sentence of the summary on who applies or takes part admits applicants from abroad (ABROAD_ADMITTED). */
export function abroadAdmittedIn(summary: string): boolean {
  return abroadAdmittedSaid(summary) !== undefined;
}

/** The sentence of abroadAdmittedIn that admits applicants or partners from abroad, as written, or undefined. */
export function abroadAdmittedSaid(summary: string): string | undefined {
  const s = foldSame(summary);
  const re = ABROAD_ADMITTED;
  re.lastIndex = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    const [from, to] = sentenceAround(summary, m.index, m.index + m[0].length);
    const sentence = s.slice(from, to);
    // (Only the sentence up to a contrast: "…may take part as full partners, but cannot receive grants".)
    if (negatedSentence(sentence.split(/,?\s+(?:but|men)\s/u)[0] ?? sentence)) continue;
    // "…are welcome, but NORA funds can only cover costs incurred by partners in the NORA region": without money.
    if (UNFUNDED.test(sentence)) continue;
    if (TAKES_PART.test(sentence)) return summary.slice(from, to).trim();
    // "Who? Companies, research institutions, etc. in Denmark or abroad": the answer to a question of who, in its
    // own sentence (or two, split at "etc.").
    if (WHO_ASKED.test(s.slice(Math.max(0, from - 90), from))) return summary.slice(from, to).trim();
  }
  // "Each project must include at least one partner from another country … Partner municipalities may receive up to
  // 25 % of the budget": partners from abroad, paid by the call. (Without the money, a partner abroad may be one
  // its own funder pays: no admission.)
  const partner = FOREIGN_PARTNER.exec(s);
  if (partner && publicPartnersPaid(s)) {
    const [from, to] = sentenceAround(summary, partner.index, partner.index + partner[0].length);
    if (!negatedSentence(s.slice(from, to))) return summary.slice(from, to).trim();
  }
  return undefined;
}

/**
 * A partner from another country ("at least one partner from another country", "en partner i ett annat land", "a
 * partner local authority in another EU Member State", "partners may come from … EU Member States bordering the Baltic
 * Sea").
 */
const FOREIGN_PARTNER =
  /(?:^|[^\p{L}])(?:foreign|nordic)\s+partners?(?![\p{L}])[^.;?]{0,160}?(?:sweden|sverige)(?![\p{L}])|(?:^|[^\p{L}])(?:foreign|utlandska)\s+(?:partners?|partner\s+organisations|parter|partnerorganisationer)(?![\p{L}])[^.;?]{0,160}?(?:eu\s+member\s+states?|member\s+states?\s+of\s+the\s+(?:eu|european\s+union)|eu\s+countr(?:y|ies)|any\s+(?:other\s+)?countr(?:y|ies)|eu-?land\p{L}*|medlemsland\p{L}*)(?![\p{L}])|(?:^|[^\p{L}])partners?\s+(?:(?:must\s+be\s+|should\s+be\s+)?(?:located|based|established)\s+)?in\s+(?:one\s+of\s+)?(?:the\s+|a\s+)?partner\s+regions?(?![\p{L}])|(?:^|[^\p{L}])(?:partners?|partner organisations|parter|partnerorganisationer)(?:\s+[\p{L}-]+){0,2}?\s+(?:from|in|based in|i|fran)\s+(?:another|a different|other|different|ett annat|andra)\s+(?:eu\s+|european\s+|nordic\s+|nordiskt\s+)?(?:countr(?:y|ies)|member\s+states?|land|lander|medlemsland|medlemsstat)(?![\p{L}])|(?:^|[^\p{L}])partners\s+(?:may|can)\s+(?:also\s+)?come\s+from\s+[^.;]{0,200}?(?:eu\s+member\s+states|eu\s+countries|member\s+states\s+of\s+the\s+(?:eu|european\s+union))(?![\p{L}])/u;
/**
 * The call's money reaching partners, said after them (folded): "kan få ersättning", "kan ta emot medel", "kan
 * beviljas stöd", "får redovisa egna stödberättigande kostnader", "may be reimbursed", "can receive a share of the
 * grant". A pattern source.
 */
export const PARTNERS_REIMBURSED_WORDS = String.raw`(?:kan|far|may|can)\s+(?:(?:ocksa|aven|also|dock|however)\s+)?(?:vara\s+stodmottagande\s+(?:projekt)?part\p{L}*|fa\s+(?:ersattning|medel|del\s+av)|beviljas\s+(?:del\s+av\s+)?(?:stod|stodet|medel|medlen|bidrag|bidraget|ersattning)|be\s+granted\s+(?:funding|support|grants?)|(?:inga\s+och\s+)?redovisa\s+(?:sina\s+)?(?:egna\s+)?stodberattigande\s+kostnader|claim\s+(?:their\s+)?(?:own\s+)?eligible\s+costs|ta\s+del\s+av\s+(?:bidraget|medlen|stodet)|ta\s+emot\s+(?:ersattning|medel)|ersattas|be\s+(?:reimbursed|funded|paid)|receive\s+(?:funding|a\s+share|part\s+of\s+the\s+(?:grant|budget)|(?:erdf|eu|programme)\s+(?:co-?)?(?:financing|funding))|be\s+(?:full\s+|funded\s+)?(?:project\s+)?partners\s+with\s+(?:erdf\s+|eu\s+|programme\s+)?(?:co-?financing|co-?funding|funding))`;
/**
 * The applicant passing the call's money on to its partners (folded): "kan föra över medel till samverkansparterna",
 * "may transfer part of the grant to the partners". A pattern source.
 */
export const MONEY_PASSED_TO_PARTNERS = String.raw`(?:fora|foras|betala|betalas)\s+(?:over|ut)\s+(?:medel|bidrag|stod|pengar)\s+till\s+(?:\p{L}+\s+)?(?:samverkanspart|samarbetspart|parter|partner)|(?:transfer|pass|pay)(?:red|ed)?\s+(?:on\s+)?(?:funds?|part\s+of\s+the\s+(?:grant|award|budget)|money)\s+to\s+(?:the\s+)?(?:\p{L}+\s+)?partners`;

/**
 * Partners said to get money of the call (folded): "partner municipalities may receive", "partners are funded",
 * "parterna kan få", "up to 50 % of the grant may be transferred to such partners", "partner municipalities receive up
 * to EUR 40 000 each", "foreign partners receive a fixed travel and hosting allowance", money passed on to them,
 * partners reimbursed. Said so, an unpaid role elsewhere in the call ("larger cities may take part as mentors without
 * funding") is another role's.
 */
export const PARTNERS_PAID = new RegExp(
  String.raw`(?:^|[^\p{L}])(?:partners?|partner\s+\p{L}+|parter(?:na)?|partner\p{L}+)\s+(?:may|can|will|kan|far)\s+(?:also\s+|aven\s+|ocksa\s+)?(?:receive|get|be funded|be paid|fa|ta emot|erhalla)(?![\p{L}])|(?:^|[^\p{L}])(?:partners?|parter(?:na)?)\s+(?:are|is|ar)\s+(?:funded|paid|financed|finansierade)(?![\p{L}])|(?:partner\p{L}*|parter|samverkanspart\p{L}*|samarbetspart\p{L}*)[^.;]{0,40}?(?:receives?|gets?|far|erhaller)(?!\s+(?:no|not|nothing|any|inga|inget|inte|ej)(?![\p{L}]))\s+(?:[\p{L}-]+\s+){0,4}?(?:eur|euro|sek|nok|dkk|kr|\d|allowances?|grants?|a\s+share|bidrag|medel|ersattning)(?![\p{L}])|(?:grant|funds?|budget|bidraget|medlen|stodet)\s+(?:(?:may|can|will|kan|far)\s+)?(?:be\s+)?(?:transferred|forwarded|passed\s+on|paid|overforas|foras\s+over|vidareforas)\s+(?:to|till)\s+(?:[\p{L}-]+\s+){0,2}?(?:partners?|parter|samverkanspart\p{L}*|samarbetspart\p{L}*)|${MONEY_PASSED_TO_PARTNERS}|(?:grant|budget|funding)\s+(?:may|can|will)\s+(?:also\s+)?cover\s+(?:the\s+)?partners['’]?\s+(?:own\s+)?(?:travel|costs|expenses|staff)|costs\s+of\s+(?:these|the|such|foreign|all|nordic)\s+(?:foreign\s+|nordic\s+)?partners[^.;]{0,100}?(?:(?:are|is)\s+eligible|(?:may|can|will)\s+be\s+(?:funded|covered|reimbursed))|(?:partners|partner\s+organi[sz]ations)[^.]{0,120}?;\s*their\s+costs\s+(?:may|can|will)\s+be\s+(?:covered|funded|reimbursed)|(?:partner\p{L}*|parter)[^.]{0,160}?;\s*(?:each|every)\s+(?:one\s+)?(?:may|can|will)\s+receive(?![\p{L}])|(?:partner\p{L}*|parter|samverkanspart\p{L}*|samarbetspart\p{L}*)[^.]{0,80}?${PARTNERS_REIMBURSED_WORDS}`,
  'u',
);

/**
 * Kinds of partner that are not public bodies, said right before the partners paid ("non-profit partner
 * organisations may receive a share") or right after ("…passed on to foreign partners, but only to non-governmental
 * organisations"): paid partners of those kinds only pay no kommun or region (folded).
 */
const PRIVATE_KIND_BEFORE =
  /(?:non-?profit|ngos?|civil society|ideell\p{L}*|private|privata?|foretag|compan(?:y|ies)|universit\p{L}*|research)\s+(?:[\p{L}-]+\s+)?$/u;
/** Partners said to be paid whom the text does not make private kinds only (folded). */
export function publicPartnersPaid(folded: string): boolean {
  const paid = PARTNERS_PAID.exec(folded);
  if (paid === null || PRIVATE_KIND_BEFORE.test(folded.slice(Math.max(0, paid.index - 40), paid.index))) return false;
  return !PRIVATE_ONLY_AFTER.test(folded.slice(paid.index + paid[0].length, paid.index + paid[0].length + 80));
}

/** "…, but only to non-governmental, non-profit organisations": the money passed on reaches private kinds only. */
const PRIVATE_ONLY_AFTER =
  /^[^.;]{0,40}?(?:only|endast|bara|enbart)\s+(?:to\s+|till\s+)?(?:non-?governmental|non-?profit|ngos?|civil society|private|ideella|privata|civilsamhallets)(?![\p{L}])/u;

/**
 * Taking part without the call's money (folded): "at their own cost", "med egen finansiering", "without funding",
 * "utan egna kostnader", "kan inte ta upp egna kostnader", "kan inte få del av bidraget", "icke-finansierade
 * partner", "associated organisations without budget" — not "med egna kostnader i budgeten", costs the budget holds.
 */
export const UNFUNDED =
  /(?:med|pa)\s+(?:egen|sin egen|egna)\s+(?:finansiering|bekostnad|kostnad|medel)(?!\p{L}*\s+(?:i|inom)\s+(?:projektets\s+)?(?:projekt)?budget)|utan\s+(?:egen\s+|egna\s+)?(?:finansiering|budget|ersattning|stod|medel|bidrag|kostnader)|(?:kan|far)\s+(?:inte|ej)\s+ta\s+upp\s+(?:egna\s+|sina\s+)?kostnader|(?:cannot|can not|may not)\s+(?:include|claim|budget)\s+(?:their\s+|its\s+)?(?:own\s+)?costs|(?:at|on)\s+their\s+own\s+(?:cost|expense)|(?:with|using)\s+their\s+own\s+(?:funds|funding|resources)|without\s+(?:funding|a budget|financial support|(?:an?\s+)?(?:eu\s+)?grant)|self-?financed|self-?funded|(?:icke-?|o)finansierade?\s+(?:partner|parter|samverkanspart|samarbetspart)\p{L}*|non-?funded|unfunded|without\s+(?:any\s+|own\s+)?budgets?(?![\p{L}])|(?:get|receive|are given)\s+no\s+(?:co-?financing|funding|grants?|erdf|eu\s+funding)|(?:do|does|will)\s+not\s+receive\s+(?:any\s+)?(?:erdf|eu\s+funding|programme\s+funding)|(?:kan|far)\s+(?:inte|ej)\s+vara\s+stodmottagare|(?:cannot|can not|may not)\s+be\s+(?:an?\s+)?beneficiar(?:y|ies)|only\s+as\s+(?:an?\s+)?associated\s+(?:organisations?|organizations?|partners?)|endast\s+som\s+associerade?\s+(?:partners?|parter|organisationer)|(?:covering|cover|bearing|bear|paying|pay)\s+(?:for\s+)?their\s+own\s+costs|(?:cannot|can not|may not|do not|will not)\s+receive\s+(?:\p{L}+\s+)?(?:co-?financing|funding|grants?|support)|(?:kan|far)\s+(?:inte|ej)\s+(?:ta emot|fa|erhalla|beviljas)\s+(?:nagra\s+|del\s+av\s+)?(?:medel|medlen|stod|stodet|bidrag|bidraget)|(?:kostnader|costs)\s+(?:ar|is|are)\s+(?:inte|ej|not)\s+(?:stodberattigande|eligible)|(?:cannot|can not|will not|does not|do not)\s+(?:pay|cover|fund|reimburse)\s+(?:the\s+)?(?:costs|expenses)|(?:must|shall|have to)\s+cover\s+their\s+own|(?:kan|far)\s+(?:inte|ej)\s+(?:betala|tacka|ersatta)\s+(?:deras\s+)?(?:kostnader|utgifter)|(?:medel|medlen|stod|stodet|bidrag|bidraget)\s+(?:betalas|utbetalas|ges|lamnas)\s+(?:endast|bara|enbart)\s+(?:ut\s+)?till\s+(?:den\s+)?(?:sokande|huvudsokande)|(?:far|kan)\s+(?:inte|ej)\s+vidareformedlas|utan\s+att\s+(?:ta\s+del\s+av|fa|erhalla|ta\s+emot)\s+(?:nagra\s+)?(?:medel|medlen|stod|stodet|bidrag|bidraget|ersattning)|(?:men|but)\s+(?:(?:kan|far)\s+)?(?:inte|ej|not|cannot|can not)\s+(?:ta\s+del\s+av|fa|ta\s+emot|erhalla|beviljas|receive|get|be\s+granted)\s+(?:nagra\s+|any\s+)?(?:\p{L}*medel|\p{L}*medlen|stod|stodet|bidrag|bidraget|ersattning|funding|funds|grants?|support|money)(?![\p{L}])|without\s+(?:erdf|eu|interreg|programme)\s+(?:co-?)?(?:funding|financing|money)|as\s+associated\s+(?:organisations?|organizations?|partners?)\s+only|without\s+receiving\s+(?:any\s+)?(?:funding|support|grants?|money)|(?:funds?|funding|grants?)\s+(?:are|is|will\s+be)\s+paid\s+(?:only|solely|exclusively)\s+to\s+the\s+(?:applicant|lead)|(?:kostnader|costs)\s+(?:finansieras|ersatts|betalas|tacks)\s+(?:inte|ej)(?![\p{L}])|costs\s+(?:are|will\s+be)\s+not\s+(?:funded|covered|reimbursed|financed)|(?:may\s+not|cannot|can\s+not|must\s+not)\s+be\s+(?:passed\s+on|transferred|forwarded)\s+to\s+(?:the\s+)?(?:partners|partner\s+organi[sz]ations)|(?:funds?|funding|grants?|medel|medlen|stodet|bidraget)\s+(?:can|may|will|kan|far)\s+(?:only|bara|endast|enbart)\s+(?:cover|be\s+paid\s+to|go\s+to|tacka|ga\s+till|betalas\s+ut\s+till)\s+(?:the\s+)?(?:costs\s+(?:incurred\s+)?(?:by|of)\s+)?(?:kostnader\s+(?:for|hos)\s+)?(?:partners|parter)\s+(?:in|i|within|inom)(?![\p{L}])/u;

/**
 * Bodies in Sweden refused outright: "organisationer i Sverige kan inte vara sökande eller medsökande", "Swedish
 * organisations cannot apply", "applicants based in Sweden are not eligible". Every Swedish body is outside, whatever
 * the text says of cooperation with Swedish parties. The words as written, or undefined (folded offsets kept).
 */
const SWEDEN_REFUSED = new RegExp(
  String.raw`(?:^|[^\p{L}])((?:(?:organisationer|aktorer|sokande|parter|organisations|organizations|applicants|bodies|entities|partners)\s+(?:i|fran|in|from|based in|located in|registered in|established in)\s+(?:sverige|sweden)|svenska\s+(?:organisationer|aktorer|sokande|kommuner|parter)|swedish\s+(?:organisations|organizations|applicants|bodies|entities|municipalities|partners))\s+(?:${REFUSAL_WORDS}|hanvisas\s+(?:till|i stallet|istallet)|are referred to|are directed to))(?![\p{L}])`,
  'u',
);

export function swedenRefusedIn(summary: string): string | undefined {
  // Most summaries name neither Sweden nor Swedish bodies: the pattern is not run on them.
  if (!/sverige|sweden|svensk|swedish/i.test(summary)) return undefined;
  const m = SWEDEN_REFUSED.exec(foldSame(summary));
  if (!m) return undefined;
  const start = (m.index ?? 0) + m[0].indexOf(m[1]);
  // "… hänvisas till andra finansiärer": quoted to the clause's end, where the call says where they go instead.
  const end = /(?:till|to)$/u.test(m[1])
    ? start + m[1].length + (/^[^.;,]*/u.exec(summary.slice(start + m[1].length))?.[0].length ?? 0)
    : start + m[1].length;
  return summary.slice(start, end);
}

/** Swedish bodies named as partners, up to the clause's end (folded): "Swedish and Norwegian partners may join…". */
const SWEDISH_PARTNERS =
  /(?:^|[^\p{L}])(?:swedish|svenska)\s+(?:(?:and|or|och|eller)\s+\p{L}+\s+)?(?:partners?|parter|organisations|organizations|organisationer|aktorer|bodies|entities|participants|deltagare)(?![\p{L}])[^.;:]*/gu;
/**
 * Swedish bodies that may take part only without the call's money ("Swedish and Norwegian partners may join at their
 * own cost only", "svenska parter deltar med egen finansiering"): they take part, but none applies or is funded. As
 * written.
 */
export function swedenUnfundedIn(summary: string): string | undefined {
  if (!/svensk|swedish/i.test(summary)) return undefined;
  const folded = foldSame(summary);
  SWEDISH_PARTNERS.lastIndex = 0;
  for (let m = SWEDISH_PARTNERS.exec(folded); m; m = SWEDISH_PARTNERS.exec(folded)) {
    if (UNFUNDED.test(m[0])) {
      const start = m.index + (m[0].length - m[0].trimStart().length);
      return summary.slice(start, m.index + m[0].length).trim();
    }
  }
  return undefined;
}
