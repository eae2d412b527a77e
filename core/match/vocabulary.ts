/**
 * Everything the analyser looks for in a call, compiled into one matcher so each word is looked up once:
 * lexicon concepts, applicant classes (who may apply) and country names (with groups such as
 * "Eastern Partnership" standing for their members).
 */
import { APPLICANT_TYPES, COUNTRIES, LEXICON, NETWORKS_FUNDERS, PROGRAMME_AREAS, PROGRAMMES } from '../data/index.ts';
import { APPLICANT_CLASSES, type ApplicantClass } from '../data/kinds.ts';
import { fold } from '../text/fold.ts';
import { type PhraseEntry, PhraseMatcher } from '../text/phrases.ts';
import { activityNames, phraseKey, titleNames } from './activity-names.ts';
import { CONCEPTS } from './concepts.ts';

export type VocabRef =
  /**
   * `needsContext`: a term of the concept's `inContext` list, which counts only beside a word fixing its sense.
   * `joined`: a Swedish compound written with a hyphen ("eu-samarbete"): two words with only a space between are
   * words of a clause ("EU samarbetar för att…"), not the compound.
   */
  | { kind: 'concept'; index: number; needsContext?: true; joined?: true }
  /** A word that fixes the sense of a concept's `inContext` terms in its sentence ("offentlig", "municipal"). */
  | { kind: 'context'; index: number }
  /** A phrase of another sense (lexicon `otherSenses`): found so it wins over the terms inside it, evidence of nothing. */
  | { kind: 'other-sense' }
  /**
   * `own`: a body kommuner or regioner form or run (a kommunförbund, applicant-types.json `ownBodies`): listed, it
   * names its class; shut out, only itself.
   */
  | { kind: 'applicant'; cls: ApplicantClass; own?: true }
  /**
   * `words`: the first word of each of its names, folded: a word found must begin with one (see countryWord).
   * `not`: its adjectives' and people's first words: a word beginning with one is no name ("ukrainare", "Ukraina").
   */
  | { kind: 'country'; names: string[]; words: string[]; not?: string[]; whereOnly?: true }
  /**
   * A country's adjective or the word for its people ("polska", "Ukrainian", "ukrainare"): the country only where
   * it names the country's bodies, partners or places (country-adjectives.ts). `words` as a country's.
   */
  | { kind: 'adjective'; names: string[]; words: string[]; country: Extract<VocabRef, { kind: 'country' }> }
  /**
   * A programme's, programme area's or funder's name: context, never evidence of a topic, an applicant or a partner.
   * `activity`: the name is also the words for what the programme funds (activity-names.ts): used as ordinary
   * words, it is evidence of that concept.
   */
  | { kind: 'name'; activity?: number };

/** Every name of a programme, programme area or funder in the reference data. */
export function programmeAndFunderNames(): string[] {
  const names = new Set<string>();
  for (const a of PROGRAMME_AREAS.areas) for (const x of [a.name, ...a.aliases]) names.add(x);
  for (const p of PROGRAMMES.programmes) {
    for (const x of [p.name, ...p.aliases]) names.add(x);
    for (const pr of p.priorities) for (const x of pr.names ?? []) names.add(x);
  }
  for (const f of NETWORKS_FUNDERS.funders) for (const x of [f.name, ...f.aliases]) names.add(x);
  for (const x of APPLICANT_TYPES.icld.funderAliases) names.add(x);
  // Funders write a long name with and without its articles: "Programme for the Environment and Climate Action"
  // and "Programme for Environment and Climate Action" are one name.
  for (const x of [...names]) {
    const bare = x.replace(/\b(?:the|The) /g, '');
    if (bare !== x && bare.split(/\s+/).length >= 3) names.add(bare);
  }
  // …and with "&" for "and" ("LIFE: Environment & Climate Action"): the ampersand is no word, so the name is its
  // other words.
  for (const x of [...names]) {
    const amp = x.replace(/ (?:and|och) /g, ' ');
    if (amp !== x && amp.split(/\s+/).length >= 3) names.add(amp);
  }
  return [...names];
}

/** Wording that says where a call's money comes from: context as a funder's name is. */
export function fundingWording(): string[] {
  return [...NETWORKS_FUNDERS.fundingContext.sv, ...NETWORKS_FUNDERS.fundingContext.en];
}

/** A hyphen between two letters: a Swedish compound written with one ("eu-samarbete", "eu-frågor"). */
const HYPHENED = /\p{L}-\p{L}/u;

function entries(): PhraseEntry<VocabRef>[] {
  const out: PhraseEntry<VocabRef>[] = [];
  CONCEPTS.forEach((c, index) => {
    const ref: VocabRef = { kind: 'concept', index };
    const contextual: VocabRef = { kind: 'concept', index, needsContext: true };
    const joined: VocabRef = { kind: 'concept', index, joined: true };
    const joinedContextual: VocabRef = { kind: 'concept', index, needsContext: true, joined: true };
    const needs = new Set(c.inContext?.terms);
    for (const phrase of c.terms.sv) {
      const hyphened = HYPHENED.test(phrase);
      const r = needs.has(phrase) ? (hyphened ? joinedContextual : contextual) : hyphened ? joined : ref;
      out.push({ ref: r, phrase, lang: 'sv' });
    }
    for (const phrase of c.terms.en) out.push({ ref: needs.has(phrase) ? contextual : ref, phrase, lang: 'en' });
    if (c.inContext) {
      const context: VocabRef = { kind: 'context', index };
      for (const phrase of c.inContext.context.sv) out.push({ ref: context, phrase, lang: 'sv' });
      for (const phrase of c.inContext.context.en) out.push({ ref: context, phrase, lang: 'en' });
    }
  });
  const other: VocabRef = { kind: 'other-sense' };
  for (const phrase of LEXICON.otherSenses?.sv ?? []) out.push({ ref: other, phrase, lang: 'sv' });
  for (const phrase of LEXICON.otherSenses?.en ?? []) out.push({ ref: other, phrase, lang: 'en' });
  const ownBodies = new Set([...APPLICANT_TYPES.ownBodies.sv, ...APPLICANT_TYPES.ownBodies.en]);
  for (const cls of APPLICANT_CLASSES) {
    const ref: VocabRef = { kind: 'applicant', cls };
    const own: VocabRef = { kind: 'applicant', cls, own: true };
    for (const phrase of APPLICANT_TYPES.classes[cls].sv)
      out.push({ ref: ownBodies.has(phrase) ? own : ref, phrase, lang: 'sv' });
    for (const phrase of APPLICANT_TYPES.classes[cls].en)
      out.push({ ref: ownBodies.has(phrase) ? own : ref, phrase, lang: 'en' });
  }
  for (const c of [...COUNTRIES.countries.map((x) => ({ ...x, members: [x.name] })), ...COUNTRIES.groups]) {
    const adjectives = 'adjectives' in c ? c.adjectives : undefined;
    const ref: Extract<VocabRef, { kind: 'country' }> = {
      kind: 'country',
      names: c.members,
      words: firstWords([...c.sv, ...c.en]),
    };
    if ('whereOnly' in c && c.whereOnly) ref.whereOnly = true;
    const adjectiveWords = adjectives ? firstWords([...adjectives.sv, ...adjectives.en]) : [];
    // Only words that begin no name of its own tell an adjective from a name ("german" begins "germany").
    const not = adjectiveWords.filter((x) => !ref.words.some((y) => y.startsWith(x)));
    if (not.length > 0) ref.not = not;
    for (const phrase of c.sv) out.push({ ref, phrase, lang: 'sv' });
    for (const phrase of c.en) out.push({ ref, phrase, lang: 'en' });
    if (!adjectives) continue;
    const adjective: VocabRef = { kind: 'adjective', names: c.members, words: adjectiveWords, country: ref };
    for (const phrase of adjectives.sv) out.push({ ref: adjective, phrase, lang: 'sv' });
    for (const phrase of adjectives.en) out.push({ ref: adjective, phrase, lang: 'en' });
  }
  const name: VocabRef = { kind: 'name' };
  const activities = activityNames();
  const titles = titleNames();
  for (const phrase of [...programmeAndFunderNames(), ...fundingWording()]) {
    if (titles.has(phraseKey(phrase))) continue;
    const activity = activities.get(phrase);
    const ref: VocabRef = activity === undefined ? name : { kind: 'name', activity };
    out.push({ ref, phrase, lang: 'sv' });
    out.push({ ref, phrase, lang: 'en' });
  }
  return out;
}

/** The first word of each term, folded. */
function firstWords(terms: readonly string[]): string[] {
  return [...new Set(terms.map((t) => fold(t.toLowerCase().split(/\s+/)[0])))];
}

/**
 * Whether a word the stemmer matched to a country is the country's name (or its genitive: "Polens", "Ukraine's"):
 * the stemmer folds "Ungern" and "unga" (young) to one stem, and "unga" is no partner country.
 */
export function countryWord(ref: Extract<VocabRef, { kind: 'country' | 'adjective' }>, word: string): boolean {
  const w = fold(word);
  if (ref.kind === 'country' && ref.not?.some((x) => w.startsWith(x))) return false;
  return ref.words.some((x) => w.startsWith(x));
}

/**
 * Compounds only make sense for concepts; applicant and country words are matched whole. A country's adjectives
 * are read in calls only (analyse.ts), where the words around them are at hand.
 */
const wholeWords = new PhraseMatcher<VocabRef>(
  entries().filter((e) => e.ref.kind === 'applicant' || e.ref.kind === 'country'),
);
export const VOCABULARY = new PhraseMatcher<VocabRef>(entries(), { compounds: true });

/** For text where only applicant classes and countries matter (e.g. an applicantTypes entry). */
export const WHO_AND_WHERE = wholeWords;
