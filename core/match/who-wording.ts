/**
 * Wording about who may apply that a list of applicant classes cannot hold: "any organisation", "legal entities",
 * "juridiska personer" (everyone, kommuner included); "public" or "offentlig" before an organisation word
 * ("bodies governed by public law", "aktörer i offentlig, privat och ideell sektor"); and the words that make a
 * list of applicants open-ended ("including", "such as", "främst"), after which a class is an example, not a limit.
 * Matched on lowercase, diacritic-folded text.
 */
import { APPLICANT_TYPES } from '../data/index.ts';
import { fold } from '../text/fold.ts';

/** Escapes a data phrase for a pattern; spaces match any run of spaces or punctuation between words. */
function phrasePattern(phrase: string): string {
  return fold(phrase.toLowerCase())
    .split(/[\s/,-]+/)
    .filter(Boolean)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('[\\s,/-]+');
}

/** "Any organisation", "all legal entities", "alla typer av organisationer", "juridiska personer" (data file). */
const ANY = new RegExp(
  `(?:^|[^\\p{L}])(?:${[...APPLICANT_TYPES.anyOrganisation.sv, ...APPLICANT_TYPES.anyOrganisation.en]
    .map(phrasePattern)
    .join('|')})(?![\\p{L}])`,
  'u',
);
/** "Open to all" said of applicants, not of a programme's priorities ("open to all priorities"). */
const OPEN_TO_ALL =
  /(?:^|[^\p{L}])(?:open to (?:all|everyone|anyone)|oppen for alla|oppet for alla|oppna for alla)(?=\s*(?:[.,;:!)]|$|(?:(?:types?|kinds?) of |typer av |slags )?(?:organi|applicant|entit|bod|actor|legal|interested|sokande|aktor|juridisk)))/u;

export function admitsAnyOrganisation(text: string): boolean {
  const t = fold(text.toLowerCase());
  return ANY.test(t) || OPEN_TO_ALL.test(t);
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

export function namesPublicBodies(text: string): boolean {
  const t = fold(text.toLowerCase());
  const m = PUBLIC_ORG.exec(t);
  if (!m) return false;
  // "Public research organisations and universities" names research bodies only.
  return !PUBLIC_RESEARCH.test(t.slice(m.index, m.index + m[0].length + 30));
}

/**
 * Words after which the applicants named are examples, not the whole list: "open to all, including companies",
 * "riktar sig främst till företag", "partners such as universities".
 */
const OPEN_ENDED =
  /(?:^|[^\p{L}])(?:including|inclusive of|such as|e\.\s?g\.|for example|for instance|among others|in particular|particularly|especially|primarily|mainly|mostly|inklusive|inklusive|bland annat|bl\.\s?a\.|t\.\s?ex\.|till exempel|exempelvis|sasom|framst|i forsta hand|sarskilt|i synnerhet|bland andra|aven|likasa)(?![\p{L}])/u;

export function openEndedBefore(text: string): boolean {
  return OPEN_ENDED.test(fold(text.toLowerCase()));
}
