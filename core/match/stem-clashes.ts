/**
 * Words the stemmer folds onto an applicant class's word though they name something else: "authors" and
 * "authorities" share a stem, but authors are persons who write, not public bodies, and authorities are not authors. Keyed by the word as written
 * (lowercase), with the class it must not be read as.
 */
import type { ApplicantClass } from '../data/kinds.ts';

const CLASHES: ReadonlyMap<string, ApplicantClass> = new Map([
  ['author', 'public'],
  ['authors', 'public'],
  // …and the other way: "the managing authority" names no author applying for herself.
  ['authority', 'individual'],
  ['authorities', 'individual'],
  ['associated', 'civil'],
  ['associate', 'civil'],
]);

/**
 * A word that qualifies "industries" right before it ("film and audiovisual industries", "energy-intensive
 * industries"): not a conjunction, preposition or article, after which "industries" are companies ("partnerships
 * between municipalities and industries").
 */
const QUALIFIED_INDUSTRIES = /(?:^|[^\p{L}])(?!(?:and|between|the|from|with|other|all|many)\s)\p{L}{3,}[-\s]+$/iu;

/**
 * Whether `word` only looks like a word of class `cls` after stemming. `before` gives the text before it, read only
 * for "industries": qualified by a sector's name it is that sector ("audiovisual industries"), where the Swedish
 * "industrier" that shares its stem are companies.
 */
export function stemClash(word: string, cls: ApplicantClass, before: () => string): boolean {
  const w = word.toLowerCase();
  if (w === 'industries' && cls === 'company') return QUALIFIED_INDUSTRIES.test(before());
  return CLASHES.get(w) === cls;
}

/** Adjectives the stemmer folds onto "kommun" and "region": "kommunala", "regionalt" (lowercase). */
const KIND_ADJECTIVE = /^(?:kommunal|kommunala|kommunalt|regional|regionala|regionalt)$/u;

/**
 * Whether a phrase of several words ends, in the text, in an adjective the stemmer folds onto its last noun:
 * "regioner och kommunala bolag" is no "regioner och kommuner", the kommun word qualifying the companies after it.
 */
export function endsInKindAdjective(lastWord: string): boolean {
  return KIND_ADJECTIVE.test(lastWord.toLowerCase());
}
