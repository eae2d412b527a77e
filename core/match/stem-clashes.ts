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

/** Whether `word` only looks like a word of class `cls` after stemming. */
export function stemClash(word: string, cls: ApplicantClass): boolean {
  return CLASHES.get(word.toLowerCase()) === cls;
}
