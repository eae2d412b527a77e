import type { Profile } from '../model/profile.ts';
import { ocrPattern } from '../text/fold.ts';

/**
 * How a priority's weight follows from what its strategy passage says — one rule for every built-in profile,
 * so a reviewer can check each weight against its passage (core/data/seed-profiles, `source.basis`):
 *
 * - emphasised 1.5 — the text says this comes before the rest: "särskilt prioritera", "särskild vikt ska läggas
 *   vid", "främsta (geografiska) fokus", "ska prioriteras". Emphasis that a text gives every one of its areas
 *   alike ("särskilt fokus läggs på…" under each heading) sets none above the others and counts as stated.
 * - stated 1.2 — one of the priorities the document lists as such: a heading or item under "Prioriterade
 *   områden", "Fokusområden", "Mål", "Syfte", "Strategiska prioriteringar", a goal list, and the prose under such
 *   a priority's own heading, which says what the priority holds.
 * - named 1.0 — a sentence elsewhere in the strategy says the body will work on it ("ska bidra till…", "vill…").
 * - mentioned 0.7 — only as an example ("till exempel…"), as the theme of a network the body belongs to, as
 *   the title of another of its documents, or in a covering letter or consultation reply.
 *
 * Geography is its own priority: a place the text prioritises (the Baltic Sea region, the Barents region) is
 * weighed by the same rule, but carries no topic concepts, and a topic priority carries no place. A place where the
 * text says the body's cooperation lies above all ("samarbetat med ett femtiotal organisationer i framförallt
 * Östersjöområdet", "partners mainly around the Baltic Sea") is named, even in a description of past work: where
 * the body's partners are is where it works, however the sentence is set. A topic priority
 * whose passage ties it to places or partners ("samarbeten inom den baltiska ringen", "i samarbetet med våra
 * vänorter") names them as its `core`: its topics then count only in a call that concerns them
 * (core/match/core.ts); the built-in profiles and the document builder read the tie the same way.
 */
export type WeightBasis = 'emphasised' | 'stated' | 'named' | 'mentioned';

export const WEIGHT_OF_BASIS: Readonly<Record<WeightBasis, number>> = {
  emphasised: 1.5,
  stated: 1.2,
  named: 1,
  mentioned: 0.7,
};

/** The bases from weakest to strongest: a concept's basis is the strongest any of its mentions gives it. */
export const BASIS_ORDER: readonly WeightBasis[] = ['mentioned', 'named', 'stated', 'emphasised'];

export function strongerBasis(a: WeightBasis | undefined, b: WeightBasis): WeightBasis {
  return a === undefined || BASIS_ORDER.indexOf(b) > BASIS_ORDER.indexOf(a) ? b : a;
}

/*
 * The cues the profile builder reads a basis from (core/profile/from-document.ts), on folded lower-case text
 * (å, ä, ö kept; OCR's stand-ins for them matched too). Generic Swedish and English wording only.
 */
/** "Said to come first": the text sets this above the rest. */
export const EMPHASIS_CUE = ocrPattern(
  String.raw`(särskild vikt|särskilt fokus|särskilt prioriter\w*|särskilt viktig\w*|(ska|bör)( \S+){0,6} prioriteras|i första hand|främst(a)? (\S+ )?(fokus|prioritering|uppgift)|huvudsakliga? (\S+ )?fokus|högsta prioritet|above all|first and foremost|in particular|special emphasis|particular emphasis|highest priority|top priority|main focus|prioriti[sz]ed? (first|above))`,
);
/** "One of the listed priorities": the sentence presents it as one of the document's own areas or goals. */
export const LIST_CUE = ocrPattern(
  String.raw`(fokusområde\w*|prioriterade? område\w*|prioriteringar\w*|insatsområde\w*|strategiska? mål\w*|övergripande mål\w*|målområde\w*|priority areas?|focus areas?|strategic (goals?|objectives?|priorities))`,
);
/**
 * "Named": a sentence saying the body will work on it — or that it does: strategies state their commitments in the
 * present as often as in the future ("Linköpings kommun arbetar för…", "regionen verkar för…", "the region works
 * towards…"), and Swedish puts the subject after the verb when the sentence opens with something else ("I vårt
 * internationella arbete verkar vi för…"). In the present only the body itself (kommunen, regionen, vi) commits:
 * what a thing does ("ett förstärkt samarbete bidrar till…", "projekt som bidrar till…") is a description.
 */
export const GOAL_CUE = ocrPattern(
  String.raw`((^|[^a-z\u00e5\u00e4\u00f6])(ska|skall|vill|bör|avser)[^a-z\u00e5\u00e4\u00f6]|kommer att|bidra till|verka för|arbeta för|(kommun(en)?|region(en| [a-z\u00e5\u00e4\u00f6]+)?|(^|[^a-z])vi) (också |även )?(bidrar|verkar|arbetar) (också |även )?(för|till)[^a-z\u00e5\u00e4\u00f6]|(bidrar|verkar|arbetar) (vi|kommunen|regionen) (också |även )?(för|till)[^a-z\u00e5\u00e4\u00f6]|sträva\w* efter|syftar till|(^|[^a-z])(will|shall|aims?|seeks?|intends?) |contribute to|(municipality|region|council|city|(^|[^a-z])we) (also )?(contributes to|works? (for|towards?))|work (for|towards?))`,
);
/** "Only an example": what follows these words in a sentence illustrates, it is not itself prioritised. */
export const EXAMPLE_CUE = ocrPattern(
  String.raw`(^|[^a-z\u00e5\u00e4\u00f6])(till exempel|exempelvis|t\.? ?ex\.?|såsom|bland annat|bl\.? ?a\.|for example|for instance|e\.g\.|such as)(?![a-z\u00e5\u00e4\u00f6])`,
);

/**
 * "Only a beneficiary": who the work should benefit — "skapa mervärde för invånare, föreningar och näringsliv",
 * "till nytta för kommunens verksamheter", "gynna kommunens invånare", "for the benefit of residents and
 * businesses" — names those the whole strategy serves, not an area of work; Swedish strategies say it of every
 * goal. Read on the words just before the mention, within its clause.
 */
export const BENEFICIARY_CUE = ocrPattern(
  String.raw`(mervärden?|nytta|gagn|förmån|added value|benefit) (för|for|of)(,? [^\s.;:]+){0,8},? ?$|(^|[^a-z])gynna[rs]?(,? [^\s.;:]+){0,8},? ?$`,
);

/**
 * Another body's priorities: "i linje med EU:s och SKR:s prioriteringar", "regeringens strategiska mål", "Region
 * Exempels fokusområden", "nationella prioriteringar", "in line with the Commission's priorities". A list or emphasis
 * cue owned by another body — a genitive that is not the body's own (an abbreviation's "EU:s", "the Union's", a
 * government, an authority, another region, kommun or län by name), the nation's ("nationella prioriteringar"),
 * or priorities the sentence only aligns with ("i linje med", "i enlighet med", "med hänsyn till", "in line
 * with") — says what those others set, not what this strategy lists: the cue is read out of the sentence before
 * the basis is. The body's own genitive ("kommunens", "the municipality's", its own name) keeps the cue.
 */
const OWNER = String.raw`(\S+:s|\S+['’]s|\S+s['’]|nationella|national|eu|\S*(regeringens|statens|kommissionens|unionens|länsstyrelsens|myndighetens|myndigheternas|ländernas|staternas)|region \S+s|\S+ läns|\S+s kommuns)`;
const ALIGNED_WITH =
  '(i linje med|i enlighet med|med hänsyn till|in line with|in accordance with|aligned with|consistent with)';
const OTHERS_CUE = new RegExp(
  `${
    ocrPattern(
      String.raw`(^|[^a-z0-9\u00e5\u00e4\u00f6:'’-])(${OWNER}((,| och| samt| and| or| eller| &) ${OWNER})*( \S+)? |${ALIGNED_WITH}( \S+){0,4} )`,
    ).source
  }(${LIST_CUE.source}|${EMPHASIS_CUE.source})`,
  'g',
);
/** The body's own genitive in English ("the municipality's priorities"). */
const OWN_POSSESSIVE = /(^|[^a-z])(municipality|municipal|council|city|town|region|our|its)['’]s?( |$)/;

/**
 * The sentence (folded, lower case) with the cues of other bodies' priorities read out (OTHERS_CUE). `self`: the
 * distinctive part of the body's own name, folded ("linkoping", "kronoberg"), so that its own genitive stays a cue.
 */
export function withoutOthersPriorities(sentence: string, self?: string): string {
  return sentence.replace(OTHERS_CUE, (whole, lead: string) => {
    const owner = whole.slice(lead.length);
    if (OWN_POSSESSIVE.test(owner) || (self && owner.includes(self))) return whole;
    return `${lead}…`;
  });
}

/** Where a mention stands, as the builder reads it from the document's layout. */
export interface MentionPlace {
  /** The sentence around the mention, folded and lower case. */
  sentence: string;
  /** The part of that sentence before the mention, folded and lower case. */
  before: string;
  /** On a heading under a priority section, or a short list item after a lead-in that announces priorities. */
  stated: boolean;
  /** A list item of any length after such a lead-in: a goal the document lists, however it is worded. */
  listed: boolean;
  /** The section is one the document marks as its priorities / as background (organisation, replies). */
  section: 'priority' | 'background' | 'neutral' | 'references';
  /** A heading or list item names an area; prose describes. */
  naming: boolean;
  /**
   * Prose under a priority's own heading in a priority section (the heading repeats an area the document lists, or
   * names one): it says what that priority holds, as the built-in profiles read it.
   */
  underStated?: boolean;
  /** In a section that describes how things are or were (structure.ts): nothing there is set first by the body. */
  describing?: boolean;
  /** The mention is of a place (a geographic concept), not a topic. */
  place?: boolean;
}

/**
 * "Above all" right before a place, or before its preposition a verb or two on: "i framförallt Östersjöområdet",
 * "främst skett i Norden", "mainly around the Baltic Sea" (read on the words just before the mention).
 */
export const PLACE_FIRST_BEFORE = ocrPattern(
  String.raw`(^|[^a-z\u00e5\u00e4\u00f6])(framförallt|framför allt|främst|huvudsakligen|i huvudsak|i första hand|above all|mainly|primarily|chiefly|mostly|predominantly)(( [a-z\u00e5\u00e4\u00f6]+){0,2} (i|inom|kring|runt|in|within|around|across))?( (the|det|den))? ?$`,
);

/**
 * The basis one mention gives its concept, by the rule above: an example is only mentioned whatever line it
 * stands on; a sentence that sets it first emphasises it; a listed item, a heading in a priority section or a
 * sentence that presents its areas as priorities states it; a sentence of the strategy's own that says the body
 * will work on it names it; anything else (a description, background, an organisation section, a reply, an annex
 * of rules) only mentions it, even where it sets something first; a section that describes how things are or were
 * ("Bakgrund", "Nuläge") sets nothing first. The sentence comes with other bodies' priorities read out of it
 * (withoutOthersPriorities).
 */
export function basisOfMention(m: MentionPlace): WeightBasis {
  if (m.section === 'references') return 'mentioned';
  if (EXAMPLE_CUE.test(m.before) || BENEFICIARY_CUE.test(m.before)) return 'mentioned';
  const placeFirst = m.place === true && PLACE_FIRST_BEFORE.test(m.before);
  if (placeFirst && (m.section === 'background' || m.describing)) return 'named';
  // Background, administration and annexes of rules or conduct: what they set first ("vid val av lokal bör i första
  // hand…") is a rule of conduct, not the body's priority.
  if (m.section === 'background') return 'mentioned';
  if (!m.describing && EMPHASIS_CUE.test(m.sentence)) return 'emphasised';
  if (m.stated || m.listed || LIST_CUE.test(m.sentence)) return 'stated';
  if (m.section === 'priority' && m.naming) return 'stated';
  if (m.underStated && m.section === 'priority') return 'stated';
  if (m.naming || placeFirst || GOAL_CUE.test(m.sentence)) return 'named';
  return 'mentioned';
}

/** How the review shows a basis: what the passage does, in the user's words. */
export const BASIS_TEXT: Readonly<Record<WeightBasis, { sv: string; en: string }>> = {
  emphasised: { sv: 'sägs komma först', en: 'said to come first' },
  stated: { sv: 'en av strategins listade prioriteringar', en: 'one of the listed priorities' },
  named: { sv: 'nämns som något kommunen ska arbeta med', en: 'named as work the body will do' },
  mentioned: {
    sv: 'nämns bara (exempel, nätverkets tema, dokumenttitel)',
    en: 'only mentioned (example, network theme, title)',
  },
};

/**
 * Where a profile breaks the rule: a weight that is not its basis's, a priority without basis or passage, a place
 * bundled with topics, a core (what a priority is tied to) holding anything but places and partner kinds. The
 * built-in profiles' test and the document builder's tests both hold profiles to it.
 */
export function ruleViolations(
  profile: Profile,
  isPlace: (conceptId: string) => boolean,
  isPartnerKind: (conceptId: string) => boolean = () => true,
): string[] {
  const out: string[] = [];
  for (const p of profile.priorities) {
    const basis = p.source?.basis;
    if (!basis) out.push(`${p.id}: no basis`);
    else if (p.weight !== WEIGHT_OF_BASIS[basis])
      out.push(`${p.id}: weight ${p.weight}, ${basis} is ${WEIGHT_OF_BASIS[basis]}`);
    if ((p.source?.passage.length ?? 0) <= 10) out.push(`${p.id}: no passage`);
    const places = p.concepts.filter(isPlace);
    if (places.length > 0 && places.length < p.concepts.length) out.push(`${p.id}: places bundled with topics`);
    for (const c of p.core?.concepts ?? [])
      if (!isPlace(c) && !isPartnerKind(c)) out.push(`${p.id}: core ${c} is neither a place nor a partner kind`);
  }
  return out;
}
