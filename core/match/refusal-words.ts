/**
 * The predicates that refuse those they follow ("kommuner kan inte söka", "Swedish organisations cannot apply",
 * "are not eligible"), for folded lowercase text: one list for every reader that asks whether a group just named is
 * refused — the other side of a size limit, a list ending in "other organisations", bodies in Sweden.
 */
export const REFUSAL_WORDS =
  'kan inte|kan ej|kan varken|kan dock inte|far dock inte|inte kan (?:soka|ansoka|delta|beviljas)|inte far (?:soka|ansoka|delta)|far inte|far ej|ar inte (?:stodberattigade|behoriga)|ar ej behoriga|ar uteslutna|cannot|can ?not|may not|must not|are not (?:eligible|allowed)|is not eligible|are ineligible|are excluded';

/** One of the predicates, as words of their own, anywhere in a folded text. */
export const REFUSAL = new RegExp(`(?:^|[^\\p{L}])(?:${REFUSAL_WORDS})(?![\\p{L}])`, 'u');

/** Words that make an exception of what follows, folded: "med undantag för", "utom", "except (for)". */
export const EXCEPTION_WORDS = 'med undantag (?:for|av)|utom|forutom|except(?: for)?|with the exception of';

/**
 * A negation word anywhere in a folded text ("inte", "not", "cannot", "aldrig"): the broad check a reading makes
 * before it takes a sentence as admitting someone ("Partners from the Nordic countries are not part of the target
 * group").
 */
export const NEGATION_WORD = /(?<![\p{L}])(?:inte|ej|not|cannot|never|aldrig)(?![\p{L}])/iu;
