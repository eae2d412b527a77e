import { MONTH_PATTERN } from '../dates/months.ts';

/**
 * The words and shapes that tell a funding call from the rest of a funder's page, in Swedish, English and
 * Norwegian/Danish (interreg.no, ÖKS). Signals, not selectors: the extension's detector weighs them on any
 * layout. Cheap regular expressions only: the content script runs them on every block of a page.
 */

/** A call named as such: strong enough in a title on its own. */
export const CALL_TITLE =
  /utlysning|utlyser|ansökningsomgång|ansökningsperiod|\bcalls?\s+(?:for|to|\d|[ivx]+\b|no\.?\s*\d)|\b(?:open|small[- ]?(?:scale )?projects?|regular projects?|[0-9]+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|new|next|upcoming)\s+calls?\b|\bcall\b.*\b(?:opens?|open)\b|\bfunding (?:call|opportunit)|\bgrants?\b|\bbidrag\b|\bstöd till\b|\bsök(?:er)? (?:stöd|bidrag|medel|finansiering)|søknad|tilskudd|\bsøk\b|ansøgning|ansök|\bapply\b|\bproposals?\b|\btopics?\b|\b[A-Z]{3,}(?:-[A-Z0-9]{2,}){2,}\b/i;

/** Words that make a block talk about a call (in its text, not only its title). */
export const CALL_TEXT =
  /utlysning|ansök|ansokning|ansökningsomgång|sista ansökningsdag|ansökningstid|\bsöka\b|kan söka|\bbidrag|stödbelopp|finansiering|\bstöd\b|søknad|søke|tilskudd|ansøg|\bcalls?\b|proposals?|deadline|\bapply\b|applicants?|applications?|funding|\bgrants?\b|eligible/i;

/** How a listing shows a call's state when it gives no date. */
export const STATUS_WORDS =
  /(?<!\p{L})(?:löpande|öppen|öppet|öppna|kommande|stängd|stängt|stängda|pågående|rolling|open|opens|forthcoming|upcoming|ongoing|closed|continuous(?:ly)?|planned|planerad|åpen|åpent|åpner|løpende|stengt|lukket|kontinuerlig)(?!\p{L})/iu;

/** "Every year 1 March – 15 April", "varje år", "årligen": a recurring window, a date without a year. */
export const RECURRING =
  /(?<!\p{L})(?:varje år|varje vår|varje höst|årligen|två gånger per år|gånger per år|every year|each year|annually|twice a year|times a year|all year round|hvert år|årlig)(?!\p{L})/iu;

// Digit lookarounds, not \b: textContent glues neighbouring elements ("Region05.06.2026").
const DATE_SHAPES = [
  String.raw`(?<!\d)\d{4}-\d{2}-\d{2}(?!\d)`,
  String.raw`(?<![\d.])\d{1,2}[./]\d{1,2}[./]\d{2,4}(?!\d)`,
  // "15 September", "5th Nov", "15 sept. 2026" (the year is optional: listings often leave it out).
  String.raw`(?<![\d.])\d{1,2}(?:st|nd|rd|th|:e|:a|\.)?\s*(?:${MONTH_PATTERN})(?![a-zåäö])`,
  String.raw`(?<![a-zåäö])(?:${MONTH_PATTERN})\.?\s+\d{1,2}(?:st|nd|rd|th)?(?!\d)`,
  // Fuzzy forthcoming times: "hösten 2026", "Q3 2027", "spring 2027".
  String.raw`\b(?:våren|hösten|sommaren|vintern|spring|summer|autumn|fall|winter|Q[1-4])\s+20\d{2}\b`,
];
const DATE = new RegExp(DATE_SHAPES.join('|'), 'i');

export function hasDate(text: string): boolean {
  return DATE.test(text);
}

/** Dated, or showing its state or a recurring window: the time side of a call. */
export function hasTiming(text: string): boolean {
  return DATE.test(text) || STATUS_WORDS.test(text) || RECURRING.test(text);
}

/**
 * Titles of what funders publish beside calls: news about closed calls and results, events, newsletters.
 * A title like these is not a call even when it talks about one ("Calls closed: 30 applications submitted",
 * "Webinar on Call 8", "Monitoring Committee approves 24 projects").
 */
export const NOT_A_CALL =
  /\bcalls?\s+(?:(?:is|are|has|have|now|was|were)\s+)*closed\b|(?:utlysning(?:en|ar|arna)?|ansökningsomgången|omgången)\s+(?:har\s+|är\s+)?(?:stängt|stängd|stängde|avslutad|avslutats)|\bansökningar\s+(?:har\s+)?(?:kom(?:mit)?\s+in|inkom(?:mit)?)|(?:utlysningen|søknadsrunden)\s+er\s+(?:stengt|lukket)|\bsøknader\s+(?:har\s+)?kom(?:met)?\s+inn|\bclosed calls?\b|\bapplications?\s+(?:were\s+|have been\s+)?(?:submitted|received)\b|\b(?:approves?|approved|selects?|selected|funds|funded)\b[^.]{0,40}\bprojects?\b|\bprojects? (?:approved|selected|funded)\b|\bresults? of\b|\bbeviljade?\b|\bbeviljat\b|\bhar beviljats\b|\bbeviljar\b|\bproject stor(?:y|ies)\b|\bevents?\b|evenemang|webb?inari|webinars?\b|seminari|\bseminar|\bworkshop|\bconference|konferens|informationsträff|\bnewsletter|\bnyhetsbrev|\binformationsmöte|\binfo(?:rmation)?\s*(?:day|session|meeting)|\bmatchmaking|\bpartner search|årsmöte|\bannual meeting|\bjobs?\b|\bvacanc|\bledig tjänst|\btender\b|\bupphandling|\bprocurement|\bpressmeddelande|\bpress release/i;

/** Page or section headings that say the page lists calls: context for blocks that show little text. */
export const CALLS_CONTEXT =
  /utlysning|ansök|sök (?:\p{L}*(?:stöd|bidrag|finansiering|medel))|bidrag|finansiering|stöd|\bcalls?\b|funding|grants?|apply|applicants|opportunit|søknad|tilskudd|ansøg|utlysninger/iu;

/** Whether a block's words and timing make it a call (title first, then the text around it). */
export function callLike(title: string, text: string, calls: boolean): boolean {
  if (NOT_A_CALL.test(title)) return false;
  if (CALL_TITLE.test(title)) return true;
  const timing = hasTiming(text);
  if (CALL_TEXT.test(text) && timing) return true;
  // On a page that lists calls, a titled item with a date or a state is one even when it says little.
  return calls && timing;
}
