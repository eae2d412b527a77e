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

/** The ref CONCEPT_MATCHER gives a phrase of another sense (lexicon `otherSenses`): evidence of nothing. */
export const OTHER_SENSE = -1;
/**
 * The whole lexicon compiled once, with its phrases of another sense (ref OTHER_SENSE), which are found as terms are
 * so that the whole word wins over the part of a compound ("kompetenscentrum" is no "kompetens") and a reader can
 * let the longer phrase win over the word inside it ("kulturell förståelse" is no culture), as the call analysis does.
 */
export const CONCEPT_MATCHER = new PhraseMatcher<number>(
  [
    ...entries(),
    ...(LEXICON.otherSenses?.sv ?? []).map((phrase) => ({ ref: OTHER_SENSE, phrase, lang: 'sv' as const })),
    ...(LEXICON.otherSenses?.en ?? []).map((phrase) => ({ ref: OTHER_SENSE, phrase, lang: 'en' as const })),
  ],
  { compounds: true },
);

/** Per concept, the exact words (lexicon `excludeWords`) the stemmer reads as its terms that mean something else. */
export const EXCLUDED_WORDS: readonly (ReadonlySet<string> | undefined)[] = CONCEPTS.map((c) =>
  c.excludeWords?.length ? new Set(c.excludeWords.map((w) => w.toLowerCase())) : undefined,
);

/** Per concept, its adjectives (lexicon `modifiers`) that qualify another concept's noun when right before it. */
export const MODIFIER_WORDS: readonly (ReadonlySet<string> | undefined)[] = CONCEPTS.map((c) =>
  c.modifiers?.length ? new Set(c.modifiers.map((w) => w.toLowerCase())) : undefined,
);

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
