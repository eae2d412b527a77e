/**
 * Kinds of applicant an entry of a call's list of applicants names by other words than the vocabulary's: a Swedish
 * state agency by its name ("Migrationsverket", "Riksantikvarieämbetet"), young people by their age ("unga mellan
 * 13–25 år"), an organisation's staff ("CEU faculty and administrative employees"), a compound by its head
 * ("lokalföreningar"); and entries whose only kommun words name kommuner by their names ("anknytning till Nora och/eller
 * Storfors kommun"), which are places, not the class of kommuner.
 */
import type { ApplicantClass } from '../data/kinds.ts';
import { fold } from '../text/fold.ts';
import { sentenceStart } from '../text/sentences.ts';
import { compoundHeadClass } from './compound-head.ts';
import { COUNTRY_OF_ADJECTIVE } from './country-adjectives.ts';
import { namedMunicipalitiesAt } from './named-municipalities.ts';

/** An entry that is only the name of a Swedish state agency, by the endings such names have. */
const STATE_AGENCY_NAME =
  /^\s*\p{Lu}\p{Ll}+(?:verket|myndigheten|styrelsen|inspektionen|ämbetet|kollegiet|förmedlingen|kassan|vården|institutet)\s*$/u;
/** Young people by their age or year of birth ("ungdomar födda år 2001", "unga 16–30 år"), applying themselves. */
const AGE_GROUP =
  /^\s*(?:\d{1,2}-(?:åringar|aringar|year-olds)(?![\p{L}])|(?:unga|ungdomar|ung person|unga personer|young people|youth|young persons?)\s+\d{1,2}\s*(?:-|–)\s*\d{1,2}(?:\s*(?:år|years))?(?![\p{L}\d])|(?:unga|ungdomar|young people|youth|young persons)\s+(?:aged\s+)?(?:mellan|i åldern|aged|between|from)\s+\d+\s*(?:-|–|och|to|and)\s*\d+|(?:\p{L}+\s+){1,3}?(?:i åldern|aged|mellan|between|från|from)\s+\d+\s*(?:-|–|och|to|and|till)\s*\d+\s*(?:år|years)(?![\p{L}])|(?:\p{L}+\s+){0,2}?(?:födda|född|born)\s+(?:år\s+|in\s+|between\s+|on or after\s+|efter\s+)?(?:\d{1,2}\s+\p{L}+\s+)?(?:19|20)\d\d(?!\d))/iu;

/** An organisation's own staff as the whole entry ("CEU faculty and administrative employees"): persons. */
const STAFF_ENTRY =
  /^\s*(?:\p{Lu}[\p{L}-]*\s+){0,3}(?:faculty|staff|employees|anställda|personal)(?:\s+(?:and|och)\s+(?:\p{L}+\s+)?(?:faculty|staff|employees|anställda|personal))*\s*$/u;

/** …or as "employees of CEU", "staff of the Test Institute", "anställda vid Testverket": a named body's own staff. */
const STAFF_OF_ENTRY =
  /^\s*(?:employees|staff(?:\s+members)?|faculty(?:\s+members)?|anställda|personal)\s+(?:of|at|vid|hos|på)\s+(?:the\s+)?\p{Lu}/u;

/**
 * Persons by their profession as the whole entry ("komponister", "yrkesverksamma musikkonstnärer (musiker eller
 * komponister)", "lärare anställda vid lärosäten", "staff officially employed full or part-time"): they apply for
 * themselves. Only words that describe the persons may stand before the profession, so "schools and teachers" names
 * the schools too.
 */
const PROFESSION_MODIFIER =
  '(?:yrkesverksamma|examinerade|legitimerade|professionella|etablerade|unga|aktiva|frilansande|svenska|nordiska|professional|established|young|active|practising|practicing|freelance|independent|qualified|early-career|emerging)';
const PROFESSION =
  '(?:komponister|tonsättare|musiker|musikkonstnärer|bildkonstnärer|scenkonstnärer|dansare|skådespelare|fotografer|illustratörer|regissörer|dramatiker|koreografer|lärare|förskollärare|pedagoger|composers|musicians|visual artists|performers|dancers|choreographers|photographers|illustrators|film-?makers|teachers|staff(?:\\s+members)?|employees)';
const PROFESSION_ENTRY = new RegExp(
  `^\\s*(?:${PROFESSION_MODIFIER}(?:\\s*,\\s*|\\s+(?:och|and)\\s+|\\s+))*${PROFESSION}(?![\\p{L}])(?:\\s*\\([^)]*\\))?(?:\\s+(?:anställda|anställd|employed|officially|som|who|from|in|i|vid|at|inom|within|of|från|bosatta|living|based|verksamma|working)(?![\\p{L}]).*)?\\s*$`,
  'iu',
);

/**
 * Persons by what they have done ("women who founded or co-founded their company", "kvinnor som har startat ett
 * företag", "persons who have …"): they enter themselves.
 */
const PERSONS_WHO =
  /^\s*(?:all\s+|alla\s+)?(?:women|men|persons|people|individuals|kvinnor|män|personer|privatpersoner)\s+(?:who|som)(?![\p{L}])/iu;

/** The class an entry names by a state agency's name, an age group or an organisation's staff, if any. */
export function entryKind(entry: string): ApplicantClass | undefined {
  if (STATE_AGENCY_NAME.test(entry)) return 'state';
  if (
    AGE_GROUP.test(entry) ||
    STAFF_ENTRY.test(entry) ||
    STAFF_OF_ENTRY.test(entry) ||
    PERSONS_WHO.test(entry) ||
    PROFESSION_ENTRY.test(entry)
  )
    return 'individual';
  // "Lokalföreningar", "kustkommuner": a compound whose head is a class word.
  for (const word of entry.split(/[^\p{L}]+/u)) {
    const cls = word ? compoundHeadClass(word) : undefined;
    if (cls) return cls;
  }
  return undefined;
}

const MUNICIPAL_WORDS = /(^|[^\p{L}])(municipal\p{L}*|kommun\p{L}*)(?=[^\p{L}]|$)/giu;

/** An entry that is one kommun by its name: "Stockholms kommun", "Göteborgs Stad", "Nora municipality". */
const ONE_NAMED = /^\s*\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?\s+(?:kommun|stad|municipality)\s*$/u;

/**
 * Whether the entry is one kommun by its name ("Stockholms kommun"): not a country's adjective before the kind
 * ("Dutch municipality", "Danish municipality"), which names every kommun of that country.
 */
export const oneNamedMunicipality = (entry: string): boolean =>
  ONE_NAMED.test(entry) && !COUNTRY_OF_ADJECTIVE.has(fold(entry.trim().split(/\s+/u)[0].toLowerCase()));

/** Every kommun word of the entry names one kommun or a list of them by name. */
export function onlyNamedMunicipalities(entry: string): boolean {
  if (ONE_NAMED.test(entry)) return true;
  for (const m of entry.matchAll(MUNICIPAL_WORDS)) {
    if (!namedMunicipalitiesAt(entry, (m.index ?? 0) + m[1].length)) return false;
  }
  return true;
}

/** "Target group: young people in the region aged 15–30", "Målgrupp: ungdomar…": the label before the persons named. */
const TARGET_LABEL =
  /(?:^|[^\p{L}])(?:target[\s-]groups?|malgrupp(?:en|er|erna)?)\s*(?::|-|–|(?:is|are|ar|utgors av)\s)\s*/gu;

const TARGET_WORD = /target|lgrupp/i;

/**
 * A list entry of persons that the summary names after "Target group:" ("young people aged 15–30" where the
 * summary says "Target group: young people in the Barents Region aged 15-30 years"): whom the projects are for,
 * copied into the list, not who applies. Organisations as a target group are read as the text's other served
 * wordings are (who-wording.ts); this is the list's entry of persons only.
 */
export function targetGroupEntry(entry: string, summary: string | undefined): boolean {
  // Read for every entry of persons: most summaries name no target group and are not folded.
  if (!summary || !TARGET_WORD.test(summary)) return false;
  const words = fold(entry.toLowerCase()).match(/\p{L}+/gu);
  if (!words || words.length === 0) return false;
  const head = words.slice(0, 2).join(' ');
  const text = fold(summary.toLowerCase());
  for (const m of text.matchAll(TARGET_LABEL)) {
    const after = (text.slice(m.index + m[0].length, m.index + m[0].length + 60).match(/\p{L}+/gu) ?? [])
      .slice(0, 2)
      .join(' ');
    if (after === head) return true;
  }
  return false;
}

/**
 * Words after which the bodies named are those the funded work is for, not those who apply: whose capacity it
 * builds ("enhance capacities of public and private actors", "institution building in regional and local
 * authorities", "kapacitet hos offentliga aktörer"), whom the projects target ("projects targeting … public bodies"),
 * whom it benefits ("benefits of digitisation for … public authorities").
 */
const SERVED_CUE =
  /(?:^|[^\p{L}])(?:capacit(?:y|ies)|capacity[- ]building|institution[- ]building|targeting|targetting|benefits?\s+(?:of|for|to)|for the benefit of|kapacitet(?:en)?|kapacitetsuppbyggnad|kapacitetsstärkning)(?![\p{L}])/gu;
/** An entry that may name kommuner, regions or public bodies: only such entries are read for their role. */
const OUR_BODIES_WORD =
  /public|offentlig|municipal|kommun|local|lokal|regional|region|authorit|myndighet|cities|city|towns?\b|städer|stad|bodies|entities|organi[sz]ations|actors|aktörer|stakeholders/i;
/** Cheap test before the folded reading: the summary holds a word SERVED_CUE may match. */
const SERVED_HINT = /capacit|building|target|benefit|kapacitet/i;
/** Words that name who applies: after them, the bodies named are applicants again. */
const APPLY_CUE =
  /(?:^|[^\p{L}])(?:apply|applies|applying|applicants?|applications?|eligible|lead partners?|beneficiar(?:y|ies)|partners?|may|can|kan|söka|soka|sokande|sökande|stödmottagare|stodmottagare)(?![\p{L}])/u;

/**
 * The entries of a list of applicants that name bodies (OUR_BODIES_WORD) when the summary names every such entry,
 * each time, only as those the funded work is for (SERVED_CUE in the same sentence before it, no word of applying
 * between): the list copied whom the call serves, not who applies. Empty when any entry naming bodies is read
 * otherwise or not found in the summary, so the list is never left with only some of the levels it named.
 */
export function servedOnlyEntries(entries: readonly string[] | undefined, summary: string | undefined): Set<string> {
  const out = new Set<string>();
  if (!entries || !summary || !SERVED_HINT.test(summary)) return out;
  // Folding keeps offsets, so the summary's sentences are found in the folded text as in the summary.
  const text = fold(summary.toLowerCase());
  for (const entry of entries) {
    if (!OUR_BODIES_WORD.test(entry)) continue;
    if (!servedOnlyEntry(entry, text)) return new Set();
    out.add(entry);
  }
  return out;
}

/** Whether the folded summary names the entry (its first two words), each time after a cue of those served. */
function servedOnlyEntry(entry: string, text: string): boolean {
  const words = fold(entry.toLowerCase()).match(/\p{L}+/gu);
  if (!words || words.length === 0) return false;
  const head = new RegExp(`(?<![\\p{L}])${words.slice(0, 2).join('\\s+')}(?![\\p{L}])`, 'gu');
  let seen = false;
  for (const m of text.matchAll(head)) {
    seen = true;
    const before = text.slice(sentenceStart(text, m.index), m.index);
    const cues = [...before.matchAll(SERVED_CUE)];
    if (cues.length === 0) return false;
    const last = cues[cues.length - 1];
    if (APPLY_CUE.test(before.slice(last.index + last[0].length))) return false;
  }
  return seen;
}
