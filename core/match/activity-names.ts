/**
 * Some programmes are named after what their projects are: ICLD's "Kommunala partnerskap" funds partnerships
 * between municipalities. Such a name is context where it names the programme ("Ansök om Kommunala Partnerskap
 * via ICLD", "programmet Kommunalt partnerskap"), like every name; but where a call uses the same words as
 * ordinary words — "ansöka om ett kommunalt partnerskap", "Ett kommunalt partnerskap ska bidra till…" — it says
 * what the call funds, and that is topic evidence (of the concept programmes.json gives as the programme's
 * `activity`). Only aliases that are terms of that concept are read this way.
 */
import { PROGRAMMES } from '../data/index.ts';
import { fold } from '../text/fold.ts';
import { plain } from '../text/normalise.ts';
import { CONCEPT_INDEX, CONCEPTS } from './concepts.ts';

/** A name or term as compared with the other: folded, plain, trimmed. */
export const phraseKey = (text: string) => fold(plain(text)).trim();

/** Each alias that is also a term of its programme's activity concept, with the concept's index . */
export function activityNames(): Map<string, number> {
  const out = new Map<string, number>();
  for (const p of PROGRAMMES.programmes) {
    const index = p.activity === undefined ? undefined : CONCEPT_INDEX.get(p.activity);
    if (index === undefined) continue;
    const terms = new Set([...CONCEPTS[index].terms.sv, ...CONCEPTS[index].terms.en].map(phraseKey));
    for (const alias of p.aliases) if (terms.has(phraseKey(alias))) out.set(alias, index);
  }
  return out;
}

/**
 * The terms of the concepts whose terms are titles' names (lexicon `titles`, "European Green Capital"): a programme
 * bearing such a name is the title itself, so the name stays evidence of the concept, never only context.
 */
export function titleNames(): Set<string> {
  const out = new Set<string>();
  for (const c of CONCEPTS) if (c.titles) for (const t of [...c.terms.sv, ...c.terms.en]) out.add(phraseKey(t));
  return out;
}

/** Words before a name that make it the programme's name: "programmet Kommunalt partnerskap". */
const PROGRAMME_WORD = /(?:^|[^\p{L}])(?:program|programmet|programmets|programme|programmes|program's|programme's)$/u;
/** An indefinite article makes the words a common noun: "ett kommunalt partnerskap", "a municipal partnership". */
const ARTICLE = /(?:^|[^\p{L}])(?:en|ett|a|an)$/u;

/**
 * Whether the words at [start, …) of `text` (`lower`: the text lowercased, same offsets) are used as ordinary
 * words rather than as the programme's name: in lower case, or after an indefinite article, and not right after
 * "program"/"programme". A capitalised name ("Kommunala Partnerskap", or a sentence that begins with it) is read
 * as the name: a sentence's first word cannot say which it is, and a name is the safe reading.
 */
export function ordinaryUse(text: string, lower: string, start: number): boolean {
  const before = lower.slice(Math.max(0, start - 16), start).trimEnd();
  if (PROGRAMME_WORD.test(before)) return false;
  if (ARTICLE.test(before)) return true;
  const first = text.charAt(start);
  return first !== first.toUpperCase();
}
