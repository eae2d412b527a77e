import { PROGRAMME_BY_ID } from '../data/index.ts';
import type { ApplicantClass } from '../data/kinds.ts';
import type { FundingCall } from '../model/call.ts';
import type { Evidence } from '../model/match.ts';
import { acronymAt } from '../text/acronym.ts';
import { inAttachmentTitleAt, mayListAttachments } from '../text/attachment-title.ts';
import { inCriteriaList, mayHoldCriteria } from '../text/criteria-list.ts';
import { foldedSlice } from '../text/fold.ts';
import { inBodyNameAt, inNameAt } from '../text/in-name.ts';
import { HitBuffer, keyTokens } from '../text/phrases.ts';
import { quoteAround } from '../text/quote.ts';
import { clauseEndsIn, clauseStart, sentenceAround } from '../text/sentences.ts';
import { bodyNameHeadAt, suspendedCompoundAt } from '../text/suspended-compound.ts';
import { ALL_HINTS, hintOf, textHints } from '../text/word-hints.ts';
import { scanText, TokenBuffer, type WordInfo } from '../text/words.ts';
import { ordinaryUse } from './activity-names.ts';
import { alignedStrategyAt } from './aligned-strategy.ts';
import { channelRanges } from './application-channel.ts';
import { codeRanges } from './call-codes.ts';
import { compoundHeadClass, namesBodyKind } from './compound-head.ts';
import { CONCEPT_INDEX, CONCEPTS, EXCLUDED_WORDS, MODIFIER_WORDS } from './concepts.ts';
import { isContest, severalContests } from './contest.ts';
import { namesCountryBodies } from './country-adjectives.ts';
import {
  entryKind,
  oneNamedMunicipality,
  onlyNamedMunicipalities,
  servedOnlyEntries,
  targetGroupEntry,
} from './entry-kinds.ts';
import {
  exceptedFromRefusalAt,
  levelsRefusedAfter,
  ownClauseAdmitsAt,
  partyAdmittedAt,
  shutOutAt,
} from './exclusion-subject.ts';
import { horizontalOf } from './horizontal-principles.ts';
import { cityOfNameAt } from './named-municipalities.ts';
import { ELSEWHERE, markNegated, NEGATED, SUBJECT } from './negation.ts';
import { otherCallRanges } from './other-calls.ts';
import {
  funderAfter,
  funderNames,
  funderSelfWord,
  funderShortName,
  markOwnNames,
  programmeNames,
  SOCIETY_WORD,
} from './own-names.ts';
import { attackedBefore, besideUnion, WIDE_GROUP } from './partner-countries.ts';
import { callPriorities } from './programme-priorities.ts';
import { reachesAbroad } from './scope.ts';
import { sectorOfWorkAt } from './sector-of-work.ts';
import {
  applicantClasses,
  bareStateEntry,
  type CallSignals,
  callSignals,
  OURS,
  PARTNER_ROLE,
  type TextHit,
  whoRanges,
  withItem,
} from './signals.ts';
import { staffRanges } from './staff-lists.ts';
import { endsInKindAdjective, stemClash } from './stem-clashes.ts';
import { countryWord, VOCABULARY, type VocabRef } from './vocabulary.ts';
import {
  actorWordAt,
  associationOfBodiesAt,
  CHANNEL_PART,
  implementingBodyAfter,
  levelBodiesIn,
  localLevelBefore,
  namesImplementingBodies,
  negatedRightBefore,
  notApplicantReason,
  partyRanges,
  regionAsPlaceAt,
  requiredPartBefore,
  withoutLevelBodies,
} from './who-wording.ts';

/**
 * Where a word stands says how much the call is about it: the title names the call's point,
 * themes are the funder's own tags, the programme name frames it, the summary elaborates.
 */
export const FIELD_WEIGHTS = { title: 3, themes: 2, programme: 1.5, summary: 1, applicantTypes: 0.5 } as const;
export type Field = keyof typeof FIELD_WEIGHTS;
/** A cross or a "no" mark right after a kind, as a table of who may apply shows it ("Kommuner ✗"). */
const CROSSED_AFTER = /^\s*(?:[✗✘❌✖]|\(\s*(?:nej|no)\s*\))/u;
/** The fields read, in the order of the evidence's field codes (CallAnalysis.evidence). */
export const FIELDS: readonly Field[] = ['title', 'themes', 'programme', 'summary', 'applicantTypes'];
/** A hyphen (or dash) between a compound's words as the text writes them. */
const HYPHEN_BETWEEN = /[-‐‑–]/u;

/**
 * Length normalisation (BM25's, with b = 1, applied only above a pivot): past this many words a field's
 * mentions count in proportion to pivot / length, so a long text naming many themes in passing (a programme
 * handbook pasted as a summary, a long page on business support with a line on climate) does not outscore a
 * paragraph squarely on the subject, while a long text that keeps returning to one subject still counts it. The
 * summary's pivot is about a call's usual paragraph (the labelled calls' summaries mostly run 70–150 words, median
 * about 100); tag lists are below theirs.
 */
const PIVOT_WORDS: Partial<Record<Field, number>> = { summary: 120, themes: 24 };

/**
 * …and below this many words a summary is a listing's line or two, where each word carries more of the call's
 * point than one word of a paragraph: its mentions count up to SHORT_MAX times, by the square root of the ratio.
 */
const SHORT_WORDS = 60;
const SHORT_MAX = 1.6;

function lengthFactor(field: Field, words: number): number {
  if (field === 'summary' && words > 0 && words < SHORT_WORDS)
    return Math.min(SHORT_MAX, Math.sqrt(SHORT_WORDS / words));
  const pivot = PIVOT_WORDS[field];
  return pivot === undefined || words <= pivot ? 1 : pivot / words;
}

/** Evidence kept per concept: enough to explain, little enough to keep 10,000 calls in memory. */
const MAX_EVIDENCE = 3;
/** A singular English company word, which before a noun qualifies it ("business models") rather than naming bodies. */
const MODIFIER_WORD = /^(?:business|company|enterprise|sme|industry)$/;
const MODIFIED_NOUN_AFTER =
  /^\s+(?:(?:or|and|,)\s+[\p{L}-]+\s+)?(?:models?|plans?|cases?|development|support|environments?|climate|ecosystems?|networks?|clusters?|skills|innovation|growth|services?|culture|process(?:es)?|strateg(?:y|ies)|practices?|opportunit(?:y|ies)|intelligence|administration|law|studies|education|travel|events?|tourism|relations|sectors?|communit(?:y|ies)|needs|advice|advisory|creation|transfer|performance|competitiveness|digitali[sz]ation)(?![\p{L}])/iu;

/** "Privata", "private", "enskilda" right before a word (a private care provider is no public body). */
const PRIVATE_BEFORE = /(?:^|[^\p{L}])(?:privata|privat|private|enskilda)\s+$/iu;
/** A company right after a kind adjective: "(kommunala) energibolag", "(regionala) bostadsföretag". */
const COMPANY_AFTER = /^\s+\p{L}*(?:bolag|företag|foretag)(?:et|en|s)?(?![\p{L}])/iu;
/** An activity right after a kind adjective: "(kommunal) kärnverksamhet", "(kommunala) uppgifter", "(regional) drift". */
const ACTIVITY_AFTER =
  /^\s+(?:(?:ordinarie|löpande|lagstadgad\p{L}*|befintlig\p{L}*|normal\p{L}*|egen|egna|ordinary|regular|statutory|core|day-to-day)\s+)?(?:hälso-\s+och\s+sjukvård\p{L}*|\p{L}*vård(?:en)?|\p{L}*omsorg(?:en)?|\p{L}*verksamhet\p{L}*|\p{L}*uppgift\p{L}*|drift\p{L}*|\p{L}*åtagande\p{L}*|angelägenhet\p{L}*|ansvarsområde\p{L}*|\p{L}*utbildning(?:en)?|\p{L}*skola(?:n)?|\p{L}*skolor(?:na)?)(?![\p{L}])/iu;

/**
 * Whether the one word [from, to) is a kind adjective ("kommunala", "regional") qualifying the noun after it that
 * `after` names: "kommunala energibolag" names companies, "kommunal kärnverksamhet" an activity, not the kind.
 */
function kindAdjectiveOf(text: string, from: number, to: number, after: RegExp): boolean {
  return (
    to - from === 1 &&
    endsInKindAdjective(tokens.info[from].word) &&
    after.test(text.slice(tokens.end[from], tokens.end[from] + 40))
  );
}

/**
 * An owner's adjective or adverb in English before its companies; the Swedish ones are endsInKindAdjective's. Another
 * owner's may stand between ("kommunala och regionala bolag").
 */
const OWNER_WORD = /^(?:municipal|municipally|regional|regionally)$/u;
const COMPANIES_AFTER =
  /^\s+(?:(?:or|and|eller|och)\s+[\p{L}-]+\s+)?(?:owned\s+|ägda\s+)?(?:[\p{L}-]+\s+(?:or|and|eller|och)\s+)?(?:[\p{L}-]+\s+)?(?:enterprises?|compan(?:y|ies)|undertakings?|\p{L}*bolag(?:en)?)(?![\p{L}])/iu;
function ownedCompanyAt(text: string, from: number, to: number): boolean {
  return (
    to - from === 1 &&
    (OWNER_WORD.test(tokens.info[from].word) || endsInKindAdjective(tokens.info[from].word)) &&
    COMPANIES_AFTER.test(text.slice(tokens.end[from], tokens.end[from] + 60))
  );
}

/** Where the entry (of a list joined by "; ") holding offset `at` starts. */
function entryStart(text: string, at: number): number {
  const from = text.lastIndexOf('; ', at);
  return from === -1 ? 0 : from + 2;
}

/** The list entry (entries joined by "; ") holding the offset `at`. */
function entryAround(text: string, at: number): string {
  const to = text.indexOf('; ', at);
  return text.slice(entryStart(text, at), to === -1 ? text.length : to);
}

/** The lexicon's one-word terms, lower case, with a plural's "s" off ("ngos", "ngo"): what an acronym may be. */
const SHORT_TERMS: ReadonlySet<string> = new Set(
  CONCEPTS.flatMap((c) => [...c.terms.sv, ...c.terms.en])
    .filter((t) => !/\s/.test(t))
    .flatMap((t) => [t.toLowerCase(), t.toLowerCase().replace(/s$/, '')]),
);

/** A word found inside a compound counts a little less than the word itself. */
const COMPOUND_WEIGHT = 0.8;

/** The adjective "regional" (and its Swedish forms), which the stemmer reads as the noun "region". */
const REGIONAL_ADJECTIVE = /^regional(?:a|t|e|ly)?$/;
/** Nouns of a body that the adjective may qualify across a list: "national, regional and local authorities". */
const BODY_NOUN = /^(?:authorit|government|bod(?:y|ies)$|council|administration|myndighet|organ$|aktör|actor)/;

/** Whether token i is the adjective "regional" qualifying no body within the next few words. */
function regionalAdjectiveAt(i: number): boolean {
  if (!REGIONAL_ADJECTIVE.test(tokens.info[i].word)) return false;
  for (let k = i + 1; k < Math.min(tokens.n, i + 5); k++) if (BODY_NOUN.test(tokens.info[k].word)) return false;
  return true;
}
const PUBLIC_WORD = /(^|[^\p{L}])(public|offentlig\p{L}*)([^\p{L}]|$)/iu;
/** The class a public-body word takes where it names the bodies implementing a programme (implementingBodyAfter). */
const STATE_REF: VocabRef = { kind: 'applicant', cls: 'state' };
/** "Public or private enterprises", "offentliga och privata företag": companies, public ones among them. */
const PUBLIC_COMPANIES =
  /(?:public|offentlig\p{L}*|private|privat\p{L}*)(?:\s+(?:or|and|och|eller)\s+(?:public|offentlig\p{L}*|private|privat\p{L}*))?\s+(?:enterprises?|compan(?:y|ies)|undertakings?|firms?|businesses|företag\p{L}*|bolag\p{L}*)(?![\p{L}])/giu;
/**
 * "Public" naming a field, not a kind of body: "active in the public health area", "public transport", "offentlig
 * upphandling". An entry with the field alone admits no public body.
 */
const PUBLIC_FIELDS =
  /(?:public|offentlig\p{L}*)\s+(?:health|transport|transportation|procurement|spaces?|art|interest|opinion|awareness|debate|domain|goods|upphandling\p{L}*|miljö\p{L}*|rum(?:met)?|konst\p{L}*)(?![\p{L}])/giu;
/** "National(-level) public bodies", "nationella offentliga organ": the state's, not the public sector at large. */
const NATIONAL_PUBLIC =
  /(?:national(?:[\s-]+level)?|nationell\p{L}*|statlig\p{L}*)\s+(?:public|offentlig\p{L}*)(?![\p{L}])/giu;
/** An entry that says who may not apply ("ej myndigheter", "not public authorities"). */
const NEGATING_WORD = /(^|[^\p{L}])(ej|inte|icke|not|except|excluding|utom)([^\p{L}]|$)/iu;
/** "icke-", "non-" joined to the class word: a compound naming another kind ("icke-offentliga aktörer"). */
const HYPHEN_NEGATED_BEFORE = /(?:^|[^\p{L}])(?:icke|non)-$/iu;
/** "statliga eller", "statliga och" right before a negated local word. */
const STATE_OR_BEFORE = /statlig\p{L}*\s+(?:eller|och)\s+(?:inte\s+|icke\s+|ej\s+)?$/iu;
/**
 * An entry naming public bodies as members, owners or recipients, not as applicants ("whose members include…",
 * "organisationer som består av kommuner", "bolag som ägs av kommuner").
 */
const MEMBER_OR_RECIPIENT =
  /(^|[^\p{L}])(members?|medlemm\p{L}*|medlems\p{L}+|bestående av|består av|utgörs av|ägs av|ägda av|consist(s|ing)? of|composed of|made up of|owned by|services? (to|for)|support (to|for)|tjänster (till|för)|rådgivning till)([^\p{L}]|$)/iu;
const MUNICIPAL_WORD = /(^|[^\p{L}])(municipal\p{L}*|kommun\p{L}*)([^\p{L}]|$)/iu;
const INTERNATIONAL_COOPERATION = CONCEPT_INDEX.get('international-cooperation') ?? -1;
const DIGITALISATION = CONCEPT_INDEX.get('digitalisation') ?? -1;
/** Where an entry of the list of applicants turns to who funds them: "… som får bidrag från", "funded by". */
const FUNDED_BY_IN_ENTRY =
  /\s(?:bidrag|stöd|medel|finansiering|anslag)\s+från\s|\s(?:funded|financed|supported)\s+by\s/iu;
/** "Public and private players", "privata aktörer": a list entry naming private bodies. */
const PRIVATE_WORD = /(^|[^\p{L}])(private|privat\p{L}*)([^\p{L}]|$)/iu;
/** Applicant words that name cities, not kommuner at large: "cities", "city administrations", "urban authorities", "städer". */
const CITY_WORD = /(^|[^\p{L}])(cit(y|ies)|urban|städer|stad(en)?)([^\p{L}]|$)/iu;
const CITY_COOPERATION = CONCEPT_INDEX.get('city-cooperation') ?? -1;
const FROM_WORDS: ReadonlySet<string | undefined> = new Set(['från', 'ur', 'from']);
const MONEY_FROM_BEFORE =
  /(?:^|[^\p{L}])(?:bygdemedel|medel|pengar|intäkter|intäkterna|ersättning|avkastning|revenues?|proceeds|income)\s+(?:från|ur|from)\s+(?:the\s+)?(?:lokala\s+|local\s+)?$/iu;
/** A word made of a topic and "fond" ("vindkraftfonden", "kulturfondens"): a fund's name. */
const FUND_COMPOUND = /^\p{L}{3,}fond(?:en|ens|er|erna)?$/u;
const PARTNERSHIP_WORD = /^partnership/;
/**
 * The name a funding partnership goes by before its "Partnership": two capitalised words or more ("Clean Hydrogen",
 * "Driving Urban Transitions") or an acronym ("DUT").
 */
const CAPITALISED_NAME_BEFORE = /(?:(?:^|[\s(])(?:\p{Lu}[\p{L}\d+-]*\s+){2,5}|(?:^|[\s(])\p{Lu}{2,}[\d+]*\s+)$/u;
/** "Partnership for …", "Partnership between …": a form of cooperation named by what it is for, not a name. */
const FORM_AFTER = /^\s+(?:for|in|on|with|between|of|among)\s/i;

/**
 * Whether "Partnership" at token `i` names a funding partnership: "Driving Urban Transitions Partnership", "DUT
 * Partnership" (singular, after its name, not opening a sentence). Erasmus+'s "Strategic Partnerships" are forms of
 * cooperation; the instrument itself ("European Partnership", "det europeiska partnerskapsprogrammet") is the
 * lexicon's `otherSenses`.
 */
function partnershipNameAt(text: string, i: number): boolean {
  const start = tokens.start[i];
  const end = tokens.end[i];
  const word = text.slice(start, end);
  if (word !== 'Partnership' || FORM_AFTER.test(text.slice(end, end + 12))) return false;
  const before = text.slice(Math.max(0, start - 60), start);
  const name = CAPITALISED_NAME_BEFORE.exec(before);
  // The name's first word opens no sentence ("… funding. Clean Hydrogen Partnership": still a name; "Project
  // Partnership" at a sentence's start is a heading's words).
  return name !== null && !/[.!?:]\s*$/.test(before.slice(0, name.index + 1));
}
const CITY_AWARDS = CONCEPT_INDEX.get('city-awards') ?? -1;
/** Classes a list for cities may name beside them: public bodies at large ("cities; public-equivalent bodies"). */
const CITY_LIST_CLASSES: ReadonlySet<ApplicantClass> = new Set(['municipal', 'public']);
/**
 * What a list of applicants naming only cities counts for cities working together: four titles' worth, which the
 * scorer's saturation reads as 0.8 of the concept's full strength. Who a call is for does not grow surer the more
 * often its text says it: at one title's worth (a quarter of full strength before the summary adds) such a call
 * stood below calls whose own text only kept repeating a theme of the same priority; kept short of full, a call
 * whose text is about city networks besides still ranks above one that only lists cities.
 */
const CITIES_LIST_TF = 4 * FIELD_WEIGHTS.title;

/**
 * A call only cities may apply for — each entry of its list of applicants names cities, city administrations or
 * urban authorities, or public bodies at large ("cities; public-equivalent bodies"), and none names kommuner at
 * large ("municipalities", "local authorities") or another kind of body — is one of the programmes made for cities
 * acting as cities (city networks, cities' innovative actions): who it is for is its point, more surely than a
 * title's words are, and it counts for the concept of cities working together (CITIES_LIST_TF). In prose the bare
 * word "cities" needs a word of cooperation beside it, and a list that names others beside cities stays
 * eligibility only. In the labelled sets such calls were graded well above calls open to every kind of body by
 * the body whose strategy speaks of cities' role, and no higher by the others. Returns where the first entry
 * naming cities stands in the applicantTypes field's text (entries joined by "; ", as fieldText gives it).
 */
function citiesEntry(
  entries: readonly string[] | undefined,
  listed: ReadonlySet<ApplicantClass> | undefined,
): { start: number; end: number } | undefined {
  if (!entries || !listed || CITY_COOPERATION < 0) return undefined;
  for (const c of listed) if (!CITY_LIST_CLASSES.has(c)) return undefined;
  let found: { start: number; end: number } | undefined;
  let at = 0;
  for (const t of entries) {
    const start = at;
    at += t.length + 2;
    if (NEGATING_WORD.test(t) || MEMBER_OR_RECIPIENT.test(t)) continue;
    // "Cities and municipalities", "public and private players": kommuner at large, or bodies of another kind.
    if (MUNICIPAL_WORD.test(t) || PRIVATE_WORD.test(t)) return undefined;
    if (CITY_WORD.test(t)) found ??= { start, end: start + t.length };
    else if (!PUBLIC_WORD.test(t)) return undefined;
  }
  return found;
}

/**
 * A call of a programme made for cities working together — programmes.json names municipalities as its only
 * applicants and cities' cooperation among its priorities' concepts (URBACT's networks of cities) — is for cities
 * acting as cities whatever its own list of applicants calls them ("kommuner" in a Swedish contact point's text):
 * it counts as a list naming only cities does. Returns the index of the priority (of the call's period) holding
 * the concept, or -1.
 */
function citiesProgrammePriority(signals: CallSignals, held: ReturnType<typeof callPriorities>): number {
  const programme = signals.programmeId ? PROGRAMME_BY_ID.get(signals.programmeId) : undefined;
  if (!held || programme?.applicants?.length !== 1 || programme.applicants[0] !== 'municipal') return -1;
  return held.priorities.findIndex((p) => p.concepts.includes('city-cooperation'));
}

/** "Public research organisations" and "offentliga forskningsinstitut" are research bodies, not public bodies. */
const PUBLIC_RESEARCH =
  /(^|[^\p{L}])(public|offentlig\p{L}*)\s+(research|forsknings\p{L}*|universit\p{L}*|higher education)/iu;

export interface CallAnalysis {
  /** Field-weighted occurrence count per concept index. */
  tf: Float64Array;
  /**
   * Where concepts were seen, as (concept, field, start, end) quadruples in the order found; the quote is cut
   * only when an explanation is asked for. Flat numbers keep 10,000 analysed calls small.
   */
  evidence: Int32Array;
  signals: CallSignals;
  /**
   * Where each concept was seen, per concept index: bit k % SENTENCE_BITS for the summary's sentence k, TITLE_BIT
   * for the title, the funder's themes or the programme field, DATA_BIT for programme data (a call opening all of
   * its programme's priorities). The scorer reads from it how squarely the call is about a priority.
   */
  seen: Uint16Array;
  /**
   * How many sentences the summary has to spread its evidence over: 0 without one, 1 for a listing (title and
   * summary under LISTING_WORDS words, however it is punctuated).
   */
  sentences: number;
  /** Keys of every word, built on first use by a profile with its own terms. */
  keySet?: Set<string>;
}

/** The text of one field of a call, as analysed. */
export function fieldText(call: FundingCall, field: Field): string | undefined {
  switch (field) {
    case 'title':
      return call.title;
    case 'themes':
      return call.themes?.length ? call.themes.join('; ') : undefined;
    case 'programme':
      return call.programme || undefined;
    case 'summary':
      return call.summary || undefined;
    case 'applicantTypes':
      return call.applicantTypes?.length ? call.applicantTypes.join('; ') : undefined;
  }
}

export function fieldTexts(call: FundingCall): [Field, string][] {
  const out: [Field, string][] = [];
  for (const f of FIELDS) {
    const text = fieldText(call, f);
    if (text !== undefined) out.push([f, text]);
  }
  return out;
}

// Scratch space reused from call to call: analysis is synchronous, so one set serves every call.
const tokens = new TokenBuffer();
const hits = new HitBuffer<VocabRef>();
let covered = new Uint8Array(256);
/** Tokens inside a programme's or funder's name (context, not evidence) and inside a negated stretch. */
let named = new Uint8Array(256);
let negated = new Uint8Array(256);
/** Tokens inside the call's own funder's name or a society's proper name: no topic's evidence (own-names.ts). */
let ownNamed = new Uint8Array(256);

/** Two to twelve in words, English then Swedish (COUNT_OF reads them as numbers). */
const COUNT_WORDS =
  'two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|två|tre|fyra|fem|sex|sju|åtta|nio|tio|elva|tolv';
/** The words for a programme's priorities, "thematic" or not. */
const COUNTED_PRIORITIES = String.raw`(?:thematic\s+|tematiska\s+)?(?:priorities|priority axes|prioriteringar|prioriterade områden|insatsområden|ämnesområden|målområden|specific objectives|särskilda mål|programme objectives)`;

/**
 * "All priorities are open", "alla insatsområden", "alla elva ämnesområden är öppna", "samtliga tematiska prioriteringar
 * öppnas" (with their number, any; "thematic" or not): a
 * generic call opens the whole programme, so it is about each of the programme's priorities (programmes.json), if
 * less squarely than a call naming one.
 */
const ALL_PRIORITIES = new RegExp(
  String.raw`\b(?:all|alla|samtliga)\s+(?:of\s+the\s+|the\s+)?(?:programme'?s?\s+|programmets\s+)?(?:(?:\d{1,2}|${COUNT_WORDS})\s+)?${COUNTED_PRIORITIES}\b`,
  'g',
);
/**
 * …said of this call: the same sentence says it is open ("open", "available", "welcome in", "öppna", "välkomna").
 * Letter classes, not \b: \b does not see a word start before "ö".
 */
const OPEN_WORD =
  /(?<![\p{L}\p{N}])(?:open|opened|available|welcome|welcomed|accepted|eligible|öppen|öppna|öppnas|öppet|välkomna|välkommen|kan sökas)(?![\p{L}\p{N}])/u;

/** Every ending of ALL_PRIORITIES holds one of these: one scan for them all instead of one for each. */
const ALL_PRIORITIES_WORDS = /priorit|objectives|insatsområden|ämnesområden|målområden|särskilda mål/;
/** …whose letters most fields' words lack (core/text/word-hints.ts): those fields are not scanned for them. */
const H_ALL_PRIORITIES = hintOf(ALL_PRIORITIES_WORDS);

const COUNT_OF = new Map(COUNT_WORDS.split('|').map((w, i) => [w, (i % 11) + 2])); // 11 words a language, from 2
/**
 * "Open for six out of seven specific objectives", "sex av programmets sju insatsområden": all but one of the
 * programme's priorities, which the call is as much about as about all of them (the one left out is named after a
 * negation, "stayed closed for…", and so is not read).
 */
const ALL_BUT_ONE_PRIORITY = new RegExp(
  String.raw`(?<![\p{L}])(\d{1,2}|${COUNT_WORDS})\s+(?:out\s+of|of|av)\s+(?:the\s+|programmets\s+|the\s+programme'?s\s+)?(\d{1,2}|${COUNT_WORDS})\s+${COUNTED_PRIORITIES}(?![\p{L}])`,
  'gu',
);
const countOf = (w: string) => (/^\d/.test(w) ? Number(w) : (COUNT_OF.get(w) ?? 0));

/** Where a text says the call opens all of its programme's priorities (or all but one), if it does. */
function allPrioritiesAt(lower: string): { start: number; end: number } | undefined {
  // Most texts are passed over without running the pattern.
  if (!ALL_PRIORITIES_WORDS.test(lower)) return undefined;
  const open = (at: number, length: number) =>
    OPEN_WORD.test(lower.slice(...sentenceAround(lower, at))) ? { start: at, end: at + length } : undefined;
  for (const m of lower.matchAll(ALL_PRIORITIES)) {
    const found = open(m.index ?? 0, m[0].length);
    if (found) return found;
  }
  for (const m of lower.matchAll(ALL_BUT_ONE_PRIORITY)) {
    const [part, whole] = [countOf(m[1]), countOf(m[2])];
    if (whole < 3 || part < whole - 1 || part > whole) continue;
    const found = open(m.index ?? 0, m[0].length);
    if (found) return found;
  }
  return undefined;
}
/**
 * A call that funds the preparation of the programme's own projects — seed money, "såddkapital", or pre-studies
 * named in its title ("stöd för förstudier") — prepares projects under any of its priorities: it is about them as an
 * all-priorities call is. Pre-studies only from the title: in a summary they are often one kind of project of a
 * call on a topic of its own.
 */
const PREPARATION =
  /(?<![\p{L}])(?:seed[\s-]money|seed funding|såddkapital|såddfinansiering|sådd-finansiering|sådd finansiering)(?![\p{L}])/u;
const PRE_STUDIES_TITLE =
  /(?<![\p{L}])(?:förstudier|förstudie|förstudiestöd|pre-studies|preparatory projects)(?![\p{L}])/u;

/** Priorities named by number ("Priority 1", "insatsområde 2", "specific objective 2.1"): the call's own choice. */
const NUMBERED_PRIORITY =
  /(?:priority|priorities|prioritet|prioritering|insatsområde|specific objective|särskilt mål)\s+(?:axis\s+)?\d/iu;
/** A numbered priority and its name in quotes right after it: "Priority 1 'Innovative societies'". */
const NUMBERED_PRIORITY_NAME =
  /(?:priority|prioritet|prioritering|insatsområde|specific objective|särskilt mål)\s+(?:axis\s+)?\d+(?:\.\d+)?\s*[:–-]?\s*['"‘’“”«]([^'"‘’“”»]{3,80})['"‘’“”»]/giu;
/** A strategy of its own the prepared projects are to serve ("in line with the Action Plan of the EUSBSR"). */
const OWN_STRATEGY =
  /eusbsr|eu strategy for the baltic sea|eu:s strategi för östersjöregionen|action plan|handlingsplan|macro-regional|makroregional/iu;

/**
 * Whether a preparation call prepares projects under all the programme's priorities of the data's period: not where
 * it names the priorities it is for, nor where its projects are to serve a strategy's plan (the EUSBSR's seed money
 * follows that strategy's policy areas, not the programme's), nor in a call of another period (seed money of one
 * period prepares the next period's projects, whose priorities the data's period may not hold).
 */
function preparesAllPriorities(call: FundingCall, signals: CallSignals): boolean {
  if (signals.otherPeriod) return false;
  const text = `${call.title} ${call.summary ?? ''}`;
  return !NUMBERED_PRIORITY.test(text) && !OWN_STRATEGY.test(text);
}

/** Words every preparation wording holds, whose letters most fields lack (core/text/word-hints.ts). */
const H_PREPARATION = hintOf(/seed|sådd|förstud|pre-stud|preparatory/);

function preparationAt(lower: string, title: boolean): { start: number; end: number } | undefined {
  const m = PREPARATION.exec(lower) ?? (title ? PRE_STUDIES_TITLE.exec(lower) : null);
  return m ? { start: m.index, end: m.index + m[0].length } : undefined;
}

/** Credit of each programme priority concept for an all-priorities call, as one summary mention. */
export const OPEN_CALL_WEIGHT = 1;

/**
 * Whether a token of [from, to) carries `mark` in `mask`: a name (1), or what markNegated wrote (negation.ts): negated,
 * in a sentence about another call (ELSEWHERE), or bodies a later clause's pronoun shuts out (SUBJECT).
 */
function marked(mask: Uint8Array, from: number, to: number, mark = 1): boolean {
  for (let i = from; i < to; i++) if (mask[i] === mark) return true;
  return false;
}
const lastEnd = new Int32Array(CONCEPTS.length);

/** Sentences mod 14 share a bit of `seen`: a concept in sentences 0 and 14 reads as one sentence, rarely matters. */
export const SENTENCE_BITS = 14;
export const TITLE_BIT = 1 << 14;
export const DATA_BIT = 1 << 15;
let sentenceOf = new Int32Array(256);
/** Title and summary shorter than this are a listing, as the programme fallback reads them (FALLBACK.LONG_WORDS). */
const LISTING_WORDS = 80;

/**
 * Numbers each token of the current field by its sentence (0 for the first); returns how many sentences hold words.
 * A "sentence" here is a clause (core/text/sentences.ts): ";" ends one too, as in a list of tags.
 */
function numberSentences(text: string): number {
  if (sentenceOf.length < tokens.n) sentenceOf = new Int32Array(tokens.n * 2);
  let s = 0;
  for (let i = 0; i < tokens.n; i++) {
    if (i > 0) {
      if (clauseEndsIn(text, tokens.end[i - 1], tokens.start[i], ';')) s++;
    }
    sentenceOf[i] = s;
  }
  return tokens.n > 0 ? s + 1 : 0;
}

/**
 * Countries named one by one in a sentence that says where ("Albania, Bosnia and Herzegovina, Moldova, Montenegro,
 * North Macedonia, Serbia and Ukraine are full members of the programme"): at this many, the list is a programme's
 * membership, read as a group as wide as the EU is.
 */
const LONG_COUNTRY_LIST = 6;
/**
 * The summary's sentences (numbers) that name a group of countries as wide as the EU, Sweden among them, or
 * LONG_COUNTRY_LIST countries one by one, from the current field's first n hits (anyPhrase: whether some hit spans
 * several words); undefined when none does.
 */
function wideGroupSentences(n: number, anyPhrase: boolean): number[] | undefined {
  let out: number[] | undefined;
  /** Countries named one by one, per sentence: a list as long as LONG_COUNTRY_LIST is a programme's membership. */
  let named: Map<number, Set<string>> | undefined;
  for (let h = 0; h < n; h++) {
    const ref = hits.ref[h];
    if (ref.kind !== 'country') continue;
    const sentence = sentenceOf[hits.from[h]];
    if (ref.names.length === 1) {
      named ??= new Map();
      const seen = named.get(sentence) ?? new Set<string>();
      seen.add(ref.names[0]);
      named.set(sentence, seen);
      if (seen.size === LONG_COUNTRY_LIST) {
        out ??= [];
        out.push(sentence);
      }
      continue;
    }
    if (ref.names.length < WIDE_GROUP || !ref.names.includes('Sweden')) continue;
    // "EU countries around the Baltic Sea" is a narrower group, not the EU's.
    if (anyPhrase && insideLonger(hits.from[h], hits.to[h])) continue;
    out ??= [];
    out.push(sentence);
  }
  return out;
}
const evCount = new Uint8Array(CONCEPTS.length);
const evQuads: number[] = [];
const evWords: WordInfo[] = [];

function addEvidence(c: number, field: number, from: number, to: number): void {
  if (evCount[c] >= MAX_EVIDENCE) return;
  const word = tokens.info[from];
  for (let k = 0; k < evWords.length; k++) if (evQuads[4 * k] === c && evWords[k].word === word.word) return;
  evCount[c]++;
  evWords.push(word);
  evQuads.push(c, field, tokens.start[from], tokens.end[to - 1]);
}

/** Drops concept c's evidence from the title, themes and programme field (kept for this call so far). */
function dropHeadingEvidence(c: number): void {
  const summary = FIELDS.indexOf('summary');
  for (let k = evQuads.length - 4; k >= 0; k -= 4) {
    if (evQuads[k] !== c || evQuads[k + 1] >= summary) continue;
    evQuads.splice(k, 4);
    evWords.splice(k / 4, 1);
    evCount[c]--;
  }
}

/**
 * Programme names run on past what the reference data knows: "Interreg Danube", "Nordplus Adult", "Creative
 * Europe Culture", "Horizon Europe Cluster 5". Up to this many capitalised words or numbers right after a known
 * name (one space between, no punctuation) are read as part of it, so they are context too.
 */
const NAME_TAIL = 3;
const CAPITAL_OR_DIGIT = /^[\p{Lu}\d]/u;
/** CAPITAL_OR_DIGIT's answer per character code (0 not yet asked, 1 yes, 2 no): asked of a few words per name. */
const capitalOrDigit = new Uint8Array(0x10000);

const IN_BEFORE = /(?:^|[^\p{L}])(?:in|i)\s+(?:(?:close|closer|direct|tight|nära|närmare|tät|direkt)\s+)?$/u;
const WITH_NAMED_AFTER = /^\s+(?:with|med)\s+(?:the\s+)?\p{Lu}/u;
/**
 * "in cooperation with the Senate Chancellery", "i nära samarbete med Europeiska regionkommittén": a term said of a
 * named partner.
 */
function togetherWithNamedAt(text: string, start: number, end: number): boolean {
  return IN_BEFORE.test(text.slice(Math.max(0, start - 12), start)) && WITH_NAMED_AFTER.test(text.slice(end, end + 16));
}

const NUMBER_AFTER = /^[ \t]+(?:\d{1,2}|[IVX]{1,4})(?![\p{L}\p{N}])/u;
/** A kind adjective and the activity it qualifies ("kommunal drift", "regionala hälso- och sjukvården"). */
const KIND_ACTIVITY = new RegExp(
  `(?<![\\p{L}])(?:kommunal|kommunala|regional|regionala|statlig|statliga)${ACTIVITY_AFTER.source.slice(1)}`,
  'giu',
);
/** Whether the clause or list item holding `at` names class `cls` before it. */
function classBeforeInItem(text: string, at: number, cls: ApplicantClass): boolean {
  // "Kommunal hälso- och sjukvård omfattas inte, och kommuner kan därför inte rekvirera": an activity named by its
  // kind adjective names no body before.
  const before = text.slice(clauseStart(text, at, ';:'), at).replace(KIND_ACTIVITY, ' ');
  return /\p{L}/u.test(before) && applicantClasses(keyTokens(before)).has(cls);
}

/** A capitalised term right before a number or a Roman numeral ("Cluster 6", "Pillar II"). */
function numberedLabelAt(text: string, start: number, end: number): boolean {
  const c = text.charCodeAt(start);
  return c >= 65 && c <= 90 && NUMBER_AFTER.test(text.slice(end, end + 8));
}

function capitalOrDigitAt(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  let v = capitalOrDigit[code];
  if (v === 0) {
    v = CAPITAL_OR_DIGIT.test(text[at]) ? 1 : 2;
    capitalOrDigit[code] = v;
  }
  return v === 1;
}

function nameEnd(text: string, to: number): number {
  let j = to;
  while (
    j < tokens.n &&
    j - to < NAME_TAIL &&
    tokens.start[j] === tokens.end[j - 1] + 1 &&
    text.charCodeAt(tokens.end[j - 1]) === 32 &&
    capitalOrDigitAt(text, tokens.start[j])
  )
    j++;
  return j;
}

/**
 * The current field's hits by token, so a question about one token looks at a few hits, not all of them (a long
 * summary has a hundred, and the questions are asked per hit). Hits come in token order (`from` never falls).
 * firstHit[i]: the first hit from token i on; endAt[i] / endBefore[i]: the furthest end of a hit starting at /
 * before token i, words fixing a sense left out (0: none).
 */
let firstHit = new Int32Array(257);
let endAt = new Int32Array(257);
let endBefore = new Int32Array(257);
/** otherEnd[i]: the furthest end of a phrase of another sense starting at or before token i (0: none). */
let otherEnd = new Int32Array(257);
let anyOtherSense = false;

function indexHits(): void {
  const n = tokens.n;
  if (firstHit.length < n + 1) {
    firstHit = new Int32Array(2 * n + 2);
    endAt = new Int32Array(2 * n + 2);
    endBefore = new Int32Array(2 * n + 2);
    otherEnd = new Int32Array(2 * n + 2);
  }
  let h = 0;
  anyOtherSense = false;
  for (let i = 0; i <= n; i++) {
    firstHit[i] = h;
    let end = 0;
    let other = i === 0 ? 0 : otherEnd[i - 1];
    for (; h < hits.n && hits.from[h] === i; h++) {
      const kind = hits.ref[h].kind;
      if (kind !== 'context' && hits.to[h] > end) end = hits.to[h];
      if (kind === 'other-sense' && hits.to[h] > other) {
        other = hits.to[h];
        anyOtherSense = true;
      }
    }
    endAt[i] = end;
    endBefore[i] = i === 0 ? 0 : Math.max(endBefore[i - 1], endAt[i - 1]);
    otherEnd[i] = other;
  }
}

/**
 * A phrase of another sense holds [from, to), as long as it or longer ("regionalt tillväxtansvarig", the body
 * answering for regional growth, is no growth the call funds, though "regional tillväxt" spans the same words).
 */
function inOtherSense(from: number, to: number): boolean {
  return anyOtherSense && otherEnd[from] >= to;
}

/**
 * Where a place (a country, a programme area or funder name, a geographic concept) ending right before token i
 * starts (its first token), or -1 when none does. Not across a sentence's end: "… an EU Member State. Regional
 * authorities are not eligible".
 */
function placeBefore(i: number, text: string): number {
  if (i > 0 && !sameSentence(text, i - 1, i)) return -1;
  // A hit ending at i starts before it.
  for (let h = 0; h < firstHit[i]; h++) {
    if (hits.to[h] !== i) continue;
    const ref = hits.ref[h];
    if (ref.kind === 'name' || ref.kind === 'country') return hits.from[h];
    if (ref.kind === 'concept' && CONCEPTS[ref.index].geographic) return hits.from[h];
  }
  return -1;
}

const NUTS_BEFORE = /(?:^|[^\p{L}])nuts[\s-]*[0-3]?[\s-]*$/iu;
/** Whether "NUTS", "NUTS 3" stands right before token `i`. */
function nutsBefore(text: string, i: number): boolean {
  return NUTS_BEFORE.test(text.slice(Math.max(0, tokens.start[i] - 10), tokens.start[i]));
}

const AREA_WORDS_BEFORE =
  /(?:^|[^\p{L}])(?:outside|within|inside|utanför|inom)\s+(?:the\s+|de\s+)?(?:listed|named|target|eligible|participating|partner|member|programme|these|those|above|uppräknade|angivna|nämnda|deltagande|dessa)\s+$/iu;
/** Whether "outside the listed", "inom de angivna" stands right before token `i`: a place, not a body. */
function areaWordsBefore(text: string, i: number): boolean {
  return AREA_WORDS_BEFORE.test(text.slice(Math.max(0, tokens.start[i] - 40), tokens.start[i]));
}

/** A word naming a document right after a term: the term names the document. */
const DOCUMENT_AFTER =
  /^\s+(?:declarations?|statements?|templates?|forms?|letters?|annex(?:es)?|checklists?|guidelines?)(?![\p{L}])/iu;

/** …or before it, with "on", "of" or "for": "Statements on non-discrimination", "Letter of support". */
const DOCUMENT_BEFORE =
  /(?:^|[^\p{L}])(?:declarations?|statements?|templates?|forms?|letters?|checklists?)\s+(?:on|of|for|about)\s+(?:the\s+)?$/iu;

/** Whether tokens [place, i) are a country's name in the genitive ("Sveriges", "Sweden's", "Norges"). */
function countryGenitiveAt(text: string, place: number, i: number): boolean {
  for (let h = 0; h < firstHit[i]; h++) {
    if (hits.to[h] !== i || hits.from[h] !== place || hits.ref[h].kind !== 'country') continue;
    return /(?:s|['’]s?)$/u.test(text.slice(tokens.start[place], tokens.start[i]).trimEnd());
  }
  return false;
}

/** Whether a hit of a concept other than `c` starts at token `t` ("tourism" after "innovative"). */
function otherConceptAt(t: number, c: number): boolean {
  if (t >= tokens.n) return false;
  for (let h = firstHit[t]; h < firstHit[t + 1]; h++) {
    const r = hits.ref[h];
    if (r.kind === 'concept' && r.index !== c) return true;
  }
  return false;
}

/** Whether an applicant-class hit overlaps tokens [from, to). */
function applicantAt(from: number, to: number): boolean {
  for (let h = 0; h < firstHit[to]; h++) {
    if (hits.ref[h].kind === 'applicant' && hits.from[h] < to && hits.to[h] > from) return true;
  }
  return false;
}

/**
 * A phrase is read within one sentence or list item: "adult learning; mobility" (a list of tags) is no "learning
 * mobility", nor is "…in learning. Mobility…". Its words still count on their own. Nor is a phrase of applicants
 * read where its last word is an adjective the stemmer folds onto its noun (stem-clashes.ts).
 */
function dropPhrasesAcrossEnds(text: string): void {
  let kept = 0;
  for (let h = 0; h < hits.n; h++) {
    const from = hits.from[h];
    const to = hits.to[h];
    if (to - from > 1 && !sameSentence(text, from, to - 1)) continue;
    // "Regioner och kommunala bolag" is no "regioner och kommuner": its last word qualifies the noun after it.
    if (to - from > 1 && hits.ref[h].kind === 'applicant' && endsInKindAdjective(tokens.info[to - 1].word)) continue;
    // Nor is "regioner och kommunalförbund": its last word, run on, is a body kommuner form, not kommuner.
    if (to - from > 1 && hits.ref[h].kind === 'applicant' && ownBodyAt(to - 1)) continue;
    if (kept !== h) {
      hits.ref[kept] = hits.ref[h];
      hits.from[kept] = from;
      hits.to[kept] = to;
      hits.compound[kept] = hits.compound[h];
    }
    kept++;
  }
  hits.n = kept;
}

/** Whether token i lies in the same sentence as token j (no clause end, ";" included, between them). */
function sameSentence(text: string, i: number, j: number): boolean {
  const a = Math.min(tokens.end[i], tokens.end[j]);
  const b = Math.max(tokens.start[i], tokens.start[j]);
  return !clauseEndsIn(text, a, b, ';');
}

/** Whether a hit fixes the sense of concept c's `inContext` terms: a context word or another of its terms. */
function fixesSense(h: number, c: number): boolean {
  const ref = hits.ref[h];
  return (ref.kind === 'context' || (ref.kind === 'concept' && ref.needsContext !== true)) && ref.index === c;
}

/**
 * Whether the `inContext` term of concept c at tokens [from, to) has a word fixing its sense in its sentence
 * ("nya arbetssätt i kommunens verksamhet", not "företag behöver nya arbetssätt").
 */
function inContext(text: string, c: number, from: number): boolean {
  for (let h = 0; h < hits.n; h++) {
    if (fixesSense(h, c) && sameSentence(text, from, hits.from[h])) return true;
  }
  return false;
}

function inRanges(ranges: readonly [number, number][], at: number): boolean {
  for (const [a, b] of ranges) if (at >= a && at < b) return true;
  return false;
}

/** Whether a hit starting at token i passes `test` (the hits of a token lie together, from firstHit[i]). */
function hitAt(i: number, test: (ref: VocabRef) => boolean): boolean {
  for (let h = firstHit[i]; h < hits.n && hits.from[h] === i; h++) if (test(hits.ref[h])) return true;
  return false;
}

/** Whether token i is (the start of) a country's name. */
const countryNameAt = (i: number) => hitAt(i, (ref) => ref.kind === 'country' && countryWord(ref, tokens.info[i].word));

/** A country's adjective or the word for its people at token i ("polska", "Ukrainian", "ukrainare"). */
const adjectiveAt = (i: number) => hitAt(i, (ref) => ref.kind === 'adjective' && countryWord(ref, tokens.info[i].word));

/** An applicant class other than persons starting at token i: a body a country's adjective may name. */
const bodyAt = (i: number) => hitAt(i, (ref) => ref.kind === 'applicant' && ref.cls !== 'individual');

/** A foreign country's name (Sweden's is home) starting at token i. */
const foreignCountryAt = (i: number) =>
  hitAt(i, (ref) => ref.kind === 'country' && !ref.names.includes('Sweden') && countryWord(ref, tokens.info[i].word));

const PLACE_WORD = new Set(['in', 'i', 'within', 'inom', 'of']);
const PARTNER_COUNTRY = /^partnerl(?:and|änd)/;
const COUNTRY_NOUN = /^(?:country|countries|country's|countries')$/;
/**
 * Countries by what they are, not by name: "utvecklingsländer", "låg- och medelinkomstländer", "other countries",
 * "developing countries", "andra länder" — abroad, unless the word before makes them ours ("EU countries", "de
 * nordiska länderna", "participating countries", "programme countries").
 */
const COUNTRIES_WORD = /(?:länder|länderna|ländernas|countries|countries')$/;
const OURS_BEFORE_COUNTRIES = new Set([
  'eu',
  'eu:s',
  'nordic',
  'nordiska',
  'member',
  'medlems',
  'participating',
  'deltagande',
  'programme',
  'program',
  'programmets',
  'european',
  'europeiska',
  'all',
  'alla',
  'these',
  'dessa',
  'both',
  'båda',
  'three',
  'tre',
  'two',
  'två',
  'eligible',
]);
/** Parts of the world abroad named as such: "the public sector in Africa", "offentlig förvaltning i Asien". */
const ABROAD_AREA = new Set([
  'africa',
  'afrika',
  'asia',
  'asien',
  'latinamerika',
  'latin',
  'balkans',
  'balkan',
  'balkanländerna',
  'neighbourhood',
  'neighborhood',
  'grannskapet',
  'grannskapsområdet',
  'mellanöstern',
  'middle',
  'abroad',
  'utomlands',
]);
/**
 * Words after which the rest of a clause is said of something else than the words before them: "the public sector
 * together with partners in Ukraine" is still the body's own.
 */
const ABROAD_STOP = new Set([
  'with',
  'med',
  'together',
  'tillsammans',
  'through',
  'genom',
  'via',
  'by',
  'between',
  'mellan',
  'among',
  'bland',
  'from',
  'från',
]);
/** How many words after the terms a place word may stand ("offentliga sektorn på lokal och regional nivå i Ukraina"). */
const ABROAD_REACH = 7;

/** Whether token k names somewhere abroad. */
function abroadAt(k: number): boolean {
  const w = tokens.info[k].word;
  if (foreignCountryAt(k) || PARTNER_COUNTRY.test(w) || ABROAD_AREA.has(w)) return true;
  if (w === 'partner' && k + 1 < tokens.n && COUNTRY_NOUN.test(tokens.info[k + 1].word)) return true;
  return COUNTRIES_WORD.test(w) && !(k > 0 && OURS_BEFORE_COUNTRIES.has(tokens.info[k - 1].word));
}

/**
 * Whether tokens [from, to) are said of a country abroad: "the local public sector in Ukraine", "offentlig sektor i
 * partnerländerna", "Ukrainas offentliga förvaltning", "the partner countries' public administrations", "the public
 * sector and civil society in Ukraine", "offentliga sektorn på lokal nivå i Ukraina", "public administration reform
 * in Moldova", "offentlig sektor i låg- och medelinkomstländer", "the public sector in Africa".
 */
function saidOfAbroad(text: string, from: number, to: number): boolean {
  for (let j = to; j < Math.min(tokens.n, to + ABROAD_REACH); j++) {
    if (j > to && CLAUSE_GAP.test(text.slice(tokens.end[j - 1], tokens.start[j]))) break;
    const w = tokens.info[j].word;
    if (ABROAD_STOP.has(w)) break;
    if (!PLACE_WORD.has(w)) continue;
    for (let k = j + 1; k < Math.min(tokens.n, j + 5); k++) {
      if (CLAUSE_GAP.test(text.slice(tokens.end[k - 1], tokens.start[k]))) break;
      if (abroadAt(k)) return true;
    }
  }
  for (let k = Math.max(0, from - 3); k < from; k++) {
    const w = tokens.info[k].word;
    if (PARTNER_COUNTRY.test(w) || (w === 'partner' && COUNTRY_NOUN.test(tokens.info[k + 1]?.word ?? ''))) return true;
    // A genitive ("Ukrainas", "Ukraine's") right before the words, or one word before.
    if (k >= from - 2 && foreignCountryAt(k) && genitiveAt(text, k)) return true;
  }
  return areasOfAbroad(text, from);
}
const GENITIVE = /(?:s|'s|’s)$/;
/** A genitive at token k: "Ukrainas", or "Ukraine's" (read as "ukraine", an apostrophe and "s"). */
function genitiveAt(text: string, k: number): boolean {
  if (GENITIVE.test(tokens.info[k].word)) return true;
  return (
    k + 1 < tokens.n && tokens.info[k + 1].word === 's' && /^['’]$/.test(text.slice(tokens.end[k], tokens.start[k + 1]))
  );
}
/** Words that open the fields of what comes before them: "Ukrainas uppbyggnad inom ekonomisk utveckling och handel". */
const FIELDS_OF = new Set(['inom', 'within']);
/** How far back in its clause a list of fields may start, and how far before that list a genitive may stand. */
const FIELDS_REACH = 8;
const OWNER_REACH = 6;
/**
 * Whether tokens from `from` on are among the fields of a country abroad's affairs: "projekt som stödjer Ukrainas
 * uppbyggnad och reformarbete inom ekonomisk utveckling, företagande och handel", "support Moldova's recovery and
 * reforms within economic development and trade". The fields belong to the country's recovery, not to the body.
 */
function areasOfAbroad(text: string, from: number): boolean {
  for (let j = from - 1; j >= Math.max(0, from - FIELDS_REACH); j--) {
    if (CLAUSE_GAP.test(text.slice(tokens.end[j], tokens.start[j + 1]))) return false;
    const w = tokens.info[j].word;
    if (ABROAD_STOP.has(w)) return false;
    if (!FIELDS_OF.has(w)) continue;
    for (let k = j - 1; k >= Math.max(0, j - OWNER_REACH); k--) {
      if (CLAUSE_GAP.test(text.slice(tokens.end[k], tokens.start[k + 1]))) return false;
      if (ABROAD_STOP.has(tokens.info[k].word)) return false;
      if (foreignCountryAt(k) && genitiveAt(text, k)) return true;
    }
    return false;
  }
  return false;
}
/** A clause's end between two words. */
const CLAUSE_GAP = /[.;:!?]\s|\n/;
/** Right after a class word, the rest of a hyphenated adjective of ownership or money: "-owned", "-ägda", "-funded". */
const HYPHEN_ADJECTIVE = /^-(?:owned|funded|financed|controlled|ägd\p{L}*|styrd\p{L}*|finansierad\p{L}*)(?![\p{L}])/iu;

/**
 * Whether a phrase hit [from, to) lies inside a longer phrase hit of the current field (a word fixing a sense fixes
 * it without hiding what it holds): one starting before it and ending at or after its end, or starting with it
 * and ending after it.
 */
function insideLonger(from: number, to: number): boolean {
  return endBefore[from] >= to || endAt[from] > to;
}

/** Whether word `at` is, whole, a body kommuner or regioner form or run (applicant-types.json `ownBodies`). */
function ownBodyAt(at: number): boolean {
  for (let h = 0; h < hits.n && hits.from[h] <= at; h++) {
    const ref = hits.ref[h];
    if (hits.from[h] === at && hits.to[h] === at + 1 && ref.kind === 'applicant' && ref.own === true) return true;
  }
  return false;
}

/** A single word at [from, to) that is a compound naming a kind of body ("kulturskolor"). */
const bodyCompoundAt = (from: number, to: number): boolean => to - from === 1 && namesBodyKind(tokens.info[from].word);

/**
 * Whether every longer phrase holding [from, to) is a topic's (a concept that is no place): "networks of cities",
 * "smart cities" hold the applicant word "cities", which still names bodies where the sentence says who applies.
 * A place, name, country or phrase of another sense keeps it ("Baltic Sea region", "Interreg Europe regions").
 */
function onlyTopicsAround(from: number, to: number): boolean {
  let found = false;
  for (let h = 0; h < firstHit[to]; h++) {
    const f = hits.from[h];
    const t = hits.to[h];
    if (f > from || t < to || t - f <= to - from) continue;
    const ref = hits.ref[h];
    if (ref.kind === 'context') continue;
    if (ref.kind !== 'concept' || CONCEPTS[ref.index].geographic) return false;
    found = true;
  }
  return found;
}

/**
 * The numbers of an analysis are cut from shared blocks, each holding those of a few dozen calls: one
 * ArrayBuffer per call (two, with the evidence) cost more memory and collector time than the numbers themselves.
 */
const BLOCK_CALLS = 64;

/** Hands out `n` numbers at a time, cut from shared blocks of `size` (a larger request gets a block of its own). */
function slab<T extends Float64Array | Uint16Array | Int32Array>(make: (length: number) => T, size: number) {
  let block = make(0);
  let used = 0;
  return (n: number): T => {
    if (used + n > block.length) {
      block = make(Math.max(n, size));
      used = 0;
    }
    used += n;
    return block.subarray(used - n, used) as T;
  };
}
const tfSlab = slab((n) => new Float64Array(n), CONCEPTS.length * BLOCK_CALLS);
const seenSlab = slab((n) => new Uint16Array(n), CONCEPTS.length * BLOCK_CALLS);
const evidenceSlab = slab((n) => new Int32Array(n), 4 * MAX_EVIDENCE * 8 * BLOCK_CALLS);
const NO_EVIDENCE = new Int32Array(0);

function evidenceCopy(quads: readonly number[]): Int32Array {
  const n = quads.length;
  if (n === 0) return NO_EVIDENCE;
  const out = evidenceSlab(n);
  for (let i = 0; i < n; i++) out[i] = quads[i];
  return out;
}

/** A footnote mark after a list entry ("Kustkommuner*", "Regioner¹"): the page's pointer to a note, not the name. */
const FOOTNOTE_MARK = /\s*[*†‡¹²³⁴⁵]+\s*$/u;
const hasMark = (entries: readonly string[] | undefined) => entries?.some((e) => FOOTNOTE_MARK.test(e)) === true;
const unmarked = (e: string) => e.replace(FOOTNOTE_MARK, '');

/** The call as read: its list entries without footnote marks (the same object when none has one). */
function withoutFootnoteMarks(call: FundingCall): FundingCall {
  if (!hasMark(call.applicantTypes) && !hasMark(call.eligibleCountries)) return call;
  const read = { ...call };
  if (call.applicantTypes) read.applicantTypes = call.applicantTypes.map(unmarked);
  if (call.eligibleCountries) read.eligibleCountries = call.eligibleCountries.map(unmarked);
  return read;
}

export function analyse(given: FundingCall): CallAnalysis {
  const call = withoutFootnoteMarks(given);
  const tf = tfSlab(CONCEPTS.length);
  const seen = seenSlab(CONCEPTS.length);
  let sentences = 0;
  let titleWords = 0;
  const textHits: TextHit[] = [];
  /** The summary's sentences naming a group as wide as the EU (wideGroupSentences). */
  let wideSentences: number[] | undefined;
  let listed: Set<ApplicantClass> | undefined;
  /** Entries of the list naming bodies the summary names only as those the work is for (entry-kinds.ts). */
  const servedEntries = servedOnlyEntries(call.applicantTypes, call.summary);
  /** The summary's horizontal principles and their items, which a list of themes may repeat (horizontal-principles.ts). */
  const horizontal = horizontalOf(call.summary);
  let excluded: Set<ApplicantClass> | undefined;
  /** Classes excluded only by "icke-"/"non-" joined to their word in the list of applicants. */
  let hyphenNegated: Set<ApplicantClass> | undefined;
  /** Classes the list of applicants names as members of those who apply ("associations of municipalities"). */
  let listMembers: Set<ApplicantClass> | undefined;
  /** Classes the list of applicants names in a partner's role only ("public local authorities (as partners)"). */
  let listPartners: Set<ApplicantClass> | undefined;
  /** Per class, the start of the entry of the list of applicants that names it (not negated). */
  let positiveEntry: Map<ApplicantClass, number> | undefined;
  let summaryWho: [number, number][] | undefined;
  let openAt: { field: number; start: number; end: number } | undefined;
  /** Where the call says it funds the preparation of the programme's projects (preparationAt). */
  let preparing: { field: number; start: number; end: number } | undefined;
  let negatedConcepts: Set<number> | undefined;
  /** Concepts whose `inContext` terms the title gives their sense for the whole call. */
  let titleSense: Set<number> | undefined;
  /**
   * Per concept about the body's own organisation (`home`): its weight from the title, themes or programme field,
   * whether the summary said it of a country abroad, and whether it said it of the body's own kind at home.
   */
  let home: Map<number, { heading: number; abroad?: boolean; here?: boolean }> | undefined;
  const homeSeen = (c: number) => {
    home ??= new Map();
    let x = home.get(c);
    if (!x) {
      x = { heading: 0 };
      home.set(c, x);
    }
    return x;
  };
  /** Which wording checks can match in the title and the summary (core/text/word-hints.ts). */
  const hints = { title: ALL_HINTS, summary: ALL_HINTS };
  /** Whether the call is a competition for a prize or a title: worked out once, when first asked (contest.ts). */
  let contest: boolean | undefined;
  const isContestCall = () => (contest ??= isContest(call, summaryWho));
  evCount.fill(0);
  evQuads.length = 0;
  evWords.length = 0;
  const ownNames = [...funderNames(call.funder), ...programmeNames(call.programme)];
  const selfWord = funderSelfWord(call.funder);
  const funderWord = funderShortName(call.funder);
  for (let f = 0; f < FIELDS.length; f++) {
    const field = FIELDS[f];
    const text = fieldText(call, field);
    if (text === undefined) continue;
    scanText(text, tokens);
    const fieldHints = field === 'title' || field === 'summary' || field === 'applicantTypes' ? textHints(tokens) : 0;
    const criteria = field === 'summary' && mayHoldCriteria(text);
    const annexes = field === 'summary' && mayListAttachments(text);
    if (field === 'title' || field === 'summary') hints[field] = fieldHints;
    const w = FIELD_WEIGHTS[field] * lengthFactor(field, tokens.n);
    VOCABULARY.scan(tokens, hits, call.language);
    dropPhrasesAcrossEnds(text);
    indexHits();
    const n = hits.n;
    if (named.length < tokens.n) {
      named = new Uint8Array(tokens.n * 2);
      negated = new Uint8Array(tokens.n * 2);
    }
    let anyName = false;
    for (let h = 0; h < n; h++) {
      const ref = hits.ref[h];
      if (ref.kind !== 'name') continue;
      // "ansöka om ett kommunalt partnerskap": a programme named after its activity, in ordinary words, is that activity.
      if (
        ref.activity !== undefined &&
        (field === 'title' || field === 'summary' || field === 'themes') &&
        ordinaryUse(text, tokens.lower, tokens.start[hits.from[h]])
      )
        continue;
      if (!anyName) {
        anyName = true;
        named.fill(0, 0, tokens.n);
      }
      named.fill(1, hits.from[h], nameEnd(text, hits.to[h]));
    }
    // The call's own funder by its name in the funder field, in any inflection, and a society's, foundation's or
    // fund's proper name ("Letterstedtska föreningens anslag"): context, as a known funder's name is (own-names.ts).
    // Only a topic's evidence: the countries and applicants in such a name ("Nordic Council of Ministers' Offices in
    // Estonia, Latvia and Lithuania") are read as the text reads them elsewhere.
    let anyOwnName = false;
    if (ownNames.length > 0 || SOCIETY_WORD.test(text)) {
      if (ownNamed.length < tokens.n) ownNamed = new Uint8Array(tokens.n * 2);
      ownNamed.fill(0, 0, tokens.n);
      anyOwnName = markOwnNames(text, tokens, ownNames, ownNamed, selfWord);
    }
    /** Marks the words starting in [a, b) of the text as names: evidence of nothing. */
    const markNamed = (a: number, b: number) => {
      for (let t = 0; t < tokens.n; t++) {
        if (tokens.start[t] < a || tokens.start[t] >= b) continue;
        if (!anyName) {
          anyName = true;
          named.fill(0, 0, tokens.n);
        }
        named[t] = 1;
      }
    };
    // "Kustkommuner (via länsstyrelserna)": the way the grant goes names no applicant (who-wording.ts CHANNEL_PART).
    if (field === 'applicantTypes' && text.includes('(')) {
      for (const m of text.matchAll(CHANNEL_PART)) markNamed(m.index ?? 0, (m.index ?? 0) + m[0].length);
    }
    // "AMIF-2016-AG-INTE-01": a call's identifier code holds abbreviations, no words (call-codes.ts).
    if (field === 'title' || field === 'summary') {
      for (const [a, b] of codeRanges(text)) markNamed(a, b);
      // "Priority 1 'Innovative societies'": a numbered priority's quoted name is the programme's heading, a name;
      // what the call funds under it, its own words say.
      if (NUMBERED_PRIORITY.test(text))
        for (const m of text.matchAll(NUMBERED_PRIORITY_NAME)) {
          const at = (m.index ?? 0) + m[0].length - m[1].length - 1;
          markNamed(at, at + m[1].length);
        }
    }
    let anyNegated = false;
    if (field === 'title' || field === 'summary' || field === 'themes' || field === 'applicantTypes') {
      negated.fill(0, 0, tokens.n);
      anyNegated = markNegated(tokens.lower, tokens, negated, tokens.ownLetters ? text : undefined);
    }
    if (field === 'title' || field === 'summary') {
      const at = openAt || (fieldHints & H_ALL_PRIORITIES) === 0 ? undefined : allPrioritiesAt(tokens.lower);
      if (at) openAt = { field: f, ...at };
      else if (!preparing && (fieldHints & H_PREPARATION) !== 0) {
        const prep = preparationAt(tokens.lower, field === 'title');
        if (prep) preparing = { field: f, ...prep };
      }
    }
    // Longest match wins across concepts: "Baltic Sea" is Baltic cooperation, not also "sea"; "public services"
    // is not also "services"; "European Solidarity Corps" (youth) is not also "European solidarity".
    let anyPhrase = false;
    for (let h = 0; h < n; h++) {
      if (hits.to[h] - hits.from[h] > 1) {
        if (!anyPhrase) {
          anyPhrase = true;
          if (covered.length < tokens.n) covered = new Uint8Array(tokens.n * 2);
          covered.fill(0, 0, tokens.n);
        }
        if (hits.ref[h].kind !== 'context') covered.fill(1, hits.from[h], hits.to[h]);
      }
    }
    // Who may apply is eligibility, not a topic: "public authorities, universities and SMEs may apply" is not
    // about public-sector innovation, research or business. Read in the applicantTypes field and in the summary's
    // who-may-apply sentences, only where a concept's words are themselves an applicant class.
    let who: [number, number][] | undefined;
    if (field === 'summary') {
      // The signals read the who-may-apply sentences too: worked out once per call.
      summaryWho = whoRanges(text, tokens.lower);
      who = summaryWho;
    }
    // Who may take part ("partners can include companies, arts organisations…", "kan delta") is no topic either,
    // nor whose staff the call trains or serves ("anställda inom företag, kommuner och föreningar").
    const parties =
      field === 'summary' && tokens.lower.length === text.length
        ? [...partyRanges(tokens.lower), ...staffRanges(tokens.lower)]
        : undefined;
    // "Ansök via den digitala meddelandetjänsten": the channel of the application, no digitalisation topic.
    const channel =
      field === 'summary' && tokens.lower.length === text.length ? channelRanges(tokens.lower) : undefined;
    // "Two other related calls, for town-twinning projects …": those calls' topics, not this one's.
    const otherCalls =
      field === 'summary' && tokens.lower.length === text.length ? otherCallRanges(tokens.lower) : undefined;
    // "Horisontella perspektiv (hållbarhet, jämställdhet …)": what every project heeds, not what this one is about.
    const principles = field === 'summary' && tokens.lower.length === text.length ? horizontal?.ranges : undefined;
    // A title on the public sector ("Innovation i kommunal verksamhet") gives its sense to the whole call.
    if (field === 'title') {
      for (let h = 0; h < n; h++) {
        const ref = hits.ref[h];
        if (ref.kind === 'context' || (ref.kind === 'concept' && ref.needsContext !== true)) {
          if (CONCEPTS[ref.index].inContext) titleSense = withItem(titleSense, ref.index);
        }
      }
    }
    // One count per concept per token span: a phrase and its own single word must not count twice.
    lastEnd.fill(0);
    const inSummary = field === 'summary';
    if (field === 'title') titleWords = tokens.n;
    if (inSummary) {
      sentences = numberSentences(text);
      // A listing (title and a line or two): every word carries the call's point, none is in passing.
      if (titleWords + tokens.n < LISTING_WORDS && sentences > 1) sentences = 1;
      wideSentences = wideGroupSentences(n, anyPhrase);
    }
    const heading = field === 'title' || field === 'themes' || field === 'programme';
    for (let h = 0; h < n; h++) {
      let ref = hits.ref[h];
      const from = hits.from[h];
      const to = hits.to[h];
      // Names are context; words fixing a sense and phrases of another sense are evidence of nothing.
      if (ref.kind === 'name' || ref.kind === 'context' || ref.kind === 'other-sense') continue;
      // A programme's or funder's name is context: "Interreg", "Baltic Sea Region Programme", "Nordplus".
      if (anyName && marked(named, from, to)) continue;
      if (ref.kind !== 'concept') {
        // Who may apply and partner countries are read from whole words, never from inside a longer phrase or
        // compound: the "region" of "Östersjöregionen" or "Baltic Sea region" is a place, not an applicant.
        // A compound whose head is the class word ("lokalföreningar", "kustkommuner") names that class.
        if (
          hits.compound[h] === 1 &&
          !(ref.kind === 'applicant' && to - from === 1 && compoundHeadClass(tokens.info[from].word) === ref.cls)
        )
          continue;
        const inTopic = anyPhrase && insideLonger(from, to);
        if (inTopic && (ref.kind !== 'applicant' || !onlyTopicsAround(from, to))) continue;
        if ((ref.kind === 'country' || ref.kind === 'adjective') && !countryWord(ref, tokens.info[from].word)) continue;
        // "Ukrainian municipalities", "Polish partners": the country; "Ukrainian refugees", "Finnish-speaking": not.
        // In a competition for a title, "en svensk och en polsk stad" compete or hold it: no partners.
        if (ref.kind === 'adjective') {
          if (field !== 'title' && field !== 'summary') continue;
          if (!namesCountryBodies(text, tokens, from, adjectiveAt, bodyAt)) continue;
          if (isContestCall()) continue;
        }
        // "Regional partners", "a regional focus": the stemmer folds the adjective into "regions", but only the
        // noun (or a phrase such as "regional authorities") names regions as bodies.
        if (ref.kind === 'applicant' && ref.cls === 'region' && to - from === 1 && regionalAdjectiveAt(from)) continue;
        // "City-owned companies", "region-funded posts": the class word begins an adjective of another noun.
        if (
          ref.kind === 'applicant' &&
          to - from === 1 &&
          HYPHEN_ADJECTIVE.test(text.slice(tokens.end[from], tokens.end[from] + 12))
        )
          continue;
        // "Kommunala energibolag", "regionala bostadsbolag": the kind adjective qualifies the company after it.
        if (ref.kind === 'applicant' && kindAdjectiveOf(text, from, to, COMPANY_AFTER)) continue;
        // "Privata vårdgivare", "private care providers": private bodies of a field public bodies also work in.
        if (
          ref.kind === 'applicant' &&
          ref.cls === 'public' &&
          to - from === 1 &&
          PRIVATE_BEFORE.test(text.slice(Math.max(0, tokens.start[from] - 12), tokens.start[from]))
        )
          continue;
        // "Authors" stem as "authorities" do: persons who write, not public bodies.
        if (
          ref.kind === 'applicant' &&
          to - from === 1 &&
          stemClash(tokens.info[from].word, ref.cls, () =>
            text.slice(Math.max(0, tokens.start[from] - 30), tokens.start[from]),
          )
        )
          continue;
        // "Sustainable business models", "SME support": a singular class word before a noun only qualifies it.
        if (
          ref.kind === 'applicant' &&
          ref.cls === 'company' &&
          to - from === 1 &&
          MODIFIER_WORD.test(tokens.info[from].word) &&
          MODIFIED_NOUN_AFTER.test(text.slice(tokens.end[from], tokens.end[from] + 40))
        )
          continue;
        // "Aktörer inom företags- och innovationsfrämjande systemet": the head of a suspended compound names nothing.
        if (ref.kind === 'applicant' && suspendedCompoundAt(text, tokens.end[to - 1])) continue;
        // "Technologies in energy-intensive industries": the sector the work is in, not who applies.
        if (
          ref.kind === 'applicant' &&
          ref.cls === 'company' &&
          sectorOfWorkAt(text, tokens.start[from], tokens.end[to - 1])
        )
          continue;
        // "Public bodies responsible for the implementation of the LIFE programme": the state's own bodies.
        if (ref.kind === 'applicant' && ref.cls === 'public' && implementingBodyAfter(text.slice(tokens.end[to - 1])))
          ref = STATE_REF;
        // "Associations / groupings of urban authorities": bodies of authorities, not civil society's associations.
        if (
          ref.kind === 'applicant' &&
          ref.cls === 'civil' &&
          associationOfBodiesAt(tokens.info[to - 1].word, text.slice(tokens.end[to - 1], tokens.end[to - 1] + 80))
        )
          continue;
        // "the Central Baltic region", "Kalmar region": a region named after a place is that place, unless it is
        // an item of a list of bodies ("cities, Arctic regions and communities"): the signals judge that.
        // A country's regions in the genitive ("Sveriges regioner", "Norway's regions") are its regional bodies.
        let place = ref.kind === 'applicant' && ref.cls === 'region' ? placeBefore(from, text) : -1;
        // "NUTS 3 regions", "NUTS-2-regioner": statistical areas, places.
        if (place === -1 && ref.kind === 'applicant' && ref.cls === 'region' && from > 0 && nutsBefore(text, from))
          place = from - 1;
        // "Entities outside the listed regions", "inom de angivna regionerna": the regions are where, not who.
        if (place === -1 && ref.kind === 'applicant' && ref.cls === 'region' && from > 0 && areaWordsBefore(text, from))
          place = from - 1;
        if (place !== -1 && countryGenitiveAt(text, place, from)) place = -1;
        // "Sökande: Ideella föreningar ✓ Kommuner ✗ Regioner ✓": a table's cross after the kind refuses it.
        if (ref.kind === 'applicant' && CROSSED_AFTER.test(text.slice(tokens.end[to - 1], tokens.end[to - 1] + 4))) {
          if (!ref.own) excluded = withItem(excluded, ref.cls);
          continue;
        }
        if (field === 'title' || field === 'summary') {
          // "Kommuner kan inte söka": a negated applicant or country is not one the call names; a negated
          // applicant is one the call shuts out.
          if (
            anyNegated &&
            (marked(negated, from, to, NEGATED) || (ref.kind === 'applicant' && marked(negated, from, to, SUBJECT)))
          ) {
            // Only the body itself: "Kommunförbund kan inte söka" leaves kommuner be, and "verksamhet som kommuner
            // ansvarar för" names an activity refused, not kommuner (exclusion-subject.ts).
            // "Public authorities (national, regional and local), not qualified as managing authorities": the item
            // names the class, then narrows it.
            if (
              ref.kind === 'applicant' &&
              place === -1 &&
              !ref.own &&
              // "Stöd lämnas inte till kommunal kärnverksamhet": an activity refused, not the body.
              !kindAdjectiveOf(text, from, to, ACTIVITY_AFTER) &&
              // "Municipal enterprises", "municipally owned housing companies": the body's companies, not the body.
              !ownedCompanyAt(text, from, to) &&
              shutOutAt(text, tokens.start[from], tokens.end[to - 1], call.language) &&
              !classBeforeInItem(text, tokens.start[from], ref.cls)
            )
              excluded = withItem(excluded, ref.cls);
            // "Public bodies at regional or national level are not eligible": those levels' bodies, not all.
            else if (ref.kind === 'applicant' && ref.cls === 'public' && !ref.own)
              for (const cls of levelsRefusedAfter(text, tokens.end[to - 1])) excluded = withItem(excluded, cls);
            // "…men kan vara samverkanspart": the body the refusal names takes part; the signals read the party.
            // "Offentliga aktörer kan inte söka, med undantag för kommuner med …": the body excepted is admitted.
            if (
              !(
                ref.kind === 'applicant' &&
                (partyAdmittedAt(text, tokens.end[to - 1]) ||
                  exceptedFromRefusalAt(text, tokens.start[from]) ||
                  ownClauseAdmitsAt(text, tokens.end[to - 1]))
              )
            )
              continue;
          }
          // "Municipalities will be able to apply in the next call": not this call's applicants.
          if (anyNegated && marked(negated, from, to, ELSEWHERE)) continue;
          const hit: TextHit = {
            ref: ref.kind === 'adjective' ? ref.country : ref,
            field,
            start: tokens.start[from],
            length: tokens.end[to - 1] - tokens.start[from],
          };
          if (place !== -1) hit.placeStart = tokens.start[place];
          if (inTopic) hit.inTopic = true;
          textHits.push(hit);
        } else if (place !== -1) {
          // In the list of applicants a region after a place is that place.
        } else if (
          field === 'applicantTypes' &&
          ref.kind === 'applicant' &&
          ref.cls === 'municipal' &&
          oneNamedMunicipality(entryAround(text, tokens.start[from]))
        ) {
          // "Stockholms kommun" as a whole entry: that kommun by its name, not the class of kommuner.
        } else if (
          field === 'applicantTypes' &&
          ref.kind === 'applicant' &&
          ref.cls === 'individual' &&
          targetGroupEntry(entryAround(text, tokens.start[from]), call.summary)
        ) {
          // "Young people aged 15–30" that the summary names as the target group: whom the projects serve.
        } else if (
          field === 'applicantTypes' &&
          ref.kind === 'applicant' &&
          OURS.includes(ref.cls) &&
          servedEntries.has(entryAround(text, tokens.start[from]))
        ) {
          // "Public bodies" the summary names only as those the projects target or build capacity in (below).
        } else if (field === 'applicantTypes' && ref.kind === 'applicant') {
          // "ej myndigheter" in a list of applicants shuts them out.
          if (anyNegated && marked(negated, from, to, NEGATED)) {
            // "Local authorities that are non-Mission Cities": the entry names the class and then narrows it. So
            // does a later entry ("Urban authorities (lead); delivery partners other than urban authorities"): the
            // class has its own entry, the other is for a role it may not also hold.
            if (positiveEntry?.has(ref.cls)) continue;
            if (!ref.own) excluded = withItem(excluded, ref.cls);
          }
          // "Organisations in the Nordic and Baltic regions": a place, not regional authorities.
          else if (ref.cls === 'region' && regionAsPlaceAt(text, tokens.start[from])) continue;
          // "Stiftelser som inte är statliga eller kommunala", "icke-kommunala organisationer": a class word after a
          // negation the marking left says what those who apply may not be.
          else if (negatedRightBefore(text.slice(Math.max(0, tokens.start[from] - 60), tokens.start[from]))) {
            // "Public authorities, not qualified as managing authorities": the entry names the class, then narrows it.
            if (positiveEntry?.get(ref.cls) === entryStart(text, tokens.start[from])) continue;
            if (!ref.own) excluded = withItem(excluded, ref.cls);
            // "Som inte är statliga eller kommunala": neither state nor local government is the public sector at
            // large, regions (kommuner of the regional level in Swedish law) with it.
            if (
              ref.cls === 'municipal' &&
              STATE_OR_BEFORE.test(text.slice(Math.max(0, tokens.start[from] - 30), tokens.start[from]))
            ) {
              excluded = withItem(excluded, 'region');
              excluded = withItem(excluded, 'public');
            }
            if (HYPHEN_NEGATED_BEFORE.test(text.slice(Math.max(0, tokens.start[from] - 6), tokens.start[from])))
              hyphenNegated = withItem(hyphenNegated, ref.cls);
          }
          // "Konsortier med minst tre parter varav minst ett företag": a part the group must hold, not its kind.
          else if (
            !OURS.includes(ref.cls) &&
            requiredPartBefore(foldedSlice(text, Math.max(0, tokens.start[from] - 60), tokens.start[from]))
          )
            continue;
          // "Organisations whose members include municipalities", "consultancies offering services to regions".
          // (A class listed already needs no second look.)
          // "Local public entities": public bodies of the local level, kommuner.
          else if (
            ref.cls === 'public' &&
            localLevelBefore(text.slice(Math.max(0, tokens.start[from] - 14), tokens.start[from]))
          )
            listed = withItem(listed, 'municipal');
          // "Sveriges myndigheter … myndigheterna kan söka" with "myndigheter" as the list: the state's agencies.
          else if (ref.cls === 'public' && bareStateEntry(entryAround(text, tokens.start[from]), call, textHits))
            listed = withItem(listed, 'state');
          else if (!listed?.has(ref.cls)) {
            const not = notApplicantReason(text, tokens.start[from], tokens.end[to - 1], undefined, fieldHints);
            // "Public local/regional authorities (as partners)": a party to projects others apply for.
            if (not === undefined && PARTNER_ROLE.test(entryAround(text, tokens.start[from])))
              listPartners = withItem(listPartners, ref.cls);
            else if (not === undefined) {
              listed = withItem(listed, ref.cls);
              positiveEntry ??= new Map();
              positiveEntry.set(ref.cls, entryStart(text, tokens.start[from]));
            } else if (not === 'member') listMembers = withItem(listMembers, ref.cls);
          }
        }
        continue;
      }
      if (anyOwnName && marked(ownNamed, from, to)) continue;
      if (anyPhrase && (to - from === 1 ? covered[from] === 1 : insideLonger(from, to))) continue;
      if (inOtherSense(from, to)) continue;
      // "Other non-commercial actors", "icke-kommersiella": the prefix says what the thing is not.
      if (
        text.charCodeAt(tokens.start[from] - 1) === 45 &&
        HYPHEN_NEGATED_BEFORE.test(text.slice(Math.max(0, tokens.start[from] - 6), tokens.start[from]))
      )
        continue;
      if (to - from === 1 && EXCLUDED_WORDS[ref.index]?.has(tokens.info[from].word)) continue;
      // "EU samarbetar för att utveckla …": a compound's words apart are words of a clause, not the compound.
      if (ref.joined && to - from > 1 && !HYPHEN_BETWEEN.test(text.slice(tokens.end[from], tokens.start[from + 1])))
        continue;
      // "CINEA, the European Climate, Infrastructure & Environment Executive Agency": a body's name, not a topic.
      if (field !== 'themes' && inBodyNameAt(text, tokens.start[from], tokens.end[to - 1])) continue;
      // "De regionala närings-, trafik- och miljöcentralerna": a Swedish body's name, its heads suspended.
      if (to - from === 1 && bodyNameHeadAt(text, tokens.end[from])) continue;
      // "The Programme for Nordic Co-operation on the Environment": a capitalised word inside a sentence is a name's,
      // and the programme field is the programme's name.
      if (
        CONCEPTS[ref.index].namePart &&
        (field === 'programme' || (field === 'summary' && inNameAt(text, tokens.start[from], tokens.end[to - 1])))
      )
        continue;
      // "Cluster 6 (Communities)", "Pillar II", "Insatsområde 2": a capitalised word numbered so labels a part of a
      // programme, not a topic the call is about.
      if (numberedLabelAt(text, tokens.start[from], tokens.end[to - 1])) continue;
      // "Projektet ska kopplas till … den regionala utvecklingsstrategin": a condition of every project, no topic.
      if (field === 'summary' && alignedStrategyAt(text, tokens.start[from], tokens.end[to - 1])) continue;
      // "Application Form; Annex 2 – Environmental information": a listed document's title, not a topic.
      if (annexes && inAttachmentTitleAt(text, tokens.start[from])) continue;
      if (to - from === 1 && cityOfNameAt(text, tokens.start[from])) continue;
      // "Bland annat granskas effektivitet, originalitet, hållbarhet och kostnadseffektivitet": a criterion, no topic.
      if (to - from === 1 && criteria && inCriteriaList(text, tokens.start[from], tokens.end[from])) continue;
      if (
        to - from === 1 &&
        capitalOrDigitAt(text, tokens.start[from]) &&
        acronymAt(text, tokens.start[from], tokens.end[from]) &&
        !SHORT_TERMS.has(text.slice(tokens.start[from], tokens.end[from]).toLowerCase())
      )
        continue;
      // "Vindkraftfonden", "Kulturfonden": a compound whose head is a fund is the fund's name, not its topic.
      if (to - from === 1 && FUND_COMPOUND.test(tokens.info[from].word)) continue;
      // "Driving Urban Transitions Partnership": a funding partnership's name, not partnership the work is about.
      if (to - from === 1 && PARTNERSHIP_WORD.test(tokens.info[from].word) && partnershipNameAt(text, from)) continue;
      // "Bygdemedel från vindkraften", "revenue from wind power": where the money comes from, not what it is for.
      // Read for every hit: the pattern is tried only after "från", "ur" or "from" one or two words before.
      if (
        (FROM_WORDS.has(tokens.info[from - 1]?.word) || FROM_WORDS.has(tokens.info[from - 2]?.word)) &&
        MONEY_FROM_BEFORE.test(text.slice(Math.max(0, tokens.start[from] - 40), tokens.start[from]))
      )
        continue;
      // "A return of war in Europe due to the Russian aggression against Ukraine": a place at war is the call's
      // context, not a place its work is with or in.
      if (
        CONCEPTS[ref.index].countries !== undefined &&
        attackedBefore(text.slice(Math.max(0, tokens.start[from] - 40), tokens.start[from]).toLowerCase())
      )
        continue;
      // "Interreg Baltic Sea Region in cooperation with the Senate Chancellery … organised": with whom something was
      // done, a named body after it, not cooperation the call is about.
      if (field === 'summary' && togetherWithNamedAt(text, tokens.start[from], tokens.end[to - 1])) continue;
      if ((field === 'summary' || field === 'title') && funderAfter(text, tokens.end[to - 1], funderWord)) continue;
      // "Innovative tourism": an adjective right before another concept's term qualifies that noun.
      if (to - from === 1 && MODIFIER_WORDS[ref.index]?.has(tokens.info[from].word) && otherConceptAt(to, ref.index))
        continue;
      // The list of who may apply is read for eligibility only; in a who-may-apply sentence, an applicant class or
      // a concept that names actors ("civilsamhället", "universities", "SMEs") says who, not what about.
      if (field === 'applicantTypes') continue;
      if (
        who &&
        who.length > 0 &&
        inRanges(who, tokens.start[from]) &&
        (CONCEPTS[ref.index].actors === true || applicantAt(from, to) || bodyCompoundAt(from, to))
      )
        continue;
      if (
        parties &&
        parties.length > 0 &&
        inRanges(parties, tokens.start[from]) &&
        (CONCEPTS[ref.index].actors === true ||
          applicantAt(from, to) ||
          bodyCompoundAt(from, to) ||
          actorWordAt(tokens.lower, tokens.start[from], tokens.end[to - 1]))
      )
        continue;
      if (otherCalls && otherCalls.length > 0 && inRanges(otherCalls, tokens.start[from])) continue;
      if (principles && inRanges(principles, tokens.start[from])) continue;
      if (field === 'themes' && horizontal?.items.has(entryAround(text, tokens.start[from]).trim().toLowerCase()))
        continue;
      if (ref.index === DIGITALISATION && channel && channel.length > 0 && inRanges(channel, tokens.start[from]))
        continue;
      // "Ungerns" is Hungary's, not young people's ("unga"): a country's name is a place, never a topic.
      if (to - from === 1 && !CONCEPTS[ref.index].geographic && countryNameAt(from)) continue;
      // "Ukrainare", a people, is no place: the country counts where the words name its bodies, as a partner.
      if (to - from === 1 && CONCEPTS[ref.index].geographic && adjectiveAt(from)) continue;
      if (anyNegated && marked(negated, from, to, NEGATED)) {
        // "All priorities except employment": the exception is kept out of the programme's priorities below.
        negatedConcepts = withItem(negatedConcepts, ref.index);
        continue;
      }
      // "Objective 2.1 will reopen in the 5th call": what another call or a later round is about.
      if (anyNegated && marked(negated, from, to, ELSEWHERE)) continue;
      const c = ref.index;
      // "Open to municipalities from the 27 EU Member States, Iceland and Ukraine": a country listed beside the EU
      // says where applicants may be, not a place the call is about.
      if (
        inSummary &&
        wideSentences !== undefined &&
        CONCEPTS[c].geographic === true &&
        wideSentences.includes(sentenceOf[from]) &&
        countryNameAt(from) &&
        besideUnion(text, tokens.start[from])
      )
        continue;
      // "Företag behöver nya arbetssätt" is no public-sector innovation: such a term needs its sense fixed.
      if (ref.needsContext && !titleSense?.has(c) && !inContext(text, c, from)) continue;
      // "Project Partner Declarations", "partnership statement", "business plan template": a document's name in an
      // application package, not what the call is about.
      if (
        DOCUMENT_AFTER.test(text.slice(tokens.end[to - 1], tokens.end[to - 1] + 24)) ||
        DOCUMENT_BEFORE.test(text.slice(Math.max(0, tokens.start[from] - 32), tokens.start[from]))
      )
        continue;
      // "The local public sector in Ukraine": a concept about the body's own organisation, said of one abroad.
      if (CONCEPTS[c].home === true && saidOfAbroad(text, from, to)) {
        if (inSummary) homeSeen(c).abroad = true;
        continue;
      }
      if (from < lastEnd[c]) continue;
      lastEnd[c] = to;
      const add = hits.compound[h] === 1 ? w * COMPOUND_WEIGHT : w;
      tf[c] += add;
      if (CONCEPTS[c].home === true) {
        if (heading) homeSeen(c).heading += add;
        else if (inSummary) homeSeen(c).here = true;
      }
      if (heading) seen[c] |= TITLE_BIT;
      else if (inSummary) seen[c] |= 1 << (sentenceOf[from] % SENTENCE_BITS);
      addEvidence(c, f, from, to);
    }
  }
  // A tag or title naming the body's own organisation ("lokal offentlig sektor") that the summary says only of a
  // country abroad ("stöd till lokal offentlig sektor i Ukraina") names the same thing abroad: no evidence either.
  if (home) {
    for (const [c, h] of home) {
      if (!h.abroad || h.here || h.heading === 0) continue;
      tf[c] = Math.max(0, tf[c] - h.heading);
      seen[c] &= ~TITLE_BIT;
      dropHeadingEvidence(c);
    }
  }
  // In a list of who may apply, "public" or "offentlig" anywhere ("public, private or non-profit organisations")
  // admits public bodies, kommuner and regioner among them.
  // "Municipal" or "kommunal" anywhere in an entry names kommuner (only them, not regions).
  const entries = call.applicantTypes;
  let publicEntry = false;
  let municipalEntry = false;
  // A plain loop: array callbacks here met lists of several element kinds and had `analyse` recompiled for each.
  for (let i = 0; entries !== undefined && i < entries.length; i++) {
    const t = entries[i];
    if (NEGATING_WORD.test(t)) continue;
    // "Public local/regional authorities (as partners)": parties to projects others apply for, not applicants.
    if (PARTNER_ROLE.test(t)) {
      for (const c of levelBodiesIn(t)) listPartners = withItem(listPartners, c);
      if (PUBLIC_WORD.test(withoutLevelBodies(t))) listPartners = withItem(listPartners, 'public');
      if (MUNICIPAL_WORD.test(t)) listPartners = withItem(listPartners, 'municipal');
      continue;
    }
    // "Public bodies" that the summary names only as those the projects build capacity in or target: whom the call
    // serves, copied into the list (the blind fact-checks of the released sets found 6 such applicant lines false).
    if (servedEntries.has(t)) continue;
    // "Local/regional authorities", "lokala och regionala förvaltningar": each level named, the noun written once.
    // Each match is read where it stands, so an entry naming members ("ICC Programme members (local/regional
    // authorities)") still names the levels that apply, as the vocabulary reads "regional authorities" there;
    // "organisations whose members are local/regional authorities" names none (notApplicantReason).
    for (const c of levelBodiesIn(t)) listed = withItem(listed, c);
    // "Migrationsverket": a state agency by its name; "unga mellan 13–25 år": persons by their age.
    const kind = entryKind(t);
    if (kind && !(kind === 'individual' && targetGroupEntry(t, call.summary))) listed = withItem(listed, kind);
    if (MEMBER_OR_RECIPIENT.test(t)) continue;
    // "Organisationer … som får bidrag från region, kommun eller annan huvudman": who funds them is no applicant.
    const own = t.split(FUNDED_BY_IN_ENTRY)[0];
    if (
      PUBLIC_WORD.test(
        withoutLevelBodies(own)
          .replace(PUBLIC_COMPANIES, ' ')
          .replace(PUBLIC_FIELDS, ' ')
          .replace(NATIONAL_PUBLIC, ' '),
      ) &&
      !PUBLIC_RESEARCH.test(own) &&
      !namesImplementingBodies(own)
    )
      publicEntry = true;
    if (MUNICIPAL_WORD.test(own) && !onlyNamedMunicipalities(own)) municipalEntry = true;
  }
  // A competition for a prize or a title ("European Capital of Innovation Awards") lists the cities that may
  // compete: one wins, they do not work together, and the list says nothing of cities' cooperation. It is an award
  // for cities (city-awards): who may compete is its point as a list of cities is a city programme's, at the same
  // weight. The call's title, the award's name, is the evidence where no term of the concept (an award's own name)
  // is quoted already.
  const listedCities = citiesEntry(entries, listed);
  const awardForCities = listedCities !== undefined && isContestCall();
  const cities = listedCities && !awardForCities ? listedCities : undefined;
  if (cities) {
    const c = CITY_COOPERATION;
    tf[c] += CITIES_LIST_TF;
    seen[c] |= TITLE_BIT;
    if (evCount[c] < MAX_EVIDENCE) {
      evCount[c]++;
      evQuads.push(c, FIELDS.indexOf('applicantTypes'), cities.start, cities.end);
    }
  }
  if (awardForCities && CITY_AWARDS >= 0 && call.title) {
    const c = CITY_AWARDS;
    tf[c] += CITIES_LIST_TF;
    seen[c] |= TITLE_BIT;
    if (evCount[c] === 0) {
      evCount[c]++;
      evQuads.push(c, FIELDS.indexOf('title'), 0, call.title.length);
    }
  }
  if (publicEntry) listed = withItem(listed, 'public');
  if (municipalEntry) listed = withItem(listed, 'municipal');
  const signals = callSignals(call, textHits, listed, summaryWho, hints, servedEntries);
  // "offentliga aktörer; icke-offentliga aktörer": a list naming a kind and the kinds that are not it admits both; the
  // "icke-" entry is a kind of its own ("non-public actors"), not the first kind refused.
  if (excluded && hyphenNegated) for (const c of hyphenNegated) if (listed?.has(c)) excluded.delete(c);
  if (excluded?.size) signals.excluded = excluded;
  if (listMembers) signals.members = new Set([...(signals.members ?? []), ...listMembers]);
  if (listPartners) signals.partnered = new Set([...(signals.partnered ?? []), ...listPartners]);
  // One limit for several competitions is one competition's; a limit for each ("over 100,000"; "20,000–100,000")
  // is every competition's.
  const limits = signals.populationLimits;
  if (limits && new Set(limits.map((l) => `${l.of} ${l.min} ${l.max}`)).size < 2 && severalContests(call))
    signals.limitsOfOneContest = true;
  const held = callPriorities(signals);
  let forCities = listedCities ? -1 : citiesProgrammePriority(signals, held);
  if (forCities >= 0 && isContestCall()) forCities = -1;
  if (forCities >= 0) {
    const c = CITY_COOPERATION;
    tf[c] += CITIES_LIST_TF;
    seen[c] |= DATA_BIT;
    if (evCount[c] < MAX_EVIDENCE) {
      evCount[c]++;
      // The evidence is the programme's priority (programme data), quoted with the call's programme name (or title).
      const name = programmeNameSpan(call);
      evQuads.push(c, name.field + FIELDS.length * (forCities + 1), name.start, name.end);
    }
  }
  // "All priorities are open" in a call of another programme period opens that period's priorities: where the data
  // does not hold them (programmes change theirs between periods), no topic is read from the data's.
  if (!openAt && preparing && preparesAllPriorities(call, signals)) openAt = preparing;
  // A priority every call of the programme is about (programme data): opened as "all priorities" opens them all,
  // the evidence quoting the programme's name; the call's own words name the thematic ones.
  const everyCallOnly = !openAt && held?.priorities.some((pr) => pr.everyCall) === true;
  if (everyCallOnly) openAt = programmeNameSpan(call);
  if (openAt && held?.ofCallPeriod) {
    if (!everyCallOnly) signals.openCall = true;
    held.priorities.forEach((pr, p) => {
      if (everyCallOnly && !pr.everyCall) return;
      // A priority the call names after a negation ("closed for specific objective 4 skills development", "all
      // priorities except tourism") is closed as a whole: none of its concepts is opened.
      if (negatedConcepts && pr.concepts.some((id) => negatedConcepts.has(CONCEPT_INDEX.get(id) ?? -1))) return;
      for (const id of pr.concepts) {
        const c = CONCEPT_INDEX.get(id);
        if (c === undefined) continue;
        tf[c] += OPEN_CALL_WEIGHT;
        seen[c] |= DATA_BIT;
        if (evCount[c] < MAX_EVIDENCE) {
          evCount[c]++;
          // The evidence is the programme's priority p (programme data), quoted with the call's "all priorities".
          evQuads.push(c, openAt.field + FIELDS.length * (p + 1), openAt.start, openAt.end);
        }
      }
    });
  }
  // "Skapa nätverk", "samverkan mellan den civila sektorn och kommuner": with nothing beyond Sweden in the call,
  // cooperation words are work at home, not international cooperation.
  if (INTERNATIONAL_COOPERATION >= 0 && tf[INTERNATIONAL_COOPERATION] > 0 && !reachesAbroad(call, signals, tf)) {
    tf[INTERNATIONAL_COOPERATION] = 0;
    seen[INTERNATIONAL_COOPERATION] = 0;
    let kept = 0;
    for (let k = 0; k < evQuads.length; k += 4) {
      if (evQuads[k] === INTERNATIONAL_COOPERATION) continue;
      for (let j = 0; j < 4; j++) evQuads[kept + j] = evQuads[k + j];
      kept += 4;
    }
    evQuads.length = kept;
  }
  return { tf, evidence: evidenceCopy(evQuads), signals, seen, sentences };
}

/** Where the call names its programme, as programme data's evidence quotes it: the programme field, else the title. */
function programmeNameSpan(call: FundingCall): { field: number; start: number; end: number } {
  const field: Field = call.programme ? 'programme' : 'title';
  return { field: FIELDS.indexOf(field), start: 0, end: (fieldText(call, field) ?? '').length };
}

/**
 * The evidence of a concept, cut from the call's text. A call that opens all its programme's priorities is about
 * them by programme data: that evidence names the programme's priority and says it comes from programme data,
 * quoting the call's own sentence that opens them all (never as if the call named the topic).
 */
export function evidenceOf(call: FundingCall, a: CallAnalysis, concept: number): Evidence[] {
  const out: Evidence[] = [];
  const ev = a.evidence;
  const held = callPriorities(a.signals);
  for (let k = 0; k < ev.length; k += 4) {
    if (ev[k] !== concept) continue;
    const code = ev[k + 1];
    const text = fieldText(call, FIELDS[code % FIELDS.length]) ?? '';
    const start = ev[k + 2];
    const end = ev[k + 3];
    const quote = quoteAround(text, start, end);
    const priority = code >= FIELDS.length ? held?.priorities[Math.floor(code / FIELDS.length) - 1] : undefined;
    if (priority) {
      const term = call.language === 'sv' ? priority.label.sv : priority.label.en;
      out.push({ term, quote, from: 'programme-data', programmePriority: priority.label });
    } else if (FIELDS[code % FIELDS.length] === 'applicantTypes')
      out.push({ term: text.slice(start, end), quote, applicantList: true });
    else out.push({ term: text.slice(start, end), quote });
  }
  return out;
}

/**
 * Whether the call's title names a topic (a concept found there): "Call 5 for regular projects", "Andra
 * utlysningen", "Fourth call: what's new?" name none, only a programme and a round.
 */
export function titleNamesTopic(a: CallAnalysis): boolean {
  // The title is the first field read, so its evidence is never crowded out by the limit per concept.
  const title = FIELDS.indexOf('title');
  const programme = FIELDS.indexOf('programme');
  const ev = a.evidence;
  // "Projektstöd i Leaderområdet Spira Mare": a concept the programme's name holds names the programme, not a topic.
  const inProgrammeName = (c: number) => {
    for (let k = 0; k < ev.length; k += 4) if (ev[k] === c && ev[k + 1] === programme) return true;
    return false;
  };
  for (let k = 0; k < ev.length; k += 4) {
    // A place is no topic: "Seed money for EUSBSR ideas", "Arctic Co-operation Programme" say where, not what.
    if (ev[k + 1] === title && !CONCEPTS[ev[k]].geographic && !inProgrammeName(ev[k])) return true;
  }
  return false;
}

export function keySetOf(call: FundingCall, a: CallAnalysis): Set<string> {
  if (!a.keySet) {
    const set = new Set<string>();
    const buf = new TokenBuffer();
    for (const [, text] of fieldTexts(call)) {
      scanText(text, buf);
      for (let i = 0; i < buf.n; i++) {
        set.add(buf.info[i].sv);
        set.add(buf.info[i].en);
      }
    }
    a.keySet = set;
  }
  return a.keySet;
}
