import { CONCEPT_BY_ID, LEXICON } from '../data/index.ts';
import type { Concept } from '../data/schemas.ts';
import { type PhraseEntry, PhraseMatcher } from '../text/phrases.ts';

/** Concepts by dense index, so an analysed call can keep its concept weights in a small typed array. */
export const CONCEPTS: readonly Concept[] = LEXICON.concepts;
export const CONCEPT_INDEX = new Map(CONCEPTS.map((c, i) => [c.id, i]));

function entries(): PhraseEntry<number>[] {
  const out: PhraseEntry<number>[] = [];
  CONCEPTS.forEach((c, i) => {
    for (const phrase of c.terms.sv) out.push({ ref: i, phrase, lang: 'sv' });
    for (const phrase of c.terms.en) out.push({ ref: i, phrase, lang: 'en' });
  });
  return out;
}

/** The whole lexicon compiled once. */
export const CONCEPT_MATCHER = new PhraseMatcher<number>(entries(), { compounds: true });

/** Concepts one step away (related or broader, both directions), for partial credit. */
export const NEIGHBOURS: readonly number[][] = CONCEPTS.map(() => []);
for (const [i, c] of CONCEPTS.entries()) {
  for (const id of [...(c.related ?? []), ...(c.broader ?? [])]) {
    const j = CONCEPT_INDEX.get(id);
    if (j === undefined || j === i) continue;
    if (!NEIGHBOURS[i].includes(j)) NEIGHBOURS[i].push(j);
    if (!NEIGHBOURS[j].includes(i)) NEIGHBOURS[j].push(i);
  }
}

export function conceptLabel(id: string): Concept['label'] | undefined {
  return CONCEPT_BY_ID.get(id)?.label;
}
