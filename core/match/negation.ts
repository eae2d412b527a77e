/**
 * Negated mentions: "all priorities except tourism", "utom turism", "investments are not eligible",
 * "med undantag av…". A concept named in a negated stretch of text is not evidence that the call is about it.
 * Two kinds of cue: a preposition that negates what follows up to the end of its clause, and a predicate
 * that negates its whole sentence (the subject comes first: "Infrastructure is not eligible").
 */
import { escapeRegExp } from '../text/escape-regexp.ts';
import { fold } from '../text/fold.ts';
import { wordSlot } from '../text/phrases.ts';
import { clauseEndsIn } from '../text/sentences.ts';
import type { TokenBuffer, WordInfo } from '../text/words.ts';

/** Words (lowercase) that negate the rest of their clause. Multi-word cues are space-separated. */
const FORWARD_CUES = [
  'except',
  'excluding',
  'exkluderat',
  'exklusive',
  'utom',
  'ej',
  'med undantag av',
  'med undantag för',
  'with the exception of',
  'apart from',
  'other than',
  'not including',
  'excepting',
  'bortsett från',
  'undantaget',
  'undantagna',
  // Contrast: "resor och boende men inte turistresor", "municipalities but not municipal companies".
  'men inte',
  'men ej',
  'och inte',
  'but not',
  'and not',
  // "National authorities are not eligible, and neither are local authorities": the refusal goes on, inverted.
  'neither are',
  'nor are',
  'neither is',
  'nor is',
  'rather than',
  'snarare än',
  'no funding for',
  'no support for',
  'inget stöd till',
  'inget stöd för',
  // What funding may not go to, with its preposition: "Man kan inte få stöd till resor utöver…", "Stöd kan inte
  // ges till…", "Det går inte att få stöd för…", "Stödet får inte användas till…", "Bidrag lämnas inte till…",
  // "Support cannot be given for…", "Funding is not available for…". What follows is not what the call funds;
  // the words before (who may not get it) are read by the sentence cues below when the sentence ends there.
  'inte få stöd till',
  'inte få stöd för',
  'inte få bidrag till',
  'inte få bidrag för',
  'ej få stöd till',
  'ej få stöd för',
  'inte att få stöd till',
  'inte att få stöd för',
  'inte ges till',
  'inte ges för',
  'inte användas till',
  'inte användas för',
  'inte beviljas för',
  'inte beviljas till',
  'ej beviljas för',
  'not be granted for',
  'lämnas inte till',
  'lämnas inte för',
  'lämnas ej till',
  'lämnas ej för',
  'cannot receive support for',
  'cannot receive funding for',
  'cannot be given for',
  'cannot be given to',
  'cannot be used for',
  'may not be used for',
  'must not be used for',
  'not available for',
  // What the call leaves closed: "stayed closed for specific objective 4", "insatsområde 2 är stängt för ansökningar".
  'closed for',
  'stängd för',
  'stängt för',
  'stängda för',
  'not open for',
  // Who an applicant must stand apart from: "NGOs independent from government and public authorities" names the
  // bodies shut out, not applicants. Not "independent of" or "oberoende av": mostly "regardless of" ("organisationer
  // oberoende av bransch"), which shuts no one out.
  'independent from',
  'oberoende från',
  'fristående från',
  'inte öppen för',
  'inte öppet för',
  'inte öppna för',
  // Whose applications the funder turns away: "The Foundation does not accept applications from municipalities".
  'does not accept applications from',
  'do not accept applications from',
  'will not accept applications from',
  'not accept applications from',
  'tar inte emot ansökningar från',
  'tar ej emot ansökningar från',
].map((c) => c.split(' '));

/**
 * What proposals are told to stay away from: "proposals should avoid focusing on existing cross-border areas",
 * "projekten ska inte fokusera på turism". The phrase after the cue (up to a comma, a contrast or the next
 * requirement) is not what the call is about; it shuts no applicant out (marked 2, as a sentence about another call).
 */
const FOCUS_AWAY_CUES = [
  'avoid focusing on',
  'avoid focussing on',
  'not focus on',
  'not focusing on',
  'inte fokusera på',
  'inte fokuseras på',
  'undvika att fokusera på',
].map((c) => c.split(' '));
/** Words after which a new requirement starts: "…cooperation areas and must show their innovative character". */
const MODAL = new Set(['must', 'should', 'shall', 'will', 'ska', 'skall', 'måste', 'bör']);
/**
 * Finite verbs that, after "and"/"och", start a new predicate of the sentence's subject: "a city is an urban area,
 * excluding conurbations, and is understood as a unit governed by a city council" — the exclusion ends at "and".
 */
const FINITE = new Set([
  ...MODAL,
  'is',
  'are',
  'was',
  'were',
  'has',
  'have',
  'can',
  'may',
  'är',
  'var',
  'har',
  'kan',
  'får',
]);
const COORDINATOR = new Set(['and', 'or', 'och', 'eller']);
/** Words opening a relative clause, whose verb belongs to the excepted noun ("utom de som är …"). */
const RELATIVE = new Set(['som', 'that', 'which', 'who', 'vilka', 'vilken', 'vilket']);
/** Verbs before "not" that make it a predicate of the sentence ("are not eligible"), not a noun's modifier. */
const AUXILIARY = new Set([...FINITE, 'be', 'been', 'being', 'would', 'could', 'do', 'does', 'did', 'had', 'am']);
/**
 * Examples after a comma start a list of their own: "alla kan söka, utom statliga myndigheter, exempelvis kommuner och
 * föreningar", "except state agencies, such as municipalities": what follows is admitted, not excepted.
 */
function examplesAt(text: string, buf: TokenBuffer, j: number): boolean {
  if (!/[,–—]/u.test(gap(text, buf, j))) return false;
  const w = buf.info[j].word;
  const next = j + 1 < buf.n ? buf.info[j + 1].word : '';
  return (
    EXAMPLE_WORD.has(w) ||
    (w === 'till' && next === 'exempel') ||
    (w === 'such' && next === 'as') ||
    (w === 'for' && (next === 'example' || next === 'instance')) ||
    (w === 'bland' && next === 'annat') ||
    (w === 'e' && next === 'g') ||
    (w === 't' && next === 'ex')
  );
}
const EXAMPLE_WORD = new Set(['exempelvis', 'including', 'inklusive', 'däribland', 'like']);

/** Whether word j is "and"/"or" before a finite verb: a new predicate starts there. */
function newPredicateAt(buf: TokenBuffer, j: number): boolean {
  return j + 1 < buf.n && COORDINATOR.has(buf.info[j].word) && FINITE.has(buf.info[j + 1].word);
}

/** Predicates that negate their sentence. */
const SENTENCE_CUES = [
  'not eligible',
  'ineligible',
  'not be funded',
  'not be supported',
  'not supported',
  'not fundable',
  'cannot be funded',
  'are excluded',
  'is excluded',
  'excluded from',
  'inte stödberättigade',
  'inte stödberättigad',
  'inte stödberättigat',
  'ej stödberättigade',
  'ej stödberättigad',
  'kan inte beviljas',
  'beviljas inte',
  'finansieras inte',
  'stöds inte',
  'omfattas inte',
  'omfattas ej',
  'stöds ej',
  'beviljas ej',
  'finansieras ej',
  'ges inte',
  'ges ej',
  // "Projekt som gäller turism kan inte få stöd", "Kommuner kan inte få bidrag": the sentence's subject gets none.
  'inte få stöd',
  'inte få bidrag',
  'ej få stöd',
  'kan inte ges',
  'lämnas inte',
  'lämnas ej',
  'cannot receive support',
  'cannot receive funding',
  'cannot be given',
  'faller utanför',
  'är inte stödberättigad',
  // What the funder has put on hold: "Preparatory project calls are suspended", "utlysningen är pausad".
  'are suspended',
  'is suspended',
  'have been suspended',
  'has been suspended',
  'är pausad',
  'är pausade',
  'har pausats',
  // What the call leaves closed: "Priority 3 stayed closed", "insatsområde 2 förblir stängt".
  'stayed closed',
  'remained closed',
  'remains closed',
  'förblir stängt',
  'förblev stängt',
  'not funded',
  'will not fund',
  'does not fund',
  'do not fund',
  'not be financed',
  'cannot be financed',
  'cannot be supported',
  'not covered by',
  'outside the scope',
  'out of scope',
  // Who may not apply: "Kommuner kan inte söka", "Companies cannot apply".
  'kan inte söka',
  'får inte söka',
  // The same in a clause after "att" or "som", the negation before the verb: "Tänk på att kommuner … inte kan söka".
  'inte kan söka',
  'inte får söka',
  // "Kommuner … kan dock inte vara sökande": a word between the verb and the negation.
  'kan dock inte',
  'får dock inte',
  // "…omfattas inte, och kommuner kan därför inte rekvirera medel": a word of reason between the verb and the negation.
  'kan därför inte',
  'får därför inte',
  'kan alltså inte',
  'kan således inte',
  'inte kan ansöka',
  'ej kan söka',
  'inte kan beviljas',
  'inte kan delta',
  'kan ej söka',
  'får ej söka',
  'kan inte ansöka',
  'får inte ansöka',
  'kan ej ansöka',
  'får ej ansöka',
  'kan inte beviljas',
  'beviljas inte',
  'cannot apply',
  'may not apply',
  // "Applications from public bodies will not be considered": those the applications come from are refused.
  'will not be considered',
  'will not be accepted',
  'are not accepted',
  'is not accepted',
  'kommer inte att beaktas',
  'kommer inte att godtas',
  'godtas inte',
  'accepteras inte',
  'are not eligible',
  // "Public authorities are not expected to participate", "Myndigheter förväntas inte delta".
  'not expected to',
  'förväntas inte',
  'are not allowed to',
  'is not allowed to',
  'cannot participate',
  'may not participate',
  // "Regional authorities … cannot be selected": a call choosing its participants refuses them.
  'cannot be selected',
  'may not be selected',
  'kan inte väljas ut',
  'kan inte komma i fråga',
  'kan inte delta',
  'får inte delta',
  // Who may not be a party: "Municipalities cannot be partners", "Kommuner kan inte vara projektpart",
  // "Local authorities should not be part of the consortium", "Regioner ska inte ingå i konsortiet".
  'cannot be partners',
  'cannot be a partner',
  'cannot be project partners',
  'cannot be lead partner',
  'cannot be lead partners',
  'may not be partners',
  'cannot act as',
  'may not act as',
  'cannot take part',
  'may not take part',
  'cannot be part of',
  'should not be part of',
  'shall not be part of',
  'must not be part of',
  'are not eligible as',
  'kan inte vara',
  'får inte vara',
  'kan ej vara',
  'får ej vara',
  'ska inte ingå',
  'kan inte ingå',
  'får inte ingå',
  'ska ej ingå',
  'får ej ingå',
  'kan inte medverka',
  'får inte medverka',
  // "Kommuner kan varken vara sökande eller samarbetspart", "kan inte själva söka", "kan inte heller delta".
  'kan varken',
  'får varken',
  'kan inte själva',
  'får inte själva',
  'kan ej själva',
  'kan inte heller',
  'får inte heller',
  'cannot themselves',
  'may not themselves',
  'can neither',
  'may neither',
  // "Public authorities may not be beneficiaries", "Local authorities … cannot be beneficiaries".
  'may not be beneficiaries',
  'cannot be beneficiaries',
  'can not be beneficiaries',
  'may not be a beneficiary',
  'cannot be a beneficiary',
  'are not eligible beneficiaries',
  // "Municipal care services … are not applicants or funded partners", "kan inte stå som sökande".
  'are not applicants',
  'is not an applicant',
  'är inte sökande',
  'kan inte stå som',
  'får inte stå som',
  // Who may not requisition a state grant: "Regioner … kan inte rekvirera medel".
  'kan inte rekvirera',
  'får inte rekvirera',
  // Who the call sends to another: "Regioner … hänvisas till den ordinarie ansökningsomgången".
  'hänvisas till den ordinarie',
  'hänvisas till ordinarie',
  'hänvisas i stället',
  'hänvisas istället',
  'are referred to the regular',
  'are referred to the ordinary',
  'are instead referred',
].map((c) => c.split(' '));

/**
 * Predicates that put their sentence about another call or a later round, not this one: "Objective 2.1 will reopen
 * in the 5th call", "tourism will be the focus of the next call", "nästa utlysning kommer att omfatta turism",
 * "insatsområde 3 öppnas igen i en senare utlysning". What such a sentence names is no evidence of what this call
 * is about, nor of who may apply to it (marked 2: neither negated nor evidence).
 */
const ELSEWHERE_CUES = [
  'will reopen',
  'will be reopened',
  'will open again',
  'will be opened again',
  'reopens in',
  'in the next call',
  'in the next round',
  'of the next call',
  'the next call will',
  'next call will',
  'in a later call',
  'in later calls',
  'in a future call',
  'in future calls',
  'in the following call',
  'in a subsequent call',
  'in subsequent calls',
  'in an upcoming call',
  'in upcoming calls',
  'in a later round',
  'in future rounds',
  'i nästa utlysning',
  'i nästa ansökningsomgång',
  'i nästa omgång',
  'i en kommande utlysning',
  'i kommande utlysningar',
  'i en senare utlysning',
  'i senare utlysningar',
  'i framtida utlysningar',
  'i kommande ansökningsomgångar',
  'i en senare ansökningsomgång',
  'nästa utlysning kommer',
  'kommande utlysning kommer',
  'nästa ansökningsomgång kommer',
  'öppnas igen',
  'öppnar igen',
  'återöppnas',
].map((c) => c.split(' '));

/**
 * A report of what an office-holder said at an event ("the mayor stressed the value of cross-border cooperation",
 * "landshövdingen betonade vikten av samarbete"): a speech verb with an office in its sentence. What was said
 * there is the speaker's aside, not what the call funds (marked 2, as a sentence about another call).
 */
const SPEECH_VERBS = new Set([
  'stressed',
  'emphasised',
  'emphasized',
  'underlined',
  'highlighted',
  'said',
  'noted',
  'remarked',
  'added',
  'welcomed',
  'praised',
  // The participle of a report: "the mayor opened the event, stressing the value of…".
  'stressing',
  'emphasising',
  'emphasizing',
  'underlining',
  'highlighting',
  'saying',
  'noting',
  'welcoming',
  'praising',
  'betonade',
  'underströk',
  'framhöll',
  'sa',
  'sade',
  'konstaterade',
  'påpekade',
  'menade',
  'berättade',
  'välkomnade',
]);
const OFFICE =
  /^(?:mayor|mayors|minister|ministers|governor|governors|chair|chairman|chairwoman|chairperson|president|commissioner|ambassador|director|ceo|councillor|councilor|borgmästare\p{L}*|minister\p{L}*|landshövding\p{L}*|kommunalråd\p{L}*|regionråd\p{L}*|ordförande\p{L}*|ambassadör\p{L}*|generaldirektör\p{L}*|kommissionär\p{L}*|statsråd\p{L}*|vd|rektor\p{L}*)$/u;

/**
 * A contrast ends a negated stretch: "not tourism but innovation", "inte turism utan innovation", "kan inte få stöd
 * för turism men kan söka för kulturarv".
 */
const CONTRAST = new Set(['but', 'men', 'utan', 'instead']);
/** A contrastive "not" right after a comma negates what follows: "kommuner, inte kommunala bolag". */
const COMMA_NOT = new Set(['inte', 'ej', 'not']);
/** …unless it is "not only", "inte bara", "och inte minst" (and not least): those add, not exclude. */
const NOT_NEGATING = new Set(['bara', 'enbart', 'endast', 'minst', 'only', 'least', 'limited', 'just', 'merely']);

/** First words of every cue: most tokens start none, and are passed over with one lookup. */
const CUE_STARTS = new Set(
  [...FORWARD_CUES, ...SENTENCE_CUES, ...ELSEWHERE_CUES, ...FOCUS_AWAY_CUES]
    .map((c) => c[0])
    .concat([...COMMA_NOT, ...SPEECH_VERBS]),
);
/** Whether a word starts a cue, kept on the word's entry (one array read per token instead of a Set look-up). */
const CUE_SLOT = wordSlot();

function startsCue(info: WordInfo): boolean {
  let v = info.m[CUE_SLOT] as boolean | undefined;
  if (v === undefined) {
    v = CUE_STARTS.has(info.word);
    info.m[CUE_SLOT] = v;
  }
  return v;
}

const CLAUSE_END = /[.;:!?\n()]/;

function gap(text: string, buf: TokenBuffer, i: number): string {
  return text.slice(buf.end[i - 1], buf.start[i]);
}

/** Whether a sentence or a clause at ";" ends between token i - 1 and token i (core/text/sentences.ts). */
function subjectStart(text: string, buf: TokenBuffer, i: number): boolean {
  return clauseEndsIn(text, buf.end[i - 1], buf.start[i], ';');
}

/** Cues by their first word, in list order: "och" and "and" start cues and are everywhere. */
function byStart(cues: string[][]): Map<string, string[][]> {
  const out = new Map<string, string[][]>();
  for (const cue of cues) out.set(cue[0], [...(out.get(cue[0]) ?? []), cue]);
  return out;
}
const FORWARD_BY_START = byStart(FORWARD_CUES);
const SENTENCE_BY_START = byStart(SENTENCE_CUES);
const ELSEWHERE_BY_START = byStart(ELSEWHERE_CUES);
const FOCUS_AWAY_BY_START = byStart(FOCUS_AWAY_CUES);

/** The length of the first cue (list order) that starts at token i, or 0. */
function cueAt(buf: TokenBuffer, i: number, byFirst: Map<string, string[][]>): number {
  const cues = byFirst.get(buf.info[i].word);
  if (cues === undefined) return 0;
  for (const cue of cues) {
    if (i + cue.length > buf.n) continue;
    let ok = true;
    for (let k = 0; k < cue.length && ok; k++) ok = buf.info[i + k].word === cue[k];
    if (ok) return cue.length;
  }
  return 0;
}

/** Whether the sentence holding token i names an office ("the mayor", "landshövdingen"). */
function officeInSentence(text: string, buf: TokenBuffer, i: number): boolean {
  for (let k = i; k >= 0; k--) {
    if (OFFICE.test(buf.info[k].word)) return true;
    if (k > 0 && subjectStart(text, buf, k)) break;
  }
  for (let k = i + 1; k < buf.n && !subjectStart(text, buf, k); k++) {
    if (OFFICE.test(buf.info[k].word)) return true;
  }
  return false;
}

const cuePattern = (cues: string[][]) => cues.map((c) => c.map((w) => escapeRegExp(fold(w))).join('\\s+')).join('|');
/**
 * The same cues for text read without tokens (a list entry, the words around a country the vocabulary does not
 * hold), lowercase and diacritic-folded. A forward cue right before a name, or before a list ending in it, excepts
 * it: "EU Member States (except Sweden)", "utom Danmark och Sverige", "med undantag av …".
 */
const EXCEPTED_BEFORE = new RegExp(
  `(?:^|[^\\p{L}])(?:${cuePattern(FORWARD_CUES)})\\s+(?:[\\p{L}-]+(?:\\s*,\\s*|\\s+(?:and|or|och|eller|samt)\\s+))*$`,
  'u',
);
/** …and a predicate that negates its whole sentence: "Partners from Canada are not eligible". */
const NEGATING_SENTENCE = new RegExp(`(?:^|[^\\p{L}])(?:${cuePattern(SENTENCE_CUES)})(?![\\p{L}])`, 'u');

/** Whether folded lowercase text right before a name excepts it ("… except ", "… utom Danmark och "). */
export const exceptedBefore = (before: string): boolean => EXCEPTED_BEFORE.test(before);
/** Whether a folded lowercase sentence is negated as a whole ("… are not eligible", "… kan inte söka"). */
export const negatedSentence = (sentence: string): boolean => NEGATING_SENTENCE.test(sentence);

/** What markNegated writes: a negated token, and one of a sentence about another call (ELSEWHERE_CUES). */
export const NEGATED = 1;
export const ELSEWHERE = 2;
/**
 * A token of the clause before a negated one that starts with a pronoun: "Local authorities are the target group;
 * they are not expected to participate in the consortium", "Kommunerna är målgrupp. De kan inte söka." The pronoun
 * is those bodies: they are shut out, but the words of that clause stay evidence of what the call is about.
 */
export const SUBJECT = 3;
/** Words that open a question heading, capitalised ("Vem kan inte söka?", "Who cannot apply?"): not "…, which cannot". */
const QUESTION_WORDS = new Set(['vem', 'vilka', 'who', 'which']);
/** Words of applying or taking part: a negated clause holding one says who may not. */
const TAKING_PART =
  /^(?:apply|applicants?|participate|participation|part|partners?|consortium|coordinators?|lead|eligible|söka|sökande|delta|ingå|medverka|projektpart\p{L}*|konsortiet|stödberättigade)$/u;
function takingPartIn(buf: TokenBuffer, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (TAKING_PART.test(buf.info[k].word)) return true;
  return false;
}
/** Pronouns that start a clause and stand for the bodies named in the clause before. */
const BACK_PRONOUNS = new Set(['they', 'these', 'those', 'de', 'dessa', 'dom']);
/**
 * After such a word, a numeral or a noun in the definite plural makes it a determiner of its own subject ("De tre
 * regionerna finansierar utlysningen och kan inte själva söka", "These three regions"): no pronoun for the clause before.
 */
const OWN_SUBJECT_AFTER =
  /^(?:\d+|två|tre|fyra|fem|sex|sju|åtta|nio|tio|two|three|four|five|six|seven|eight|nine|ten|\p{L}{2,}(?:erna|arna|orna|rna))$/u;

/**
 * Marks negated tokens of `buf` (scanned from `text`) with 1 in `out` (sized ≥ buf.n), and those of a sentence
 * about another call with 2 (where not negated); returns whether any were.
 * Digits between dots ("4.2") are read as a clause end: a list of excepted priority numbers ends there anyway.
 */
export function markNegated(
  text: string,
  buf: TokenBuffer,
  out: Uint8Array,
  /** The text as written, where its offsets hold (buf.ownLetters): only its capitals tell a heading. */
  original?: string,
): boolean {
  let any = false;
  for (let i = 0; i < buf.n; i++) {
    if (!startsCue(buf.info[i])) continue;
    const away = cueAt(buf, i, FOCUS_AWAY_BY_START);
    if (away > 0) {
      let j = i + away;
      while (
        j < buf.n &&
        !CLAUSE_END.test(gap(text, buf, j)) &&
        !(j > i + away && gap(text, buf, j).includes(',')) &&
        !CONTRAST.has(buf.info[j].word) &&
        !(
          j + 1 < buf.n &&
          (buf.info[j].word === 'and' || buf.info[j].word === 'och') &&
          MODAL.has(buf.info[j + 1].word)
        )
      ) {
        if (out[j] === 0) out[j] = ELSEWHERE;
        j++;
      }
      any ||= j > i + away;
      i = j - 1;
      continue;
    }
    let f = cueAt(buf, i, FORWARD_BY_START);
    // "X, not Y, …": the aside ends at the next comma.
    const aside = f === 0 && i > 0 && COMMA_NOT.has(buf.info[i].word) && gap(text, buf, i).includes(',');
    if (aside) f = 1;
    if (f > 0 && i + f < buf.n && NOT_NEGATING.has(buf.info[i + f].word)) continue;
    if (f > 0) {
      let j = i + f;
      while (
        j < buf.n &&
        !CLAUSE_END.test(gap(text, buf, j)) &&
        !(aside && j > i + f && gap(text, buf, j).includes(',')) &&
        !(j > i + f && CONTRAST.has(buf.info[j].word)) &&
        !(j > i + f && newPredicateAt(buf, j)) &&
        // "Alla organisationer utom privatpersoner kan söka": the sentence's verb ends what is excepted.
        !(j > i + f && FINITE.has(buf.info[j].word) && !RELATIVE.has(buf.info[j - 1].word)) &&
        !(j > i + f && examplesAt(text, buf, j))
      )
        out[j++] = 1;
      any ||= j > i + f;
      continue;
    }
    let s = cueAt(buf, i, SENTENCE_BY_START);
    // "…för projekt som faller utanför sökandens ordinarie verksamhet": a relative clause saying what the project is,
    // no refusal of the sentence's subject.
    if (s > 0 && buf.info[i].word === 'faller' && i > 0 && RELATIVE.has(buf.info[i - 1].word)) s = 0;
    // "For countries not covered by Eurostat, the Commission may ask cities to…": "not covered" right after a noun,
    // with no verb before it, says which countries; the clause ends at the comma, and the sentence after it is not
    // negated.
    if (s > 0 && buf.info[i].word === 'not' && i > 0 && !AUXILIARY.has(buf.info[i - 1].word)) {
      let j = i + s;
      while (j < buf.n && !CLAUSE_END.test(gap(text, buf, j)) && !gap(text, buf, j).includes(',')) j++;
      if (j < buf.n && gap(text, buf, j).includes(',')) {
        out.fill(1, i, j);
        any = true;
        i = j - 1;
        continue;
      }
    }
    if (s > 0) {
      let from = i;
      // Back to the sentence's start, or to a semicolon: "tourism is funded; culture is not covered" negates culture.
      while (from > 0 && !subjectStart(text, buf, from)) from--;
      // "… på uppdrag av kommun eller region Vem kan inte söka? Privatpersoner …": a question heading in a list copied
      // without stops negates what follows it, not the list before it.
      for (let k = i - 1; k >= Math.max(from, i - 3); k--)
        if (QUESTION_WORDS.has(buf.info[k].word) && original && /\p{Lu}/u.test(original.charAt(buf.start[k]))) {
          from = k;
          break;
        }
      let to = i + s;
      // …and on to the sentence's end or the next semicolon: "Bolag kan inte söka; stödet går till kommuner"; a
      // contrast after the cue starts what is allowed ("are not eligible … but could be partners in projects
      // submitted by city members").
      while (
        to < buf.n &&
        !subjectStart(text, buf, to) &&
        !CONTRAST.has(buf.info[to].word) &&
        // "…are not eligible, and joint applications between several cities are not accepted": a new clause.
        !(COORDINATOR.has(buf.info[to].word) && gap(text, buf, to).includes(','))
      )
        to++;
      // "…, NGOs and enterprises (enterprises cannot act as lead partner)": an aside in brackets negates only itself.
      const open = text.lastIndexOf('(', buf.start[i]);
      if (open >= buf.start[from] && text.lastIndexOf(')', buf.start[i]) < open) {
        const close = text.indexOf(')', buf.start[i]);
        while (from < i && buf.start[from] < open) from++;
        if (close !== -1) while (to > i + s && buf.start[to - 1] > close) to--;
      }
      // "…; they are not expected to participate": the bodies of the clause before are the ones shut out (only when
      // the clause is about taking part: "they are not expected to co-finance" shuts no one out).
      if (
        from > 0 &&
        BACK_PRONOUNS.has(buf.info[from].word) &&
        !(from + 1 < buf.n && OWN_SUBJECT_AFTER.test(buf.info[from + 1].word)) &&
        takingPartIn(buf, from, to)
      ) {
        let back = from - 1;
        while (back > 0 && !subjectStart(text, buf, back)) back--;
        for (let k = back; k < from; k++) if (out[k] === 0) out[k] = SUBJECT;
      }
      out.fill(1, from, to);
      any = true;
      i = to - 1;
      continue;
    }
    if (
      cueAt(buf, i, ELSEWHERE_BY_START) > 0 ||
      (SPEECH_VERBS.has(buf.info[i].word) && officeInSentence(text, buf, i))
    ) {
      let from = i;
      while (from > 0 && !subjectStart(text, buf, from)) from--;
      let to = i + 1;
      while (to < buf.n && !subjectStart(text, buf, to)) to++;
      for (let k = from; k < to; k++) if (out[k] === 0) out[k] = ELSEWHERE;
      any = true;
      i = to - 1;
    }
  }
  return any;
}
