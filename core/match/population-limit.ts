/**
 * A call's limit on how many people its applicants have ("kommuner med färre än 15 000 invånare", "towns and cities
 * with 20,000–100,000 inhabitants", "cities with populations of over 100,000"), read as numbers so that a body whose
 * population is known can be judged against it (eligibility.ts).
 *
 * A figure counts only as a limit on a body that applies: it is bounded ("over", "minst", "between … and", a range),
 * it counts people ("invånare", "inhabitants", or "population of" before it), and the nearest noun before it in the
 * same clause names municipalities, cities or towns (`local`) or regions (`region`). A figure of a country, a rural
 * area, a project or its participants, or money, is no limit on the applicant; nor one of a settlement, which lies
 * inside a kommun (a village, a tätort, an ort — and a town where the call pairs towns with villages: "towns and
 * villages" are places of a size class, where "towns and cities" are local authorities).
 *
 * This is the one reading of a call's condition on population: the applicant line quotes it (`quote`), the
 * population blocker judges its numbers (population-eligibility.ts).
 */
import { fold } from '../text/fold.ts';
import { REFUSAL, REFUSAL_WORDS } from './refusal-words.ts';
import { UNFUNDED } from './where-text.ts';
export interface PopulationLimit {
  /** Inclusive lower bound. */
  min?: number;
  /** Inclusive upper bound. */
  max?: number;
  /** Whom the limit bounds: kommuner, cities and towns, or regions. */
  of: 'local' | 'region';
  /** Bodies may reach the limit together ("a grouping of urban authorities with a total population of…"). */
  combined?: true;
  /** The limit as written: its bound and figures. */
  said: string;
  /** The condition as the call words it, with its word for people or population: "a population of over 100,000". */
  quote: string;
  /** Set when the limit is the programme's (programmes.json minPopulation), not the call's words: its name. */
  programme?: string;
  /**
   * The quote names those the call refuses, the limit their other side ("Kommuner med fler än 100 000 invånare kan
   * inte söka", "… kan endast delta som mentorer utan stöd"): a body the limit leaves out is one of them.
   */
  refusing?: true;
}

const FIGURE = String.raw`\d{1,3}(?:[ \u00a0\u202f.,]\d{3})+(?!\d)|\d{4,}`;
const BELOW = String.raw`under|below|fewer than|less than|at most|up to|not more than|no more than|(?:(?<!\p{L})a\s+)?maximum(?:\s+of)?|max\.?|färre än|mindre än|högst|upp till|maximalt|max|<`;
const ABOVE = String.raw`over|above|more than|at least|(?:(?<!\p{L})a\s+)?minimum(?:\s+of)?|min\.?|exceeding|över|fler än|mer än|minst|åtminstone|>`;
const TO = String.raw`\s*(?:-|–|—|to|till|and up to|och upp till|and|och)\s*`;
const PEOPLE = String.raw`(?:\s+(?:invånare|innevånare|inhabitants|residents|people|citizens|personer|folk))`;
const POPULATION_WORD = String.raw`(?:populations?|befolkning\p{L}*|invånarantal\p{L}*|folkmängd\p{L}*)(?:\s+(?:of|på|om|av))?\s+(?:\p{L}+\s+){0,2}?`;

/** Bound words after the figure and its people: "100,000 residents or more", "5 000 invånare eller färre". */
const ABOVE_AFTER =
  'or more|or above|and above|or over|and over|or greater|eller fler|eller mer|eller mera|och uppåt|och fler|och mer';
const BELOW_AFTER =
  'or fewer|or less|or below|and below|and under|eller färre|eller mindre|och nedåt|och färre|och mindre';

/**
 * One bounded figure phrase: two bounds joined ("minst 20 000 och högst 70 000", "more than 50 000 but fewer than
 * 250 000"), a range, a bound word and a figure, a figure, its people and a bound word after, or a
 * figure, a bound word or "+" and its people ("100,000 or more residents", "100,000+ residents").
 */
const PHRASE = new RegExp(
  String.raw`(?<above2>${ABOVE})\s*(?<lo2>${FIGURE})${PEOPLE}?\s*,?\s+(?:och|and|but|men|samt)\s+(?:(?:with|med)\s+)?(?<below2>${BELOW})\s*(?<hi2>${FIGURE})|(?:(?:between|mellan|from|från)\s+)?(?<lo>${FIGURE})${TO}(?<hi>${FIGURE})|(?<below>${BELOW})\s*(?<b>${FIGURE})|(?<above>${ABOVE})\s*(?<a>${FIGURE})|(?<a2>${FIGURE})(?<pa>${PEOPLE})\s+(?:${ABOVE_AFTER})(?![\p{L}])|(?<b2>${FIGURE})(?<pb>${PEOPLE})\s+(?:${BELOW_AFTER})(?![\p{L}])|(?<a3>${FIGURE})(?:\s*\+|\s+(?:${ABOVE_AFTER}))(?<pa3>${PEOPLE})|(?<b3>${FIGURE})\s+(?:${BELOW_AFTER})(?<pb3>${PEOPLE})`,
  'giu',
);

const LOCAL =
  /(?:kommun(?:er(?:na)?|en)?|städer(?:na)?|stad(?:en)?|stadsmyndighet(?:er(?:na)?|en)?|cities|city|towns?|municipalit(?:y|ies)|urban authorit(?:y|ies)|local authorit(?:y|ies)|(?:local|city|municipal) governments?|^laus?)$/iu;
const REGION = /^(?:regioner(?:na)?|regionen|region|regions|län(?:en)?)$/iu;
/** Nouns that own a figure of people that is not the applicant's: a country, a rural area, a project. */
const OTHER =
  /(?:countr(?:y|ies)|länder(?:na)?|landet|land|nations?|landsbygd\p{L}*|rural areas?|områden?|areas?|projekt\p{L}*|projects?|participants?|deltagare|schools?|skolor|företag|compan(?:y|ies)|households?|hushåll|signator(?:y|ies))$/iu;
/** A settlement (a village, a tätort) lies inside a kommun: its size is not the size of the kommun that applies. */
const SETTLEMENT = /^(?:villages?|byar(?:na)?|\p{L}*tätort\p{L}*|orter(?:na)?|orten|localit(?:y|ies)|settlements?)$/iu;
/** A town paired with villages is a settlement too ("towns and villages", "städer och byar"), anywhere in the call. */
const TOWNS_WITH_VILLAGES =
  /(?:^|[^\p{L}])(?:towns?\s+(?:and|or|&)\s+villages?|villages?\s+(?:and|or|&)\s+towns?|städer\s+och\s+byar|byar\s+och\s+städer)(?![\p{L}])/iu;
const TOWN = /^(?:towns?|städer(?:na)?|stad(?:en)?)$/iu;
const GROUPED =
  /\b(?:total|totall?ing|combined|together|jointly|sammanlagd\p{L}*|tillsammans|totalt|groupings?|groups? of|associations? of|sammanslutning\p{L}*)\b/iu;

const toNumber = (s: string) => Number(s.replace(/[^\d]/g, ''));

/** Whom the nearest noun before a figure names, in the clause before it; undefined for anything else. */
function subjectOf(
  before: string,
  townsAreSettlements: boolean,
): { of: PopulationLimit['of']; combined: boolean } | undefined {
  const clause = before.split(/[.;:!?]/u).pop() ?? '';
  const words = clause.match(/\p{L}+(?:\s+(?:authorit(?:y|ies)|governments?|areas?))?/gu) ?? [];
  // (Twenty-two words back: "cities in the European Union, the United Kingdom, Norway, Iceland and Switzerland with …",
  // "municipalities in Denmark, Finland, Iceland, Norway or Sweden, or in the Faroe Islands, Greenland or Åland, with …".)
  for (let i = words.length - 1; i >= 0 && i >= words.length - 22; i--) {
    const w = words[i];
    // "Any city or municipality in an EU Member State or associated country with at least 50 000 inhabitants": the
    // country is where the city lies, and the figure is the city's.
    if (COUNTRY_NOUN.test(w)) {
      const at = locatedAt(words, i);
      if (at > 0 && LOCAL.test(words[at - 1])) return { of: 'local', combined: false };
    }
    // (A country's name ending in "land", "Finland", "Iceland", is where the city lies, not an area of it.)
    const other = OTHER.test(w) && !COUNTRY_LAND.test(w);
    if (other || SETTLEMENT.test(w) || (townsAreSettlements && TOWN.test(w))) return undefined;
    const combined = GROUPED.test(words.slice(Math.max(0, i - 3)).join(' '));
    if (LOCAL.test(w)) return { of: 'local', combined };
    // "kommuner i Östergötlands län med färre än 50 000 invånare": a län after "i" is where the bodies lie.
    if (REGION.test(w)) {
      const at = locatedAt(words, i);
      if (at !== -1 && at >= i - 2) continue;
      return { of: 'region', combined };
    }
  }
  return undefined;
}

const COUNTRY_LAND = /^\p{Lu}\p{Ll}*land$/u;
const COUNTRY_NOUN = /^(?:countr(?:y|ies)|länder(?:na)?|landet|land|states?)$/iu;
/** "in", "i", "from" opening the place a noun lies in, up to ten words before word `i`: its index, or -1. */
function locatedAt(words: readonly string[], i: number): number {
  for (let j = i - 1; j >= 0 && j >= i - 10; j--) if (/^(?:in|i|from|från)$/iu.test(words[j])) return j;
  return -1;
}

const PEOPLE_AFTER = new RegExp(`^${PEOPLE}`, 'iu');
const POPULATION_BEFORE = new RegExp(`${POPULATION_WORD}$`, 'iu');

/**
 * "Smaller cities may enter special awards", "mindre kommuner (och regioner) kan delta som medsökande", "a twinned
 * application with a smaller municipality, which participates as a funded learning partner", "smaller municipalities
 * from the same country may join as co-applicants", "more than 50 000
 * inhabitants, unless you are applying as part of a city consortium": the call has a way in for bodies under its size
 * limit, so the limit does not shut them out — not one without money ("smaller cities can join as associate
 * partners"). Returns the words that say so.
 */
const SMALLER_ADMITTED =
  /(?:^|[^\p{L}])(?:kommuner|municipalities|cities)\s+(?:med\s+färre\s+invånare|med\s+lägre\s+invånarantal|with\s+fewer\s+inhabitants|below\s+(?:this|that)\s+(?:size|threshold))\s+(?:(?:ska|kan|får|may|can|must|should)\s+(?:söka|ansöka|apply)\s+(?:tillsammans|gemensamt|together|jointly)|(?:kan|får|may|can)\s+(?:(?:också|även|also)\s+)?(?:vara|delta\s+som|ingå\s+som|be|join\s+as|participate\s+as)\s+(?:finansierade\s+|funded\s+)?(?:medsökande|co-?applicants?|projektparter|parter|partners?|project\s+partners?)(?![^.;!?]*(?:utan\s+(?:egen\s+)?(?:budget|finansiering|medel)|without\s+(?:funding|a\s+budget)|at\s+their\s+own\s+cost)))[^.;!?]*|(?:^|[^\p{L}])(?:unless\s+(?:you\s+are\s+|they\s+are\s+|it\s+is\s+)?applying\s+(?:as\s+part\s+of|within|in)\s+an?\s+(?:city\s+|municipal\s+)?(?:consortium|group|grouping|partnership)|utom\s+(?:om|när)\s+(?:ni|de|man|kommunen)\s+söker\s+(?:som\s+en\s+del\s+av|inom|i)\s+(?:ett|en)\s+(?:konsortium|grupp|samverkan))[^.;!?]*|(?:^|[^\p{L}])(?:an?|one|en|ett)\s+(?:smaller|mindre)\s+(?:municipality|city|town|kommun|stad)[^.;]{0,40}?(?:participates|takes\s+part|joins|deltar|ingår)\s+(?:as|som)\s+(?:an?\s+|en\s+)?(?:funded|finansierad)\s+(?:[\p{L}-]+\s+)?(?:partner|part)[^.;!?]*|(?:^|[^\p{L}])(?:smaller|small|mindre|små)\s+(?:cities|towns|municipalities|communities|local authorities|städer|kommuner|orter|samhällen)(?:\s+(?:and|or|och|eller)\s+\p{L}+)?\s+(?:(?:from|in|of|i|från)\s+(?:[\p{L}-]+\s+){1,3}?)?(?:(?:may|can|are)\s+(?:also\s+|therefore\s+|still\s+|thus\s+)?(?:enter|apply|compete|take part|participate|join|be nominated|eligible|welcome|invited)|(?:kan|får|är)\s+(?:också\s+|även\s+|därför\s+|ändå\s+)?(?:delta|söka|tävla|ansöka|ingå|nomineras|välkomna))(?![^.;!?]*(?:as\s+associated?\s+partners?|som\s+associerade?\s+partners?|without\s+(?:funding|a\s+budget)|utan\s+(?:egen\s+)?(?:budget|finansiering)|(?:men|but)\s+(?:inte|ej|not|cannot|may\s+not|kan\s+inte)\s))[^.;!?]*/iu;

/**
 * "…regardless of population size", "oavsett invånarantal", "follower municipalities of any size": the call has a way in for bodies of any size beside the
 * limit it sets for some of them ("DEGURBA 1 municipalities with fewer than 20,000 inhabitants"). So has a size that
 * sets the rate for some and another for the rest ("… kan få stöd för upp till 90 procent, övriga upp till 60
 * procent"). The words.
 */
const ANY_SIZE =
  /(?:regardless|irrespective)\s+of\s+(?:their\s+|its\s+)?(?:population(?:\s+size)?|size)|(?:municipalities|cities|towns|authorities|kommuner|städer)\s+(?:of\s+(?:any|all)\s+sizes?|av\s+alla\s+storlekar)|(?:other|further)\s+(?:public\s+authorities|local\s+authorities|municipalities)[^.;]{0,60}?(?:may|can)\s+(?:also\s+)?(?:participate|take\s+part|join|be)\s+(?:as\s+)?(?:funded\s+)?(?:beneficiar|partner)\p{L}*|oavsett\s+(?:deras\s+|dess\s+)?(?:invånarantal|storlek|befolkning(?:sstorlek)?|antal\s+invånare)|(?:with|without)\s+(?:no|any|a)\s+(?:minimum\s+)?population\s+(?:threshold|limit|requirement)[^.;]{0,80}?(?:may|can)\s+(?:also\s+)?(?:join|participate|take\s+part|apply|be)|utan\s+(?:krav\s+på|gräns\s+för)\s+(?:invånarantal|befolkning)|,\s*(?:och\s+)?övriga\s+(?:kommuner\s+)?(?:(?:kan\s+få|får)\s+(?:stöd\s+|bidrag\s+)?(?:med\s+|för\s+)?)?upp\s+till\s+\d+(?:\s*(?:procent|%))?|,\s*(?:and\s+)?(?:others|all\s+others|other\s+municipalities|the\s+rest)\s+(?:(?:may|can)\s+(?:receive|get)\s+)?up\s+to\s+\d+(?:\s*(?:per\s*cent|percent|%))?/iu;

/**
 * "Större kommuner kan inte söka, med undantag för kommuner som ingår i en gemensam ansökan", "larger municipalities
 * may join as co-applicants", a list entry "Större kommuner som medsökande", "större kommuner och regioner deltar
 * individuellt" (another form of taking part): a way in, with money, for bodies over
 * the call's upper bound on size — not one without money ("… as associated partners", "utan egen budget"). The
 * words.
 */
const LARGER_ADMITTED =
  /(?:^|[^\p{L}])(?:(?:kommuner|municipalities|cities)\s+(?:med\s+fler\s+invånare|med\s+högre\s+invånarantal|with\s+more\s+inhabitants|with\s+larger\s+populations|above\s+(?:this|that)\s+(?:size|threshold))\s+(?:kan|får|may|can)\s+(?:(?:också|även|also)\s+)?(?:söka|ansöka|apply)(?![\p{L}])(?![^.;]*(?:utan\s+(?:egen\s+)?(?:budget|finansiering|medel)|without\s+(?:funding|a\s+budget)))[^.;]*|(?:större|larger|bigger)\s+(?:kommuner|municipalities|cities|städer|towns)(?:[^.;]{0,80}?(?:med undantag för|utom|except(?: for)?|unless)[^.;]*?(?:gemensam(?:ma)? ansökan|tillsammans med|jointly|together with|consorti(?:um|a)|konsorti(?:um|et))|(?:\s+[\p{L}-]+){0,3}?\s+(?:kan|får|may|can)\s+(?:(?:dock|också|även|also|still)\s+)?(?:delta|ingå|söka|join|participate|take part|apply|be)\s+(?:som|as)\s+(?:finansierade\s+|funded\s+)?(?:medsökande|co-?applicants?|project partners?|partners?|parter|projektparter)|\s+som\s+medsökande|(?:\s+(?:och|and)\s+\p{L}+)?\s+(?:deltar|participate|take\s+part)(?![\p{L}]))(?![^.;]*(?:associated?\s+partners?|associerade?\s+partners?|without\s+(?:funding|a\s+budget)|utan\s+(?:egen\s+)?(?:budget|finansiering|medel)))[^.;]*)/iu;

/**
 * Larger kommuner as the call's mentors ("at least two 'mentor' beneficiaries: larger municipalities or regional
 * authorities with proven experience"): a funded role for bodies over the size, unless the call says the mentors go
 * without money ("mentors take part without funding", "mentorer utan stöd").
 */
const MENTORS_LARGER =
  /(?:['’"]?mentor['’"]?\s+(?:beneficiar(?:y|ies)|partners?|parter)|mentors?|mentorer(?:na)?)\s*[:(,–-]?\s*(?:[\p{L}-]+\s+){0,2}?(?:större|larger|bigger)\s+(?:kommuner|municipalities|cities|städer|towns)[^.;]*/iu;
const MENTORS_UNPAID =
  /mentor\p{L}*[^.;]{0,80}?(?:without\s+(?:funding|a\s+budget|(?:eu\s+)?money)|at\s+their\s+own\s+cost|utan\s+(?:stöd|medel|finansiering|ersättning)|på\s+egen\s+bekostnad)/iu;

export function largerAdmittedIn(texts: readonly (string | undefined)[]): string | undefined {
  for (const t of texts) {
    const m = t ? LARGER_ADMITTED.exec(t) : null;
    if (m) return m[0].replace(/^[^\p{L}]+/u, '').trim();
  }
  for (const t of texts) {
    const m = t ? MENTORS_LARGER.exec(t) : null;
    if (m && t && !MENTORS_UNPAID.test(t)) return m[0].trim();
  }
  return undefined;
}

export function anySizeAdmittedIn(texts: readonly (string | undefined)[]): string | undefined {
  for (const t of texts) {
    const m = t ? ANY_SIZE.exec(t) : null;
    if (m) return m[0].replace(/^[,\s]+/u, '');
  }
  return undefined;
}

export function smallerAdmittedIn(text: string | undefined): string | undefined {
  const m = text ? SMALLER_ADMITTED.exec(text) : null;
  if (m) return m[0].replace(/^[^\p{L}]+/u, '').trim();
  return text ? fundedPartnersOfAnySize(text) : undefined;
}

/** A lead role, in the sentence that sets the size: "the main urban authority must be …", "huvudsökande ska vara …". */
const LEAD_ROLE =
  /(?:^|[^\p{L}])(?:(?:main|lead) urban authorit(?:y|ies)|lead (?:applicant|partner|beneficiary)s?|coordinators?|main applicants?|huvudsökande|projektägare|koordinator)(?![\p{L}])/iu;
/**
 * Partners the project funds, of kinds that hold smaller kommuner: "delivery partners … any public or private body,
 * including regional authorities, smaller municipalities", "Delivery Partners: … other local or regional
 * authorities … receive part of the ERDF budget", "medsökande kan vara andra kommuner".
 */
const PARTNER_WORDS =
  'delivery partners?|project partners?|partners|clusters?|cluster members?|medsökande|samverkansparter|projektparter';
const SMALLER_KINDS =
  'smaller (?:municipalities|cities|towns)|andra kommuner|mindre kommuner|other local(?: or regional)? authorities';
const FUNDED_PARTNERS_OF_ANY_SIZE = new RegExp(
  String.raw`(?:^|[^\p{L}])(?:${PARTNER_WORDS})(?![\p{L}])[^.;]{0,160}?(?:any public|public or private bod(?:y|ies)|offentliga eller privata|local (?:or|and) regional authorities|${SMALLER_KINDS})[^.;]*`,
  'iu',
);
/** The smaller kinds named first: "Other bodies, including … smaller municipalities …, may join as delivery partners". */
const SMALLER_AS_PARTNERS = new RegExp(
  String.raw`(?:^|[^\p{L}])(?:${SMALLER_KINDS})(?![\p{L}])[^.;]{0,160}?(?:${PARTNER_WORDS})(?![\p{L}])[^.;]*`,
  'iu',
);
/** Funding words in the partners' sentence or the next: they take part with money of their own from the call. */
const PARTNER_FUNDED = /(?:receive|share of|part of|budget|funded|funding|financed|bidrag|stöd|finansier)/iu;

/**
 * A size set for the lead role only, where the call funds partners of kinds that hold smaller kommuner: a way in for
 * them as partners ("… delivery partners, which may be any public or private body, including regional authorities,
 * smaller municipalities …, receive a share of the ERDF grant"). The partners' words.
 */
function fundedPartnersOfAnySize(text: string): string | undefined {
  const partners = FUNDED_PARTNERS_OF_ANY_SIZE.exec(text) ?? SMALLER_AS_PARTNERS.exec(text);
  if (!partners) return undefined;
  // "…other partners such as universities, but regional authorities and other local authorities cannot be project
  // partners": the smaller kinds refused, no way in.
  if (REFUSAL.test(fold(partners[0].toLowerCase()))) return undefined;
  // (The role before the size or after it: "Any urban authority … with at least 50 000 inhabitants … may apply as
  // main urban authority".)
  const sized = [...text.matchAll(PHRASE)].some((m) => {
    const at = m.index ?? 0;
    const rest = /^[^.;!?]*/u.exec(text.slice(at))?.[0] ?? '';
    return LEAD_ROLE.test(sentenceBefore(text, at)) || LEAD_ROLE.test(rest);
  });
  PHRASE.lastIndex = 0;
  if (!sized) return undefined;
  // The partners' sentence and the next one.
  const after = /^[^.;!?]*[.;!?]?[^.;!?]*/u.exec(text.slice(partners.index))?.[0] ?? '';
  if (!PARTNER_FUNDED.test(after)) return undefined;
  return partners[0].replace(/^[^\p{L}]+/u, '').trim();
}

/** The sentence before `at`, up to it. */
function sentenceBefore(text: string, at: number): string {
  const before = text.slice(0, at);
  return before.slice(Math.max(before.lastIndexOf('. '), before.lastIndexOf('; '), before.lastIndexOf(': ') - 200, 0));
}

/**
 * "…for municipalities with a population over 100,000, and those under 100,000", or a list entry "municipalities
 * under 100,000" beside one "over 100,000": classes of a prize by size that together hold every size, no limit.
 * Read after a bound's figure, or as a whole text; group 1 the bound, 2 the figure.
 */
const OTHER_CLASS_AFTER = new RegExp(
  String.raw`^(?:${PEOPLE})?\s*(?:,?\s*(?:and|or|och|eller)\s+(?:for\s+|för\s+)?(?:those|ones|the ones|de|dem)\s+(?:with\s+|med\s+)?(?:a\s+population\s+(?:of\s+)?)?|[;/]\s*)(${BELOW}|${ABOVE})\s*(${FIGURE})`,
  'iu',
);
const BARE_CLASS = new RegExp(
  String.raw`^\s*(?:\p{L}+\s+){0,2}?(?:kommuner|städer|cities|towns|municipalities|local authorities)\s+(?:with\s+(?:a\s+population\s+(?:of\s+)?)?|med\s+)?(${BELOW}|${ABOVE})\s*(${FIGURE})\s*$`,
  'iu',
);
const BELOW_WORD = new RegExp(`^(?:${BELOW})$`, 'iu');
const isBelow = (bound: string) => BELOW_WORD.test(bound.trim());

/** The limits of a call's texts (title, summary, list entries), each text read in the sense the call gives "towns". */
/** A lot, strand, track or category of the call named before a limit in its sentence. */
const ONE_PART_BEFORE =
  /(?:^|[^\p{L}])(?:lots?|strands?|tracks?|categor(?:y|ies)|delområde\p{L}*|spår\p{L}*|kategori\p{L}*|delutlysning\p{L}*)(?![\p{L}])/iu;
/** A bracket after a limit naming the lot, strand or track it is for ("(Strand B)", "(delområde 2)"). */
const ONE_PART_AFTER =
  /^[^.;()]{0,40}\(\s*(?:lots?|strands?|tracks?|categor(?:y|ies)|delområde\p{L}*|spår\p{L}*|kategori\p{L}*|delutlysning\p{L}*)(?![\p{L}])/iu;
/** Words after a limit that make it a welcome ("… are encouraged to apply", "(encouraged)", "är särskilt välkomna"). */
const WELCOMED_AFTER = /encourag|welcome|uppmuntra|välkomna|valkomna/iu;
/**
 * Words after a size that give those of it more, not the right to apply: "Kommuner med färre än 15 000 invånare kan
 * få en förhöjd stödnivå", "municipalities under 10 000 inhabitants receive a higher co-financing rate"; or a duty
 * of theirs the call builds on ("municipalities above 45 000 inhabitants must prepare heating plans").
 */
/**
 * (Also a rate of co-financing by size: "kommuner med fler än 20 000 invånare ska bidra med minst 50 procent
 * medfinansiering"; and an amount by size: "kommuner med färre än 10 000 invånare får ett grundbelopp".)
 */
const MORE_FOR_THEM =
  /^[^.;]{0,30}?(?:(?:får|receive|receives|get|gets)\s+(?:dessutom\s+|also\s+|additionally\s+)?(?:ett\s+|en\s+|a\s+|an\s+)?(?:grundbelopp|basbelopp|schablonbelopp|tillägg|tilläggsbelopp|extra belopp|base amount|basic amount|lump sum|fixed amount|supplement|top-up|bonus)(?![\p{L}])|(?:kan\s+få|får|may\s+receive|can\s+receive|receive)\s+(?:upp till|up to|högst|maximalt|at most)\s+\d+\s*(?:procent|%|percent)|(?:kan|får|may|can)\s+(?:(?:bidraget|stödet|stödnivån|the grant|the rate|support)\s+)?(?:vara|uppgå till|bli|be|reach|amount to)\s+(?:upp till|up to|högst|maximalt|at most)\s+\d+\s*(?:procent|%|percent)|(?:kan|får|ska)\s+(?:(?:få|beviljas|erhålla)\s+)?(?:en\s+|ett\s+)?(?:förhöjd|högre|höjd|ökad|extra|större)|(?:receive|get|qualify for|are eligible for|may receive|can receive|benefit from)\s+(?:a\s+|an\s+)?(?:higher|increased|additional|extra|enhanced|bonus)|(?:must|shall|are required to|are obliged to|ska|måste|är skyldiga att)\s+(?:prepare|draw up|adopt|produce|ta fram|upprätta|anta)(?![\p{L}])|(?:ska|måste|must|shall|are required to)\s+(?:bidra med|stå för|provide|contribute)\s+[^.;]{0,40}?(?:medfinansiering|egen insats|egenfinansiering|co-?financing|own contribution|match funding))/iu;
/** What an application from bodies of that size must show, right after the size: "… invånare bör visa hur …". */
const SHOW_AFTER =
  /^\s*(?:invånare|innevånare|inhabitants|residents)?\s*(?:bör|ska|skall|måste|should|must|shall|need to)\s+(?:även\s+|också\s+|also\s+)?(?:visa|beskriva|redovisa|motivera|förklara|show|describe|explain|demonstrate|justify)(?![\p{L}])/iu;
/** A part as partner only, right after the size (folded): "… may take part only as partners", "kan bara delta som parter". */
const ONLY_AS_PARTNERS =
  /^[^.;]{0,60}?(?:(?:may|can|kan|far)\s+(?:take\s+part|participate|join|delta|medverka|inga)\s+(?:only|solely|endast|bara|enbart)\s+(?:as|som)|(?:may|can|kan|far)\s+(?:only|endast|bara|enbart)\s+(?:take\s+part|participate|join|delta|medverka|inga)\s+(?:as|som))\s+(?:\p{L}+\s+)?(?:partners?|parter|samverkanspart\p{L}*|samarbetspart\p{L}*)(?![\p{L}])/u;
/** A sentence on partners (folded): where the call says whether they get its money (PARTNER_WORDS, with "parter"). */
const PARTNER_WORD = new RegExp(String.raw`(?:^|[^\p{L}])(?:${PARTNER_WORDS}|parter(?:na)?)(?![\p{L}])`, 'u');
/** How bodies of that size must apply, right after the size: "… invånare ska söka tillsammans med …". */
const JOINTLY_AFTER =
  /^\s*(?:invånare|innevånare|inhabitants|residents)?\s*(?:ska|skall|måste|bör|must|shall|should|need to|have to|are encouraged to)\s+(?:(?:an)?söka|apply|submit\s+(?:an?\s+)?applications?)\s+(?:tillsammans|gemensamt|together|jointly|i\s+samverkan\s+med|in\s+(?:cooperation|partnership)\s+with)(?![\p{L}])/iu;
/** A rate of support before the class and its size: "upp till 75 procent för kommuner med ", "up to 80% for ". */
const RATE_BEFORE =
  /(?:upp till|up to|högst|maximalt|max\.?)\s+\d+\s*(?:procent|%|percent)\s+(?:av\s+[\p{L}-]+\s+)?(?:för|for)\s+(?:[\p{L}-]+\s+){0,3}$/iu;
/** The sentence up to a point: after the last full stop followed by a space (not "150.000"). */
const sentenceSoFar = (before: string): string => before.slice(before.search(/[.!?]\s(?!.*[.!?]\s)/su) + 1);

export function populationLimitsOf(texts: readonly (string | undefined)[]): PopulationLimit[] {
  const read = texts.filter((t): t is string => t !== undefined && t !== '');
  const townsAreSettlements = read.some((t) => TOWNS_WITH_VILLAGES.test(t));
  const limits = read.flatMap((t) => populationLimitsIn(t, townsAreSettlements));
  // "A local authority that does not itself meet the population threshold cannot take part": a group reaching it
  // together takes no smaller body in.
  if (read.some((t) => ALONE_REFUSED.test(t))) for (const l of limits) delete l.combined;
  // A bare entry of the other class by size ("municipalities under 100,000") beside a limit at its figure.
  const classes = read.flatMap((t) => {
    const m = BARE_CLASS.exec(t);
    return m ? [{ below: isBelow(m[1]), n: toNumber(m[2]) }] : [];
  });
  if (classes.length === 0) return limits;
  return limits.filter(
    (l) =>
      !classes.some((c) => (c.below ? l.min === c.n && l.max === undefined : l.max === c.n && l.min === undefined)),
  );
}

/**
 * An exception before the class and its size: "gäller ej kommuner med", "with the exception of cities of", "med
 * undantag för Stockholm, Göteborg och Malmö samt övriga kommuner med".
 */
/** A list entry refused by its first word, as a page lists who may apply: "Ej kommuner över 15 000 invånare". */
const LIST_ITEM_REFUSED_BEFORE = /(?:^|[\s•·–:])(?:Ej|Inte|Not)\s+(?:[\p{L}-]+\s+)?$/u;
/**
 * After a size, its people word and the rest of a list of those the sentence names, up to its verb: ", regional and
 * national authorities, universities and companies" (at most six more items, each of up to four words).
 */
const LIST_AFTER_SIZE = new RegExp(
  String.raw`^(?:\s*[\p{L}-]+)?(?:\s*,\s*(?:[\p{L}-]+\s+){0,3}[\p{L}-]+){0,6}\s*,?\s+(?:and|or|och|eller)\s+(?:[\p{L}-]+\s+){0,3}?(?=(?:${REFUSAL_WORDS})(?![\p{L}]))`,
  'u',
);
const EXCEPTION_BEFORE_SIZE =
  /(?:gäller (?:ej|inte)|utom|med undantag (?:av|för)|except(?: for)?|excluding|with the exception of|not applicable to|dock (?:ej|inte))\s+(?:[\p{L}-]+,?\s+){0,10}$/iu;

/**
 * "varav minst en ska ha", "of which at least one must have", "at least one of them", "där minst en kommun med":
 * one member of a group.
 */
const ONE_OF_GROUP_BEFORE =
  /(?:varav|av vilka|of which|of whom|at least one of (?:them|the (?:partners|municipalities)))\s+(?:(?:minst|åtminstone|at least)\s+)?(?:en|ett|one|två|two|\d)?\s*[^.;]{0,40}$|(?:^|[^\p{L}])(?:minst|åtminstone|at least)\s+(?:en|ett|one|två|two)\s+(?:(?:annan|other)\s+)?(?:kommun|municipality|city|town|stad|partner)\s+(?:med|with|of)\s+$|(?:^|[^\p{L}])(?:minst|åtminstone|at least)\s+(?:en|ett|one)\s+(?:(?:av\s+)?(?:parterna|partnerna|deltagarna)\s+|(?:of\s+the\s+)?(?:partners|parties|participants)\s+|(?:part|partner|party|participant|deltagare)\s+)(?:ska|måste|skall|must|shall|should)\s+(?:vara|be)\s+(?:en\s+|ett\s+|a\s+|an\s+)?(?:kommun|municipality|city|town|stad)\s+(?:med|with|of)\s+$/iu;

/**
 * An alternative right before the size: "… eller en kommun med ", "… or a municipality with " — not a second word
 * for the same bodies ("a city or town of at least 60 000 inhabitants").
 */
const OTHER_WAY_IN_BEFORE =
  /[^\s,](?<!(?:^|[^\p{L}])(?:city|cities|towns?|municipalit(?:y|ies)|kommun(?:er)?|stad|städer))\s+(?:eller|or)\s+(?:en\s+|a\s+|an\s+)?(?:kommun|kommuner|municipalit(?:y|ies)|city|cities|town|towns|stad|städer)\s+(?:med|with|of)\s+$/iu;

/** The people word, if any, and a bracket right after a size ("inhabitants (Statistics Sweden, 2025)"). */
const BRACKET_AFTER_SIZE = /^(\s*[\p{L}-]+)?\s*\([^()]{0,100}\)/u;

/** An exclusion said to be lifted, right after a size (folded): "är inte längre undantagna", "are no longer excluded". */
const EXCLUSION_LIFTED =
  /(?:inte|ej|no)\s+langre\s+(?:undantagna|uteslutna|exkluderade)|(?:ar|are)\s+(?:inte|ej|not|no longer)\s+(?:langre\s+)?(?:undantagna|uteslutna|excluded)|no longer (?:excluded|ineligible)/u;

/** Applying or taking part refused, right after a size (folded): "kan inte söka", "are not eligible", "may not apply". */
const APPLYING_REFUSED =
  /(?:kan inte|kan ej|far inte|far ej|cannot|can ?not|may not|must not)\s+(?:sjalva\s+|heller\s+)?(?:soka|ansoka|apply|delta|participate|take part)(?![\p{L}])|(?:cannot|can ?not|may not|kan inte|far inte)\s+(?:be|act as|vara)\s+(?:(?:project|funded|projekt)\s*)?(?:partners?|parter|beneficiar(?:y|ies)|stodmottagare)(?![\p{L}])|(?:ar inte|ar ej|are not|is not)\s+(?:stodberattigade|behoriga|eligible)|are ineligible|ar uteslutna|are excluded/u;

/**
 * Another call or prize for those of the size named: "… may apply for X instead", "… kan i stället söka", "…
 * hänvisas till den ordinarie ansökningsomgången", "… are referred to the regular call".
 */
const INSTEAD =
  /(?<![\p{L}])(?:instead|i stället|istället|i stallet|rather|hänvisas|hanvisas|are referred|are directed|(?:run|held|awarded|organised|organized) in parallel|parallel(?:t|la)? (?:pris|tävling|utlysning)\p{L}*|(?:a|the) (?:separate|parallel) (?:[\p{L}-]+ ){0,4}?(?:award|prize|competition|call)|(?:has|with) its own call)(?![\p{L}])/iu;

/** A body under the limit refused by itself, whatever group it is in (folded or not). */
const ALONE_REFUSED =
  /(?:that|which|who)\s+(?:does|do)\s+not\s+(?:itself\s+|themselves\s+)?meet\s+the\s+(?:population\s+)?(?:threshold|limit|requirement)\s+(?:itself\s+|themselves\s+)?(?:cannot|can\s+not|may\s+not|is\s+not\s+eligible|are\s+not\s+eligible)|som\s+inte\s+(?:själva?\s+)?uppfyller\s+(?:befolknings|invånar)\p{L}*\s+(?:själva?\s+)?(?:kan|får)\s+inte/iu;

/** "För kommuner med ", "For municipalities with " right before a size, and "… gäller att", "… applies" after it. */
const FOR_THEM_BEFORE = /(?:^|[^\p{L}])(?:för|for)\s+(?:kommuner|municipalities|cities|städer)\s+(?:med|with|of)\s+$/iu;
const RULE_AFTER =
  /^(?:\s+(?:invånare|inhabitants|residents))?\s*,?\s+(?:gäller|applies|apply|the following applies)(?![\p{L}])/iu;

/** Words that make the bound after them an approximation: "just under", "slightly below", "strax under". */
const NEAR_BEFORE = /(?<![\p{L}])(?:just|slightly|a little|a bit|strax|något|lite|nätt och jämnt)\s+$/iu;

/** Words of emphasis right before the bodies of a size (and a preposition): "in particular in municipalities of". */
const EMPHASIS_BEFORE =
  /(?<![\p{L}])(?:in particular|particularly|especially|notably|primarily|mainly|särskilt|i synnerhet|framför allt|framförallt|främst)\s+(?:(?:in|i|for|för|to|till|among|bland)\s+)?(?:[\p{L}-]+\s+){0,2}(?:with|of|med|på|having)\s+$/iu;

export function populationLimitsIn(
  text: string,
  townsAreSettlements = TOWNS_WITH_VILLAGES.test(text),
): PopulationLimit[] {
  if (!/\d{3}/.test(text)) return [];
  const out: PopulationLimit[] = [];
  for (const m of text.matchAll(PHRASE)) {
    const g = m.groups ?? {};
    const start = m.index ?? 0;
    const end = start + m[0].length;
    const before = text.slice(Math.max(0, start - 160), start);
    // "100,000 residents or more" holds its people word.
    const people = g.pa || g.pb || g.pa3 || g.pb3 ? [''] : PEOPLE_AFTER.exec(text.slice(end, end + 20));
    const population = POPULATION_BEFORE.exec(before.slice(-60).replace(/\s+$/u, ' '));
    if (!people && !population) continue;
    const subject = subjectOf(before, townsAreSettlements);
    if (!subject) continue;
    // "…may also admit cities with a population of just under 100,000": a size near the limit, not a second limit.
    if (g.below && NEAR_BEFORE.test(before.slice(-25))) continue;
    // "…in particular in municipalities of more than 45 000 inhabitants", "särskilt kommuner med …": an emphasis, not a
    // condition.
    if (EMPHASIS_BEFORE.test(before.slice(-70))) continue;
    // "…minst två kommuner, varav minst en ska ha färre än 20 000 invånare": a condition on one of a group that applies
    // together, not on every applicant.
    if (ONE_OF_GROUP_BEFORE.test(before.slice(-80))) continue;
    // "…en kommun i ett kustlän eller en kommun med fler än 100 000 invånare": the size is one way in of two.
    if (OTHER_WAY_IN_BEFORE.test(before.slice(-60))) continue;
    // "Horizontal lots: Partnerships for sustainable towns (maximum 150.000 inhabitants …)": one lot's limit, not
    // the call's.
    if (ONE_PART_BEFORE.test(sentenceSoFar(before))) continue;
    // "Municipalities under 20 000 inhabitants (Strand B)": the same, the part named after the limit.
    if (ONE_PART_AFTER.test(text.slice(end, end + 80))) continue;
    // "Cities with more than 100,000 inhabitants are encouraged to apply": a welcome, not a condition.
    // "Cities with more than 100 000 inhabitants may apply for the European Green Capital Award instead", "Towns of
    // 20 000–100 000 inhabitants may apply for the Green Leaf Award, which is run in parallel": another call's limit.
    const clauseAfter = text.slice(end, end + 120).split(/[.!?;]\s/u)[0] ?? '';
    // (But "… are not eligible under this call and are referred to the separate call" refuses them here.)
    const insteadAt = clauseAfter.search(INSTEAD);
    const refusedHere = insteadAt > 0 && APPLYING_REFUSED.test(fold(clauseAfter.slice(0, insteadAt).toLowerCase()));
    if (WELCOMED_AFTER.test(clauseAfter) || (insteadAt !== -1 && !refusedHere)) continue;
    // "… kan få en förhöjd stödnivå på 70 procent": more for the smaller, not a limit on who applies.
    if (MORE_FOR_THEM.test(clauseAfter)) continue;
    // "…men ansökan från kommuner med färre än 10 000 invånare bör visa …": what their application must show.
    if (SHOW_AFTER.test(clauseAfter)) continue;
    // "Kommuner med färre än 10 000 invånare ska söka tillsammans med minst en annan kommun": how they apply, not
    // who may.
    if (JOINTLY_AFTER.test(clauseAfter)) continue;
    // "Kommuner med fler än 30 000 invånare får delta i erfarenhetsutbytet men kan inte ta emot stöd", "… kan
    // endast delta som mentorer utan stöd": a part without money for those of the size, refused as applicants are.
    // "… municipalities with more than 100,000 inhabitants and regions may take part only as partners", where partners
    // cover their own costs: a part without money too.
    const unpaid =
      UNFUNDED.test(fold(clauseAfter.toLowerCase())) ||
      (ONLY_AS_PARTNERS.test(fold(text.slice(end, end + 180).toLowerCase()).replace(LIST_AFTER_SIZE, ' ')) &&
        fold(text.toLowerCase())
          .split(/[.!?]\s/u)
          .some((sentence) => PARTNER_WORD.test(sentence) && UNFUNDED.test(sentence)));
    // "…, eller upp till 75 procent för kommuner med färre än 15 000 invånare": a rate by size, said before it.
    if (RATE_BEFORE.test(before.slice(-80))) continue;
    // "För kommuner med färre än 30 000 invånare gäller att åtgärden ska ligga i en tätort …": a rule for them.
    if (FOR_THEM_BEFORE.test(before.slice(-40)) && RULE_AFTER.test(text.slice(end, end + 30))) continue;
    // "…over 100,000, and those under 100,000", "(under 50,000 inhabitants; over 50,000 inhabitants)": two classes
    // by size, together every size.
    const other = OTHER_CLASS_AFTER.exec(text.slice(end, end + 80));
    if (other && toNumber(other[2]) === toNumber(g.a ?? g.a2 ?? g.a3 ?? g.b ?? g.b2 ?? g.b3 ?? '0')) continue;
    // "Regioner och kommuner med färre än 50 000 invånare kan inte vara koordinator": those the call refuses, said
    // of the other side of its limit, not a limit of its own. But "Kommuner med 20 000 invånare eller fler kan inte
    // söka" refuses applying by size: the call's limit is the other side.
    // (A bracket after the size is skipped: "more than 100,000 inhabitants (SCB, 31 December 2025) are not eligible".)
    const afterSize = text.slice(end, end + 180).replace(BRACKET_AFTER_SIZE, '$1');
    // ("Municipalities with more than 30 000 inhabitants, regional and national authorities, universities and
    // companies cannot be project partners": the rest of the list stands between the size and its verb.)
    const refusal =
      fold(afterSize.toLowerCase())
        .replace(LIST_AFTER_SIZE, ' ')
        .slice(0, 60)
        .split(/[.!?;]\s/u)[0] ?? '';
    // "Kommuner med fler än 100 000 invånare är inte längre undantagna": an exclusion lifted, no limit.
    if (EXCLUSION_LIFTED.test(refusal)) continue;
    // "* Gäller ej kommuner med fler än 50 000 invånare", "med undantag av kommuner med fler än 100 000": an
    // exception said before the size is the same refusal.
    // (Not an exception to a refusal: "Offentliga aktörer kan inte söka, med undantag för kommuner med färre än
    // 15 000 invånare" admits the smaller.)
    // ("med undantag för Stockholm, Göteborg och Malmö samt övriga kommuner med …": a list of names may stand between.)
    const tail = before.slice(-100);
    const exception = EXCEPTION_BEFORE_SIZE.exec(tail) ?? LIST_ITEM_REFUSED_BEFORE.exec(tail);
    const clauseBefore = exception
      ? (before
          .slice(0, before.length - tail.length + exception.index)
          .split(/[.!?]\s/u)
          .pop() ?? '')
      : '';
    const excepted = exception !== null && !REFUSAL.test(fold(clauseBefore.toLowerCase()));
    const refused = excepted || unpaid || REFUSAL.test(refusal);
    // (A range refused, or a role only: "… kan inte vara koordinator", sets no limit here.)
    const lo = g.lo ?? g.lo2;
    const hi = g.hi ?? g.hi2;
    if (refused && ((lo && hi) || (!excepted && !unpaid && !APPLYING_REFUSED.test(refusal)))) continue;
    const said = m[0].trim();
    const quote = `${population ? population[0] : ''}${said}${people ? people[0] : ''}`.replace(/\s+/gu, ' ').trim();
    const limit: PopulationLimit = { of: subject.of, said, quote };
    const below = g.b ?? g.b2 ?? g.b3;
    const above = g.a ?? g.a2 ?? g.a3;
    if (lo && hi) {
      limit.min = toNumber(lo);
      limit.max = toNumber(hi);
      if (limit.min > limit.max) continue;
    } else if (refused && below) {
      limit.min = toNumber(below);
      limit.refusing = true;
    } else if (refused && above) {
      limit.max = toNumber(above) - 1;
      limit.refusing = true;
    } else if (below) limit.max = toNumber(below);
    else if (above) limit.min = toNumber(above);
    if (subject.combined) limit.combined = true;
    out.push(limit);
  }
  return out;
}

/**
 * The call's first limit on kommuner or cities, as it words it ("städer med 5 000–50 000 invånare"): told where a
 * kommun's population is not known. The limits are read with the list of applicants first (signals.ts). A limit on
 * groups only ("groups of municipalities … only if their total population exceeds 100,000") is no condition on a
 * kommun applying alone.
 */
export const conditionOnKommuner = (limits: readonly PopulationLimit[] | undefined): string | undefined =>
  limits?.find((l) => l.of === 'local' && !l.combined)?.quote;

/**
 * Whether a body of this kind and population meets any of the call's limits on bodies of its kind: true inside one,
 * false outside all of them, undefined when none bounds its kind or when a body under a lower bound may reach it
 * together with others (the only limits being on groups).
 */
export function meetsPopulation(
  limits: readonly PopulationLimit[],
  of: PopulationLimit['of'],
  population: number,
): boolean | undefined {
  const own = limits.filter((l) => l.of === of);
  if (own.length === 0 || own.every((l) => l.combined)) return undefined;
  if (own.some((l) => (l.min === undefined || population >= l.min) && (l.max === undefined || population <= l.max)))
    return true;
  if (own.some((l) => l.combined && l.min !== undefined && population < l.min)) return undefined;
  return false;
}

/** "166 700" / "166,700". */
export const figure = (n: number, lang: 'sv' | 'en') =>
  String(n).replace(/\B(?=(\d{3})+$)/g, lang === 'sv' ? ' ' : ',');

/** A programme's own limit on the size of kommuner (programmes.json minPopulation), as a limit read from a call. */
export function programmeLimit(programme: string, min: number): PopulationLimit {
  const said = `minst ${figure(min, 'sv')}`;
  return { min, of: 'local', said, quote: `${said} invånare`, programme };
}

/** The call's limit on population when it is its programme's, not the call's words. */
export const programmeLimitOf = (limits: readonly PopulationLimit[] | undefined): PopulationLimit | undefined =>
  limits?.find((l) => l.programme);

/** A programme's limit as the lines word it: "minst 50 000 invånare", "at least 50,000 inhabitants". */
export const atLeast = (limit: PopulationLimit, lang: 'sv' | 'en') =>
  lang === 'sv'
    ? `minst ${figure(limit.min ?? 0, 'sv')} invånare`
    : `at least ${figure(limit.min ?? 0, 'en')} inhabitants`;
