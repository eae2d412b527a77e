/**
 * A country's adjective or the word for its people (countries.json `adjectives`) names the country where it names
 * the country's bodies, partners or places: "ukrainska kommuner", "Polish partners", "Belarusian civil society",
 * "one Latvian and one Lithuanian project partner", "Nordic, Baltic, Polish, Belarusian and Russian NGOs", "en
 * svensk och en norsk part", "the Danish side". Elsewhere it names a language, a people, a currency or a time:
 * "Ukrainian refugees in Sweden", "Finnish-speaking", "ukrainare", "danska kronor", "Finnish time", "norska
 * IR-medel" — no partner and no place. The country found so is read as its name is (partner-countries.ts): a
 * sentence on where applicants must be ("Eligible applicants: Lithuanian local authorities") names no partner.
 * In a competition for a prize or a title (contest.ts) the bodies named so compete or hold the title beside the
 * winner ("en svensk och en polsk stad utnämns till europeisk kulturhuvudstad"): they are no partners (analyse.ts).
 */
import { COUNTRIES } from '../data/index.ts';
import { fold } from '../text/fold.ts';
import { ENGLISH_FUNCTION_WORDS, SWEDISH_FUNCTION_WORDS } from '../text/stopwords.ts';
import type { TokenBuffer } from '../text/words.ts';

/** Each country's adjectives but Sweden's ("danish", "danska"), folded, to the country. */
export const COUNTRY_OF_ADJECTIVE: ReadonlyMap<string, string> = new Map(
  COUNTRIES.countries
    .filter((c) => c.name !== 'Sweden')
    .flatMap((c) => [...(c.adjectives?.sv ?? []), ...(c.adjectives?.en ?? [])].map((a) => [fold(a), c.name] as const)),
);

/** Words between adjectives of one list: "Polish, Belarusian and Russian", "one Latvian and one Lithuanian". */
const LIST_WORD = /^(?:and|or|och|eller|samt|one|a|an|en|ett)$/;
/** Adjectives of a group that stand in such a list beside a country's: "Nordic, Baltic, Polish … NGOs". */
const GROUP_ADJECTIVE = /^(?:nordic|baltic|eu|european|nordisk[at]?|baltisk[at]?|europeisk[at]?)$/;
/**
 * Nouns for a country's bodies, partners or places beyond the applicant classes (those are found as such):
 * partners, counterparts, organisations, institutions, authorities, actors, parties to a project, the country's
 * side of a border, its civil society. Towns and cities are found as the applicant class of kommuner ("städer",
 * "stad", "cities").
 */
const BODY_WORD = new RegExp(
  `^(?:${[
    'partners?',
    'partnern?',
    'partnerorgani[sz]ation(?:s|er|erna)?',
    'samarbetspartners?',
    'counterparts?',
    'motpart(?:er|erna|en)?',
    'organi[sz]ations?',
    'organisation(?:er|erna|en)?',
    'institutions?',
    'institution(?:er|erna|en)?',
    'bod(?:y|ies)',
    'authorit(?:y|ies)',
    'myndighet(?:er|erna|en)?',
    'actors?',
    'aktör(?:er|erna|en)?',
    'stakeholders?',
    'part(?:y|ies)',
    'part(?:er|erna|en)?',
    'side',
    'sidan',
    'society',
    'civilsamhälle(?:t)?',
    'hromadas?',
  ].join('|')})$`,
);
/** Applicant classes that name persons, who move (refugees, students, researchers): no country's body. */
const PERSON_WORD = /^(?:researchers?|forskare|doctoral|phd|entrepreneurs?|entreprenörer|individuals?|students?)$/;
/**
 * How many words (no function words) may stand between the adjectives and the noun: "Lithuanian local
 * authorities", "Lithuanian project partner".
 */
const MODIFIERS = 2;

/** Whether only spaces and commas stand between tokens k-1 and k (no sentence end, bracket or hyphen). */
function joined(text: string, tokens: TokenBuffer, k: number): boolean {
  return /^[\s,]*$/.test(text.slice(tokens.end[k - 1], tokens.start[k]));
}

/**
 * Whether the adjective at token i names its country's bodies, partners or places: after the rest of a list of
 * such adjectives, a noun for them follows within MODIFIERS words. `adjectiveAt` says whether a token is a
 * country's adjective; `bodyAt` whether an applicant class other than persons starts at a token.
 */
export function namesCountryBodies(
  text: string,
  tokens: TokenBuffer,
  i: number,
  adjectiveAt: (k: number) => boolean,
  bodyAt: (k: number) => boolean,
): boolean {
  let k = i + 1;
  while (k < tokens.n && joined(text, tokens, k)) {
    const w = tokens.info[k].word;
    if (!LIST_WORD.test(w) && !GROUP_ADJECTIVE.test(w) && !adjectiveAt(k)) break;
    k++;
  }
  for (let m = 0; m <= MODIFIERS && k + m < tokens.n; m++) {
    if (!joined(text, tokens, k + m)) return false;
    const w = tokens.info[k + m].word;
    // "Ukrainian refugees in the municipality": a noun's own phrase ends at a preposition or a list.
    if (PERSON_WORD.test(w) || LIST_WORD.test(w) || ENGLISH_FUNCTION_WORDS.has(w) || SWEDISH_FUNCTION_WORDS.has(w))
      return false;
    if (BODY_WORD.test(w) || bodyAt(k + m)) return true;
  }
  return false;
}
