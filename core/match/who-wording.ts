/**
 * Wording about who may apply that a list of applicant classes cannot hold: "any organisation", "legal entities",
 * "juridiska personer" (everyone, kommuner included); "public" or "offentlig" before an organisation word
 * ("bodies governed by public law", "aktörer i offentlig, privat och ideell sektor"); and the words that make a
 * list of applicants open-ended ("including", "such as", "främst"), after which a class is an example, not a limit.
 * The predicates on a sentence or list entry read it as `foldWording` gives it (lowercase, diacritic-folded), so a
 * caller asking several questions of one text folds it once.
 */
import { APPLICANT_TYPES, COUNTRIES } from '../data/index.ts';
import { isCountryName } from '../data/iso-countries.ts';
import type { ApplicantClass } from '../data/kinds.ts';
import { escapeRegExp } from '../text/escape-regexp.ts';
import { fold, foldedSlice, foldKeepingOffsets } from '../text/fold.ts';
import { allLeadMatches, firstLeadMatch, type LeadScan, leadScan } from '../text/lead-scan.ts';
import {
  clauseEnd,
  clauseRanges,
  clauseStart,
  sentenceAround,
  sentenceEnd,
  sentenceRanges,
} from '../text/sentences.ts';
import { ALL_HINTS, hintOf } from '../text/word-hints.ts';
import { namedMunicipalitiesAt } from './named-municipalities.ts';
import { REFUSAL_WORDS } from './refusal-words.ts';

/** The partner cues find their leads in a summary in one scan with the who-may-apply cues (lead-scan.ts). */
export const SUMMARY_CUES = 'summary-cues';
/**
 * The checks asked in turn of one sentence, list entry or whole call (any organisation, public bodies, other
 * organisations, organisations at all, existing projects, vague actors, the regional level): one scan of the text
 * finds where the leads of each start, instead of a scan per pattern and per hint word (lead-scan.ts).
 */
const WORDING = 'wording';

/** Escapes a data phrase for a pattern; spaces match any run of spaces or punctuation between words. */
function phrasePattern(phrase: string): string {
  return fold(phrase.toLowerCase())
    .split(/[\s/,-]+/)
    .filter(Boolean)
    .map(escapeRegExp)
    .join('[\\s,/-]+');
}

/**
 * The longest word of each phrase, folded, without those holding another: wherever a phrase matches, its words are
 * in the text as written, so a text holding none of these words matches none of the phrases (one pattern of ten
 * plain words instead of forty phrases behind a letter class tried at every character).
 */
function anchors(phrases: readonly string[]): string[] {
  const longest = phrases.map((p) =>
    fold(p.toLowerCase())
      .split(/[\s/,-]+/)
      .reduce((a, b) => (b.length > a.length ? b : a), ''),
  );
  return [...new Set(longest)].filter((w, _, all) => !all.some((o) => o !== w && w.includes(o)));
}

/** "Any organisation", "all legal entities", "alla typer av organisationer", "juridiska personer" (data file). */
const ANY_PHRASES = [...APPLICANT_TYPES.anyOrganisation.sv, ...APPLICANT_TYPES.anyOrganisation.en].map(phrasePattern);
const ANY = new RegExp(`(?:^|[^\\p{L}])(?:${ANY_PHRASES.join('|')})(?![\\p{L}])`, 'u');
/**
 * The patterns here start with a letter class tried at every character; each has a plain pattern of its words
 * alone that a text must match first (where a pattern matches, its words are there), so most sentences are passed
 * over in one quick scan.
 */
const ANY_ANCHORS = new RegExp(
  anchors([...APPLICANT_TYPES.anyOrganisation.sv, ...APPLICANT_TYPES.anyOrganisation.en])
    .map(escapeRegExp)
    .join('|'),
);
const OPEN_TO_ALL_WORDS = leadScan(
  /open to |for alla|anyone|everyone|anybody|alla kan|alla far|alla som vill|vem som helst/,
  WORDING,
);
/** "Open to all" said of applicants, not of a programme's priorities ("open to all priorities"). */
const OPEN_TO_ALL =
  /(?:^|[^\p{L}])(?:(?:open to (?:all|everyone|anyone)|oppen for alla|oppet for alla|oppna for alla)(?=\s*(?:[.,;:!)]|$|(?:(?:types?|kinds?) of |typer av |slags )?(?:organi|applicant|entit|bod|actor|legal|interested|sokande|aktor|juridisk)))|(?:anyone|everyone|anybody) (?:can|may) apply(?=\s*(?:[.,;:!–—-]|$))|(?:anyone|everyone|anybody) (?:can|may) (?:nominate|put forward|propose) (?:a |an )?(?:candidate|nominee)s?(?![\p{L}])|(?:alla|vem som helst) (?:kan|far) nominera(?![\p{L}])|(?:alla|vem som helst)(?: som vill)? (?:kan|far) soka(?=\s*(?:[.,;:!–—-]|$)))/u;

/** Lowercase and diacritic-free, as the patterns here read a text (see the …Folded functions). */
export function foldWording(text: string): string {
  return fold(text.toLowerCase());
}

/** ANY tried only where one of its phrases starts. */
const ANY_AT_WORDS = leadScan(ANY);
/** …every match of it, the phrase as group 1. */
const ANY_AT_ALL = leadScan(new RegExp(`(?:^|[^\\p{L}])(${ANY_PHRASES.join('|')})(?![\\p{L}])`, 'gu'));
const ANY_ANCHORS_AT = leadScan(ANY_ANCHORS, WORDING);

/** Whether the pattern matches somewhere in `t` (as `test`), its leads found with the others' of its group. */
function holds(t: string, p: LeadScan): boolean {
  return firstLeadMatch(t, p) !== null;
}

export function admitsAnyOrganisation(t: string): boolean {
  return (holds(t, ANY_ANCHORS_AT) && anyUnqualified(t)) || (holds(t, OPEN_TO_ALL_WORDS) && openToAllApplicants(t));
}

/**
 * What is to be open to all, said right before: an association, its activities or events ("föreningen ska bedriva en
 * verksamhet som är öppen för alla", "the events must be open to all"). A condition on them, not on who applies.
 * Folded text.
 */
const OPEN_THING_BEFORE =
  /(?:verksamhet\p{L}*|forening\p{L}*|aktivitet\p{L}*|arrangemang\p{L}*|evenemang\p{L}*|motesplats\p{L}*|lokal(?:en|er|erna)?|activit(?:y|ies)|events?|associations?|clubs?|facilit(?:y|ies)|venues?|meetings?)\s+(?:[\p{L}-]+\s+){0,7}?(?:vara|ar|be|is|are|remain)\s+$/u;

function openToAllApplicants(t: string): boolean {
  const m = OPEN_TO_ALL.exec(t);
  if (!m) return false;
  return !OPEN_THING_BEFORE.test(t.slice(Math.max(0, m.index - 80), m.index + 1));
}

/**
 * A clause right after organisations that says what they are made of or work on ("juridiska personer som består
 * av eller arbetar med barn och unga", "other organisations working with young people", "legal entities active in
 * the field of culture", "other organisations that have strong interests in school education", "organisations from the cultural and
 * creative industries sector", "organisationer inom besöksnäringen"): the organisations
 * are of that field, not of any kind. Whether a kommun or a region is one of them is then not said. A clause of
 * place ("established in a Member State", "med säte i Sverige") is no such qualifier. Folded text.
 */
const FIELD_CLAUSE =
  /^\s*,?\s*(?:(?:som|that|which|who|whose|vars)\s+)?(?:(?:also|aven|ocksa|mainly|primarily|chiefly|huvudsakligen|framst|i huvudsak)\s+)?(?:(?:main|primary|principal|core|chief)\s+(?:activity|activities|business|purpose|mission)\s+(?:is|are|lies in|consists? of)|(?:huvudsakliga|framsta)\s+(?:verksamhet|uppgift|syfte)\s+(?:ar|bestar av)|(?:have|has|with)\s+(?:a\s+|an\s+)?(?:strong\s+|particular\s+|special\s+|clear\s+)?interests?\s+in|(?:har|med)\s+(?:ett\s+)?(?:starkt\s+|sarskilt\s+|tydligt\s+)?intresse\s+(?:av|for)|huvudverksamhet\s+ar|bestar av|bestaende av|arbetar med|arbetar for|arbetar inom|jobbar med|jobbar for|jobbar inom|verkar for|verkar inom|ar verksamma inom|ar verksamma med|verksamma inom|verksamma med|foretrader|representerar|work with|works with|working with|work for|works for|working for|work on|works on|working on|consist of|consists of|consisting of|composed of|made up of|(?:representing|represent)(?!\s+(?:the|their|a|an|this|its)\s+(?:project|initiative|application|entry|consortium|partnership|idea)s?(?![\p{L}]))|specialising in|specializing in|specialised in|specialized in|focused on|focusing on|dealing with|deal with|engaged in|active in the (?:field|area|sector)s? of|(?:from|in|of|within)\s+the\s+(?!(?:public|private|non-profit|not-for-profit|voluntary|third|civil|civil society|ngo|state|municipal|local government|governmental)\s+sectors?)(?:[\p{L}-]+\s+(?:and\s+|&\s+)?){1,5}?(?:sectors?|industry|industries)|(?:fran|inom)\s+(?!(?:den\s+)?(?:offentliga|privata|ideella|idéburna|kommunala|statliga)\s+sektorn)(?:[\p{L}-]+\s+(?:och\s+)?){0,4}?(?:\p{L}*sektorn|\p{L}*branschen|\p{L}*naringen|\p{L}+omradet))(?![\p{L}])/u;

/** A field clause on what the organisations work in or with ("som arbetar med", "working in"), not what they are made of. */
const WORK_CLAUSE =
  /^\s*,?\s*(?:(?:som|that|which|who)\s+)?(?:(?:also|aven|ocksa|mainly|primarily|chiefly|huvudsakligen|framst|i huvudsak)\s+)?(?:arbetar|jobbar|verkar|ar verksamma|verksamma|work|works|working|specialis|specializ|focus|deal|engaged|active in)/u;

/** A list entry's first words naming organisations of no kind ("organisations", "aktörer"), folded. */
const BARE_ORGANISATIONS_START =
  /^\s*((?:organi[sz]ations?|organisationer(?:na)?|entities|actors|aktorer(?:na)?|bodies|institutions))(?![\p{L}])/u;

/**
 * Whether organisations of a field (fieldOrganisationsIn's words) are named by the work they do ("alla organisationer
 * som jobbar inom vuxnas lärande", "organisations working with young people"): a body doing that work is one of them.
 */
export function namedByWork(fieldOrgs: string): boolean {
  const t = foldWording(fieldOrgs);
  for (const m of [...openCatchAllsUnqualified(t), ...allLeadMatches(t, ANY_AT_ALL)]) {
    if (WORK_CLAUSE.test(t.slice(m.index + m[0].length))) return true;
  }
  return false;
}

/** Whether a field clause follows `at` in the folded text `t`. */
export function fieldClauseAt(t: string, at: number): boolean {
  return FIELD_CLAUSE.test(t.slice(at, at + 80));
}

/**
 * A clause saying the persons or entities are to found a company ("legal entities intending to establish an SME",
 * "juridiska personer som avser att starta ett företag"): they apply as the company to be, not as any organisation.
 */
const FOUNDER_CLAUSE =
  /^\s*,?\s*(?:(?:som|that|which|who)\s+)?(?:intend(?:s|ing)?|plan(?:s|ning)?|wish(?:es|ing)?|about|avser|planerar|vill|tanker)\s+(?:to\s+|att\s+)?(?:establish|set up|found|start|create|launch|starta|bilda|grunda|etablera|registrera)\s+(?:an?\s+|ett\s+|sitt\s+|their\s+own\s+)?(?:sme|smes|company|enterprise|start-?up|business|foretag|bolag|smaforetag)(?![\p{L}])/u;

/**
 * "All beneficiaries must…", "alla sökande ska…": a condition on whoever applies, not a list of who may. Said only of
 * the phrases that name applicants rather than organisations (applicant-types.json `anyOrganisation`).
 */
const CONDITION_AFTER =
  /^\s+(?:must|shall|should|need to|are required|will have to|ska|skall|maste|behover)(?![\p{L}])/u;
const APPLICANT_PHRASE = /benefici|applicant|stodmottagare|sokande/;

/**
 * Legal persons of private law ("legal persons governed by private law", "privaträttsliga juridiska personer",
 * "private legal entities"): no kommun or region is one, so they are no organisation of any kind.
 */
/** (Non-governmental legal persons are private law's too: "non-governmental, non-profit legal persons".) */
const PRIVATE_LAW_BEFORE =
  /(?:^|[^\p{L}])(?:private|privatrattsliga?|privata|non-governmental|nongovernmental|icke-statliga)(?:\s*,?\s*(?:and\s+|och\s+)?(?:non-profit|not-for-profit|nonprofit|ideella|icke-vinstdrivande))?\s*,?\s+$/u;
const PRIVATE_LAW_AFTER =
  /^\s*,?\s*(?:(?:which|that|som)\s+(?:are|is|ar)\s+)?(?:governed by|under|of|subject to|established under|inom)\s+(?:the\s+)?(?:private|civil)\s+law|^\s*,?\s*(?:enligt|under)\s+privatratt/u;

/** The names of countries other than Sweden, folded (countries.json). */
const ABROAD_NAMES = new Set(
  COUNTRIES.countries.filter((c) => c.name !== 'Sweden').flatMap((c) => [...c.sv, ...c.en].map((n) => fold(n))),
);
/** "…registered in the Republic of Estonia", "med säte i Finland": the country a place clause puts the applicant in. */
const REGISTERED_IN =
  /^\s*,?\s*(?:[\p{L}-]+\s+){0,4}?(?:(?:who|which|that|som)\s+(?:are|is|ar)\s+)?(?:registered|established|based|domiciled|incorporated|registrerade?|etablerade?|med sate)\s+(?:in|i)\s+(?:the\s+)?(?:republic\s+of\s+)?([\p{L}-]+)/u;
/** A place clause that puts the organisations of any kind in one country abroad: no Swedish body is among them. */
function registeredAbroad(after: string): boolean {
  const m = REGISTERED_IN.exec(after);
  return m !== null && ABROAD_NAMES.has(m[1]);
}

/**
 * "Byaförening, samhällsnämnd eller motsvarande organisation", "or a similar organisation": one like those named,
 * not an organisation of any kind. Folded text.
 */
const LIKE_NAMED_BEFORE =
  /(?:^|[^\p{L}])(?:motsvarande|liknande|likvardig\p{L}*|jamforbar\p{L}*|equivalent|similar|comparable)\s+$/u;
/** Whether the word starting at `at` of folded `t` is said to be like those named before it (LIKE_NAMED_BEFORE). */
const likeNamedAt = (t: string, at: number): boolean => LIKE_NAMED_BEFORE.test(t.slice(Math.max(0, at - 20), at));

/**
 * The phrase of any kind from `start` to `end` of folded `t` is qualified as private law, as registered abroad, or
 * as one like the kinds named before it.
 */
function qualifiedAwayAt(t: string, start: number, end: number): boolean {
  const after = t.slice(end, end + 80);
  return (
    PRIVATE_LAW_BEFORE.test(t.slice(Math.max(0, start - 50), start)) ||
    likeNamedAt(t, start) ||
    PRIVATE_LAW_AFTER.test(after) ||
    registeredAbroad(after)
  );
}

/**
 * Organisations of any kind named only as those of private law or registered in one country abroad ("legal persons
 * registered in the Republic of Estonia", "legal persons governed by private law"): a list of such holds no Swedish
 * kommun or region. Folded text.
 */
export function anyQualifiedAway(t: string): boolean {
  let any = false;
  for (const m of allLeadMatches(t, ANY_AT_ALL)) {
    const end = m.index + m[0].length;
    if (!qualifiedAwayAt(t, end - m[1].length, end)) return false;
    any = true;
  }
  return any;
}

/** ANY matched somewhere without a field or founder clause after it ("legal entities", not "legal entities working with…"). */
function anyUnqualified(t: string): boolean {
  for (const m of allLeadMatches(t, ANY_AT_ALL)) {
    const end = m.index + m[0].length;
    if (APPLICANT_PHRASE.test(m[1]) && CONDITION_AFTER.test(t.slice(end, end + 30))) continue;
    if (qualifiedAwayAt(t, end - m[1].length, end)) continue;
    if (!fieldClauseAt(t, end) && !FOUNDER_CLAUSE.test(t.slice(end, end + 80))) return true;
  }
  return false;
}

/**
 * Organisations of any kind, or a catch-all, that a field clause qualifies ("organisationer, nätverk och andra
 * juridiska personer som består av eller arbetar med barn och unga"), as the text writes the words from the
 * organisation word to the clause's end (a ";" or the sentence's), or undefined.
 */
export function fieldOrganisationsIn(text: string, listEntry = false): string | undefined {
  const t = foldKeepingOffsets(text);
  // The words from the organisation word to the clause's end. A colon ends it too: the kinds listed after are its
  // examples ("…som jobbar inom X: skolor, föreningar").
  const upToClauseEnd = (start: number, end: number) => {
    const stop = t.slice(end).search(/[.;:!?](?:\s|$)|\n/);
    return text.slice(start, stop === -1 ? t.length : end + stop).trim();
  };
  // A list entry that is organisations of a sector ("organisations from the cultural and creative industries
  // sector"), with no word of any kind before them.
  // (Organisations named by the work they do, "organisations working with energy", are of any kind that does it:
  // read as such, not as a field's.)
  const bare = listEntry ? BARE_ORGANISATIONS_START.exec(t) : null;
  if (bare && fieldClauseAt(t, bare[0].length) && !WORK_CLAUSE.test(t.slice(bare[0].length)))
    return upToClauseEnd(bare[0].length - bare[1].length, bare[0].length);
  // A catch-all ("andra juridiska personer") starts before the phrase of any kind inside it: the earlier first.
  const found = [...openCatchAllsUnqualified(t), ...allLeadMatches(t, ANY_AT_ALL)];
  for (const m of found) {
    const end = m.index + m[0].length;
    if (fieldClauseAt(t, end)) return upToClauseEnd(end - m[1].length, end);
  }
  return undefined;
}

/**
 * "Public" or "offentlig/statlig/kommunal" before an organisation word within a few words: public bodies are
 * among the applicants ("public or private bodies", "bodies governed by public law", "offentlig, privat och
 * ideell sektor", "statliga och kommunala aktörer"). Public research bodies are research bodies.
 */
const PUBLIC_ORG =
  /(?:^|[^\p{L}])(?:public|governmental|offentlig\p{L}*|statlig\p{L}*|kommunal\p{L}*)(?:[\s,/()-]+(?:or|and|och|eller|and\/or|private|privat\p{L}*|ideell\p{L}*|non-profit|not-for-profit|civil|local|regional|national|lokal\p{L}*|regional\p{L}*|nationell\p{L}*|semi-public|sector|sektor)){0,5}[\s,/()-]+(?:bod(?:y|ies)|organi[sz]ations?|entit(?:y|ies)|authorit(?:y|ies)|institutions?|sector|actors?|administrations?|law|agenc(?:y|ies)|organ|organisationer|organisation|aktorer|aktor|sektor|sektorn|myndighet|myndigheter|verksamhet|verksamheter|institutioner|forvaltningar|forvaltning|bolag|huvudman|huvudman)(?![\p{L}])/u;
const PUBLIC_RESEARCH =
  /(?:public|offentlig\p{L}*|statlig\p{L}*)[\s,]+(?:research|forsknings\p{L}*|universit\p{L}*|higher education|hogskol\p{L}*)/u;

/** PUBLIC_ORG tried only where its first word starts (core/text/lead-scan.ts). */
const PUBLIC_ORG_AT_WORDS = leadScan(PUBLIC_ORG, WORDING);
/** …and on its own, for a whole call (opensAnywhere). */
const PUBLIC_ORG_ALONE = leadScan(PUBLIC_ORG);

export function namesPublicBodies(t: string): boolean {
  return publicBodiesBy(t, PUBLIC_ORG_AT_WORDS);
}

/** Words of the public sector as a whole or its local or regional levels: not the state's alone. */
const BEYOND_STATE = /public|governmental|offentlig|kommunal|regional|lokal|local/u;

/** "Local", "lokala" right before the public word: the local level's bodies. */
const LOCAL_BEFORE = /(?:^|[^\p{L}])(?:local|lokala|lokal|lokalt)\s+$/iu;

/** Whether the text before a public-body phrase ends in "local"/"lokala" ("local public entities": kommuner). */
export function localLevelBefore(before: string): boolean {
  return LOCAL_BEFORE.test(before.slice(-14));
}

/** "National", "national-level", "nationella" right before the public word: the state's level. */
const NATIONAL_BEFORE = /(?:^|[^\p{L}])(?:national(?:[\s-]+level)?|nationella|nationell|nationellt)\s+$/iu;

/** "Non-", "icke-" right before the public word: bodies that are not public ("non-governmental organisations"). */
const NOT_BEFORE = /(?:^|[^\p{L}])(?:non|icke|ej|inte|not)[\s-]*$/u;

function publicBodiesBy(t: string, p: LeadScan): boolean {
  const first = firstLeadMatch(t, p);
  if (!first) return false;
  return publicMatch(t, first) || allLeadMatches(t, p).some((m) => m.index > first.index && publicMatch(t, m));
}

/**
 * Bodies named by the programme they implement ("public bodies responsible for the implementation of the LIFE
 * programme", "authorities in charge of managing the funds"): a state's managing or national authorities, which a
 * kommun or region is not. Only a programme or fund: bodies responsible for managing a nature reserve may be a
 * kommun's.
 */
const IMPLEMENTATION =
  '(?:the\\s+)?(?:implementation|implementing|management|managing|genomförandet|genomforandet|förvaltningen|forvaltningen)\\s+(?:(?:of|av)\\s+)?(?:the\\s+)?(?:[\\p{L}+-]+\\s+){0,3}(?:programmes?|programmet|programmen|funds?|fonden|fonderna)(?![\\p{L}])';
const IMPLEMENTING_AFTER = new RegExp(
  `^\\s+(?:that are\\s+|which are\\s+|som är\\s+)?(?:responsible for|in charge of|ansvariga? för|ansvariga? for)\\s+${IMPLEMENTATION}`,
  'u',
);
/** …right after a role that already says "responsible for" ("bodies responsible for| the implementation"). */
const IMPLEMENTATION_NEXT = new RegExp(`^\\s+${IMPLEMENTATION}`, 'u');

/** Whether the words after a body's noun say it implements a programme (IMPLEMENTING_AFTER); folded or plain text. */
export function implementingBodyAfter(after: string): boolean {
  return IMPLEMENTING_AFTER.test(after.slice(0, 120).toLowerCase());
}

/** A body noun in a text (an entry of a list of applicants) that implementingBodyAfter says implements a programme. */
const BODY_NOUN = /(?:bod(?:y|ies)|authorit(?:y|ies)|organ|myndighet(?:er)?)(?![\p{L}])/giu;
export function namesImplementingBodies(t: string): boolean {
  for (const m of t.matchAll(BODY_NOUN)) if (implementingBodyAfter(t.slice(m.index + m[0].length))) return true;
  return false;
}

function publicMatch(t: string, m: RegExpExecArray): boolean {
  const at = m.index + (m[0].length - m[0].replace(/^[^\p{L}]+/u, '').length);
  if (NOT_BEFORE.test(t.slice(Math.max(0, at - 8), at))) return false;
  // "Local public entities": public bodies of the local level, which levelBodiesIn reads as kommuner.
  if (localLevelBefore(t.slice(Math.max(0, at - 14), at))) return false;
  // "National(-level) public bodies": the state's own, which a kommun or region is not.
  if (NATIONAL_BEFORE.test(t.slice(Math.max(0, at - 20), at))) return false;
  if (implementingBodyAfter(t.slice(m.index + m[0].length))) return false;
  // "Statliga myndigheter" names the state's own agencies (levelBodiesIn reads them as such), not public bodies
  // in general: a kommun is none of them.
  if (m[0].includes('statlig') && !BEYOND_STATE.test(m[0])) return false;
  // "Public research organisations and universities" names research bodies only.
  return !PUBLIC_RESEARCH.test(t.slice(m.index, m.index + m[0].length + 30));
}

/**
 * Bodies named by their level of government, the levels listed before one noun: "local/regional authorities",
 * "local or regional administrations", "national, regional and local public bodies", "lokala och regionala
 * förvaltningar", "statliga och kommunala myndigheter", "local, regional or national education authorities",
 * "lokala eller regionala skolmyndigheter" (the level names the body, whatever field it serves). The list names
 * every level in it, as if each were written with the noun: local ones are kommuner, regional ones regioner,
 * national ones state agencies. Plain "förvaltningar" in a list of applicants are public administrations, kommuner
 * and regioner among them. Folded text.
 */
const LEVEL =
  '(?:local|municipal|city|regional|national|state|lokal\\p{L}*|kommunal\\p{L}*|regional\\p{L}*|nationell\\p{L}*|statlig\\p{L}*)';
const LEVEL_BODIES = new RegExp(
  `(?:^|[^\\p{L}])(${LEVEL}(?:\\s*(?:,|/|-)\\s*${LEVEL}|\\s*,?\\s+(?:and|or|and/or|och|eller|samt|och/eller)\\s+${LEVEL})*)\\s+(?:(?:public|offentlig\\p{L}*|education(?:al)?|school)\\s+)?(?:authorit(?:y|ies)|administrations?|government entit(?:y|ies)|governments?|bodies|entit(?:y|ies)|forvaltning(?:ar|arna|en)?|(?:skol|utbildnings)?myndighet(?:er|erna)?|organ)(?![\\p{L}])`,
  'gu',
);
const LEVEL_NOUN = /authorit|administration|government|bodies|entit|forvaltning|myndighet|organ/;

/** The entry without the bodies it names by their level ("local public entities"): what else it names. */
export function withoutLevelBodies(text: string): string {
  const t = foldKeepingOffsets(text.toLowerCase());
  if (!LEVEL_NOUN.test(t)) return text;
  let out = text;
  for (const m of t.matchAll(LEVEL_BODIES)) {
    const at = m.index ?? 0;
    out = out.slice(0, at) + ' '.repeat(m[0].length) + out.slice(at + m[0].length);
  }
  return out;
}
const PLAIN_ADMINISTRATIONS = /(?:^|[^\p{L}])(?:offentliga\s+)?forvaltningar(?:na)?(?![\p{L}])/u;
/** The class a level word names: local ones kommuner, regional ones regioner, national ones state agencies. */
function levelClass(level: string): ApplicantClass | undefined {
  if (/^(?:local|municipal|city|lokal|kommunal)/.test(level)) return 'municipal';
  if (/^regional/.test(level)) return 'region';
  if (/^(?:national|state|nationell|statlig)/.test(level)) return 'state';
  return undefined;
}

/** A level adjective before another noun joined to the administrations ("kommunala bolag och förvaltningar"). */
const LEVEL_OF_PAIR =
  /(?:^|[^\p{L}])(kommunal\p{L}*|lokal\p{L}*|regional\p{L}*|statlig\p{L}*)\s+[\p{L}-]+\s*(?:,|och|eller|samt)\s*[^\p{L}]?$/u;

/**
 * The classes named by level ("local and regional authorities": municipal and region), and "förvaltningar" as
 * public, in a text as written; bodies named as members, recipients or a topic ("associations of local and
 * regional authorities") are none (notApplicantReason).
 */
export function levelBodiesIn(text: string): ApplicantClass[] {
  const t = foldKeepingOffsets(text.toLowerCase());
  if (!LEVEL_NOUN.test(t)) return [];
  const out = new Set<ApplicantClass>();
  // From the level's first letter: the character before it ("(" in "members (local/regional authorities)") is
  // not part of the bodies named.
  const applies = (m: RegExpMatchArray) => {
    const end = (m.index ?? 0) + m[0].length;
    const lead = m[0].length - m[0].replace(/^[^\p{L}]+/u, '').length;
    return notApplicantReason(text, (m.index ?? 0) + lead, end, undefined) === undefined;
  };
  for (const m of t.matchAll(LEVEL_BODIES)) {
    if (!applies(m)) continue;
    for (const level of m[1].split(/\s*(?:,|\/|-)\s*|\s+(?:and|or|och|eller|samt)\s+/)) {
      const c = levelClass(level);
      if (c) out.add(c);
    }
  }
  const plain = PLAIN_ADMINISTRATIONS.exec(t);
  if (plain && applies(plain)) {
    // "Kommunala bolag och förvaltningar": the level before the first noun is the administrations' level too.
    const level = LEVEL_OF_PAIR.exec(t.slice(Math.max(0, (plain.index ?? 0) - 60), (plain.index ?? 0) + 1));
    out.add((level && levelClass(level[1])) || 'public');
  }
  return [...out];
}

/**
 * Words after which the applicants named are examples, not the whole list: "open to all, including companies",
 * "riktar sig främst till företag", "partners such as universities".
 */
const EXAMPLE_CUES = String.raw`include\s*[–—-]?\s*but (?:are|is) not limited to\s*[–—-]?|includes?,? but not limited to|not limited to|inklusive men inte begransat till|including|inclusive of|such as|e\.\s?g\.|for example|for instance|among others|in particular|particularly|especially|primarily|mainly|mostly|inklusive|bland annat|bl\.\s?a\.|t\.\s?ex\.|till exempel|exempelvis|sasom|framst|i forsta hand|sarskilt|i synnerhet|bland andra`;
const OPEN_ENDED_ALL = new RegExp(String.raw`(?:^|[^\p{L}])(?:${EXAMPLE_CUES}|aven|likasa)(?![\p{L}])`, 'gu');
/** The same words without "även", "likaså": those add a kind to a list, they do not make its kinds examples. */
const EXAMPLE_CUE_ALL = new RegExp(String.raw`(?:^|[^\p{L}])(?:${EXAMPLE_CUES})(?![\p{L}])`, 'gu');
/**
 * A modal verb right before the cue: "Statsbidraget ska bland annat stödja kommunerna" says what the grant does,
 * among other things; the kommuner after it are no examples of who applies. Folded text.
 */
const MODAL_BEFORE = /(?:^|[^\p{L}])(?:ska|skall|kan|far|bor|maste|will|shall|should|can|may|must)\s+$/u;

/** Where a match of a pattern starting "(?:^|[^\p{L}])" has its first letter: 0 at the text's start, else 1. */
const wordOffset = (match: string): number => (/^\p{L}/u.test(match) ? 0 : 1);

/** Whether a cue of `all` (a global pattern) stands in `t` other than right after a modal verb or a place. */
function cueIn(t: string, all: RegExp): boolean {
  for (const m of t.matchAll(all)) {
    const at = m.index + wordOffset(m[0]);
    if (MODAL_BEFORE.test(t.slice(Math.max(0, at - 10), at))) continue;
    if (PLACE_BEFORE.test(t.slice(Math.max(0, at - 20), at))) continue;
    return true;
  }
  return false;
}

/**
 * A place right before the cue: "ett geografiskt område såsom en by, tätort eller stadsdel" gives examples of
 * places, not of who applies. Folded text.
 */
const PLACE_BEFORE =
  /(?:^|[^\p{L}])(?:omrade|omradet|omraden|ort|orter|plats|platser|area|areas|places?|locations?|localit(?:y|ies)|territor(?:y|ies))\s*,?\s+$/u;

export function openEndedBefore(t: string): boolean {
  return cueIn(t, OPEN_ENDED_ALL);
}

/** Whether folded text holds a word that makes the kinds after it examples ("exempelvis", "such as"). */
export function exampleCueIn(t: string): boolean {
  return cueIn(t, EXAMPLE_CUE_ALL);
}

/**
 * Words right before a class that make it a part the group of applicants must hold ("minst tre svenska parter varav
 * minst ett företag", "consortia including at least one SME"): a condition on the group's make-up, not a list of who
 * may apply; so is one an entry says it includes ("digital innovation hubs including a research and technology
 * transfer organisation"). Folded text before the class; up to two words between the count and the class ("minst ett svenskt
 * företag").
 */
const REQUIRED_PART_BEFORE =
  /(?:^|[^\p{L}])(?:(?:minst|atminstone|at least|a minimum of|minimum)\s+(?:en|ett|one|two|tva|tre|three|fyra|four|\d+)|(?:including|which includes?|that includes?|inkluderande|som inkluderar|som omfattar)\s+(?:at least\s+|minst\s+)?(?:an?|one|en|ett))(?:\s+\p{L}+){0,2}\s*$/u;

/** "…varav minst en av dessa måste vara en av de 23 kommunerna", "one being one of the 23 … municipalities". */
const REQUIRED_ONE_BEFORE =
  /(?:^|[^\p{L}])(?:minst|atminstone|at least)?\s*(?:en|ett|one)(?:\s+(?:of (?:these|them|which)|av (?:dessa|dem|vilka)))?\s+(?:must be|shall be|should be|has to be|needs to be|being|ska vara|skall vara|maste vara|behover vara)\s+(?:(?:one of the|en av de|ett av de|an?|en|ett)\s+)?(?:[\p{L}\d-]+\s+){0,4}$/u;

export function requiredPartBefore(folded: string): boolean {
  return REQUIRED_PART_BEFORE.test(folded) || REQUIRED_ONE_BEFORE.test(folded);
}

/**
 * Words after the classes named that say the list goes on: "universitet, forskningsinstitut med flera kan söka",
 * "föreningar, stiftelser m.fl.", "companies, NGOs etc.", "universities and others". Those named are examples, not
 * the limit. "Med flera" is also "with several" ("samarbete med flera kommuner"): only where nothing follows it but
 * punctuation, the list's verb or the sentence's end does it end a list. Read up to the clause's end (folded text
 * after the class).
 */
const OPEN_END_AFTER =
  /^[^.;:!?]{0,120}?(?:^|[^\p{L}])(?:m\.\s?fl\b\.?|mfl(?![\p{L}])|m\.\s?m\b\.?|med mera(?![\p{L}])|etc(?![\p{L}])|et cetera(?![\p{L}])|osv(?![\p{L}])|och sa vidare(?![\p{L}])|and so on(?![\p{L}])|and others(?![\p{L}])|among others(?![\p{L}])|bland andra(?![\p{L}])|med flera(?=\s*(?:[,.;:)!?]|$|(?:kan|far|ska|som|ar|har|may|can)(?![\p{L}]))))/u;

/** Words without which no list end is there (a quick scan before OPEN_END_AFTER's letter classes). */
export const OPEN_END_WORDS = /fl\b|mfl|m\.\s?m|mera|etc|cetera|osv|vidare|so on|others|andra|flera/i;

export function openEndedAfter(t: string): boolean {
  return OPEN_END_WORDS.test(t) && OPEN_END_AFTER.test(t);
}

/**
 * A word saying which country the organisations are of ("alla svenska företag/organisationer", "all Norwegian
 * companies and organisations"): it qualifies every item of the list after it and names no kind of organisation.
 * Sweden's adjectives and every country's in countries.json, folded; optional, with its space.
 */
const WHERE_FROM = `(?:(?:svensk|svenska|svenskt|swedish|${[
  ...new Set(COUNTRIES.countries.flatMap((c) => [...(c.adjectives?.sv ?? []), ...(c.adjectives?.en ?? [])])),
]
  .map((a) => escapeRegExp(fold(a.toLowerCase())))
  .join('|')})\\s+)?`;

/**
 * "Alla företag/organisationer", "all companies and organisations", "samtliga föreningar och organisationer": every
 * organisation, the kinds named before the organisation word only spelling some out. A clause on what they work on
 * ("alla företag och organisationer som arbetar med unga") makes them organisations of that field instead. Folded
 * text.
 */
const ALL_ORGANISATIONS = new RegExp(
  `(?:^|[^\\p{L}])(?:alla|samtliga|all|any)\\s+${WHERE_FROM}(?:[\\p{L}-]+\\s*(?:,|\\/|&|\\s(?:och|eller|samt|and|or)\\s)\\s*){1,3}(?:organisationer|organisations|organizations)(?![\\p{L}])`,
  'gu',
);

export function allOrganisationsIn(t: string): boolean {
  if (!/organi[sz]ation/.test(t)) return false;
  for (const m of t.matchAll(ALL_ORGANISATIONS)) {
    const end = (m.index ?? 0) + m[0].length;
    if (!fieldClauseAt(t, end) && !FOUNDER_CLAUSE.test(t.slice(end, end + 80))) return true;
  }
  return false;
}

/**
 * Organisations named as an item of their own beside other kinds ("företag och organisationer", "companies,
 * organisations", "föreningar/organisationer", "organisationer och företag"): organisations of any kind are among
 * the applicants, the other kinds beside them no limit. Not an organisation word with a word of its kind before it
 * ("ideella organisationer", "research organisations"): the item is that kind. An item after them may be two words
 * ("organisations and young people"). Not organisations of a field ("…
 * organisationer som arbetar med unga": fieldOrganisationsIn), nor those the applicants work with ("i samarbete med
 * företag och organisationer"). The items as the text writes them, or undefined.
 */
const BARE_ORGANISATIONS =
  /(?:^|[^\p{L}])((?:[\p{L}-]+\s*(?:,|\/|&|\s(?:och|eller|samt|and|or)\s)\s*)+(?:organisationer|organisations|organizations)|(?:organisationer|organisations|organizations)(?:\s*(?:,|\/|&|\s(?:och|eller|samt|and|or)\s)\s*[\p{L}-]+(?:\s+(?!(?:in|from|of|for|with|that|which|who|to|i|fran|av|for|med|som|till|och|eller|samt|and|or|kan|ska|skall|far|maste|bor|ar|may|can|must|shall|should|will|are|is|apply|soka)(?![\p{L}]))[\p{L}-]+)?)+)(?![\p{L}])/gu;
/** Where an item list may start: the text's or a clause's start, or a word that opens a list of who. */
const BARE_START = new RegExp(
  `(?:^|[,:;(]|(?:^|[^\\p{L}])(?:alla|samtliga|all|any|till|for|av|to|by|from|fran)\\s*${WHERE_FROM})\\s*$`,
  'u',
);

export function bareOrganisationsIn(text: string): string | undefined {
  if (!/organi[sz]ation/i.test(text)) return undefined;
  const t = foldKeepingOffsets(text.toLowerCase());
  for (const m of t.matchAll(BARE_ORGANISATIONS)) {
    const end = (m.index ?? 0) + m[0].length;
    const start = end - m[1].length;
    // The items start a list of who (no adjective before them: "ideella och offentliga organisationer").
    const before = t.slice(0, start);
    if (!BARE_START.test(before)) continue;
    if (fieldClauseAt(t, end)) continue;
    const clause = clauseTail(before);
    if (WITH_BEFORE_LIST.test(clause)) continue;
    return text.slice(start, end);
  }
  return undefined;
}

/**
 * Encouragement, not a condition: "we encourage researchers and SMEs to apply", "the involvement of SMEs is
 * encouraged", "uppmuntrar medverkan av forskare", "ansökningar från företag är särskilt välkomna". Actors named so
 * are welcome, not the only ones who may apply; only "must", "only", "endast", "ska" limit. The word before the
 * class in its clause (a ";" or ":" starts another), or right after it ("SMEs are encouraged to apply",
 * "forskare uppmuntras"). Folded text.
 */
const ENCOURAGED =
  /(?:^|[^\p{L}])(?:encourag\p{L}*|welcom\p{L}*|uppmuntra\p{L}*|valkomna\p{L}*|valkomnar|valkommen|valkommet|valkomnas)(?![\p{L}])/u;
const ENCOURAGED_AFTER =
  /^(?:\s+(?:and|or|och|eller|&)\s+[\p{L}-]+(?:\s+[\p{L}-]+){0,3}?)?\s+(?:(?:are|is|were|will be|shall be)\s+(?:(?:(?:particularly|especially|strongly|also|warmly|very)\s+)?(?:encouraged|welcome|welcomed)|(?:particularly|especially|also|warmly)\s+invited)|uppmuntras|ar\s+(?:(?:sarskilt|ocksa|aven|mycket)\s+)?valkomna|valkomnas|(?:ar\s+)?(?:sarskilt|ocksa|aven|varmt)\s+(?:inbjudna|inbjuds))(?![\p{L}])/u;

/** "…uppmuntra kommunernas arbete", "to encourage cities' efforts": whose work is encouraged, not whom to involve. */
const THEIR_WORK_AFTER = /^(?:'s|s|')?\s+(?:arbete|arbetet|work|efforts?|insatser|engagemang|engagement)(?![\p{L}])/u;

/**
 * What an encouragement must be about to welcome applicants: applying, taking part, being involved. "Encourage and
 * inspire potential entrepreneurs" is the call's aim for entrepreneurs, not an invitation to them. Folded text.
 */
const TAKING_PART =
  /appl(?:y|ies|ication)|particip|take part|taking part|involv|join|submit|partner|consorti|soka|ansok|delta|medverk|medverkan|engagera/u;
const ENCOURAGE_VERB = /(?:^|[^\p{L}])(?:encourag\p{L}*|uppmuntra\p{L}*)(?![\p{L}])/u;

export function encouragedAround(before: string, after: string): boolean {
  if (THEIR_WORK_AFTER.test(after)) return false;
  const clause = before.slice(Math.max(before.lastIndexOf(';'), before.lastIndexOf(':')) + 1);
  if (ENCOURAGED_AFTER.test(after.slice(0, 80).split(/[;:.]/)[0])) return true;
  if (!ENCOURAGED.test(clause)) return false;
  // "Welcome" welcomes applicants by itself; "encourage" must say to what.
  const welcomed = !ENCOURAGE_VERB.test(clause) || /welcom|valkom/u.test(clause);
  return welcomed || TAKING_PART.test(clause) || TAKING_PART.test(after.slice(0, 60));
}

/** "Only", "endast", "limited to" right before the class named (a few words between): the list is the limit. */
const ONLY_BEFORE =
  /(?:^|[^\p{L}])(?:only|solely|exclusively|endast|enbart|bara|uteslutande|limited to|restricted to|reserved for|forbehallen|forbehallet|begransad till|begransat till)\s+(?:[\p{L}-]+\s+){0,3}$/u;

export function onlyBefore(t: string): boolean {
  return ONLY_BEFORE.test(t);
}

/**
 * Work at the local and the regional level together: "urban and regional development", "local and regional
 * level", "lokal och regional utveckling", "kommunal och regional planering". A call so worded concerns regions
 * as well as cities, whatever its sentence on who applies names. (Not "local and regional authorities": bodies.)
 */
const REGIONAL_LEVEL =
  /(?:^|[^\p{L}])(?:(?:urban|local|city|municipal|lokal\p{L}*|kommunal\p{L}*|stads)\s*(?:,|and|or|och|eller|and\/or|och\/eller|-)\s*regional\p{L}*|regional\p{L}*\s+(?:and|or|och|eller|and\/or|och\/eller)\s+(?:urban|local|municipal|lokal\p{L}*|kommunal\p{L}*))\s+(?:development|level|levels|planning|policy|policies|growth|cooperation|strategies|strategy|utveckling\p{L}*|niva\p{L}*|planering\p{L}*|tillvaxt\p{L}*|samarbete\p{L}*|samverkan|strategi\p{L}*|politik)(?![\p{L}])/u;

/** Asked of a whole call only, so not of the wording group (whose scan finds the leads of every check in it). */
const REGIONAL_LEVEL_AT = leadScan(REGIONAL_LEVEL);

export function namesRegionalLevel(t: string): boolean {
  return t.includes('regional') && holds(t, REGIONAL_LEVEL_AT);
}

/** Actors of a place without their kind ("local actors", "lokala aktörer") as written in the text, if any. */
const VAGUE = new RegExp(
  `(?:^|[^\\p{L}])(${[...APPLICANT_TYPES.vagueActors.sv, ...APPLICANT_TYPES.vagueActors.en]
    .map(phrasePattern)
    .join('|')})(?![\\p{L}])`,
  'u',
);
const VAGUE_AT_WORDS = leadScan(VAGUE, WORDING);

/** The vague actors a text names, in its own words ("local actors"), or undefined. */
export function vagueActorsIn(text: string): string | undefined {
  const t = foldKeepingOffsets(text);
  const m = firstLeadMatch(t, VAGUE_AT_WORDS);
  return m ? text.slice(m.index + m[0].length - m[1].length, m.index + m[0].length) : undefined;
}

/**
 * A role rather than a kind of body ("fastighetsägare", "arbetsgivare", "arrangörer", "property owners",
 * "employers", "the body responsible for"): a kommun or a region can hold it. Matched with the endings of plural
 * and definite forms ("fastighetsägarna", "arrangörerna", "landowners"); a role qualified as private ("privata
 * fastighetsägare", "private landowners") is one a public body cannot hold.
 */
const ROLE_ENDINGS = '(?:s|es|e|n|r|na|en|er|ar|nen|ens|erna|arna)?';
const ROLE = new RegExp(
  `(?:^|[^\\p{L}])((?:(?:private|privately owned|commercial|privata|privat|privatagda|enskilda|kommersiella|unga|young)\\s+)?(?:${[
    ...APPLICANT_TYPES.roles.sv,
    ...APPLICANT_TYPES.roles.en,
  ]
    .sort((a, b) => b.length - a.length)
    .map((r) => phrasePattern(r).replace(/e$/, ''))
    .join('|')})${ROLE_ENDINGS})(?![\\p{L}])`,
  'gu',
);
/** Qualified as private, or as young people ("unga arrangörer": persons), a role is none a public body holds. */
const PRIVATE = /^(?:private|privately|commercial|privat|enskild|kommersiell|unga|young)/;
/**
 * A role named as those the applicants work with ("företag i samarbete med markägare", "together with local
 * employers"), not as the applicants.
 */
const WITH_BEFORE =
  /(?:^|[^\p{L}])(?:med|with|together with|tillsammans med|i samarbete med|i samverkan med|in cooperation with|in partnership with|in collaboration with)\s+(?:[\p{L}-]+\s+){0,2}$/u;

/** "…som arrangörer", and "…with CEU as their main employer": the role of a body named before, not the applicants. */
const AS_BEFORE =
  /(?:^|[^\p{L}])(?:as|som)\s+(?:(?:their|its|his|her|sin|sitt|sina)\s+(?:(?:main|primary|principal|huvudsakliga?|framsta)\s+)?)?$/u;
/**
 * "…must be", "…ska vara": what follows says which kind of body holds the role; so does an apposition ("huvudmän – det
 * vill säga kommunerna", "organisers, i.e. municipalities"). Folded text after the role.
 */
const ROLE_HELD_BY =
  /^\s*(?:\s(?:must|shall|should|has to|ska|skall|maste|bor)\s+(?:be|vara)|[,–—(-]?\s*(?:det vill saga|dvs\.?|d\.v\.s\.?|i\.e\.|that is|namely|namligen))(?![\p{L}])/u;

/** The first role a public body can hold that a text names, in its own words ("fastighetsägare"), or undefined. */
export function roleIn(text: string): string | undefined {
  const t = foldKeepingOffsets(text);
  ROLE.lastIndex = 0;
  for (let m = ROLE.exec(t); m !== null; m = ROLE.exec(t)) {
    if (PRIVATE.test(m[1])) continue;
    const at = m.index + m[0].length - m[1].length;
    if (WITH_BEFORE.test(t.slice(Math.max(0, at - 40), at))) continue;
    // "Schools may apply as coordinators", "föreningar kan söka som arrangörer": the role of the kinds named before.
    if (AS_BEFORE.test(t.slice(Math.max(0, at - 30), at))) continue;
    // "The coordinators must be universities": a condition on who holds the role, which names the kind.
    if (ROLE_HELD_BY.test(t.slice(m.index + m[0].length, m.index + m[0].length + 30))) continue;
    // "Bodies responsible for the implementation of the programme": its managing authorities, no role anyone holds.
    if (IMPLEMENTATION_NEXT.test(t.slice(at + m[1].length, at + m[1].length + 40))) continue;
    // "Policy Area Coordinators", "National Coordinators": a role written as a title after words of its own is an
    // office of a programme or strategy, held by those appointed to it, not a role any body takes on.
    if (/^\p{Lu}/u.test(text.slice(at, at + 1)) && /\p{Lu}[\p{L}-]*\s+$/u.test(text.slice(Math.max(0, at - 40), at)))
      continue;
    return text.slice(m.index + m[0].length - m[1].length, m.index + m[0].length);
  }
  return undefined;
}

/** A catch-all's words (applicant-types.json `catchAll`), longest first, as one alternation of phrase patterns. */
const CATCH = APPLICANT_TYPES.catchAll;
function alternation(p: { readonly sv: readonly string[]; readonly en: readonly string[] }): string {
  return [...p.sv, ...p.en]
    .sort((a, b) => b.length - a.length)
    .map(phrasePattern)
    .join('|');
}

/**
 * "Other non-academic organisations", "other socio‑economic actors", "andra aktörer", "övriga organisationer": up
 * to three words between the catch-all's first word and its organisation word (group 2), dashes of any kind in
 * them (pages write "socio‑economic" with a non-breaking hyphen). Group 1 is the catch-all as written.
 */
const OTHER_ORGS = new RegExp(
  `(?:^|[^\\p{L}])((?:${alternation(CATCH.other)})\\s+((?:[\\p{L}\\p{Pd}]+\\s+){0,3}?)(?:${alternation(CATCH.actors)}))(?![\\p{L}])`,
  'gu',
);
/** A word between that qualifies the catch-all to a kind of body no kommun or region is ("other private actors"). */
const NARROWING = new RegExp(`(?:^|\\s)(?:${alternation(CATCH.narrowing)})(?=\\s|$)`, 'u');
/** …or a sector right after it ("other actors from industry", "andra aktörer inom näringslivet"). */
const NARROWING_AFTER = new RegExp(
  `^\\s*(?:from|in|within|of|without|i|inom|fran|ur|utan)\\s+(?:the\\s+|den\\s+)?(?:${alternation(CATCH.narrowingAfter)})(?![\\p{L}])`,
  'u',
);

/** The catch-all's first words and its organisation words alone (their longest words): a text must hold one of each. */
const wordsOf = (p: { readonly sv: readonly string[]; readonly en: readonly string[] }) =>
  new RegExp(
    anchors([...p.sv, ...p.en])
      .map(escapeRegExp)
      .join('|'),
  );
const OTHER_WORD = leadScan(wordsOf(CATCH.other), WORDING);
const OTHER_NOUN = leadScan(wordsOf(CATCH.actors), WORDING);

const OTHER_ORGS_AT_WORDS = leadScan(OTHER_ORGS);

/** Whether the catch-all matched is qualified to a kind of body no kommun or region is (`t` as foldWording gives it). */
function narrowed(t: string, m: RegExpExecArray): boolean {
  return narrowedToKind(t, m) || fieldClauseAt(t, m.index + m[0].length);
}

/** …by a word between or a sector after it, not by a field clause. */
function narrowedToKind(t: string, m: RegExpExecArray): boolean {
  const between = m[2].replace(/\p{Pd}/gu, '-').trim();
  return (between !== '' && NARROWING.test(between)) || NARROWING_AFTER.test(t.slice(m.index + m[0].length));
}

/** The catch-alls of a folded text that no kind or sector narrows (a field clause may follow). */
function openCatchAllsUnqualified(t: string): RegExpExecArray[] {
  if (!holds(t, OTHER_WORD) || !holds(t, OTHER_NOUN)) return [];
  return allLeadMatches(t, OTHER_ORGS_AT_WORDS).filter((m) => !narrowedToKind(t, m));
}

/** The catch-alls of a folded text that no qualifier narrows. */
function openCatchAlls(t: string): RegExpExecArray[] {
  if (!holds(t, OTHER_WORD) || !holds(t, OTHER_NOUN)) return [];
  return allLeadMatches(t, OTHER_ORGS_AT_WORDS).filter((m) => !narrowed(t, m));
}

/**
 * "Other non-academic organisations", "andra aktörer", "övriga organisationer", "any other entity": a list of
 * applicants that goes on beyond the classes it names. Not "other private actors", "other research organisations":
 * qualified so, the list goes on only among bodies of that kind.
 */
export function namesOtherOrganisations(t: string): boolean {
  return openCatchAlls(t).length > 0;
}

/**
 * Whether the clause that ends at the end of `before` names those the applicants work with, serve or involve
 * ("utbyte med förening eller ", "together with universities and "): what follows is their partners or those served,
 * not who applies. Folded text.
 */
export function inPartnerClause(before: string): boolean {
  const b = before.slice(-160);
  return WITH_BEFORE_LIST.test(clauseTail(b));
}

/**
 * Whether every catch-all of a folded sentence names those the applicants work with ("Bidrag kan beviljas till utbyte
 * med förening eller annan organisation"): a sentence that names no applicant besides (the caller knows) then says
 * whom the work is with, and its catch-all opens no list of who applies.
 */
export function catchAllsOnlyOfPartners(t: string): boolean {
  const found = openCatchAlls(t);
  return found.length > 0 && found.every((m) => inPartnerClause(t.slice(0, m.index + m[0].length - m[1].length)));
}

/** The word that joins a list's last item, right before its catch-all ("businesses, SMEs and other actors"). */
const LIST_END_BEFORE =
  /(?:[,(&]|(?:^|[^\p{L}])(?:and|or|and\/or|as well as|plus|och|eller|och\/eller|samt|liksom))\s*(?:also\s+|aven\s+|ocksa\s+)?$/u;
/** Those the applicants work with ("together with universities and other actors"): partners, not who applies. */
const WITH_BEFORE_LIST =
  /(?:^|[^\p{L}])(?:with|med|involv\p{L}*|engag\p{L}*|benefit\p{L}*|serv\p{L}*|reach\p{L}*|targeting|involvera\p{L}*|engagera\p{L}*|gynna\p{L}*|na ut till)(?![\p{L}])/u;

/**
 * The catch-all that ends a list of who may apply or take part ("universities, businesses, SMEs and other
 * socio-economic actors", "företag, universitet och andra aktörer"), as the text writes it, or undefined: such a list
 * admits organisations of any kind, a kommun and a region among them. `entry`: the text is one entry of a list of
 * applicants, so a catch-all that starts it ends that list ("Other socio-economic actors"). A catch-all of those the
 * applicants work with or serve ("together with universities and other actors") ends no list of applicants.
 */
/** After a list's end, in its clause, a refusal of the list (folded). */
const REFUSED_LIST_AFTER = new RegExp(`^[^.;:!?]{0,30}?(?:${REFUSAL_WORDS})(?![\\p{L}])`, 'u');

export function catchAllEndingList(text: string, entry = false): string | undefined {
  const t = foldKeepingOffsets(text);
  for (const m of openCatchAlls(t)) {
    const at = m.index + m[0].length - m[1].length;
    const before = t.slice(0, at);
    const clause = clauseTail(before);
    const listEnd = LIST_END_BEFORE.test(before) || (entry && /^\s*$/.test(before));
    if (!listEnd || WITH_BEFORE_LIST.test(clause)) continue;
    // "Employers, universities and other organisations cannot apply": a list of those refused opens nothing.
    if (REFUSED_LIST_AFTER.test(t.slice(m.index + m[0].length, m.index + m[0].length + 60))) continue;
    return text.slice(at, m.index + m[0].length);
  }
  return undefined;
}

/**
 * "Only existing Interreg projects can apply", "endast pågående projekt kan söka": the applicants are projects
 * already funded, not a kind of organisation.
 */
const EXISTING_STATE =
  '(?:existing|ongoing|on-going|current|running|approved|funded|already funded|finali[sz]ed|completed|closed|finished|concluded|previous|former|past|befintliga|pagaende|beviljade|redan beviljade|lopande|avslutade|slutforda|genomforda|tidigare)';
const EXISTING_PROJECTS = new RegExp(
  String.raw`(?:^|[^\p{L}])(?:(?:only|solely|exclusively|endast|enbart|bara|uteslutande)\s+(?:[\p{L}\p{N}+/–-]+\s+){0,3}?${EXISTING_STATE}(?:\s*(?:,|or|and|and\/or|eller|och|och\/eller)\s*${EXISTING_STATE})*\s+(?:[\p{L}\p{N}+/–-]+\s+){0,6}?(?:projects?|projekt|operations?|partnerships?)|(?:only|solely|exclusively|endast|enbart|bara|uteslutande)\s+(?:[\p{L}\p{N}+/–-]+\s+){0,3}?(?:projects?|projekt|operations?|partnerships?)\s+(?:(?:that|which|som)\s+)?(?:(?:have|has|had|har|hade|been|varit|already|redan|are|is|were|ar|var)\s+){0,3}(?:approved|funded|selected|financed|completed|finali[sz]ed|closed|ongoing|running|beviljats|beviljade|finansierats|avslutats|slutforts|genomforts|pagar|pagaende|lopande))(?![\p{L}])`,
  'u',
);
const EXISTING_AT_WORDS = leadScan(EXISTING_PROJECTS, WORDING);

export function onlyExistingProjects(t: string): boolean {
  return firstLeadMatch(t, EXISTING_AT_WORDS) !== null;
}

/**
 * Applicants that another call has funded already: "aktörer som har beviljats medel via … (EDIH)", "organisations
 * that have been awarded funding under …". Such a sentence or list entry says who may apply — those already funded —
 * and whether this body is one of them the call cannot say. The words as written (folded), or undefined.
 */
/** Words of applying or of who may apply, in folded text. */
const APPLY_WORDS = /apply|applicant|eligible|soka|sokande|stodberattigad|open to|oppen for|riktar sig|vander sig/;
/** …and of inviting to apply or submitting ("encourage … to submit proposals", "uppmuntrar … att ansöka"). */
export const APPLY_OR_INVITE_WORDS = new RegExp(
  `${APPLY_WORDS.source}|application|proposal|submit|encourag|invit|ansok|uppmuntra|bjuder in`,
  'u',
);
const ALREADY_FUNDED =
  /(?:^|[^\p{L}])((?:aktorer|aktorerna|organisationer|organisationerna|sokande|de|those|organi[sz]ations|entities|applicants|actors|beneficiaries|hubs)\s+(?:som|that|which|who)\s+(?:(?:har|hade|have|has|had|redan|already)\s+){0,2}(?:beviljats|fatt|tilldelats|been awarded|been granted|received|obtained)\s+(?:(?:eu-)?medel|stod|finansiering|bidrag|funding|grants?|support|financing))(?![\p{L}])/u;

export function alreadyFundedIn(t: string): string | undefined {
  return ALREADY_FUNDED.exec(t)?.[1];
}

/**
 * The same in a summary's sentence on applying ("Nu kan aktörer som har beviljats medel via … ansöka om
 * delfinansiering"), which the who-may-apply sentences may not hold: the verb is far from "kan". A sentence saying
 * what funded projects must do ("Projekt som har beviljats medel ska rapportera") names no applicants.
 */
export function alreadyFundedApplicantsIn(summary: string): string | undefined {
  return inApplyingSentence(summary, ALREADY_FUNDED, alreadyFundedIn);
}

/** What `read` finds in the first of the summary's sentences on applying, where `quick` matches the summary at all. */
function inApplyingSentence(
  summary: string,
  quick: RegExp,
  read: (folded: string) => string | undefined,
): string | undefined {
  if (!quick.test(foldWording(summary))) return undefined;
  for (const [a, b] of sentenceRanges(summary)) {
    const sentence = foldedSlice(summary, a, b);
    if (APPLY_WORDS.test(sentence)) {
      const found = read(sentence);
      if (!found) continue;
      // As the call writes it ("projektägare", not the folded "projektagare"), where folding kept the offsets.
      const at = sentence.indexOf(found);
      return at >= 0 && sentence.length === b - a ? summary.slice(a + at, a + at + found.length) : found;
    }
  }
  return undefined;
}

/**
 * Applicants qualified by taking part already: "kommuner och regioner med ett aktivt kommunalt partnerskap",
 * "municipalities with an ongoing project". Like those already funded, they are a group a body belongs to or not,
 * and whether this one does the call cannot say. The words as written (folded), from the class on, or undefined.
 */
const TAKING_PART_BODY =
  '(?:kommuner|kommunerna|regioner|regionerna|organisationer|aktorer|sokande|municipalities|local governments|local authorities|regions|organi[sz]ations|applicants|actors|partners)';
/** The bodies, one or a list ("kommuner och regioner"), and what they take part in, for the two patterns below. */
const TAKING_PART_BODIES = String.raw`${TAKING_PART_BODY}(?:\s*(?:,|och|samt|eller|and|or)\s*${TAKING_PART_BODY})*`;
/** An article before what they take part in. */
const ARTICLE = String.raw`(?:ett\s+|en\s+|an\s+|a\s+)?`;
const PARTNERSHIP_OR_PROJECT = String.raw`(?:[\p{L}-]+\s+){0,2}?(?:partnerskap|projekt|partnerships?|projects?)`;
const ALREADY_IN = new RegExp(
  String.raw`(?:^|[^\p{L}])(${TAKING_PART_BODIES}\s+(?:med|with)\s+${ARTICLE}(?:aktivt?|pagaende|befintligt?|lopande|active|ongoing|existing|running|current)\s+${PARTNERSHIP_OR_PROJECT})(?![\p{L}])`,
  'u',
);
/** "Kommuner och regioner aktiva i ett kommunalt partnerskap", "municipalities involved in an ongoing project". */
const ACTIVE_IN = new RegExp(
  String.raw`(?:^|[^\p{L}])(${TAKING_PART_BODIES}\s+(?:som (?:ar|redan ar)\s+|that are\s+|already\s+)?(?:aktiva|verksamma|involverade|active|involved|engaged)\s+(?:i|in)\s+${ARTICLE}${PARTNERSHIP_OR_PROJECT})(?![\p{L}])`,
  'u',
);

/**
 * …or the holders of projects already running: "projektägare till pågående projekt inom …", "project owners of
 * ongoing projects", "projektägare som redan driver projekt".
 */
const HOLDER =
  '(?:projektagare|projektagarna|stodmottagare|project owners?|project holders?|beneficiaries|lead partners?)';
const HOLDERS_OF_EXISTING = new RegExp(
  String.raw`(?:^|[^\p{L}])(${HOLDER}\s+(?:(?:till|i|av|for|inom|of|in)\s+${EXISTING_STATE}|(?:som|that|which|who)\s+(?:redan|already)\s+(?:driver|har|runs?|have|has|manages?))\s+(?:[\p{L}-]+\s+){0,2}?(?:projekt|projects?|operations?))(?![\p{L}])`,
  'u',
);

export function alreadyInIn(t: string): string | undefined {
  return ALREADY_IN.exec(t)?.[1] ?? ACTIVE_IN.exec(t)?.[1] ?? HOLDERS_OF_EXISTING.exec(t)?.[1];
}

/**
 * New applicants admitted beside those already in ("Behöriga att söka är: projektägare i pågående projekt … och nya
 * sökanden med utvecklingsbehov", "existing beneficiaries and new applicants"), or a list of applicants with an entry
 * that is neither: the call is not only for those already in.
 */
const NEW_APPLICANTS =
  /(?:^|[^\p{L}])(?:nya (?:sokande|sokanden|aktorer|projektagare)|new (?:applicants?|beneficiaries|project owners))(?![\p{L}])/u;

export function newApplicantsBeside(summary: string | undefined, entries: readonly string[]): boolean {
  if (entries.some((e) => alreadyInIn(foldWording(e)) === undefined)) return true;
  return [summary ?? '', ...entries].some((t) => NEW_APPLICANTS.test(foldWording(t)));
}

/**
 * "Städer – kommuner och deras partners", "universities and their partners": the applicants bring partners of any
 * kind, so a body of a kind the list does not name may still take part as one. Read in a list entry or in a sentence
 * on who may apply; the words as written.
 */
const THEIR_PARTNERS =
  /(?:^|[^\p{L}])((?:och|samt|and|with|med) (?:deras|sina|their) (?:partners?|parter|samarbetspartners?|samverkanspartners?))(?![\p{L}])/u;

export function theirPartnersIn(entries: readonly string[], summary: string | undefined): string | undefined {
  for (const e of entries) {
    const m = THEIR_PARTNERS.exec(foldKeepingOffsets(e));
    if (m) return e.slice(m.index + m[0].length - m[1].length, m.index + m[0].length);
  }
  return summary ? inApplyingSentence(summary, THEIR_PARTNERS, (t) => THEIR_PARTNERS.exec(t)?.[1]) : undefined;
}

/**
 * Those the applicants pass the grant on to: "regranting (financial support to third-party CSOs)", "sub-grants to
 * local NGOs", "cascade funding for SMEs", "vidareförmedla stöd till föreningar". A class named so receives money
 * from those who apply. The cue as written in folded text, or undefined. `before`: folded text before the class.
 */
const REGRANT_BEFORE =
  /(?:^|[^\p{L}])((?:re-?granting|sub-?grant(?:s|ing)?|cascade funding|financial support to third[- ]part(?:y|ies)|support to third[- ]part(?:y|ies)|vidareformedl\p{L}*|vidareutdel\p{L}*)(?:\s+(?:to|for|till|of))?)\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,2}$/u;

export function regrantedBefore(before: string): string | undefined {
  return REGRANT_BEFORE.exec(before.slice(-90))?.[1];
}

/** The same in a summary's sentence on applying ("Det är svenska kommuner … med ett aktivt … som kan söka"). */
export function alreadyInApplicantsIn(summary: string): string | undefined {
  return (
    inApplyingSentence(summary, ALREADY_IN, alreadyInIn) ??
    inApplyingSentence(summary, HOLDERS_OF_EXISTING, alreadyInIn)
  );
}

/**
 * An entry of a list of applicants that is projects already running ("ongoing or finalised Interreg projects",
 * "befintliga projekt inom programmet", "existing projects funded by the programme"): a list says who may apply
 * and no one else, so no "only" is needed.
 */
const EXISTING_ENTRY = new RegExp(
  String.raw`^\s*(?:(?:all|alla|the|de)\s+)?${EXISTING_STATE}(?:\s*(?:,|or|and|and\/or|eller|och|och\/eller)\s*${EXISTING_STATE})*\s+(?:[\p{L}\p{N}+/–-]+\s+){0,8}?(?:projects?|projekt|projekten|operations?|partnerships?)(?:\s+(?:of|from|in|within|under|funded|financed|approved|selected|that|which|inom|i|fran|under|finansierade|beviljade|som)\s[^;]*)?\s*$`,
  'u',
);

export function existingProjectsEntry(t: string): boolean {
  return EXISTING_ENTRY.test(t);
}

/**
 * Whether a class named at [start, end) of a sentence is not an applicant there:
 * - a member of those who apply: "organisations whose members include municipalities", "nätverk vars medlemmar
 *   är kommuner", "with municipalities as members";
 * - a recipient of what the project delivers: "support to regions", "services for public administrations",
 *   "rådgivning till kommuner" (not "financial support", which is the grant itself);
 * - the topic: "digitalisation of public administration", "modernisering av offentlig sektor" (but "a consortium
 *   of public bodies", "a range of public and private actors" still apply);
 * - bodies of another country: "local public sector in Ukraine", "municipalities from partner countries".
 * `foreignAfter` says whether a country other than Sweden is named right after the class (the caller knows where).
 */
const MEMBER_BEFORE =
  /(?:members?(?!\s+stat)|medlemm\p{L}*|membership|member organisations?)(?:\s+[\p{L}'-]+){0,4}\s*[:,]?\s*(?:[\p{L}-]+\s+){0,2}$/u;
/**
 * "Local and regional authorities and their associations", "kommuner och deras förbund": a possessive before the
 * class makes it the bodies named before, grouped — associations of authorities, not civil-society associations.
 */
const THEIR_BEFORE = /(?:^|[^\p{L}])(?:their|its|deras|dess|sina)\s+$/u;
/** …unless what owns them is a place ("the EU, its Member States, its regions", "Sverige och dess regioner"). */
const PLACE_OWNER_BEFORE =
  /(?:^|[^\p{L}])(?:eu|the union|europe|member states?|sverige|sweden|the country|landet|lander|countries|medlemsstater\p{L}*)\s*,?\s+(?:(?:and|och)\s+)?(?:its|their|dess|deras)\s+$|(?:the eu|member states)\s*,\s+(?:its|their)\s+(?:[\p{L}-]+\s+){0,2}[\p{L}-]+\s*,\s+(?:its|their)\s+$/u;
const PARTS_WORD = /^(?:regions?|regioner(?:na)?|cities|towns|municipalities|kommuner(?:na)?|local authorities)$/u;
/**
 * "…with municipalities and/or regions as members", "med kommuner och regioner som medlemmar": the list may go on
 * after the class before "as members" closes it.
 */
const MEMBER_AFTER =
  /^(?:\s*(?:,|and\/or|och\/eller|and|or|och|eller|samt)\s*(?:[\p{L}-]+\s+){0,2}?[\p{L}-]+)*\s*(?:as|som)\s+(?:its\s+|their\s+|sina\s+)?(?:main\s+|principal\s+|huvudsakliga\s+|framsta\s+)?(?:members|medlemmar)(?![\p{L}])/u;
/** The class as the first word of its own associations' name ("Local Government Associations", "municipal unions"). */
export const ASSOCIATIONS_AFTER = /^\s+(?:associations?|federations?|unions?|leagues?)(?![\p{L}])/u;
/**
 * The items of a list before the class it reaches ("municipalities, regions and/or "), and up to two words of its
 * own ("local and "): every item of a list of members is a member.
 */
const LIST_SO_FAR = String.raw`(?:the\s+|of\s+)?(?:[\p{L}-]+(?:\s+[\p{L}-]+){0,2}?(?:\s*,\s*(?:(?:and|or|och|eller|samt)\s+)?|\s+(?:and\/or|och\/eller|and|or|och|eller|samt)\s+))*(?:[\p{L}-]+\s+){0,2}$`;
/**
 * How much of an organisation its members make up, before or after the verb, with or without brackets:
 * "(huvudsakligen) bestående av", "whose members are mainly", "composed primarily of".
 */
const QUALIFIER = String.raw`\(?\s*(?:huvudsakligen|framst|i huvudsak|overvagande|till storsta delen|helt|enbart|endast|uteslutande|i forsta hand|mainly|mostly|primarily|predominantly|largely|chiefly|principally|wholly|entirely|solely|only|exclusively|at least partly|in the main)\s*\)?,?\s+`;
/**
 * What the applying organisation is made of or owned by: "medlemsorganisationer bestående av kommuner och/eller
 * regioner", "föreningar vars medlemmar är kommuner", "organisationer som består av kommuner", "bolag som ägs av
 * kommuner", "associations made up of municipalities and/or regions". The organisation applies, not the bodies it
 * is made of — every item of the list that follows ("kommuner, regioner och/eller landsting"). Not a consortium or
 * partnership "consisting of" its partners: they apply together.
 */
const MADE_OF_BEFORE = new RegExp(
  String.raw`(?:organi[sz]ation|organisationer|association|forening|forbund|network|natverk|federation|sammanslutning|bolag|foretag|compan(?:y|ies)|bod(?:y|ies)|entit(?:y|ies)|kommitte|committee|council|rad)\p{L}*(?:\s+\(?[\p{L}-]+\)?,?){0,3}?\s+(?:(?:som|that|which|dar|where|in which)\s+)?(?:${QUALIFIER})?(?:bestaende av|bestar av|utgors av|utgjorda av|sammansatt\p{L}* av|bildade av|bildad av|ags av|agda av|agd av|(?:vars|whose|med|with|dar|where)\s+(?:medlemmar|medlemmarna|members)\s+(?:${QUALIFIER})?(?:ar|utgors av|bestar av|are|include|consist of|comprise)|(?:consist|consists|consisting|composed|made up|formed|owned|constituted)\s+(?:${QUALIFIER})?(?:of|by)|comprising|representing|som representerar|som foretrader|som samlar)\s+(?:${QUALIFIER})?${LIST_SO_FAR}`,
  'u',
);
/**
 * An organisation of bodies, named by what it is: "associations of local authorities", "federations of
 * municipalities and regions", "umbrella organisations for cities", "sammanslutningar av kommuner",
 * "medlemsorganisationer för kommuner och regioner", "intresseorganisationer för kommuner". Its members are the
 * bodies; a single one of them does not apply. (Not a network, consortium or partnership "of cities": its parties
 * apply together.)
 */
const MEMBER_OF_BEFORE = new RegExp(
  String.raw`(?:^|[^\p{L}])(?:associations?|federations?|unions?|leagues?|confederations?|umbrella (?:organi[sz]ations?|bod(?:y|ies))|member(?:ship)? (?:organi[sz]ations?|bod(?:y|ies))|representative (?:organi[sz]ations?|bod(?:y|ies))|sammanslutning\p{L}*|forbund(?:et|en)?|medlemsorganisation\p{L}*|paraplyorganisation\p{L}*|intresseorganisation\p{L}*|samarbetsorganisation\p{L}*)\s+(?:of|for|av|for)\s+${LIST_SO_FAR}`,
  'u',
);
const MEMBER_OF_WORD = /associat|federat|union|league|umbrella|member|sammanslutning|forbund|organisation/;
/**
 * …and the association's own word before them ("associations / groupings of urban authorities", "förbund av
 * kommuner"): an organisation of authorities, not civil society's association. `word` the class word as written
 * (lowercase), `after` the text right after it.
 */
const ASSOCIATION_WORD = /^(?:association|associations|förening|föreningar|förbund|sammanslutning|sammanslutningar)$/u;
const OF_BODIES_AFTER =
  /^\s*(?:(?:\/|or|and|eller|och)\s*[\p{L}-]+\s+)?(?:of|av|för)\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,3}?(?:authorit(?:y|ies)|municipalit(?:y|ies)|cities|towns|regions|local governments|kommuner|regioner|myndigheter)(?![\p{L}])/iu;
export const associationOfBodiesAt = (word: string, after: string): boolean =>
  ASSOCIATION_WORD.test(word) && OF_BODIES_AFTER.test(after);
/** Words MADE_OF_BEFORE cannot match without. */
const MADE_OF_WORD =
  /bestaende|bestar|utgors|utgjorda|sammansatt|bildad|ags av|agd|medlemmar|members|consist|composed|made up|formed|owned|constituted|comprising|representing|representerar|foretrader|samlar/;
/**
 * Up to three words before the class, joined by "and"/"or" ("regional and local authorities", "lokala och
 * regionala myndigheter"), but not a passive's agent ("projects run by municipalities" names who runs them).
 */
const MODIFIERS = String.raw`(?:(?!by\s|av\s|from\s|fran\s)[\p{L}-]+,?\s+(?:(?:and|or|och|eller|and\/or)\s+)?){0,3}`;
const RECIPIENT_BEFORE = new RegExp(
  String.raw`(?<!financial\s|economic\s|ekonomiskt\s|finansiellt\s)(?:support|assistance|services?|advice|help|training|guidance|capacity[\s-]building|stod|tjanster|radgivning|hjalp|bistand|kompetensstod|vagledning)\s+(?:to|for|till|at)\s+(?:the\s+)?${MODIFIERS}$`,
  'u',
);
/**
 * A body that delivers something to others — a consortium, a helpdesk, a hub ("nav"), a facility or platform, a
 * contractor, the projects or "the action should…" (in EU wording the funded project, bound to do so), the services they offer — and then a verb of helping: those it helps are served, not applying ("the consortium will support
 * cities and regions", "the helpdesk assists local authorities", "konsortiet ska stödja kommuner och regioner",
 * "projekten ska hjälpa kommunerna"). Not the call, programme or fund itself: "the programme supports
 * municipalities that…" is grant wording.
 */
const DELIVERER_BEFORE = new RegExp(
  String.raw`(?:^|[^\p{L}])(?:consorti(?:um|a)|konsorti\p{L}*|help[\s-]?desk\p{L}*|facility|platform\p{L}*|plattform\p{L}*|contractors?|service providers?|hubs?|innovationsnav\p{L}*|nav(?:et|en)?|services?|tjanster(?:na)?|secretariat|sekretariat\p{L}*|kansli\p{L}*|projects?|(?:this|the) actions? (?:should|shall|will|must|is expected to|are expected to)|projektet|projekten|utforare\p{L}*|leverantor\p{L}*|tjansteleverantor\p{L}*|(?:selected|successful|chosen) (?:organi[sz]ations?|applicants?|partners?|bodies|entities))(?:\s+[\p{L}-]+){0,8}?\s+(?:supports?|supporting|assists?|assisting|helps?|helping|advises?|advising|trains?|guides?|guiding|coach(?:es)?|coaching|mentors?|mentoring|accompan(?:y|ies)|equips?|empowers?|stodja|stodjer|stoder|stotta|stottar|hjalpa|hjalper|bista|bistar|vagleda|vagleder|utbilda|utbildar|coacha|coachar|radge|radger)\s+(?:the\s+|de\s+)?${MODIFIERS}$`,
  'u',
);
const DELIVERER_WORD =
  /consorti|konsorti|desk|facilit|platform|plattform|contractor|provider|hub|nav|service|tjanst|sekretariat|secretariat|kansli|project|action|projekt|utforare|leverantor|selected|successful|chosen/;
/**
 * …and those who take what a project delivers, said after them: "municipalities will benefit from the services",
 * "local authorities are the main users of the tools", "kommunerna är mottagare av tjänsterna", "regionerna kan ta
 * del av resultaten". Not the grant itself ("municipalities can benefit from funding", "kommuner kan ta del av
 * stödet"): that is who applies.
 */
const TAKER_AFTER =
  /^\s*(?:(?:,|and|or|och|eller|and\/or|och\/eller)\s+[\p{L}-]+(?:\s+[\p{L}-]+)?\s*)*(?:[\p{L}-]+\s+){0,3}?(?:benefit from|profit from|make use of|draw on|dra nytta av|drar nytta av|ta del av|tar del av|fa ta del av|far ta del av|(?:be|are|is|become|ar|blir|vara)\s+(?:the\s+|a\s+|an\s+|de\s+)?(?:main\s+|primary\s+|principal\s+|key\s+|future\s+|framsta\s+|huvudsakliga\s+|framtida\s+)?(?:users?|recipients?|receivers?|customers?|clients?|anvandare|anvandarna|mottagare|mottagarna|kunder|kunderna))\s+(?:of\s+|av\s+)?(?:the\s+|de\s+|this\s+|these\s+)?(?!(?:eu\s+|public\s+)?(?:funding|financing|finance|grants?|funds|financial|co-financing|stodet|stod|bidrag\p{L}*|medel|medlen|finansiering\p{L}*|pengar\p{L}*|ekonomiskt)(?![\p{L}]))/u;
/**
 * A role the project buys from the body, right after it and the rest of its list: "(företag och regioner) som
 * leverantörer eller kunskapsstöd", "as suppliers or subcontractors" — those the applicants hire, not applicants.
 */
const SUPPLIER_AFTER =
  /^\s*(?:(?:,|and|or|och|eller)\s+[\p{L}-]+\s*)*(?:som|as)\s+(?:leverantor\p{L}*|underleverantor\p{L}*|konsult\p{L}*|kunskapsstod|utforare|suppliers?|subcontractors?|contractors?|service\s+providers?|consultants?)(?![\p{L}])/u;
const SUPPLIER_WORD = /leverantor|konsult|kunskapsstod|utforare|supplier|contractor|service provider|consultant/;

/** Whether the body ending at `end` of `text` is one the project hires ("… som leverantörer"). */
export function hiredAt(text: string, end: number): boolean {
  const after = foldedSlice(text, end, end + 80);
  return SUPPLIER_WORD.test(after) && SUPPLIER_AFTER.test(after.slice(0, clauseEnd(after, 0, ';')));
}
const TAKER_WORD =
  /benefit|profit|make use|draw on|nytta|ta del|tar del|users?|recipient|receiver|customer|client|anvandar|mottagar|kund/;
/**
 * A person holding an office in a body, not the body as an applicant: "the mayor of the municipality", "the
 * representatives of the municipalities of Tornio and Haparanda", "kommunalrådet i kommunen", "företrädare för
 * kommunerna", "politicians from the regions" — in a report of an event or a launch, those who spoke or came.
 */
const PERSON_BEFORE =
  /(?:^|[^\p{L}])(?:(?:deputy\s+|vice[\s-])?(?:mayors?|governors?|chairs?|chairpersons?|chairm[ae]n|presidents?)|representatives?|politicians?|councill?ors?|ministers?|delegates?|delegations?|borgmastare\p{L}*|kommunalrad\p{L}*|regionrad\p{L}*|landshovding\p{L}*|ordforande\p{L}*|representant\p{L}*|foretradare\p{L}*|politiker\p{L}*|delegat\p{L}*|delegation\p{L}*)\s+(?:of|from|for|at|in|fran|for|i|pa|vid|inom)\s+(?:the\s+|de\s+)?(?:[\p{L}-]+\s+){0,2}$/u;
/** …and after a body's genitive: "Luleå kommuns kommunalråd", "the municipality's mayor", "regionens ordförande". */
const PERSON_AFTER =
  /^(?:s|'s|’s|ens|ernas|arnas)?\s+(?:(?:deputy|vice)[\s-])?(?:mayors?|governors?|chairs?|chairpersons?|chairm[ae]n|presidents?|representatives?|politicians?|councill?ors?|delegat\p{L}*|borgmastare|kommunalrad\p{L}*|regionrad\p{L}*|ordforande|representant\p{L}*|foretradare|politiker)(?![\p{L}])/u;
/** Those persons applying on their body's behalf ("representatives of municipalities may apply"): applicants. */
const APPLY_AFTER = /(?:may|can|are eligible to|are invited to) apply|(?:kan|far) (?:an)?soka/;
const PERSON_AT = leadScan(PERSON_BEFORE);
const DELIVERER_AT = leadScan(DELIVERER_BEFORE);
/**
 * Those a project serves, not those who run it: "projects that benefit municipalities", "till nytta för
 * kommunerna", "the target group is local authorities", "målgruppen är kommuner", "end users such as regions",
 * "engagement with stakeholders, such as policymakers" (those the project works with, not who runs it).
 * (Not "beneficiaries" alone: in EU wording a beneficiary is who receives the grant.) "The call's target group",
 * "utlysningens målgrupp", "målgrupp för stödet" are who may apply, and stay so.
 */
const SERVED_BEFORE = new RegExp(
  String.raw`(?:(?:^|[^\p{L}])(?:benefits?|benefit(?:t)?ing|gynnar|gynna|gagnar|gagna|serves?|serving|reach(?:es|ing)?|till nytta for|till gagn for|for the benefit of|to the benefit of|in the interest of|(?:digital\s+|specific\s+|particular\s+)?needs\s+(?:of|for)|behoven\s+hos|behov\s+hos)\s+(?:the\s+|de\s+)?|(?:target[\s-]groups?|malgrupp\p{L}*|end[\s-]users?|slutanvandare|final beneficiaries|end beneficiaries|ultimate beneficiaries|indirect beneficiaries|(?:with|med)\s+(?:relevant\s+|key\s+|relevanta\s+)?(?:stakeholders|intressenter(?:na)?))(?:\s+(?:of|for|i|within|inom)\s+(?:the\s+|this\s+|these\s+)?[\p{L}-]+)?(?:\s*:\s*|,?\s+(?:is|are|include|includes|including|will be|ar|utgors av|omfattar|such as|sasom|som|t\.\s?ex\.|e\.\s?g\.)\s+)(?:the\s+)?)${MODIFIERS}$`,
  'u',
);
const SERVED_AFTER =
  /^\s*(?:[\p{L},-]+\s+){0,4}?(?:are|is|form|constitute|will be|ar|utgor|blir)\s+(?:the\s+|a\s+|an\s+|one of the\s+|den\s+|en\s+)?(?:main\s+|primary\s+|key\s+|important\s+|principal\s+|viktig\p{L}*\s+|huvudsaklig\p{L}*\s+|framsta\s+|primar\p{L}*\s+)?(?:target[\s-]groups?|malgrupp\p{L}*|end[\s-]users?|slutanvandare|final beneficiaries|end beneficiaries)|^\s*(?:as|som)\s+(?:the\s+|a\s+|an\s+)?(?:main\s+|primary\s+)?(?:target[\s-]groups?|malgrupp\p{L}*|end[\s-]users?|slutanvandare)/u;
/**
 * What a funded body offers, said to be for them: "the hub's services are open to companies and public bodies",
 * "services will be targeted mainly to SMEs", "tjänsterna riktar sig främst till företag", "its offer is aimed at
 * the local public sector". Those named use the services; who applies for the grant is another sentence's.
 */
const SERVICES_FOR_BEFORE =
  /(?:^|[^\p{L}])(?:services?|tjanster\p{L}*|offer(?:ing)?s?|erbjudande\p{L}*)(?:\s+[\p{L}'-]+){0,6}?\s+(?:(?:are|is|will be|shall be|should be|ska|skall|kommer att)\s+)?(?:(?:mainly|primarily|mostly|chiefly|largely|framst|i forsta hand|huvudsakligen)\s+)?(?:open to|available to|targeted(?:\s+\p{L}+)? (?:to|at)|aimed at|addressed to|directed (?:to|at)|provided to|offered to|(?:vara\s+)?(?:riktade?|oppna|tillgangliga)\s+(?:(?:framst|i forsta hand)\s+)?(?:till|for|mot)|riktar sig\s+(?:(?:framst|i forsta hand)\s+)?till|vander sig\s+(?:(?:framst|i forsta hand)\s+)?till|erbjuds)\s+(?:\(?\d\)\s*)?(?:the\s+|de\s+|den\s+)?(?:(?:[\p{L}-]+,?\s+(?:(?:and|or|och|eller|and\/or|och\/eller)\s+(?:\(?\d\)\s*)?)?){0,6})$/u;
/** Words SERVICES_FOR_BEFORE cannot match without: the offer's word and the word of whom it is for. */
const SERVICES_WORD = /service|tjanst|offer|erbjud/;
const SERVICES_CUE =
  /open to|available to|targeted|aimed at|addressed to|directed|provided to|offered to|riktad|riktar|vander sig|erbjuds|oppna|tillganglig/;
/**
 * Those who receive help from a funded body, said after them: "SMEs can receive support from the hubs", "företag
 * kan få hjälp av naven". Not support from the programme or the EU: that is the grant.
 */
const HELPED_AFTER =
  /^\s*(?:(?:,|and|or|och|eller|and\/or)\s+[\p{L}-]+(?:\s+[\p{L}-]+)?\s*)*(?:can|may|will|kan|far|ska)\s+(?:receive|get|obtain|access|use|fa|ta del av|anvanda)\s+(?:[\p{L}-]+\s+){0,3}?(?:from|of|av|fran|hos)\s+(?:the\s+|its\s+|a\s+|an\s+)?(?:[\p{L}-]+\s+)?(?:hubs?|nav(?:et|en)?|consorti\p{L}*|konsorti\p{L}*|centres?|centers?|centr\p{L}*|experts?|advisers?|advisors?|radgivare|service providers?|providers?|network\p{L}*|natverk\p{L}*)(?![\p{L}])/u;
const HELPED_WORD = /(?:receive|get|obtain|access|use|fa|ta del av|anvanda) [^.]*(?:from|of|av|fran|hos) /;

/** "The call's target group", "utlysningens målgrupp", "målgrupp för stödet": who may apply. */
const CALL_TARGET =
  /(?:call'?s|grant'?s|programme'?s) target group|target groups? (?:of|for) (?:the |this )?(?:call|grant|funding)|(?:utlysningens|stodets|bidragets|programmets) malgrupp|malgrupp(?:en)? (?:for|i) (?:utlysningen|stodet|bidraget|denna utlysning)/u;
/**
 * The topic of a programme's objective or a hoped-for state, not a body: "Objective 7: a better public
 * administration", "Specific objective 4.6: more effective public authorities", "en effektivare offentlig
 * förvaltning", "Insatsområde 2: Starkare kommuner".
 */
const OBJECTIVE_BEFORE =
  /(?:^|[^\p{L}])(?:(?:specific|policy|programme|strategic|thematic|operational)\s+)?(?:objectives?|priorit(?:y|ies)(?:\s+axis)?|goals?|aims?|mal|delmal|malsattning|insatsomrade|prioriter\p{L}*|atgardsomrade|fokusomrade)\s*(?:\d+(?:\.\d+)*[a-z]?|[ivx]+)?\s*[:–—]\s*[^:]*$/u;
/**
 * A sentence whose subject is an objective, priority or aim: "The objective is to make public authorities more
 * efficient", "Målet är att kommunerna ska bli bättre på…", "Under the specific objective on public
 * administration, projects improve the capacity of public authorities", "Inom målet … kan projekt öka kapaciteten
 * hos kommuner". The bodies it names are what the objective is about, unless the sentence says who may apply.
 */
const OBJECTIVE_SENTENCE =
  /^\s*(?:(?:under|within|inom|in|i|for)\s+)?(?:the\s+|this\s+|its\s+|each\s+|programmets\s+|utlysningens\s+)?(?:(?:specific|policy|programme|strategic|thematic|overall|main|operational|general|sarskilda?|specifika?|overgripande)\s+)?(?:objectives?|priorit(?:y|ies)|goals?|aims?|purpose|malet|mal|malen|syftet|delmal\p{L}*|insatsomrade\p{L}*|prioritering\p{L}*|atgardsomrade\p{L}*)(?![\p{L}])/u;
/**
 * A body's capacity as the topic: "kapaciteten hos kommuner och regioner", "the ability of local authorities",
 * "offentliga myndigheters förmåga", "public authorities' capacity to cooperate".
 */
const CAPACITY_BEFORE =
  /(?:kapacitet\p{L}*|formaga\p{L}*|capacit(?:y|ies)|abilit(?:y|ies)|competences?|kompetens\p{L}*)\s+(?:hos|of|among|within|inom|bland)\s+(?:the\s+|de\s+)?(?:[\p{L}-]+,?\s+(?:(?:and|or|och|eller)\s+)?){0,3}$/u;
const CAPACITY_AFTER =
  /^['’]?\s+(?:formaga\p{L}*|kapacitet\p{L}*|capacit(?:y|ies)|abilit(?:y|ies)|kompetens\p{L}*)(?![\p{L}])/u;
/**
 * A programme named by those it is for ("programmet för icke-statliga organisationer", "the programme for local
 * authorities"): the class is part of the programme's name, and says nothing of who may apply in this call.
 */
const PROGRAMME_FOR_BEFORE = /(?:^|[^\p{L}])(?:programmet|programme|program)\s+(?:for|för)\s+(?:[\p{L}-]+\s+){0,2}$/u;
/** …and one named by them in front ("NGO-programmet", "the NGO Programme"). */
const PROGRAMME_AFTER =
  /^(?:-|\s)?(?:(?:framework|ramprogram)\s*)?(?:programmet|programmets|programmes|programme|programs|program)(?![\p{L}])/u;
const BETTER_BEFORE =
  /(?:^|[^\p{L}])(?:better|more (?:effective|efficient|modern|transparent|accessible|resilient|open|capable)|effective|efficient|modern|modernised|modernized|improved|stronger|strengthened|smarter|resilient|transparent|battre|effektiv\p{L}*|modern\p{L}*|modernisera\p{L}*|starkare|forbattrad\p{L}*|transparent\p{L}*|rattssaker\p{L}*)\s+$/u;
/**
 * "Companies in rural municipalities", "invånare i kommunerna", "people living in the regions", "föreningar i
 * kommunen": a place.
 */
const LIVING_IN_BEFORE =
  /(?:^|[^\p{L}])(?:people|persons|residents|inhabitants|citizens|companies|businesses|enterprises|smes|stakeholders|households|families|communities|youth|young people|children|pupils|students|employees|staff|associations|clubs|invanare|medborgare|manniskor|personer|foretag|hushall|familjer|unga|ungdomar|barn|elever|studenter|anstallda|medarbetare|personal|foreningar|foreningarna|klubbar)\s+(?:(?:living|located|based|active|working|employed|residing|bosatta|verksamma|anstallda|som bor|som verkar|som arbetar)\s+)?(?:in|within|across|i|inom)\s+(?:the\s+|all\s+|alla\s+|de\s+|their\s+|sina\s+|sin\s+)?(?:[\p{L}-]+\s+){0,2}$/u;
/** "Support to regions and municipalities that want to…": grant wording, the bodies named are applicants. */
const WANTING_AFTER =
  /^\s*(?:(?:,|and|or|och|eller)\s+[\p{L}\s-]{0,40}?)?(?:that|which|who|som)\s+(?:want|wish|plan|intend|aim|would like|vill|onskar|planerar|avser)/u;
const OF_BEFORE = /(?:^|[^\p{L}])([\p{L}-]+)\s+(of|av)\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,1}$/u;
/** Heads after which "of X" still names who takes part: "a consortium of", "a range of", "typer av". */
const OF_KEEPS =
  /^(?:consorti\p{L}*|konsorti\p{L}*|consist\p{L}*|composed|compris\p{L}*|made|up|formed|group\p{L}*|grupp\p{L}*|partnership\p{L}*|range|variety|mix|types?|kinds?|number|any|one|all|each|both|either|combination|alliance\p{L}*|network\p{L}*|natverk|representatives|minimum|maximum|pair|set|list|konstellation\p{L}*|typer|slag|form|category|categories)$/u;
/**
 * Those who give the money, not those who apply: "finansieras av kommunerna och regionen", "med medel från
 * länsstyrelsen", "funded by the municipalities", "with co-financing from the county council" name the funders
 * before the class; "Kommunförbundet, landstinget och länsstyrelsen samverkar kring stödet", "the region and the
 * municipalities fund the scheme", "Länsstyrelsen fördelar medlen" name them as the subject of a verb of funding
 * after it; "du kan söka bidrag för det hos Länsstyrelsen", "ansökan skickas till regionen" name the body one applies
 * to. A body may fund one call and apply to another; in this call's sentence it is the funder.
 */
const FUNDER_BEFORE = new RegExp(
  String.raw`(?:^|[^\p{L}])(?:(?:(?:med)?finansier(?:as|ad|at|ade)|bekostas|bekostad|bekostat|betalas|(?:co-?)?(?:funded|financed|sponsored)|paid for)\s+(?:[\p{L}]+\s+)?(?:av|by)|(?:with|through|thanks to)\s+(?:co-?)?(?:funding|financing|money|grants?|support|contributions?)\s+from|(?:med|genom)\s+(?:med)?(?:finansiering|medel|pengar|bidrag)\s+fran|(?:funding|financing|money|grants?|contributions?)\s+from|(?:medel|pengar|finansiering|medfinansiering|bidrag|stod|anslag)\s+fran|(?:soka|ansoka)\s+(?:[\p{L}]+\s+){0,4}?(?:hos|fran)|(?:ansokan|ansokningar(?:na)?)\s+(?:ska\s+)?(?:skickas|lamnas|gors|registreras)\s+(?:in\s+)?(?:till|hos))\s+(?:the\s+|de\s+)?${LIST_SO_FAR}`,
  'u',
);
/**
 * The funder, by its name or as "we", working with bodies in its own work ("Vi samverkar också med kommunerna,
 * näringslivet och…", "The agency cooperates with regions"): its partners, not the call's applicants.
 */
const FUNDER_WORKS_WITH = new RegExp(
  String.raw`(?:^|[^\p{L}])(?:vi|we|lansstyrelsen|regionen|myndigheten|verket|stiftelsen|fonden|the\s+(?:agency|board|county\s+administrative\s+board|foundation|fund|secretariat))\s+(?:[\p{L}]+\s+){0,2}?(?:samverkar|samarbetar|cooperates?|co-operates?|collaborates?|partners?|works?)\s+(?:ocksa\s+|aven\s+|also\s+|closely\s+|nara\s+|tatt\s+|tillsammans\s+)?(?:med|with)\s+${LIST_SO_FAR}`,
  'u',
);
const FUNDER_WORKS_WITH_WORD = /samverkar|samarbetar|operate|collaborate|partner|works? with/;
/** "I stad och på landsbygd", "in cities and rural areas": town and country as places, no bodies. */
/** The plural words for cities and towns (folded). */
const CITIES_WORD = /^(?:cities|towns|stader|staderna)$/u;
const IN_BEFORE_PLACE = /(?:^|[^\p{L}])(?:i|in|both in|bade i)\s+(?:the\s+)?$/u;
const FOLLOWING_BEFORE = /(?:^|[^\p{L}])(?:foljande|dessa)\s+$/u;
const PRIORITISED_NAMES_AFTER = /^[^.:;\n]{0,60}?\s(?:prioriteras|är prioriterade|har företräde)\s*:\s*\p{Lu}/u;
const WITHIN_FOLLOWING_BEFORE = /(?:^|[^\p{L}])(?:i|inom|in|within)\s+(?:foljande|de\s+har|dessa|the\s+following)\s+$/u;
/** Capitalised names in a list right after the class word: "kommuner Eslöv, Hörby", "municipalities: Alfa, Beta". */
const NAMES_AFTER = /^\s*:?\s*\p{Lu}[\p{L}-]+\s*(?:,|och|and|samt)\s*\p{Lu}/u;
const URBAN_RURAL_AFTER =
  /^\s*(?:,\s*)?(?:och|and|eller|or|som|as well as)\s+(?:pa\s+|i\s+|in\s+)?(?:the\s+)?(?:landsbygd\p{L}*|land(?![\p{L}])|glesbygd\p{L}*|rural|countryside)/u;
/** What a funder does with the money, or with the scheme it funds ("samverkar kring stödet", "står bakom fonden"). */
const FUNDING_VERB = String.raw`(?:(?:med)?finansierar|bekostar|delar ut|beviljar|fordelar|utlyser|skjuter till|(?:co-?)?(?:funds?|finances?)|co-?funds?|sponsors?|awards?|provides? (?:the\s+)?(?:funding|financing|money|grants?)|(?:samverkar|samarbetar)\s+(?:kring|om)|star bakom|ligger bakom|(?:is|are) behind|jointly (?:fund|finance|run)|gemensamt (?:finansierar|driver|bekostar))`;
/** A grant word after "samverkar kring", "står bakom": the scheme, fund or call itself, not any shared work. */
const SCHEME_WORD = String.raw`(?:\p{L}*fond\p{L}*|\p{L}*stod\p{L}*|bidrag\p{L}*|utlysning\p{L}*|medel\p{L}*|pott\p{L}*|stipendi\p{L}*|pris\p{L}*|finansiering\p{L}*|satsning\p{L}*|checkar?\p{L}*|funds?|schemes?|grants?|calls?|programmes?|awards?|prizes?|scholarships?)`;
const FUNDER_AFTER = new RegExp(
  String.raw`^(?:\s*(?:,|&|och|and|samt|as well as|liksom)\s*(?:[\p{L}-]+\s+){0,2}?[\p{L}-]+)*\s+(?:(?:har|have|has|will|ska|kommer att)\s+)?(?:also\s+|aven\s+|ocksa\s+|tillsammans\s+|together\s+)?(?:${FUNDING_VERB}(?![\p{L}])(?:\s+(?:(?!och\s|and\s)[\p{L}-]+\s+){0,3}?${SCHEME_WORD}(?![\p{L}]))?)`,
  'u',
);
/** Words FUNDER_BEFORE and FUNDER_AFTER cannot match without. */
const FUNDER_BEFORE_WORD =
  /finansier|bekost|betalas|funded|financed|sponsored|paid for|(?:funding|financing|money|grants?|support|contributions?) from|(?:finansiering|medel|pengar|bidrag|stod|anslag) fran|soka|ansok/;
const FUNDER_AFTER_WORD =
  /finansierar|bekostar|delar ut|beviljar|fordelar|utlyser|skjuter till|fund|financ|sponsor|award|provide|samverkar|samarbetar|bakom|behind|gemensamt/;
/** Verbs after "samverkar kring" and the like that need a grant word to name the funders. */
const JOINT_VERB = /^(?:samverkar|samarbetar|star bakom|ligger bakom|is behind|are behind)/;
const FUNDING_VERB_AT = new RegExp(FUNDING_VERB, 'u');
const ENDS_IN_SCHEME = new RegExp(`${SCHEME_WORD}$`, 'u');

/**
 * Whether the class at the end of `before` / start of `after` is named as a funder of the call, or as one the funder
 * works with in its own work (folded text).
 */
/**
 * A class named as where money comes from: "kommunal medfinansiering", "kommunala, regionala eller statliga medel",
 * "kommun- eller företagsfinansiering", "public co-funding", "finansieras med kommunala medel".
 */
const FINANCING_AFTER =
  /^(?:\s*(?:,|-)?\s*(?:eller|och|or|and)\s+[\p{L}-]+)*\s*-?\s*(?:eller\s+|och\s+)?[\p{L}]*(?:medfinansiering|finansiering|medel|co-?financing|co-?funding|funds|funding)(?![\p{L}])/u;
const FINANCED_WITH_BEFORE = /(?:finansier(?:as|ad|at|ade)|financed|funded)\s+(?:med|genom|with|through)\s+$/u;

/** "The fund is managed by the Association of municipalities in …", "förvaltas av kommunförbundet": who runs it. */
const MANAGED_BY_BEFORE =
  /(?:managed|administered|operated|hosted|run|forvaltas|forvaltad|administreras|administrerad|drivs)\s+(?:by|av)\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,2}?(?:association|union|federation|council|forbund|forening|rad)\s+(?:of|for)\s+$/u;

function funderAround(before: string, after: string): boolean {
  if (FINANCING_AFTER.test(after) || FINANCED_WITH_BEFORE.test(before)) return true;
  if (MANAGED_BY_BEFORE.test(before)) return true;
  if (FUNDER_BEFORE_WORD.test(before) && FUNDER_BEFORE.test(before)) return true;
  if (FUNDER_WORKS_WITH_WORD.test(before) && FUNDER_WORKS_WITH.test(before)) return true;
  if (!FUNDER_AFTER_WORD.test(after)) return false;
  const m = FUNDER_AFTER.exec(after);
  if (!m) return false;
  // "Kommuner samverkar kring kollektivtrafiken" is shared work, not a fund: those verbs need the scheme named.
  const verb = m[0].slice(m[0].search(FUNDING_VERB_AT)).trimStart();
  return !JOINT_VERB.test(verb) || ENDS_IN_SCHEME.test(m[0]);
}

const ABROAD_AFTER = /^\s*(?:[\p{L}-]+\s+){0,2}(?:in|from|of|i|fran)\s+(?:the\s+)?$/u;

/** The patterns on `before` that end at its end, tried only where their first word starts (see lead-scan.ts). */
const BETTER_AT_WORDS = leadScan(BETTER_BEFORE);
const LIVING_IN_AT_WORDS = leadScan(LIVING_IN_BEFORE);

/** Words SERVED_BEFORE/SERVED_AFTER and OBJECTIVE_BEFORE cannot match without. */
const SERVED_WORD =
  /benefi|gynna|gagna|serv|reach|nytta|gagn|interest|target|malgrupp|users|anvandare|needs|behov|stakeholder|intressent/;
const OBJECTIVE_WORD = /objective|priorit|goal|aim|mal|insatsomrade|omrade/;

/** The clause `before` ends in: from its sentence's start, a semicolon or a colon, whichever comes last. */
function clauseTail(before: string): string {
  return before.slice(clauseStart(before, before.length, ';:'));
}

/**
 * The private sector or companies named just before public bodies that are served: "support the local private and
 * public sector", "the needs of businesses and public administrations".
 */
const PRIVATE_BESIDE =
  /(?:private|privat\p{L}*|business\p{L}*|companies|enterprises|smes|industry|naringsliv\p{L}*|foretag)(?:\s+(?:sectors?|sektorn?|organi[sz]ations?))?\s*(?:,|and|or|as well as|och|eller|samt|and\/or|och\/eller)\s*(?:\(?\d\)\s*)?(?:the\s+|den\s+|de\s+)?(?:local\s+|regional\s+|lokala?\s+|regionala?\s+)?$/u;

/** Whether companies or the private sector are named right before the class at `start` (served beside it). */
export function privateBeside(text: string, start: number): boolean {
  return PRIVATE_BESIDE.test(foldedSlice(text, Math.max(0, start - 60), start));
}

/**
 * Those who use what the project finds, then the body: "between researchers and the users of research, such as
 * public authorities", "användare av forskningen, till exempel kommuner" — served by the work, not applying (folded).
 */
const USERS_OF_BEFORE =
  /(?:^|[^\p{L}])(?:users?|end[\s-]users?|anvandare|anvandarna|avnamare|avnamarna)\s+(?:of|av)\s+(?:the\s+)?(?:research|results|knowledge|data|forskning\p{L}*|resultat\p{L}*|kunskap\p{L}*)\s*,?\s*(?:(?:such as|including|e\.g\.|like|for example|som|t\.ex\.|exempelvis|till exempel)\s+)?(?:[\p{L}-]+,?\s+){0,3}$/u;
const USERS_WORD = /user|anvandar|avnamar/;

/** Words MEMBER_BEFORE, MEMBER_AFTER, RECIPIENT_BEFORE and OF_BEFORE cannot match without. */
const MEMBER_WORD = /member|medlem/;
const TO_WORD = /\s(?:to|for|till|at)\s/;
const OF_WORD = /\s(?:of|av)\s/;

/**
 * The checks around a mention that a text's words can rule out at once (core/text/word-hints.ts): most fields name
 * no member, capacity, office-holder or target group, and those checks are then not tried at each mention.
 */
const H_MEMBER = hintOf(MEMBER_WORD);
const H_MADE_OF = hintOf(MADE_OF_WORD);
const H_MEMBER_OF = hintOf(MEMBER_OF_WORD);
const H_RECIPIENT = hintOf(RECIPIENT_BEFORE);
const H_DELIVERER = hintOf(DELIVERER_WORD);
const H_TAKER = hintOf(TAKER_WORD);
const H_PERSON = hintOf(PERSON_BEFORE);
const H_SERVED = hintOf(SERVED_WORD);
const H_OBJECTIVE = hintOf(OBJECTIVE_WORD);
const H_CAPACITY = hintOf(CAPACITY_BEFORE);
const H_BETTER = hintOf(BETTER_BEFORE);
const H_LIVING_IN = hintOf(LIVING_IN_BEFORE);
/** …and the words without which no text admits any organisation, names public bodies or other organisations. */
const H_ANY = hintOf(ANY_ANCHORS);
const H_OPEN_TO_ALL = hintOf(OPEN_TO_ALL_WORDS.whole);
const H_PUBLIC = hintOf(PUBLIC_ORG);
const H_OTHER = hintOf(OTHER_WORD.whole);

/**
 * admitsAnyOrganisation(t) || namesPublicBodies(t) || namesOtherOrganisations(t) for a whole call (title and
 * summary, with their word hints): each check is tried only where the words hold its letters, with a scan of its
 * own (of the wording group only these are asked of the whole call, and most calls hold the letters of one or none).
 */
export function opensAnywhere(t: string, hints: number): boolean {
  return (
    ((hints & H_ANY) !== 0 && ANY_ANCHORS.test(t) && holds(t, ANY_AT_WORDS)) ||
    ((hints & H_OPEN_TO_ALL) !== 0 && OPEN_TO_ALL_WORDS.whole.test(t) && openToAllApplicants(t)) ||
    ((hints & H_PUBLIC) !== 0 && publicBodiesBy(t, PUBLIC_ORG_ALONE)) ||
    ((hints & H_OTHER) !== 0 && OTHER_WORD.whole.test(t) && OTHER_NOUN.whole.test(t) && namesOtherOrganisations(t))
  );
}

/**
 * Why a class named at [start, end) is not an applicant there, or undefined when it may be one: `member` (of the
 * organisation that applies), `recipient` (of what the project delivers), `served`, `objective` (a programme
 * objective's topic), `topic`, `place` (people living there), `abroad`, `person` (an office-holder of the body),
 * `employer` (of the persons who apply) or `funder` (who gives the money).
 */
/**
 * Bodies named as what a trip or a visit goes to ("resestöd för att besöka organisationer, institutioner eller
 * myndigheter", "study visits to municipalities"): places to go, not those who apply. Folded text before the class.
 */
const VISIT_WORD = /besok|visit/;
const VISIT_BEFORE =
  /(?:^|[^\p{L}])(?:besoka|besoker|besok (?:hos|pa|vid)|studiebesok (?:hos|pa|vid)|visit|visits|visiting|study visits? (?:to|at))\s+(?:(?:the|de|olika)\s+)?(?:[\p{L}-]+(?:\s*,\s*|\s+(?:and|or|och|eller|samt)\s+)){0,4}$/u;

export type NotApplicant =
  | 'member'
  | 'recipient'
  | 'served'
  | 'objective'
  | 'topic'
  | 'place'
  | 'abroad'
  | 'person'
  | 'employer'
  | 'funder'
  | 'name'
  | 'winner'
  | 'supplier';

/** "Start-up" as a project's beginning: "the start-up phase of", "start-up of new projects", "project start-up". */
const START_UP_WORD = /^start[\s-]?ups?$/iu;
const START_UP_PHASE_AFTER = /^\s*(?:phase|stage|period|of|fasen?|skedet)(?![\p{L}])/iu;
const PROJECT_BEFORE = /(?:project|projekt\p{L}*)\s*$/iu;

/** Whether the words at start–end of `text` are "start-up" as a project's beginning, not young companies. */
export function projectStartUpAt(text: string, start: number, end: number): boolean {
  return (
    START_UP_WORD.test(text.slice(start, end)) &&
    (START_UP_PHASE_AFTER.test(text.slice(end, end + 20)) ||
      PROJECT_BEFORE.test(text.slice(Math.max(0, start - 20), start)))
  );
}

/** Folded text after a class: it may be chosen for what is funded ("kan komma ifråga för", "may be selected for"). */
const SELECTED_WORD = /ifraga|i fraga|considered|selected|chosen|hosted|invited/;
const SELECTED_AFTER =
  /^[^.;:!?]{0,80}?(?:kan|may|can|will|ska)\s+(?:komma\s+i\s*fraga|be\s+(?:considered|selected|chosen|hosted|invited))\s+(?:for|till|as)(?![\p{L}])/u;
/** …in a sentence that has said who may apply before it ("Endast residenscentra … kan ansöka om stöd och …"). */
const APPLY_EARLIER = /(?:^|[^\p{L}])(?:kan|may|can|far)\s+(?:ansoka|soka|apply)(?![\p{L}])/u;

/** Words of a prize won: checked first, as most texts have none. Folded text. */
const WON_WORD = /vann|won|gick|awarded|tilldelad|winner|vinnare|pristagare/u;
/** "Vann <body> priset": folded text before the body's noun, the prize after it. */
const WON_BEFORE = /(?:^|[^\p{L}])(?:vann|won)\s+(?:[\p{L}-]+\s+){0,3}$/u;
/** "Gick priset till <body>", "the award went to", "won by <body>": folded text before the body's noun. */
const GIVEN_TO_BEFORE =
  /(?:^|[^\p{L}])(?:(?:gick|gar)\s+(?:priset|utmarkelsen)\s+till|(?:priset|utmarkelsen)\s+(?:gick|tilldelades)\s+till|(?:prize|award)\s+went\s+to|was awarded to|won by)\s+(?:[\p{L}-]+\s+){0,3}$/u;
const PRIZE_AFTER = /^\s*(?:priset|utmarkelsen|the prize|the award)(?![\p{L}])/u;
/** "<Body> vann priset", "<body> won the award in 2019": folded text after the body's noun. */
const WON_AFTER =
  /^\s+(?:vann|won|has won|was awarded|tilldelades)\s+(?:the\s+|ars\s+|arets\s+)?(?:[\p{L}-]+\s+){0,2}?(?:priset|pris|utmarkelsen|prize|award|title|titeln)(?![\p{L}])/u;
/** "Previous winners include …", "tidigare pristagare är …": folded text before the body's noun. */
const WINNERS_BEFORE =
  /(?:previous|past|former|earlier|last year'?s|tidigare|forra arets)\s+(?:winners?|vinnare|pristagare)\s+(?:include|included|such as|are|were|was|ar|var|har varit|bland annat)?\s*[^.;!?]{0,80}$/u;

/**
 * Bodies named as the employer of the persons who apply ("forskare anställda inom sjukvården", "dig som är anställd
 * i en kommun", "staff employed by local authorities", "verksam vid ett universitet, högskola eller myndighet"): the
 * persons apply, not the body, and every body of the list is an employer. Folded text before the class.
 */
const EMPLOYED_BEFORE =
  /(?:^|[^\p{L}])(?:anstalld|anstallda|anstallde|verksam|verksamma|employed|employees|employee|staff|forskare|doktorander|larare|researchers?|scientists?|teachers?)\s+(?:inom|vid|pa|hos|i|in|at|by|of|within)\s+(?:(?:the|a|an|en|ett|den|det|de)\s+)?(?:[\p{L}-]+\s+)?(?:[\p{L}-]+(?:\s*,\s*|\s+(?:och|eller|samt|and|or)\s+)){0,5}$/u;

/**
 * The members of a jury, panel or committee named by where they come from ("en jury som består av bland annat
 * representanter från EU-institutioner, lokala myndigheter", "a jury made up of representatives of cities and
 * NGOs"): they judge, they do not apply. Folded text before the class, within its clause.
 */
const JURY_WORD = /jury|juryn|panel|kommitte|committee|bedomningsgrupp/;
const JURY_OF_BEFORE =
  /(?:jury|juryn|panel\p{L}*|kommitte\p{L}*|committee|bedomningsgrupp\p{L}*)\s+(?:som\s+)?(?:bestar av|is made up of|made up of|consisting of|composed of|consists of|with)\s+(?:bland annat\s+|among others\s+)?(?:representant\p{L}*|representatives?|ledamoter|members|experts?|experter)\s+(?:fran|for|av|of|from)\s+[^.;:!?]{0,100}$/u;

/**
 * Organisations named by what they are involved in or work with ("organisations involved in or with a city that is
 * part of the network", "actors working with local authorities", "organisationer som arbetar med kommuner"): the
 * body named after is their field, not their kind. Folded text before the mention.
 */
const INVOLVED_BEFORE =
  /(?:organi[sz]ations?|organisationer|actors|aktorer|entities|bodies|stakeholders)\s+(?:(?:that|which|who|som)\s+(?:are\s+|ar\s+)?)?(?:involved in or with|involved in|involved with|working with|working in|work with|engaged with|linked to|connected to|arbetar med|involverade i|kopplade till)\s+(?:(?:a|an|the|en|ett)\s+)?$/u;
const INVOLVED_WORD = /involv|working|work with|engaged|linked|connected|arbetar|kopplade/;

export function notApplicantAt(text: string, start: number, end: number, foreignAfter: number | undefined): boolean {
  return notApplicantReason(text, start, end, foreignAfter) !== undefined;
}

/** A preposition of place right before the word ("in schools", "i skolor", "at schools"). */
const AT_PLACE_BEFORE = /(?:^|[^\p{L}])(?:in|at|i|pa)\s+(?:the\s+)?(?:local\s+|lokala\s+)?$/u;
const SCHOOL_WORD = /^(?:schools?|skol(?:or|orna|an|a)?)$/u;

/**
 * The class's word inside a proper name of a body or an event ("European Week of Regions and Cities", "Committee of
 * the Regions", "Covenant of Mayors", "Union of the Baltic Cities"): a name, not the call's applicants. Read on the
 * text as written: the name's words are capitalised, the class's word too.
 */
const NAME_OF_BEFORE =
  /(?:^|[^\p{L}])(?:Week|Committee|Covenant|Conference|Congress|Forum|Summit|Days?|Festival|Assembly|Council|Network|Union|League|Federation|Alliance|Association|Capitals?|Year|Charter|Pact)\s+of\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]*\s+){0,2}(?:\p{Lu}[\p{L}-]*\s+(?:and|&)\s+)?$/u;
/** …and in Swedish, where only the name's first word is capitalised: "Europeiska veckan för regioner och städer". */
const SV_NAME_OF_BEFORE =
  /(?:^|[^\p{L}])\p{Lu}\p{L}*\s+(?:veckan|dagen|dagarna|kommittén|konferensen|nätverket|förbundet|rådet|forumet|festivalen|toppmötet|året)\s+för\s+(?:[\p{L}-]+\s+(?:och|&)\s+)?$/u;
const UPPER_FIRST = /^\p{Lu}/u;
function nameOfBodyOrEvent(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 80), start);
  return UPPER_FIRST.test(text.slice(start, start + 1)) ? NAME_OF_BEFORE.test(before) : SV_NAME_OF_BEFORE.test(before);
}

export function notApplicantReason(
  text: string,
  start: number,
  end: number,
  foreignAfter: number | undefined,
  /** textHints of `text`: checks that cannot match anywhere in it are not tried. */
  hints: number = ALL_HINTS,
): NotApplicant | undefined {
  const from = Math.max(0, start - 120);
  // A slash joins alternatives, items of one list ("whose members are local/regional authorities"): read as a
  // space, so the words before the first item reach the last.
  let before = foldedSlice(text, from, start).replace(/(?<=\p{L})\/(?=\p{L}|$)/gu, ' ');
  // The clause so far and the rest of it ("Objective 4.6: …" is one clause).
  before = before.slice(clauseStart(before, before.length, ';'));
  let after = foldedSlice(text, end, end + 80);
  after = after.slice(0, clauseEnd(after, 0, ';'));
  // Each pattern on `before` is tried from every character; the words it needs are looked for first.
  const has = (hint: number) => (hints & hint) !== 0;
  if (namedMunicipalitiesAt(text, start)) return 'place';
  if (nameOfBodyOrEvent(text, start)) return 'name';
  if (VISIT_WORD.test(before) && VISIT_BEFORE.test(before)) return 'place';
  // "Present their city's candidature": the city owns what follows; it is the candidate, not a member of one.
  // "The EU, its Member States, its regions": a place's own parts, not members of who applies.
  if (
    THEIR_BEFORE.test(before) &&
    !/^['’]s?(?![\p{L}])/u.test(after) &&
    !(PLACE_OWNER_BEFORE.test(before) && PARTS_WORD.test(foldedSlice(text, start, end)))
  )
    return 'member';
  if (EMPLOYED_BEFORE.test(before)) return 'employer';
  // "För tre år sedan vann Mariehamns stad priset", "previous winners include the City of Oulu": an earlier winner
  // of a prize, an example of who it goes to, not one the call names as who may enter.
  if (WON_WORD.test(before) || WON_WORD.test(after)) {
    if (
      (WON_BEFORE.test(before) && PRIZE_AFTER.test(after)) ||
      GIVEN_TO_BEFORE.test(before) ||
      WON_AFTER.test(after) ||
      WINNERS_BEFORE.test(before)
    )
      return 'winner';
  }
  // "Endast residenscentra kan ansöka om stöd och endast konstnärer … kan komma ifråga för ett residens": after the
  // clause on who applies, those the applicants choose for what is funded.
  if (SELECTED_WORD.test(after) && APPLY_EARLIER.test(before) && SELECTED_AFTER.test(after)) return 'recipient';
  // "En jury som består av representanter från EU-institutioner, lokala myndigheter …": whom a jury's members come
  // from, not who applies.
  if (JURY_WORD.test(before) && JURY_OF_BEFORE.test(before)) return 'employer';
  if (IN_BEFORE_PLACE.test(before) && URBAN_RURAL_AFTER.test(after)) return 'place';
  // "Verkar inom följande kommuner: Eslöv, Hörby …": the kommuner where the funder works, by their names.
  if (WITHIN_FOLLOWING_BEFORE.test(before) && NAMES_AFTER.test(text.slice(end, end + 40))) return 'place';
  // "Följande kommuner i sydvästra Skåne prioriteras: Eslöv, Kävlinge …": the places a fund gives priority to.
  if (FOLLOWING_BEFORE.test(before) && PRIORITISED_NAMES_AFTER.test(text.slice(end, end + 90))) return 'place';
  // "Urban life in cities of all sizes": cities as where life is, not who applies.
  if (IN_BEFORE_PLACE.test(before) && CITIES_WORD.test(foldedSlice(text, start, end))) return 'place';
  if (funderAround(before, after)) return 'funder';
  // "Lärosäten som är erkända av nationella myndigheter", "accredited by the national authority": the body that
  // recognises the applicants, not one of them.
  if (RECOGNISED_BY_BEFORE.test(before)) return 'funder';
  if (PROGRAMME_OFFICE_BEFORE.test(before.slice(-48))) return 'funder';
  // "Ideell förening på folkhögskola", "a club at a school": where the association is, not who applies.
  if (ASSOCIATION_AT_BEFORE.test(before)) return 'place';
  // "Lokalföreningar i minst fyra av länets kommuner": where an association's branches are, not who applies.
  if (BRANCHES_IN_BEFORE.test(before)) return 'place';
  // "Workshops in schools", "aktiviteter i skolor": where the work happens, not who applies.
  if (AT_PLACE_BEFORE.test(before) && SCHOOL_WORD.test(foldedSlice(text, start, end))) return 'place';
  if (
    has(H_MEMBER) &&
    ((MEMBER_WORD.test(before) && MEMBER_BEFORE.test(before)) || (MEMBER_WORD.test(after) && MEMBER_AFTER.test(after)))
  )
    return 'member';
  if (ASSOCIATIONS_AFTER.test(after)) return 'member';
  if (has(H_MADE_OF) && MADE_OF_WORD.test(before) && MADE_OF_BEFORE.test(before)) return 'member';
  if (has(H_MEMBER_OF) && OF_WORD.test(before) && MEMBER_OF_WORD.test(before) && MEMBER_OF_BEFORE.test(before))
    return 'member';
  if (has(H_RECIPIENT) && TO_WORD.test(before) && RECIPIENT_BEFORE.test(before) && !WANTING_AFTER.test(after))
    return 'recipient';
  if (
    has(H_DELIVERER) &&
    DELIVERER_WORD.test(before) &&
    firstLeadMatch(before, DELIVERER_AT) !== null &&
    !WANTING_AFTER.test(after)
  )
    return 'recipient';
  if (USERS_WORD.test(before) && USERS_OF_BEFORE.test(before)) return 'served';
  if (SUPPLIER_WORD.test(after) && SUPPLIER_AFTER.test(after)) return 'supplier';
  if (has(H_TAKER) && TAKER_WORD.test(after) && TAKER_AFTER.test(after)) return 'served';
  if (SERVICES_WORD.test(before) && SERVICES_CUE.test(before) && SERVICES_FOR_BEFORE.test(before.slice(-160)))
    return 'served';
  if (HELPED_WORD.test(after) && HELPED_AFTER.test(after)) return 'served';
  if (
    ((has(H_PERSON) && firstLeadMatch(before.slice(-60), PERSON_AT) !== null) || PERSON_AFTER.test(after)) &&
    !APPLY_AFTER.test(after)
  )
    return 'person';
  if (
    has(H_SERVED) &&
    ((SERVED_WORD.test(before) && SERVED_BEFORE.test(before)) ||
      (SERVED_WORD.test(after) && SERVED_AFTER.test(after))) &&
    !CALL_TARGET.test(`${before} ${after}`) &&
    !WANTING_AFTER.test(after)
  )
    return 'served';
  if (has(H_OBJECTIVE) && OBJECTIVE_WORD.test(before) && OBJECTIVE_BEFORE.test(before)) return 'objective';
  if (has(H_CAPACITY) && CAPACITY_BEFORE.test(before.slice(-90))) return 'topic';
  if (
    (before.includes('program') && PROGRAMME_FOR_BEFORE.test(before.slice(-60))) ||
    (after.includes('program') && PROGRAMME_AFTER.test(after))
  )
    return 'topic';
  // A genitive ("myndigheters", "authorities'") before the capacity named.
  if (CAPACITY_AFTER.test(after) && /(?:s|s'|'s)$/.test(foldedSlice(text, Math.max(start, end - 3), end + 1).trim()))
    return 'topic';
  if (
    has(H_OBJECTIVE) &&
    OBJECTIVE_WORD.test(before) &&
    OBJECTIVE_SENTENCE.test(before) &&
    !APPLY_WORDS.test(`${before} ${after}`)
  )
    return 'objective';
  if (has(H_BETTER) && firstLeadMatch(before.slice(-40), BETTER_AT_WORDS) !== null) return 'objective';
  if (has(H_LIVING_IN) && firstLeadMatch(before.slice(-90), LIVING_IN_AT_WORDS) !== null) return 'place';
  if (INVOLVED_WORD.test(before) && INVOLVED_BEFORE.test(before)) return 'topic';
  // "Actions relating to research and innovation", "insatser rörande forskning": what the work concerns.
  if (RELATING_TO_BEFORE.test(before)) return 'topic';
  // "Initiatives promoting entrepreneurship and small business", "insatser som främjar små företag": what the work
  // promotes, not who does it.
  if (PROMOTING_WORD.test(before) && PROMOTING_BEFORE.test(before)) return 'topic';
  const of = OF_WORD.test(before) ? OF_BEFORE.exec(before) : null;
  // Swedish "av" is also the passive's agent ("kan sökas av kommuner"): only after a verbal noun is it the topic.
  if (of && !OF_KEEPS.test(of[1]) && (of[2] === 'of' || /(?:ing|ion|het|else)$/.test(of[1]))) return 'topic';
  if (foreignAfter !== undefined && foreignAfter >= end && foreignAfter - end <= 40) {
    if (ABROAD_AFTER.test(foldedSlice(text, end, foreignAfter))) return 'abroad';
  }
  return undefined;
}

/**
 * A verb of promoting right before the class, up to one item and a word of size or age between ("promoting
 * entrepreneurship and small "). Folded text.
 */
const PROMOTING_WORD = /promot|foster|framj/;
const PROMOTING_BEFORE =
  /(?:^|[^\p{L}])(?:promot(?:e|es|ing)|foster(?:s|ing)?|framj(?:a|ar|ande)|som framjar)\s+(?:the\s+)?(?:[\p{L}-]+\s+(?:and|or|och|eller)\s+)?(?:small|sma|new|nya|local|lokala|young|unga)?\s*$/u;

/** Words that say what something concerns, right before the class named ("relating to research"). Folded text. */
const RELATING_TO_BEFORE =
  /(?:^|[^\p{L}])(?:relating to|related to|concerning|regarding|in the field of|rorande|avseende|inom omradet)\s+(?:the\s+)?$/u;

/**
 * A programme's own offices: "operates as the administrative authority of the programme", "with the managing
 * authority", "den förvaltande myndigheten". The body that runs the programme, not one that applies. Only after "the":
 * "local administrative authorities may apply" names applicants.
 */
const PROGRAMME_OFFICE_BEFORE =
  /(?:^|[^\p{L}])(?:the|its|den|dess|programmets)\s+(?:joint\s+|national\s+|gemensamma\s+)?(?:managing|administrative|certifying|certification|audit|paying|forvaltande|attesterande|utbetalande)\s+$/u;

const RECOGNISED_BY_BEFORE =
  /(?:^|[^\p{L}])(?:erkand\p{L}*|godkand\p{L}*|ackrediterad\p{L}*|certifierad\p{L}*|recogni[sz]ed|accredited|certified)\s+(?:av|by)\s+(?:the\s+|de\s+|den\s+)?(?:[\p{L}-]+\s+){0,2}$/u;
/**
 * Associations, branches, members or activity in places ("lokalföreningar i minst fyra av länets kommuner", "verksamhet
 * i minst fyra av länets kommuner", "branches in at least three municipalities"): where they are, counted. Folded text before the class.
 */
const BRANCHES_IN_BEFORE =
  /(?:forening\p{L}*|associations?|clubs?|klubb\p{L}*|branches|chapters|avdelningar|medlemmar|members|verksamhet|activities|aktiviteter)\s+(?:i|in|inom|within)\s+(?:(?:minst|at least|flera|several|alla|all|samtliga|\d+|tva|tre|fyra|fem|sex|two|three|four|five|six)\s+)*(?:(?:av|of)\s+)?(?:the\s+)?(?:\p{L}+s\s+)?$/u;
const ASSOCIATION_AT_BEFORE =
  /(?:^|[^\p{L}])(?:forening\p{L}*|associations?|clubs?|klubb\p{L}*|elevkar\p{L}*|student unions?)\s+(?:pa|vid|at)\s+(?:the\s+|a\s+|an\s+)?(?:[\p{L}-]+\s+)?$/u;

/**
 * "Regions" as places, not regional authorities: followed by a part of the world, after a preposition of place ("organisations in the Nordic and
 * Baltic regions", "partners from rural regions", "aktörer i de nordiska regionerna", "kommuner i alla regioner")
 * or after a word for a kind of area ("border regions", "less developed regions", "programme regions"). A list of
 * bodies between the preposition and the word ("participants from municipalities, regions and companies") keeps
 * it an applicant.
 */
const PLACE_PREPOSITION =
  /(?:^|[^\p{L}])(?:in|from|across|within|throughout|around|of the|i|fran|inom|over hela|runt)\s+((?:[\p{L}-]+,?\s+){0,4})$/u;
const AREA_KIND =
  /(?:^|[^\p{L}])(?:rural|urban|border|cross-border|coastal|remote|peripheral|sparsely populated|outermost|island|mountain|arctic|nordic|baltic|northern|southern|eastern|western|central|less developed|more developed|transition|neighbouring|neighboring|partner|programme|program|participating|european|eu|member state|landsbygds\p{L}*|glesbefolkade|nordiska|baltiska|arktiska|norra|sodra|ostra|vastra|gransoverskridande|angransande|deltagande|europeiska|mindre utvecklade)\s+(?:and\s+|och\s+|or\s+|eller\s+)?(?:[\p{L}-]+\s+)?$/u;
/** Words of a body in the words after the preposition: then "regions" is one of a list of applicants. */
const BODY_WORD =
  /kommun|municipal|local|cit(?:y|ies)|town|authorit|myndighet|compan|foretag|business|enterpris|smes?\b|universit|hogskol|school|skol|ngos?\b|organi[sz]|association|forening|council|landsting|government|public|offentlig|actor|aktor|bod(?:y|ies)|institution|partner|sokande|applicant/u;

/**
 * "Regions" followed by a part of the world: "Regions of the Arctic", "the regions around the Baltic Sea",
 * "regionerna kring Östersjön". (Not "regions of Sweden and Finland": a country's regions are its regional bodies.)
 */
const PART_OF_WORLD_AFTER = /^\p{L}*\s+(?:(?:of|in|around|across|along)\s+the\s+|(?:kring|runt|längs)\s+)\p{Lu}/u;

export function regionAsPlaceAt(text: string, start: number): boolean {
  if (PART_OF_WORLD_AFTER.test(text.slice(start, start + 40))) return true;
  let before = fold(text.slice(Math.max(0, start - 80), start).toLowerCase());
  before = clauseTail(before);
  const at = PLACE_PREPOSITION.exec(before);
  if (at && !BODY_WORD.test(at[1])) return true;
  return AREA_KIND.test(before);
}

/**
 * "Organisationer", "organisations working with young people", "svenska aktörer", "organ i Kalmar län": any kind of
 * organisation.
 */
const GENERIC_ORG =
  /(?:^|[^\p{L}])(?:organi[sz]ations?|organisationer|aktorer|actors|entities|bodies|organ|institutions|institutioner|stakeholders)(?![\p{L}])/u;

const GENERIC_AT_WORDS = leadScan(GENERIC_ORG, WORDING);

/** Whether a text that names no applicant class names organisations of any kind (read by the caller so). */
export function namesGenericOrganisations(t: string): boolean {
  // The quick scan first: most texts hold no such word.
  if (firstLeadMatch(t, GENERIC_AT_WORDS) === null) return false;
  // "Samhällsnämnd eller motsvarande organisation": one like those named, no organisation of any kind.
  for (const m of t.matchAll(GENERIC_ORG_ALL)) if (!likeNamedAt(t, m.index + wordOffset(m[0]))) return true;
  return false;
}
const GENERIC_ORG_ALL = new RegExp(GENERIC_ORG.source, 'gu');

/**
 * Sentences that say who may take part — partner lists ("Partners can include companies, arts organisations and
 * universities", "projektparter kan vara företag och kulturinstitutioner", "in partnership with tourism
 * operators") and participation ("the following types of organisations can participate", "kan delta i
 * projekten", "Koordinatorn ska vara ett universitet") and sectors whose actors the call reaches ("stärka
 * aktörer inom offentlig sektor, civilsamhälle och näringsliv"): the actors named there say who, not what the call is
 * about, and make no one eligible either (that is the who-may-apply sentences' part). Lowercase text; ranges are
 * the sentences' own offsets.
 */
const PARTY_CUE =
  /(?:partners?|participants?|consorti(?:um|a)|partnerships?|parties|samarbetspart\p{L}*|projektpart\p{L}*|parter|parterna|deltagare|konsortie\p{L}*)\s+(?:can|may|should|must|shall|could|will|kan|ska|får|bör|måste)\s+(?:also\s+|även\s+|också\s+)?(?:include|involve|be|consist of|comprise|come from|innehålla|omfatta|bestå av|vara|inkludera|utgöras av)|(?:partners|parter) such as|(?:eligible|possible|potential|typical) partners|(?:tänkbara|möjliga) (?:samarbets|projekt)?parter|in partnership with|in cooperation with|in collaboration with|together with|tillsammans med|i samverkan med|i samarbete med|(?:can|may|could) (?:also )?(?:form partnerships and )?(?:participate|take part|be involved|join)|types of (?:organi[sz]ations|actors|partners|beneficiaries)|(?:involve|involves|involving) (?:various|different|several|a range of|a variety of|a wide range of) (?:organi[sz]ations|actors|partners|stakeholders)|(?:kan|får) (?:också )?(?:delta|medverka|ingå som part)|typer av (?:organisationer|aktörer)|(?:koordinator|koordinatorn|projektparter|parterna) (?:ska|måste|kan) vara|(?:the )?coordinator (?:must|shall|should|can) be|(?:aktörer|aktorer|actors|stakeholders)\s+(?:inom|från|fran|from|within)\s+(?:the\s+|den\s+)?(?:\p{L}+\s+){0,2}?(?:sektor\p{L}*|sector\p{L}*|sphere\p{L}*|sfär\p{L}*|sfar\p{L}*|akademi\p{L}*|academia|civilsamh\p{L}*|civil society|näringsliv\p{L}*|naringsliv\p{L}*|business\p{L}*|industr\p{L}*)/gu;

/** PARTY_CUE tried only where one of its cues starts (core/text/lead-scan.ts): quicker than a scan for hint words first. */
const PARTY_CUE_LEADS = leadScan(PARTY_CUE, SUMMARY_CUES);

export function partyRanges(lower: string): [number, number][] {
  const out: [number, number][] = [];
  for (const m of allLeadMatches(lower, PARTY_CUE_LEADS)) {
    const at = m.index ?? 0;
    out.push(sentenceAround(lower, at));
  }
  return out;
}

/**
 * What a partnership or consortium is made of: "partnerships of universities, businesses and other actors",
 * "consortia of at least three organisations", "nätverk av kommuner, företag och andra aktörer". Its members take
 * part in the project as a party does.
 */
const MADE_OF_PARTIES =
  /(?:^|[^\p{L}])(?:partnerships?|consorti(?:um|a)|networks?|alliances?|partnerskap|konsorti\p{L}*|natverk|nätverk)\s+(?:of|between|among|consisting of|made up of|composed of|av|mellan|bestående av|bestaende av)\s/u;

/** The sentences that say who takes part (partyRanges) or what a partnership is made of (lowercase text). */
export function participantRanges(lower: string): [number, number][] {
  const out = partyRanges(lower);
  for (const [from, to] of sentenceRanges(lower)) if (MADE_OF_PARTIES.test(lower.slice(from, to))) out.push([from, to]);
  return out;
}

/** A word naming a kind of actor after a topic word: "arts organisations", "cultural institutions", "operators". */
const ACTOR_NOUN =
  /^[\s-]*(?:organi[sz]ations?|institutions?|bodies|actors?|operators?|providers?|companies|enterprises|businesses|associations?|sector|organisationer|organisation|institutioner|aktörer|aktorer|företag|foretag|föreningar|foreningar|sektorn)(?![\p{L}])/u;

/** Whether the words of a topic at [start, end) name actors: the word itself ends in one, or one follows. */
export function actorWordAt(lower: string, start: number, end: number): boolean {
  const word = lower.slice(start, end);
  if (
    /(?:organisationer|organisation|institutioner|institution|aktörer|företag|föreningar)$/u.test(word) &&
    end - start > 12
  )
    return true;
  return ACTOR_NOUN.test(lower.slice(end, end + 20));
}

/** A host organisation the applicant applies with (applicant-types.json `hosts`). */
const HOSTS = APPLICANT_TYPES.hosts;
const HOST = new RegExp(`(?:^|[^\\p{L}])(${alternation(HOSTS.host)})(?![\\p{L}])`, 'u');
const RESTRICTING = new RegExp(`(?:^|[^\\p{L}])(?:${alternation(HOSTS.restricting)})(?![\\p{L}])`, 'u');
/**
 * A sentence on the host, on the body that receives and administers the grant, or on who applies ("universities
 * may apply"): a sector named there limits the host.
 */
const ON_HOST =
  /(?:^|[^\p{L}])(?:host\p{L}*|apply|applies|applicants?|eligible|sok(?:a|er|ande|anden)|stodberattigade?|behoriga?|vard(?:organisation|institution|miljo|universitet|larosate)\p{L}*|medelsforvalt\p{L}*|administering organi\p{L}*|administrating organi\p{L}*)(?![\p{L}])/u;

/**
 * The host organisation a fellow applies with ("researchers holding a PhD apply together with a host
 * organisation", "söker tillsammans med en värdorganisation"), as the text writes it, where no sentence on the host
 * or the administering body, nor any on who applies, limits it to a sector ("the host must be a university",
 * "medelsförvaltare ska vara ett lärosäte", "universities may apply"); otherwise undefined. Such a host may be a kommun or a region.
 */
export function openHostIn(text: string): string | undefined {
  const t = foldKeepingOffsets(text);
  const m = HOST.exec(t);
  if (!m) return undefined;
  for (const [from, to] of clauseRanges(t, ';')) {
    const sentence = t.slice(from, to);
    if (ON_HOST.test(sentence) && RESTRICTING.test(sentence)) return undefined;
  }
  const at = m.index + m[0].length - m[1].length;
  return text.slice(at, m.index + m[0].length);
}

/**
 * Actors said not to be publicly funded ("andra aktörer som inte är offentligt finansierade", "organisations that
 * are not publicly funded", "non-publicly funded bodies"): a call for them leaves out every public body, kommuner and
 * regioner among them. Only said of actors — "activities that are not publicly funded" speaks of double funding, not
 * of who applies. The words as written, or undefined.
 */
const NOT_PUBLICLY_FUNDED =
  /(?:^|[^\p{L}])((?:aktorer|aktor|organisationer|organisation|foreningar|forening|natverk|sokande|actors?|organi[sz]ations?|bod(?:y|ies)|entit(?:y|ies)|applicants?|groups?)\s+(?:(?:som|that|which|who)\s+)?(?:(?:inte|ej|icke)\s+(?:ar\s+)?|(?:are|is)\s+not\s+|non-?\s*)(?:offentligt|publicly|public(?:ly)?|skatte)[\s-]*(?:finansierade|finansierad|funded|financed))(?![\p{L}])/u;

export function notPubliclyFundedIn(text: string): string | undefined {
  const t = foldKeepingOffsets(text);
  if (!/finansier|funded|financed/.test(t)) return undefined;
  const m = NOT_PUBLICLY_FUNDED.exec(t);
  return m ? text.slice(m.index + m[0].length - m[1].length, m.index + m[0].length) : undefined;
}

/**
 * A call only open to a named or selected group of bodies ("only open to Mission Cities which are not yet part of…",
 * "reserved for URBACT partner cities", "endast för utvalda kommuner", "only public bodies designated by their Member State
 * to operate …"): bodies chosen before, not every kommun or
 * region. The group as written, or undefined. A name of nationality or place before the bodies ("only open to
 * Swedish municipalities", "EU cities", "Nordic regions") is no such group.
 */
const ONLY_GROUP =
  /(?:^|[^\p{L}])(?:[Oo]nly|[Ss]olely|[Ee]xclusively|[Ee]ndast|[Ee]nbart|[Bb]ara|reserved for|limited to|restricted to|förbehållen|förbehållet)\s+(?:(?:open|available|eligible)\s+(?:to|for)\s+|(?:öppen|öppet|öppna|tillgänglig)\s+för\s+|för\s+|to\s+|for\s+)?(?:the\s+|de\s+)?((\p{Lu}[\p{L}\d-]*(?:\s+\p{Lu}[\p{L}\d-]*){0,2})\s+(?:[Cc]ities|[Mm]unicipalities|[Tt]owns|[Rr]egions|[Pp]artners|[Mm]embers|[Pp]artner [Cc]ities|kommuner|städer|regioner|medlemmar|partnerstäder)|(?:selected|participating|designated|pre-selected|utvalda|deltagande)\s+(?:cities|municipalities|towns|regions|kommuner|städer|regioner)|(?:(?:public|competent|national|offentliga|behöriga|nationella)\s+)*(?:bodies|entities|organi[sz]ations|authorities|organisationer|myndigheter|aktörer)\s+(?:designated|appointed|nominated|utsedda|utpekade)\s+(?:by|av)\s+(?:their|the|its|each|every|sin|sitt|varje|regeringen)[^.;:!?\n]{0,60}?(?=\s+(?:may|can|to|att|kan|får)\s|[.;:!?\n]))(?![\p{L}])/u;
/** Words of nationality or place, not of a group: "Swedish", "European", "Nordic", "EU". */
const PLACE_WORD =
  /^(?:eu|eea|efta|un|uk|dutch|french|greek|czech|swiss|thai|\p{L}+(?:ish|ian|ean|ese|ic|an|sk|ska|isk|iska))$/iu;

/**
 * Bodies an earlier stage chose ("all designated candidate entities resulting from the Expression of Interest",
 * "entities selected in the pre-selection"): a group already chosen, with no "only" needed. (Not a two-stage call's
 * "applicants selected in the first stage", who are this call's own.)
 */
const CHOSEN_EARLIER =
  /(?:^|[^\p{L}])((?:designated|selected|pre-?selected|shortlisted)\s+(?:candidate\s+)?(?:entities|applicants|organi[sz]ations|hubs|consortia|candidates|cities|regions)\s+(?:resulting from|selected in|identified in|chosen in|from)\s+(?:the\s+)?(?:(?:call for\s+)?expression of interest|previous call|pre-?selection))(?![\p{L}])/iu;

/**
 * A later stage open only to those an earlier one let through: "Steg 2 är endast öppet för dem som gått vidare i steg
 * 1", "Stage 2 is only open to applicants who passed stage 1". The group, as written.
 */
const PASSED_EARLIER_STAGE =
  /(?:endast|enbart|bara|only)\s+(?:öppe[nt]|oppe[nt]|open)\s+(?:för|for|to)\s+((?:dem|de sökande|de sokande|sökande|sokande|those|applicants|consortia)\s+(?:som|who|that|which)\s+(?:har\s+|have\s+)?(?:gått vidare|gatt vidare|passed|qualified|were selected|went through|got through)[^.;:!?\n]{0,60})/iu;

/**
 * Actors named beforehand as the call's applicants: "Utpekade aktörer som bidrar till genomförandet av en strategi som
 * blivit prioriterad", "förvalda kommuner", "pre-designated cities". The words up to the clause's end.
 */
const NAMED_BEFORE =
  /(?:^|[^\p{L}])((?:utpekade|förvalda|forvalda|pre-?designated)\s+(?:aktörer|aktorer|organisationer|kommuner|städer|stader|regioner|sökande|sokande|parter|actors|organi[sz]ations|cities|municipalities|regions|applicants|entities)(?:\s+(?:som|that|which|who)\s+[^.;:!?\n]{0,120})?)/iu;

/**
 * A funder's own grantees ("a special funding call for our grant recipients", "Kone Foundation grantees will be able
 * to apply", "för våra bidragsmottagare"): a group its earlier calls chose. Not "previous grantees may not apply".
 */
const OWN_GRANTEES =
  /(?:^|[^\p{L}])((?:(?:call|funding|grants?|support|utlysning|stöd|bidrag)\s+(?:\p{L}+\s+){0,2}?(?:for|to|för|till)\s+(?:our|its|their|current|existing|våra|sina|nuvarande)\s+(?:grant\s+)?(?:recipients|grantees|grant holders|beneficiaries|bidragsmottagare|stipendiater|anslagsmottagare))|(?:\p{Lu}[\p{L}-]*\s+){1,3}(?:grantees|grant recipients)\s+(?:will be able to|can|may|are invited to)\s+apply)(?![\p{L}])/u;
/**
 * …or an entry of the list of applicants that is a group set up already, which no body joins by applying: the
 * funder's grantees ("Kone Foundation grantees"), the cities an EU mission or project chose ("Mission Cities",
 * "Lighthouse Cities"), or the committees that nominate for a prize ("national adjudication committees (nominate)",
 * "nominerande kommittéer"). Names are capitalised: "eligible grantees" is no such group.
 */
const GRANTEES_ENTRY =
  /^\s*(?:(?:(?:our|current|existing)\s+|(?:\p{Lu}[\p{L}-]*\s+){1,3})(?:grantees|grant recipients|grant holders)|(?:[Aa]ll\s+|[Tt]he\s+)?(?:EU\s+)?(?:Mission|Lighthouse|Follower)\s+Cities)\s*$/u;
const COMMITTEES_ENTRY =
  /^\s*(?:(?:[\p{L}-]+\s+){0,2}(?:adjudication|nominating|selection|prize|award)\s+committees?(?:\s*\(\s*nominat\p{L}*\s*\))?|(?:nationella\s+)?(?:nominerande|bedömande)\s+(?:kommittéer|kommittén|juryer|juryn))\s*$/iu;

/**
 * Those a previous round funded: "directed to the operators that have been supported by the 1st call", "projekt som
 * beviljades stöd i den första utlysningen".
 */
const FUNDED_BY_EARLIER_CALL =
  /(?:^|[^\p{L}])((?:[\p{L}-]+\s+){1,2}(?:that|who|which)\s+(?:have|has|had)?\s*(?:been\s+)?(?:supported|funded|financed|granted)\s+(?:by|under|in|through)\s+(?:the\s+|our\s+|its\s+)?(?:[\p{L}'’-]+\s+){0,3}?(?:1st|first|previous|earlier|last|former)\s+(?:call|round)|(?:[\p{L}-]+\s+){1,2}som\s+(?:har\s+)?(?:fått|beviljats|beviljades|fick)\s+(?:stöd|bidrag|finansiering)\s+(?:i|inom|från)\s+(?:den\s+)?(?:första|tidigare|förra|föregående)\s+(?:utlysningen|omgången|ansökningsomgången))(?![\p{L}])/iu;

/**
 * An entry of the list that counts its bodies ("39 kommuner med geografiska och demografiska utmaningar", "the 100
 * selected cities", "30 socioekonomiskt eftersatta kommuner", "the four green Innomission partnerships"): a group
 * chosen already, not the class. (Not "at least two municipalities", "up to 10 cities":
 * those count a project's partners or the grants.)
 */
const COUNTED_ENTRY =
  /^\s*(?:(?:the|de)\s+(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|två|tre|fyra|fem|sex|sju|åtta|nio|tio)|\d{1,3})\s+(?:(?!(?:eller|or|och|and|fler|more|till|to|av|of|upp|up)\s)[\p{L}-]+\s+){0,3}?(?:kommuner(?:na)?|municipalities|cities|städer(?:na)?|regioner(?:na)?|regions|landsbygdskommuner(?:na)?|partnerships|partnerskapen|consortia|konsortierna|networks|nätverken)(?![\p{L}])/iu;

/** A group taking in others: "are (still) looking for new partners", "söker nya partner", "welcome new members". */
const SEEK_NEW_MEMBERS =
  /(?:looking for|seeking|searching for|recruiting|welcom\p{L}*|open to|söker|letar efter|välkomnar)\s+(?:\p{L}+\s+){0,3}?(?:partners?|members?|participants?|partner|medlemmar|deltagare)(?![\p{L}])/iu;

/**
 * Participants chosen already ("The participants have all been nominated by an expert committee", "Deltagarna har
 * valts ut av en jury"): the places are filled, whoever the programme is for. Only the perfect or past tense: "are
 * selected by a committee" tells how applicants are chosen.
 */
const PARTICIPANTS_CHOSEN =
  /(?:^|[^\p{L}])((?:the|all|de|alla)?\s*(?:participants|deltagarna|deltagare)\s+(?:have|has|had|were|was|har|hade)\s+(?:all\s+|alla\s+|already\s+|redan\s+)*(?:been\s+)?(?:nominated|selected|chosen|appointed|nominerats|valts ut|utsetts)(?:\s+(?:by|av)\s+[^.;:!?\n]{1,60})?)/iu;

/**
 * The members of a named network or association as those who apply ("Norteas members can apply", "ULA:s medlemmar
 * kan söka"): a group a body is in or not, which the call does not say of this one. Not "EU members" (a place).
 */
const NAMED_MEMBERS_APPLY =
  /(?:^|[^\p{L}])((\p{Lu}[\p{L}\d-]*(?::s)?(?:\s+\p{Lu}[\p{L}\d-]*(?::s)?){0,2})\s+(?:members|medlemmar|member organi[sz]ations|medlemsorganisationer))\s+(?:can|may|are eligible to|kan|får)\s+(?:also\s+|även\s+|också\s+)?(?:apply|söka|ansöka)(?![\p{L}])/u;

/**
 * Organisations that must hold an accreditation of the programme ("Applicant organisations must hold a valid Erasmus
 * Youth Accreditation", "organisations holding a valid … accreditation", "endast ackrediterade organisationer",
 * "skolor måste ha en Erasmusackreditering"): a group an earlier application chose. The words as written.
 */
const ACCREDITED_ONLY =
  /(?:^|[^\p{L}])((?:(?:applicant\s+)?organi[sz]ations?|applicants?|bodies|entities|schools?)\s+(?:must\s+|shall\s+)?(?:hold(?:ing)?|hav(?:e|ing))\s+(?:a\s+|an\s+)?valid\s+(?:[\p{L}+-]+\s+){0,3}?accreditation|(?:endast|bara|enbart)\s+(?:för\s+)?ackrediterade\s+(?:organisationer|skolor|sökande|aktörer)|(?:organisationer|skolor|sökande)\s+(?:måste|ska)\s+ha\s+(?:en\s+)?(?:giltig\s+)?[\p{L}+-]*ackreditering)(?![\p{L}])/iu;

/** An entry naming the members of one named body: "medlemmar i ForumCiv", "members of the Baltic Sea Forum". */
const MEMBERS_OF_ENTRY =
  /^\s*(?:(?:all|alla)\s+)?(?:members|medlemmar|member organi[sz]ations|medlemsorganisationer)\s+(?:of|in|i|av)\s+(?:the\s+)?(\p{Lu}[\p{L}\d-]*(?:\s+\p{Lu}[\p{L}\d-]*){0,3})\s*$/u;
/** Membership of a named body required to apply: "medlemskap i ForumCiv kommer att krävas", "membership of X is required". */
const MEMBERSHIP_REQUIRED =
  /(?:[Mm]edlemskap i|[Mm]embership (?:of|in)(?: the)?)\s+(\p{Lu}[\p{L}\d-]*(?:\s+\p{Lu}[\p{L}\d-]*){0,3})\s+(?:krävs|kommer att krävas|är ett krav|is required|will be required|is a requirement)(?![\p{L}])/u;

/**
 * A call only for those the funder invites: "a limited call for proposals (by invitation only)", "endast inbjudna",
 * "reserve-list applicants (by invitation)", "a restricted call … inviting 12 project applicants".
 */
const INVITED_ONLY =
  /(?:^|[^\p{L}])(by invitation only|by invitation(?=\s*\))|restricted call(?= for| of|\b)|inviting \d+ (?:[\p{L}-]+ ){0,2}?applicants|invitation[- ]only|only (?:open )?(?:to |for )?invited (?:applicants|organi[sz]ations|partners|entities)|(?:endast|bara|enbart) (?:efter|på|genom) inbjudan|(?:endast|bara|enbart) (?:för )?inbjudna (?:sökande|organisationer|aktörer))(?![\p{L}])/iu;

/**
 * A group chosen already, as written, and how it was chosen where eligibility tells it apart: partnerships,
 * consortia or networks formed already (a body on its own is none of them), applicants the funder invites,
 * participants named already, or another group (whether a body is in it the call does not say).
 */
export interface ChosenGroup {
  said: string;
  kind: 'formed' | 'invited' | 'participants' | 'accredited' | 'other';
}

/** A group already formed of several bodies: partnerships, consortia, networks. */
const FORMED_GROUP = /partnerships|partnerskapen|consortia|konsortierna|networks|nätverken/iu;

/** A group chosen already, of the kind its words say: formed of several bodies, or another. */
export const chosenGroup = (said: string): ChosenGroup => ({
  said,
  kind: FORMED_GROUP.test(said) ? 'formed' : 'other',
});

/**
 * A group chosen already in one entry of the list of applicants (`entry`) or in the call's own text. An entry is the
 * group as a whole; the text names it at its start, and only where the group does not seek new members
 * ("The 19 URBACT Thematic Networks approved in April are still looking for new EU partners": bodies join them).
 */
export function chosenEarlierIn(text: string, entry = true): ChosenGroup | undefined {
  if (GRANTEES_ENTRY.test(text) || COMMITTEES_ENTRY.test(text)) return chosenGroup(text.trim());
  if (/invit|inbjud/i.test(text)) {
    const invited = INVITED_ONLY.exec(text)?.[1];
    if (invited) return { said: invited, kind: 'invited' };
  }
  if (/members|medlem/i.test(text)) {
    // "Medlemmar i ForumCiv" as an entry, "medlemskap i ForumCiv kommer att krävas" in the text: a named body's members.
    const of = entry ? MEMBERS_OF_ENTRY.exec(text) : MEMBERSHIP_REQUIRED.exec(text);
    if (of)
      return chosenGroup(entry ? text.trim() : `${/medlem/i.test(of[0]) ? 'medlemmar i' : 'members of'} ${of[1]}`);
    const m = NAMED_MEMBERS_APPLY.exec(text);
    const names = m?.[2].split(/\s+/) ?? [];
    if (m && !names.some((w) => PLACE_WORD.test(w) || isCountryName(w) || /^(?:All|Alla|The|De|Our|Våra)$/.test(w)))
      return chosenGroup(m[1]);
  }
  if (/accredit|ackredit/i.test(text)) {
    const accredited = ACCREDITED_ONLY.exec(text)?.[1];
    if (accredited) return { said: accredited.trim(), kind: 'accredited' };
  }
  if (/participants|deltagar/i.test(text)) {
    const chosen = PARTICIPANTS_CHOSEN.exec(text)?.[1];
    if (chosen) return { said: chosen.trim(), kind: 'participants' };
  }
  const said = chosenEarlierSaid(text, entry);
  return said === undefined ? undefined : chosenGroup(said);
}

/** The other ways a group is chosen before the call: counted, funded or let through already, named beforehand. */
function chosenEarlierSaid(text: string, entry: boolean): string | undefined {
  const counted = COUNTED_ENTRY.exec(text);
  if (counted && entry) return text.trim();
  if (counted && !SEEK_NEW_MEMBERS.test(text.slice(0, sentenceEnd(text, counted.index)))) return counted[0].trim();
  if (/supported|funded|financed|granted|fått|beviljad|fick/i.test(text)) {
    const earlier = FUNDED_BY_EARLIER_CALL.exec(text)?.[1];
    if (earlier) return earlier;
  }
  if (/grantee|recipient|grant holder|mottagare|stipendiat/i.test(text)) {
    const own = OWN_GRANTEES.exec(text)?.[1];
    if (own) return own;
  }
  if (/vidare|passed|qualified|second stage|stage 2|steg 2/i.test(text)) {
    const passed = PASSED_EARLIER_STAGE.exec(text)?.[1];
    if (passed) return passed;
  }
  if (/utpekad|förvald|forvald|pre-?designated/i.test(text)) {
    const named = NAMED_BEFORE.exec(text)?.[1];
    if (named) return named;
  }
  return /designated|selected|shortlisted/i.test(text) ? CHOSEN_EARLIER.exec(text)?.[1] : undefined;
}

export function onlyGroupIn(text: string): string | undefined {
  if (!/only|solely|exclusive|endast|enbart|bara|reserved|limited|restricted|förbehåll/i.test(text)) return undefined;
  const m = ONLY_GROUP.exec(text);
  if (!m) return undefined;
  const names = m[2]?.split(/\s+/) ?? [];
  if (names.some((w) => PLACE_WORD.test(w) || isCountryName(w))) return undefined;
  return m[1];
}

/**
 * "Local authorities", "local governments", "local public authorities": in EU wording the authorities below the
 * state, which in Sweden are regioner as well as kommuner (both are local self-government under the European
 * Charter). A text naming bodies so, and no word of kommuner themselves (municipalities, towns, cities, kommuner),
 * does not shut a region out. The words as written, or undefined. Folded text.
 */
const LOCAL_AUTHORITIES =
  /(?:^|[^\p{L}])(local (?:public )?(?:authorit(?:y|ies)|governments?|administrations?))(?![\p{L}])/u;
const MUNICIPAL_ITSELF = /municipal|(?:^|[^\p{L}])(?:towns?|cit(?:y|ies)|kommun\p{L}*|stader|stad)(?![\p{L}])/u;

export function localAuthoritiesOnly(texts: readonly string[]): string | undefined {
  let said: string | undefined;
  for (const text of texts) {
    const t = foldWording(text);
    if (MUNICIPAL_ITSELF.test(t)) return undefined;
    const m = LOCAL_AUTHORITIES.exec(t);
    if (!m) continue;
    // "Irish local authorities": one country's own, in that country's sense.
    const before =
      t
        .slice(0, m.index + m[0].length - m[1].length)
        .trim()
        .split(/\s+/)
        .pop() ?? '';
    if (PLACE_WORD.test(before) || isCountryName(before)) return undefined;
    said ??= m[1];
  }
  return said;
}

/**
 * A group of young people as who applies or carries out the project ("initiated and carried out by a group of
 * minimum 5 young people aged 18–30", "kan sökas av en grupp om minst tre ungdomar", "a group of young people may
 * apply"): the young people themselves, not an organisation. Young people gathered by a project ("youth exchanges
 * bring together groups of young people") are its participants, not its applicants; an entry of the call's list of
 * applicants (`listEntry`) names one as it stands. The words as written, or undefined.
 */
const YOUNG_GROUP =
  /(?:^|[^\p{L}])((?:an?\s+|en\s+)?(?:informal\s+|informell\s+)?(?:groups?|grupp(?:er)?)\s+(?:of|om|pa|av|med)\s+(?:(?:at least|a minimum of|minimum|no fewer than|minst)\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|tva|tre|fyra|fem|sex|sju|atta|nio|tio)?\s*(?:young people|young persons|youngsters|youths|unga|ungdomar)(?:\s+(?:aged|i aldern|mellan|between)\s+\d+\s*(?:-|–|to|och|and|till)\s*\d+(?:\s+(?:years|ar))?)?)(?![\p{L}])/gu;
/** Before the group: it is the agent ("carried out by", "sökas av", "submitted by"). */
const AGENT_BEFORE = /(?:^|[^\p{L}])(?:by|av)\s*$/u;
/** After the group: it applies ("… can apply", "… kan söka"). */
const APPLIES_AFTER = /^\s*,?\s*(?:(?:who|som)\s+)?(?:can|may|kan|far)\s+(?:apply|submit|soka|ansoka)/u;

export function youngGroupIn(text: string, listEntry = false): string | undefined {
  const t = foldKeepingOffsets(text.toLowerCase());
  if (!/grupp|group/.test(t)) return undefined;
  for (const m of t.matchAll(YOUNG_GROUP)) {
    const end = (m.index ?? 0) + m[0].length;
    const start = end - m[1].length;
    const before = t.slice(Math.max(0, start - 20), start);
    const applies = listEntry || AGENT_BEFORE.test(before) || APPLIES_AFTER.test(t.slice(end, end + 30));
    if (!applies) continue;
    return text.slice(start, end);
  }
  return undefined;
}

/**
 * An exception clause in a who-may-apply sentence: "om det finns särskilda skäl", "i undantagsfall", "undantagsvis",
 * "in exceptional cases", "exceptionally", "in duly justified cases". The bodies the sentence names may apply only
 * by exception: no blocker shuts them out, and no line tells them they are the call's applicants. The cue as
 * written, or undefined.
 */
const EXCEPTION =
  /(?:^|[^\p{L}])((?:om|när|då) det (?:finns|föreligger) särskilda skäl|vid särskilda skäl|av särskilda skäl|i undantagsfall|undantagsvis|i särskilda fall|in exceptional cases|in exceptional circumstances|exceptionally|by way of exception|in duly justified cases|where duly justified)(?![\p{L}])/iu;

export function exceptionIn(sentence: string): string | undefined {
  return EXCEPTION.exec(sentence)?.[1];
}

/**
 * A call for tenders ("Call for Tender", "invitation to tender", "anbudsförfrågan"): a funder buys a service (a
 * study, an analysis) and suppliers bid for the contract. It is no grant a kommun or region applies for, and the
 * programme's area and applicants (ESPON's stakeholders propose analyses that ESPON then procures) are not the
 * bidders'. The words as written, or undefined.
 */
const TENDER_CALL =
  /(?:^|[^\p{L}])(calls? for tenders?|invitations? to tender|tender specifications|deadlines? for (?:the\s+)?(?:submission of\s+)?tenders|submit (?:a |your |their )?tenders?|tenders? (?:must|shall|should|can) be submitted|launch(?:es|ed)? a (?:service|framework) contract|anbudsförfrågan|anbudsinbjudan|inbjudan att lämna anbud|sista dag för anbud|anbud ska lämnas)(?![\p{L}])/iu;

/**
 * What the tender buys or who bids: without it, "call for tenders" may be a translated page's word for a grant call
 * ("the 'City networks' call for tenders … funding of 6 million euros").
 */
const CONTRACT =
  /(?:^|[^\p{L}])(?:(?:service|framework|specific) contracts?|contracting authority|tenderers?|bidders?|procurement procedure|upphandling\p{L}*|anbudsgivare|ramavtal|tjänstekontrakt)(?![\p{L}])/iu;

/** The tender words of the call's title and summary, where the text also says what is contracted; else undefined. */
export function tenderCallIn(title: string, summary: string): string | undefined {
  const text = `${title}\n${summary}`;
  if (!/tender|anbud|contract/i.test(text) || !CONTRACT.test(text)) return undefined;
  return TENDER_CALL.exec(title)?.[1] ?? TENDER_CALL.exec(summary)?.[1];
}

/**
 * A call that names itself a call for research ("call for research proposals", "forskningsutlysning", "utlysning av
 * forskningsmedel"): researchers apply to it, so what a funder's other programmes admit (ICLD's municipal
 * partnerships) does not say who may apply here. The words as written, or undefined.
 */
const RESEARCH_CALL =
  /(?:^|[^\p{L}])(calls? for research (?:proposals|projects|applications)|calls? for (?:proposals?|applications?) (?:on|for) research(?: projects?)?|research calls?|forskningsutlysning\p{L}*|utlysning\p{L}* (?:av|om) forskningsmedel|utlysning\p{L}* av forskningsbidrag)(?![\p{L}])/iu;

export function researchCallIn(text: string): string | undefined {
  if (!/research|forskning/i.test(text)) return undefined;
  return RESEARCH_CALL.exec(text)?.[1];
}

/**
 * What a list entry admits once its negated part is gone: "any legal entity (not individuals)", "all organisations
 * except companies" name no individuals or companies among the applicants (the analyser reads them as shut out).
 * Not "not-for-profit", which is a kind of its own.
 */
const NEGATED_PART =
  /\(\s*(?:not|except|excluding|ej|inte|utom)\b(?!-)[^)]*\)?|(?:,\s*)?\b(?:but not|not|except|excluding|utom)\b(?!-)(?![^(]*\)).*$/iu;
export function withoutNegatedPart(entry: string): string {
  return withoutChannel(entry).replace(NEGATED_PART, '').trim();
}

/**
 * A parenthesis naming the way the money or the application goes, not who applies: "kustkommuner (via
 * länsstyrelserna)", "schools (through their national agency)", "föreningar (genom sitt förbund)". The body after
 * "via" passes the grant on or takes the application in; it is no applicant of its own.
 */
export const CHANNEL_PART = /\s*\(\s*(?:via|through|genom|by way of)\s[^)]*\)/giu;
export const withoutChannel = (entry: string): string => entry.replace(CHANNEL_PART, '');

/**
 * A Swedish negation right before a class word, or before a pair of public ones ("icke-kommunala", "som inte är
 * statliga eller kommunala", "icke-statliga och icke-kommunala"): what those who apply may not be. Not "icke-
 * vinstdrivande och offentliga", nor English "non-profit and public": the negation there is of another word.
 * English in a list entry: "any legal entity (not individuals)", "all organisations except companies".
 */
const NEGATED_RIGHT_BEFORE =
  /(?:^|[^\p{L}])(?:(?:inte|icke|ej)(?:\s+(?:är|vara))?(?:[\s-]+(?:statlig|kommunal|offentlig|regional)\p{L}*\s+(?:eller|och)(?:\s+(?:inte|icke|ej))?)?[\s-]*|(?:not|except|excluding)(?:\s+(?:by|for|to|from))?[\s(]*)$/iu;

export const negatedRightBefore = (before: string): boolean => NEGATED_RIGHT_BEFORE.test(before);
