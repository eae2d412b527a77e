import { AREA_BY_ID } from '../data/index.ts';
import type { Profile } from '../model/profile.ts';
import { tokenise } from '../text/normalise.ts';
import { wordKey } from '../text/phrases.ts';
import { CONCEPT_INDEX, CONCEPTS, NEIGHBOURS } from './concepts.ts';
import { type PreparedCore, prepareCore } from './core.ts';
import { takesSeaCut } from './sea-call.ts';
import { nameKey } from './signals.ts';

export interface PreparedPriority {
  index: number;
  weight: number;
  concepts: number[];
  /** Concepts next to the priority's own, credited partially. */
  neighbours: number[];
  /** Own terms as word-key alternatives: each term is [svKeys, enKeys]. */
  terms: { text: string; sv: string[]; en: string[] }[];
  /** The places or partners the priority is tied to: its concepts count only in a call that concerns them. */
  core?: PreparedCore;
}

/** A place the strategy prioritises (a geographic concept) and the priority that names it. */
export interface GeographicFocus {
  concept: number;
  priority: number;
}

export interface Preparation {
  priorities: PreparedPriority[];
  /**
   * Geography is kept apart from topics: a geographic concept in a priority ("Baltic Sea cooperation") is not
   * looked for as a topic of a call but met by where the call's programme or partners are (a boost).
   */
  geography: GeographicFocus[];
  weightSum: number;
  weightMax: number;
  partnerCountries: Set<string>;
  preferred: { text: string; key: string }[];
  excludedConcepts: Set<number>;
  excludedTerms: { text: string; sv: string[]; en: string[] }[];
  /**
   * Per priority, the concepts that count and their credit per unit of saturated tf (built by the scorer); the
   * first `own` are the priority's own concepts, the rest its neighbours.
   */
  credits?: { index: Int32Array; credit: Float64Array; own: number }[];
  /** The body has no coast and its strategy names no blue economy: calls about the sea are cut (sea-call.ts). */
  seaCut: boolean;
}

function termKeys(text: string) {
  const words = tokenise(text).map((t) => t.word);
  return { text, sv: words.map((w) => wordKey(w, 'sv')), en: words.map((w) => wordKey(w, 'en')) };
}

export function prepare(profile: Profile): Preparation {
  const geography: GeographicFocus[] = [];
  const priorities = profile.priorities.map((p, index): PreparedPriority => {
    const core = prepareCore(p.core);
    // A kind of cooperation the priority is tied to (town twinning) is also what it is about.
    const ids = [...p.concepts, ...(core?.kinds.map((k) => CONCEPTS[k].id) ?? [])];
    const all = [...new Set(ids.map((id) => CONCEPT_INDEX.get(id)).filter((i) => i !== undefined))];
    for (const c of all)
      if (CONCEPTS[c].geographic && !geography.some((g) => g.concept === c))
        geography.push({ concept: c, priority: index });
    const concepts = all.filter((c) => !CONCEPTS[c].geographic);
    const own = new Set(concepts);
    const neighbours = [...new Set(concepts.flatMap((c) => NEIGHBOURS[c]))].filter(
      (n) => !own.has(n) && !CONCEPTS[n].geographic,
    );
    const terms = p.terms.filter((t) => t.trim()).map(termKeys);
    // A priority that is only a place has no topic to match: it weighs nothing in the content score.
    const weight = concepts.length + terms.length > 0 ? p.weight : 0;
    return core ? { index, weight, concepts, neighbours, terms, core } : { index, weight, concepts, neighbours, terms };
  });
  const weights = priorities.map((p) => p.weight);
  // Preferred funders may be given by programme-area id too ("interreg-south-baltic").
  const preferred = profile.preferredFunders.flatMap((f) => {
    const area = AREA_BY_ID.get(f);
    const names = area ? [area.name, ...area.aliases] : [f];
    return names.map((n) => ({ text: area ? area.name : f, key: nameKey(n) }));
  });
  const excludedConcepts = new Set<number>();
  const excludedTerms: Preparation['excludedTerms'] = [];
  for (const x of profile.exclusions) {
    const i = CONCEPT_INDEX.get(x);
    if (i !== undefined) excludedConcepts.add(i);
    else if (x.trim()) excludedTerms.push(termKeys(x));
  }
  return {
    priorities,
    geography,
    weightSum: weights.reduce((a, b) => a + b, 0) || 1,
    weightMax: Math.max(...weights, 0) || 1,
    partnerCountries: new Set(profile.partnerCountries),
    preferred,
    excludedConcepts,
    excludedTerms,
    seaCut: takesSeaCut(profile),
  };
}
