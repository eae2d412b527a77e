/**
 * A draft profile from any strategy text (Swedish or English, OCR-damaged too), with the same text pipeline
 * as the matcher: concepts found by stems, compounds and vowel-tolerant keys. The document's own layout
 * (structure.ts) says how much each mention counts — a goal list, a focus-area heading or "särskild vikt ska
 * läggas vid…" states a priority, which then makes the list however rarely it is named; contents lines, covering
 * letters and the organisation section count little — and so which areas become priorities. The weight follows
 * the rule the built-in profiles follow (weight-rule.ts): how the text puts the priority at its strongest (said to
 * come first, listed, named as work to do, only mentioned), quoted with the passage that puts it so. Concepts the
 * lexicon relates and the text names together, or one sentence sets first together, become one priority. Partner countries, networks, funders and the län where the text gives them away.
 */
import { LAN, NETWORKS_FUNDERS, PROGRAMME_AREAS } from '../data/index.ts';
import {
  CONCEPT_INDEX,
  CONCEPT_MATCHER,
  CONCEPTS,
  EXCLUDED_WORDS,
  NEIGHBOURS,
  OTHER_SENSE,
} from '../match/concepts.ts';
import { fundingWording, programmeAndFunderNames, WHO_AND_WHERE } from '../match/vocabulary.ts';
import { InputError } from '../model/errors.ts';
import { type Priority, type Profile, ProfileSchema } from '../model/profile.ts';
import { escapeRegExp } from '../text/escape-regexp.ts';
import { fold, ocrPattern, skeleton } from '../text/fold.ts';
import { plain } from '../text/normalise.ts';
import { type KeyedToken, keyTokens, PhraseMatcher } from '../text/phrases.ts';
import { sentenceStart, WRAPPED } from '../text/sentences.ts';
import { populationOf } from './population-of.ts';
import {
  citedTitleSpans,
  type DocLine,
  type LineRole,
  lineAt,
  passageAt,
  readStructure,
  type SectionKind,
} from './structure.ts';
import {
  BASIS_ORDER,
  basisOfMention,
  type MentionPlace,
  strongerBasis,
  WEIGHT_OF_BASIS,
  type WeightBasis,
  withoutOthersPriorities,
} from './weight-rule.ts';

export interface FromTextOptions {
  name?: string;
  /** Län id ("blekinge") or name ("Blekinge län"). */
  lan?: string;
  kind?: 'kommun' | 'region';
}

/**
 * Prose under a priority's own heading states that priority's topics (weight-rule.ts), but not every concept in it:
 * kinds of actor (civil society, business, academia: `actors` in the lexicon) name whom the work is done with
 * ("samarbeten med andra aktörer i länet: kommuner, näringsliv, akademin, civilsamhälle"), and the general concepts
 * below this specificity (international cooperation, research and innovation, green transition) how any work is
 * done ("internationella samarbeten", "som en av Europas mest innovativa städer"). Those keep the basis their
 * sentence gives them.
 */
const HOW_SPECIFICITY = 0.65;

/** The name of a draft whose text names no body. */
const DRAFT_NAME = 'Utkast till profil';

/** At most this many priorities: a strategy names a handful of areas, not the whole lexicon. */
const MAX_PRIORITIES = 8;
/** At most this many places (geographic focus), besides the topic priorities. */
const MAX_PLACES = 3;
/** Stated priorities may push the list this far, but no further. */
const MAX_WITH_STATED = 10;
/** Words that mark a sentence as a goal rather than a description. */
const EMPHASIS = ocrPattern('(priorit|särskil|fokus|viktig|ska |strategisk|mål |syfte)');
/** Words that say outright that something is prioritised above the rest. */
const STRONG_EMPHASIS = ocrPattern(
  '(särskild vikt|särskilt fokus|särskilt prioritera|prioriteras|huvudsakligt fokus|fokusområde|prioriterade område|in particular|special emphasis|priority areas?)',
);
/**
 * Words that mark a sentence as describing the world around the body — war, the security situation, a pandemic,
 * geopolitics — rather than what the body will do: the topics named in it ("closer cultural and political ties")
 * are the setting, not priorities. A sentence that also says outright what is prioritised keeps its weight.
 */
const CONTEXT_CUE = ocrPattern(
  String.raw`(^|[^a-z])(krig(et|en)?|nato|säkerhetspolitisk\w*|säkerhetslä\w*|säkerhetssituation\w*|geopolitisk\w*|pandemi\w*|invasion\w*|världsläge\w*|omvärldsläge\w*|förändrad omvärld|orolig\w* (omvärld|värld)|världen omkring oss|vår omvärld|wars?|nato|security situation|security policy|geopolitic\w*|pandemic\w*|invasion|world around us|changing world)([^a-z]|$)`,
);
/**
 * An exchange of pupils or young people is an exchange, whatever its adjective: "kulturellt utbyte bland
 * skolelever och ungdomar", "cultural exchanges for young people" name what young people meet on the exchange,
 * not the culture sector (artists, heritage, museums). The adjective (or "kulturutbyte", "cultural exchange" as a
 * whole) then counts for no culture priority; the exchange and the young people count as always.
 */
const CULTURE_ADJECTIVE = ocrPattern(
  String.raw`^(kulturell|kulturellt|kulturella|cultural|kulturutbyte\w*|utbyte\w*|exchanges?)$`,
);
const EXCHANGE_OF_YOUNG = {
  exchange: ocrPattern(String.raw`(utbyte|exchange)`),
  young: ocrPattern(
    String.raw`(elev|ungdom|(^|[^a-z])unga([^a-z]|$)|barn och unga|pupil|young people|youth|school children)`,
  ),
};
/**
 * Education and learning in general words ("utbildningar", "lärande", "lära av andra", "learning", "teaching") are,
 * in a strategy, mostly what the body's own staff and organisation learn ("deltagande för medarbetare i projekt och
 * utbildningar", "för såväl lärande som extern finansiering"): they are evidence of schools and education only when
 * their sentence names the school sector (a school, pupils, teachers, students).
 */
const GENERAL_LEARNING = ocrPattern(
  String.raw`^(utbildning\w*|lärande\w*|lära|learning|education|training|teaching|undervisning\w*)$`,
);
const SCHOOL_SECTOR = ocrPattern(
  String.raw`(skol|(^|[^a-z])elev|lärare|rektor|pedagog|gymnasi|student|pupil|school|teacher|kindergarten|förskol)`,
);
/**
 * A place named as where money comes from ("finansieringsmöjligheter inom EU samt Norden", "medel från Norden",
 * "funding from the Nordic countries") says which funders the body looks to, not where it works: the funder is
 * read as such (networks-funders.json), the place is no geographic focus. Read on the words just before the place.
 */
const FUNDING_BEFORE_PLACE = ocrPattern(
  String.raw`(^|[^a-z])(finansier\w*|medel|fond(er|erna)?|stöd(et)?|bidrag\w*|funding|funds?|financ\w*|grants?)( (inom|från|i|av|ur|genom|from|within|in|by|och|samt|and|eu|eu:s|the|\S+s)){0,3} ?$`,
);
/**
 * The name of one of the body's own offices — a committee, a department, an office, a post: "Servicenämnden",
 * "Kultur- och fritidsnämnden", "Näringslivskontoret", "näringslivschef", "Serviceförvaltningen" — says who writes
 * or answers, not what the body works on: the topic word at its front is no evidence. A "-förvaltningen" is an
 * office only as a name (capitalised): "vattenförvaltningen" is water management.
 */
const OFFICE = ocrPattern(
  String.raw`.{3,}(nämnd(en|ens|er|erna|s)?|kontor(et|ets|en)?|chef(en|ens|er)?|direktör(en|ens)?|styrelse(n|ns)?|utskott(et|ets)?|avdelning(en|ens)?)$`,
);
const OFFICE_IF_NAME = ocrPattern(String.raw`.{3,}förvaltning(en|ens|ar|arna)$`);
/** "Kultur- och fritidsnämnden": the first part of a compound pair written with a hyphen. */
const PAIRED_OFFICE = ocrPattern(String.raw`^-\s*(och|eller)\s+[a-z]{3,}(nämnd|kontor|förvaltning|avdelning)\w*`);
function officeName(text: string, t: KeyedToken): boolean {
  const w = fold(t.word);
  if (OFFICE.test(w)) return true;
  if (OFFICE_IF_NAME.test(w) && /\p{Lu}/u.test(text[t.start] ?? '')) return true;
  return PAIRED_OFFICE.test(fold(text.slice(t.end, t.end + 60).toLowerCase()));
}
/** Words that make a sentence one about money: who funds, what is applied for. */
const FUNDING_WORDS = ocrPattern(
  String.raw`(finansier|(^|[^a-z])medel|(^|[^a-z])stöd(et|s)? (av|från)|bidrag|(^|[^a-z])fond|söka|utlysning|funding|funded|grants?|calls? for)`,
);
const FUNDER_NAMES = new Set(NETWORKS_FUNDERS.funders.map((f) => f.name));
/** What a mention in a context sentence still counts, relative to the same mention elsewhere. */
const CONTEXT_WEIGHT = 0.1;
/** How much a mention counts by the kind of line it stands on. */
const ROLE_WEIGHT: Record<LineRole, number> = {
  blank: 0,
  toc: 0.3,
  meta: 0.3,
  heading: 1.3,
  lead: 1.3,
  bullet: 1.5,
  prose: 1,
  // Titles in a list of other documents (a bibliography, the plans a strategy refers to) name their subjects.
  reference: 0,
};
/**
 * …and by the section it stands in. The priority sections' own lift is modest because what they state (goal
 * lists, focus-area headings) is lifted again as stated, with a weight floor; administration counts little.
 */
const SECTION_WEIGHT: Record<SectionKind, number> = { priority: 1.25, background: 0.4, neutral: 1, references: 0 };
/** What naming a network the body belongs to adds to each of the network's concepts. */
const NETWORK_EVIDENCE = 2;

/**
 * Names of funders, programmes, programme areas and networks, and the wording that says where money comes from:
 * in a strategy as in a call they are context, never evidence of a topic ("Havs- och vattenmyndigheten" is no
 * marine priority, "Energy Cities" no energy priority by its words). A network or funder the text names counts for
 * its own concepts once, as such (networks-funders.json), not again through the words of its name. A place in a
 * name stays a place ("Barentsregionen", "Union of the Baltic Cities"): a network named after its region says where
 * the body works.
 */
const NAMES = new PhraseMatcher<true>(
  [
    ...programmeAndFunderNames(),
    ...fundingWording(),
    ...NETWORKS_FUNDERS.networks.flatMap((n) => [n.name, ...n.aliases]),
  ].flatMap((phrase) => [
    { ref: true as const, phrase, lang: 'sv' as const },
    { ref: true as const, phrase, lang: 'en' as const },
  ]),
);

/** Vowel-tolerant key of a whole phrase, for names in OCR text ("Sédra Ostersjéprogrammet"). */
function looseKey(text: string): string {
  return ` ${skeleton(fold(plain(text)))} `;
}

function countIn(hay: string, needle: string): number {
  if (needle.trim().length < 3) return 0;
  let n = 0;
  let at = hay.indexOf(needle);
  while (at !== -1) {
    n++;
    at = hay.indexOf(needle, at + needle.length - 1);
  }
  return n;
}

/** Whole-word occurrences of a spaced key, its genitive -s included ("Kronobergs", "Älvsbyns"). */
function wordCount(hay: string, key: string): number {
  return countIn(hay, key) + countIn(hay, `${key.slice(0, -1)}s `);
}

function detectLan(loose: string, opts: FromTextOptions): string | undefined {
  if (opts.lan) {
    const want = looseKey(opts.lan);
    const hit = LAN.lan.find(
      (l) => l.id === opts.lan || looseKey(l.name) === want || l.aliases.some((a) => looseKey(a) === want),
    );
    if (!hit) throw new InputError(`unknown län "${opts.lan}"`, {}, 'lan');
    return hit.id;
  }
  const nameKey = opts.name ? looseKey(opts.name) : '';
  let best: { id: string; score: number } | undefined;
  for (const l of LAN.lan) {
    let score = 0;
    for (const a of l.aliases) score += 2 * wordCount(loose, looseKey(a));
    for (const m of l.municipalities) {
      const k = looseKey(m);
      score += wordCount(loose, k);
      if (nameKey && wordCount(nameKey, k) > 0) score += 50;
    }
    if (score > 0 && (!best || score > best.score)) best = { id: l.id, score };
  }
  return best?.id;
}

function detectName(text: string): { name: string; kind: 'kommun' | 'region' } | undefined {
  const counts = new Map<string, number>();
  // \b is ASCII-only even in Unicode mode, so letter boundaries are spelt out (for "Älvsbyns kommun").
  for (const m of text.matchAll(/(?<!\p{L})(Region [\p{Lu}][\p{L}-]+|[\p{Lu}][\p{L}-]+ [Kk]ommuns?)(?!\p{L})/gu)) {
    let name = m[1];
    if (name.startsWith('Region ')) name = name.replace(/s$/, '');
    // The genitive ("Karlskrona kommuns program") and a capitalised "Kommun" name the same body.
    else name = name.replace(/ [Kk]ommuns?$/, ' kommun');
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  const top = [...counts.entries()].sort((a, b) => b[1] - a[1])[0];
  if (!top || top[1] < 2) return undefined;
  return { name: top[0], kind: top[0].startsWith('Region ') ? 'region' : 'kommun' };
}

function slug(name: string): string {
  return (
    fold(name.toLowerCase())
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'profil'
  );
}

/**
 * The strongest basis a concept's mentions give it and the mention that gives it: `tied` when its passage ties it to
 * places or partners, `byHeading` when only the priority heading it stands under states it.
 */
interface BasisRead {
  basis: WeightBasis;
  offset: number;
  w: number;
  tied?: boolean;
  byHeading?: boolean;
}

/** A heading or a short list item names the area; the sentences under it say what the body wants done. */
const namesArea = (line: DocLine): boolean => line.role === 'heading' || (line.role === 'bullet' && line.stated);

/** Where a mention at `at` stands, as basisOfMention reads it (weight-rule.ts). */
function mentionPlace(text: string, line: DocLine, at: number, sentence: string, place = false): MentionPlace {
  return {
    ...(place ? { place } : {}),
    sentence,
    before: sentenceBefore(text, line, at),
    stated: line.stated,
    listed: line.listed,
    section: line.section,
    naming: namesArea(line),
    ...(line.describing ? { describing: true } : {}),
  };
}

/**
 * The distinctive part of the body's own name as the text gives it ("linkoping" of "Linköpings kommun", "kronoberg"
 * of "Region Kronoberg"), folded: its own genitive ("Region Kronobergs prioriterade områden") is its own.
 */
function selfKey(text: string): string | undefined {
  const name = detectName(text)?.name;
  if (!name) return undefined;
  const part = fold(
    name
      .replace(/^Region /, '')
      .replace(/ kommun$/, '')
      .toLowerCase(),
  );
  return part.length > 3 && part.endsWith('s') ? part.slice(0, -1) : part;
}

/** What a strategy text says about each lexicon concept: how strongly, whether as a stated priority, and where. */
export interface ConceptEvidence {
  /** Per concept index: mentions weighted by where they stand (line kind, section, emphasis). */
  strength: Float64Array;
  /** Concepts the document states as priorities (a goal heading, a listed focus area, "särskild vikt…"). */
  stated: Set<number>;
  /** Concepts the text says outright get particular weight ("särskild vikt ska läggas vid…"). */
  emphasised: Set<number>;
  /** Per concept, the offset of its most quotable mention. */
  bestAt: Map<number, { offset: number; w: number }>;
  /**
   * Per concept, how the text puts it at its strongest (weight-rule.ts) and the mention that does so: the passage
   * a reviewer checks the weight against.
   */
  basis: Map<number, BasisRead>;
  /** Per concept, the sentences (as quoted) that name it: concepts named together belong together. */
  sentences: Map<number, Set<string>>;
  tokens: KeyedToken[];
  lines: DocLine[];
}

export function conceptEvidence(text: string): ConceptEvidence {
  const tokens = keyTokens(text);
  const hits = CONCEPT_MATCHER.match(tokens);
  const lines = readStructure(text);
  const cited = citedTitleSpans(text);
  const strength = new Float64Array(CONCEPTS.length);
  const bestAt = new Map<number, { offset: number; w: number }>();
  const covered = new Uint8Array(tokens.length);
  const stated = new Set<number>();
  const sentences = new Map<number, Set<string>>();
  const emphasised = new Set<number>();
  const basis = new Map<number, BasisRead>();
  const self = selfKey(text);
  const own = new Map<string, string>();
  const ownOf = (sentence: string) => {
    if (!own.has(sentence)) own.set(sentence, withoutOthersPriorities(sentence, self));
    return own.get(sentence)!;
  };
  const ties = new Map<string, Priority['core']>();
  const tiesOf = (quoted: string) => {
    if (!ties.has(quoted)) ties.set(quoted, tiesIn(quoted));
    return ties.get(quoted);
  };
  for (const h of hits) if (h.to - h.from > 1) for (let i = h.from; i < h.to; i++) covered[i] = 1;
  const named = new Uint8Array(tokens.length);
  for (const h of NAMES.match(tokens)) named.fill(1, h.from, h.to);
  let c = 0;
  for (const h of hits) {
    // A phrase of another sense ("kulturell förståelse") is evidence of nothing, and the words inside it are covered.
    if (h.ref === OTHER_SENSE) continue;
    if (h.to - h.from === 1 && covered[h.from]) continue;
    const inName = named.subarray(h.from, h.to).includes(1);
    if (inName && !CONCEPTS[h.ref].geographic) continue;
    if (h.to - h.from === 1 && officeName(text, tokens[h.from])) continue;
    const offset = tokens[h.from].start;
    // Hits come in text order, so the quoted titles are walked once.
    while (c < cited.length && cited[c][1] <= offset) c++;
    if (c < cited.length && cited[c][0] <= offset) continue;
    const line = lines[lineAt(lines, offset)];
    if (line.role === 'reference') continue;
    if (CONCEPTS[h.ref].geographic && FUNDING_BEFORE_PLACE.test(sentenceBefore(text, line, offset))) continue;
    let w = ROLE_WEIGHT[line.role] * SECTION_WEIGHT[line.section];
    const quoted = passageAt(text, lines, offset);
    const sentence = fold(quoted.toLowerCase());
    // …and a place in the name of a funder named as the source of money ("med stöd av … Nordiska ministerrådet").
    if (inName && FUNDING_WORDS.test(sentence)) continue;
    // A word the lexicon keeps out of a concept (`excludeWords`: "tillgängliga resurser" are available, "resor och
    // arvode" are travel costs) is kept out here too, as in a call; an exchange of pupils or young people stays
    // an exchange (EXCHANGE_OF_YOUNG), whatever an exchange of experience elsewhere is.
    if (
      h.to - h.from === 1 &&
      EXCLUDED_WORDS[h.ref]?.has(tokens[h.from].word) &&
      !(EXCHANGE_OF_YOUNG.exchange.test(fold(tokens[h.from].word)) && EXCHANGE_OF_YOUNG.young.test(sentence))
    )
      continue;
    if (
      CONCEPTS[h.ref].id === 'culture-heritage' &&
      tokens.slice(h.from, h.to).every((t) => CULTURE_ADJECTIVE.test(fold(t.word))) &&
      EXCHANGE_OF_YOUNG.exchange.test(sentence) &&
      EXCHANGE_OF_YOUNG.young.test(sentence)
    )
      continue;
    // …and learning that is the staff's or the organisation's, not the schools'.
    if (
      CONCEPTS[h.ref].id === 'schools-education' &&
      h.to - h.from === 1 &&
      GENERAL_LEARNING.test(fold(tokens[h.from].word)) &&
      !SCHOOL_SECTOR.test(sentence)
    )
      continue;
    // What the sentence sets or lists of its own: other bodies' priorities read out ("i linje med EU:s …").
    const ownSentence = ownOf(sentence);
    // Background, administration and annexes of rules set nothing first for the body (weight-rule.ts).
    const strong = line.section !== 'background' && !line.describing && STRONG_EMPHASIS.test(ownSentence);
    const context = !strong && CONTEXT_CUE.test(sentence);
    if (line.stated && !context) {
      w *= 1.5;
      stated.add(h.ref);
    }
    if (line.role !== 'toc' && line.role !== 'meta' && !context) {
      const set = sentences.get(h.ref) ?? new Set<string>();
      set.add(quoted);
      sentences.set(h.ref, set);
    }
    if (context) w *= CONTEXT_WEIGHT;
    else if (strong) {
      w *= 3;
      stated.add(h.ref);
      emphasised.add(h.ref);
    } else if (EMPHASIS.test(ownSentence)) w *= 1.5;
    strength[h.ref] += w;
    // The passage to quote: the most telling mention, a sentence rather than a bare heading, never a contents line
    // nor a sentence about the world around the body.
    const naming = namesArea(line);
    const quoteWeight = line.role === 'toc' || line.role === 'meta' || context ? 0 : naming ? w * 0.4 : w;
    const prev = bestAt.get(h.ref);
    if (!prev || quoteWeight > prev.w) bestAt.set(h.ref, { offset, w: quoteWeight });
    if (quoteWeight > 0) {
      const place = mentionPlace(text, line, offset, ownSentence, CONCEPTS[h.ref].geographic === true);
      const plain = basisOfMention(place);
      const underHeading =
        line.underStated === true && !CONCEPTS[h.ref].actors && CONCEPTS[h.ref].specificity >= HOW_SPECIFICITY;
      const read = underHeading ? basisOfMention({ ...place, underStated: true }) : plain;
      // Stated only by the heading it stands under: the list item or heading that states it is the better quote.
      const byHeading = read !== plain;
      // A generic concept ("internationellt arbete") is the subject of most sentences of a strategy, never
      // what one of them sets first.
      const b = read === 'emphasised' && CONCEPTS[h.ref].specificity < 0.5 ? 'stated' : read;
      const had = basis.get(h.ref);
      // Of two passages that put a concept alike, one that ties it to places or partners ("samarbeten inom den
      // baltiska ringen") says less of the body's priority than one that states it in general: the general one
      // is quoted, and the priority is tied only when the text ties it wherever it puts it so.
      const tie = tiesOf(quoted);
      const tied = tie !== undefined && [...tie.concepts, ...tie.countries].some((x) => x !== CONCEPTS[h.ref].id);
      const better =
        !had ||
        (strongerBasis(had.basis, b) === b &&
          (b !== had.basis ||
            (had.byHeading === true && !byHeading) ||
            ((had.byHeading === true) === byHeading &&
              ((had.tied === true && !tied) || (had.tied === tied && quoteWeight > had.w)))));
      if (better) basis.set(h.ref, { basis: b, offset, w: quoteWeight, tied, ...(byHeading ? { byHeading } : {}) });
    }
  }
  return { strength, stated, emphasised, bestAt, basis, sentences, tokens, lines };
}

/**
 * The words of a mention's sentence before it, folded (for "till exempel …" before the mention): from the
 * line's start on a list item or heading, else from the last sentence end, looking back a bounded stretch so
 * that the builder stays linear in the document's size.
 */
function sentenceBefore(text: string, line: DocLine, offset: number): string {
  const from = line.role === 'prose' ? Math.max(0, offset - 300) : Math.max(line.start, offset - 300);
  const before = text.slice(from, offset);
  return fold(before.slice(sentenceStart(before, before.length, WRAPPED)).toLowerCase());
}

/**
 * The places and partners a priority's passage ties it to, as the built-in profiles read them: a passage that
 * names a place ("samarbeten inom den baltiska ringen"), a kind of cooperation with particular partners ("i
 * samarbetet med våra vänorter") or partner countries, besides the themes it sets, makes those its core — the
 * themes then count only in a call that concerns them (core/match/core.ts). A priority that is only its core
 * (a twinning priority) needs none.
 */
export function coreOfPassage(passage: string, concepts: readonly string[]): Priority['core'] {
  const found = tiesIn(passage);
  if (!found) return undefined;
  const tied = new Set(found.concepts);
  const countries = found.countries;
  // Cooperation of the kind the passage ties the priority to meets it wherever it is (a twinning call meets a
  // priority of twinning in the Baltic ring): the priority's own partner kinds join its core.
  for (const id of concepts) if (CONCEPTS[CONCEPT_INDEX.get(id) ?? -1]?.partners) tied.add(id);
  // Themes besides the core: a priority made only of what ties it has nothing to hold back.
  if (!concepts.some((id) => !tied.has(id))) return undefined;
  return { concepts: [...tied], countries };
}

/**
 * Whether naming these countries names partners: a country does, and so does a handful named as one ("Baltikum",
 * the three Baltic states); a wider group — "Norden", "länderna runt Östersjön", the EU member states — names a
 * region the body works in (its place, read as geography), not a partner in each of its countries: "ett nätverk av
 * 90 städer i 10 länder runt Östersjön" makes no partner of Germany or Denmark.
 */
const MAX_PARTNER_GROUP = 3;
function partnerNaming(names: readonly string[]): boolean {
  return names.length <= MAX_PARTNER_GROUP;
}

/** The places, partner kinds and countries a passage names, if any. */
function tiesIn(passage: string): Priority['core'] {
  const tokens = keyTokens(passage);
  const tied = new Set<string>();
  for (const h of CONCEPT_MATCHER.match(tokens)) {
    if (h.ref === OTHER_SENSE) continue;
    const c = CONCEPTS[h.ref];
    if (c.geographic || c.partners) tied.add(c.id);
  }
  const countries = new Set<string>();
  for (const h of WHO_AND_WHERE.match(tokens)) {
    if (h.ref.kind !== 'country' || !partnerNaming(h.ref.names)) continue;
    for (const n of h.ref.names) if (n !== 'Sweden') countries.add(n);
  }
  if (tied.size + countries.size === 0) return undefined;
  return { concepts: [...tied], countries: [...countries].sort() };
}

/** What the builder read from the document that a person should check before using the profile. */
export interface ProfileReview {
  /** The län, with the passage that gave it away (absent when the caller gave it). */
  lan?: { id: string; name: string; passage?: string };
  /** Partner countries, each with the first passage naming it. */
  partnerCountries: { name: string; passage: string }[];
  /** The body's name and kind as read from the text (absent when not found or given). */
  body?: { name: string; kind: 'kommun' | 'region' };
  /** The body's population, from reference data (population-of.ts), for calls limited by size. */
  population?: { count: number; source: string };
  /** Geographic focus (places the strategy prioritises), kept apart from the topic priorities. */
  geography: { conceptId: string; passage: string }[];
  /** Each priority's weight with how the text puts it (weight-rule.ts) and the passage that does so. */
  priorities: {
    id: string;
    label: { sv: string; en: string };
    weight: number;
    basis: WeightBasis;
    passage: string;
    /** The places, partner kinds and countries the passage ties the priority to (its themes count only with them). */
    core?: Priority['core'];
  }[];
}

export function buildProfileFromText(text: string, opts: FromTextOptions = {}): Profile {
  return draftProfileFromText(text, opts).profile;
}

/** The draft profile and what to review in it (län, partner countries, name, geography), each with its passage. */
export function draftProfileFromText(
  text: string,
  opts: FromTextOptions = {},
): { profile: Profile; review: ProfileReview } {
  if (!text.trim()) throw new InputError('the strategy text is empty', {}, 'text');
  const { strength, stated, bestAt, basis, sentences, tokens, lines } = conceptEvidence(text);
  const loose = looseKey(text);
  const self = selfKey(text);
  const onlyAsFunder = (aliases: readonly string[]) =>
    aliases.every((x) => {
      const needle = fold(x.toLowerCase());
      for (let at = folded.indexOf(needle); at !== -1; at = folded.indexOf(needle, at + needle.length))
        if (!FUNDING_WORDS.test(fold(passageAt(text, lines, at).toLowerCase()))) return false;
      return true;
    });
  // The sentences of the body's own that name a funder, not about money: each weighed and read for its basis as a
  // concept's mention is (conceptEvidence), once however many of the funder's names it holds.
  const goalMentions = (aliases: readonly string[]) => {
    const out: { offset: number; basis: WeightBasis; w: number }[] = [];
    const seen = new Set<string>();
    for (const a of aliases) {
      const needle = fold(a.toLowerCase());
      for (let at = folded.indexOf(needle); at !== -1; at = folded.indexOf(needle, at + needle.length)) {
        const line = lines[lineAt(lines, at)];
        if (line.role === 'toc' || line.role === 'meta' || line.role === 'reference') continue;
        const quoted = passageAt(text, lines, at);
        if (seen.has(quoted)) continue;
        seen.add(quoted);
        const sentence = fold(quoted.toLowerCase());
        if (FUNDING_WORDS.test(sentence)) continue;
        const b = basisOfMention(mentionPlace(text, line, at, withoutOthersPriorities(sentence, self)));
        if (b === 'mentioned') continue;
        out.push({ offset: at, basis: b, w: ROLE_WEIGHT[line.role] * SECTION_WEIGHT[line.section] });
      }
    }
    return out;
  };
  // Membership of a network is evidence of what the body works on (the Union of the Baltic Cities: the Baltic
  // Sea), however few words the text spends on it.
  const folded = fold(text.toLowerCase());
  // So is naming a funder of one kind of work (ICLD: municipal partnerships).
  const networkNames = new Set(NETWORKS_FUNDERS.networks.map((n) => n.name));
  for (const n of [...NETWORKS_FUNDERS.networks, ...NETWORKS_FUNDERS.funders]) {
    // Where the text names it (for the passage): the plain spelling, else anywhere the loose key found it.
    const at = n.aliases.map((a) => folded.indexOf(fold(a))).find((x) => x >= 0);
    if (at === undefined || !n.aliases.some((a) => loose.includes(looseKey(a)))) continue;
    // A network that also funds (Nordiska ministerrådet) named only as a source of money ("med stöd av … till
    // exempel Vinnova, Nordiska ministerrådet") is a funder the body may apply to, not a network it works in.
    if (networkNames.has(n.name) && FUNDER_NAMES.has(n.name) && onlyAsFunder(n.aliases)) continue;
    // A funder of one kind of work named in the body's own goals ("ICLD-projekt ska stödjas av kommunens mål", a
    // listed item) puts that work as the goal puts it; named as a source of money or in the background it stays a
    // funder the body may apply to, its work only mentioned.
    const goals = networkNames.has(n.name) || !n.concepts?.length ? [] : goalMentions(n.aliases);
    for (const id of n.concepts ?? []) {
      const i = CONCEPT_INDEX.get(id);
      if (i === undefined) continue;
      strength[i] += NETWORK_EVIDENCE;
      if (!bestAt.has(i)) bestAt.set(i, { offset: at, w: 0 });
      for (const g of goals) {
        strength[i] += g.w;
        if (strongerBasis(basis.get(i)?.basis, g.basis) === g.basis && basis.get(i)?.basis !== g.basis)
          basis.set(i, { basis: g.basis, offset: g.offset, w: g.w });
        if ((bestAt.get(i)?.w ?? 0) < g.w) bestAt.set(i, { offset: g.offset, w: g.w });
      }
      // A network's theme is only mentioned: the body belongs to the network, the theme is the network's.
      if (!basis.has(i)) basis.set(i, { basis: 'mentioned', offset: at, w: 0 });
    }
  }
  const scored = CONCEPTS.map((c, i) => ({ i, s: Math.log1p(strength[i]) * c.specificity }))
    // In a long document a single passing mention is noise; in a short text it may be all there is.
    .filter((x) => strength[x.i] >= (tokens.length < 500 ? 1 : 2) || stated.has(x.i))
    .sort((a, b) => b.s - a.s);
  const isStated = (i: number) => stated.has(i) && CONCEPTS[i].specificity >= 0.7;
  const together = (i: number, j: number) => {
    const b = sentences.get(j);
    for (const x of sentences.get(i) ?? []) if (b?.has(x)) return true;
    return false;
  };
  // Concepts the lexicon puts side by side and the text names in one breath are one priority ("kulturellt utbyte
  // bland skolelever och ungdomar"): a call on either then meets the same priority, and the slots left over go
  // to areas the text has not yet covered instead of to a second name for one already chosen.
  // One sentence that sets several areas first is one priority, as the built-in profiles read it ("ett barn- och
  // ungdomsfokus prioriteras … demokrati, mänskliga rättigheter"): split, the sentence would count several times.
  const emphasisPassage = new Map<number, string>();
  for (const [i, b] of basis)
    if (b.basis === 'emphasised' && !CONCEPTS[i].geographic) emphasisPassage.set(i, passageAt(text, lines, b.offset));
  const sameEmphasis = (i: number, j: number) =>
    emphasisPassage.has(i) && emphasisPassage.get(i) === emphasisPassage.get(j);
  const groups: { head: number; s: number; members: number[] }[] = [];
  // Places are the body's geography, a dimension of their own: they never take a topic's slot nor lose theirs
  // to topics (a region's Baltic Sea networks count however many themes the text lists).
  const places: { head: number; s: number; members: number[] }[] = [];
  for (const x of scored) {
    if (CONCEPTS[x.i].geographic) {
      if (places.length < MAX_PLACES) places.push({ head: x.i, s: x.s, members: [x.i] });
      continue;
    }
    // Near-duplicates: a concept the lexicon puts next to a chosen one, named in the same sentence, joins it.
    // A place (the Baltic Sea region) is the body's geography, kept apart from topics: it neither gathers
    // generic concepts (cooperation, town twinning) nor joins a topic's group.
    const host = groups.find(
      (g) =>
        sameEmphasis(g.head, x.i) ||
        (!CONCEPTS[x.i].geographic &&
          !CONCEPTS[g.head].geographic &&
          CONCEPTS[x.i].specificity >= 0.5 &&
          CONCEPTS[g.head].specificity >= 0.5 &&
          NEIGHBOURS[g.head].includes(x.i) &&
          together(g.head, x.i)),
    );
    if (host) {
      host.members.push(x.i);
      continue;
    }
    if (groups.length < MAX_PRIORITIES || (groups.length < MAX_WITH_STATED && isStated(x.i))) {
      groups.push({ head: x.i, s: x.s, members: [x.i] });
    }
  }
  groups.push(...places);
  if (groups.length === 0) {
    throw new InputError('no priority areas found in the text (is it a strategy document?)', {}, 'text');
  }
  // A group's basis is its strongest member's (a generic concept never lifts a group); a concept quoted only
  // where no basis was read (a contents line) is only mentioned.
  // `by`: the member whose passage gives the basis.
  const basisOf = (members: number[]) => {
    let b = basis.get(members[0]);
    let by = members[0];
    for (const m of members.slice(1)) {
      const mb = basis.get(m);
      if (mb && CONCEPTS[m].specificity >= 0.5 && (!b || strongerBasis(b.basis, mb.basis) !== b.basis)) {
        b = mb;
        by = m;
      }
    }
    return { ...(b ?? { basis: 'mentioned' as WeightBasis, offset: bestAt.get(members[0])!.offset, w: 0 }), by };
  };
  const groupBasis = groups.map((g) => ({ ...basisOf(g.members) }));
  // Emphasis the text gives most of its areas alike sets none above the others: they are all stated.
  if (groupBasis.filter((b) => b.basis === 'emphasised').length * 2 > groups.length)
    for (const b of groupBasis) if (b.basis === 'emphasised') b.basis = 'stated';
  const chosen = new Set(groups.flatMap((g) => g.members));
  const heads = groups.filter((g) => !CONCEPTS[g.head].geographic).map((g) => g.head);
  const namedWithHead = (n: number) => heads.some((h) => NEIGHBOURS[h].includes(n) && together(h, n));
  // A concept in a priority counts at the priority's weight, so one the text names apart from it rides along only
  // where the text puts it at least as strongly somewhere (weight-rule.ts): culture named once as an example
  // ("exempelvis … kulturens projektidéer") does not take the weight of a listed goal to market the town.
  const asStrong = (n: number, of: WeightBasis) =>
    BASIS_ORDER.indexOf(basis.get(n)?.basis ?? 'mentioned') >= BASIS_ORDER.indexOf(of);
  const priorities = groups.map(({ head: i, members }, g) => {
    const c = CONCEPTS[i];
    const { basis: why, offset } = groupBasis[g];
    // A priority also carries the neighbouring concepts the text names, not only its headline concept. One the text
    // names in a sentence with some of the chosen areas goes with those only: pupils named on an exchange go with
    // the exchange, not also with the skills priority that is the school sector's other neighbour.
    const alongside = c.geographic
      ? []
      : members
          .slice(1)
          .concat(
            NEIGHBOURS[i].filter(
              (n) =>
                !chosen.has(n) &&
                strength[n] >= 1 &&
                !CONCEPTS[n].geographic &&
                (together(i, n) || (!namedWithHead(n) && asStrong(n, why))),
            ),
          );
    const passage = passageAt(text, lines, offset);
    // The label says what the quoted passage holds: when a member's passage gives the group its basis and does not
    // name the headline concept ("hållbarhet ska maximeras" for a group headed by energy), the member names it.
    const by = groupBasis[g].by;
    const named = by !== i && !sentences.get(i)?.has(passage) ? CONCEPTS[by] : c;
    const concepts = [...new Set([named.id, c.id, ...alongside.map((n) => CONCEPTS[n].id)])];
    const core = c.geographic ? undefined : coreOfPassage(passage, concepts);
    return {
      id: named.id,
      label: named.label,
      // The same rule as the built-in profiles': the weight follows from how the text puts the priority.
      weight: WEIGHT_OF_BASIS[why],
      concepts,
      terms: [],
      source: { passage, basis: why },
      ...(core ? { core } : {}),
    };
  });
  // Heaviest first, as a reader expects (the sort is stable: within a basis, the most evidence first).
  priorities.sort((x, y) => y.weight - x.weight);

  const detected = detectName(text);
  const name = opts.name ?? detected?.name ?? DRAFT_NAME;
  const kind = opts.kind ?? detected?.kind ?? 'kommun';
  const lan = detectLan(loose, { ...opts, name });
  if (!lan) throw new InputError('no län found in the text: give it (e.g. --lan blekinge)', {}, 'lan');
  const countryAt = new Map<string, number>();
  for (const h of WHO_AND_WHERE.match(tokens)) {
    if (h.ref.kind !== 'country' || !partnerNaming(h.ref.names)) continue;
    for (const n of h.ref.names) if (n !== 'Sweden' && !countryAt.has(n)) countryAt.set(n, tokens[h.from].start);
  }
  const partnerCountries = [...countryAt.keys()].sort();
  // A funder named only in a covering letter, a consultation reply or the organisation section is not one the
  // strategy itself points to.
  const kept = lines.filter(
    (l) => l.section !== 'background' || /bilag|annex|appendix/.test(fold(l.text.toLowerCase())),
  );
  // Most documents keep every line: the whole text's key is then the one already made.
  const chosenText = kept.length === lines.length ? loose : looseKey(kept.map((l) => l.text).join('\n'));
  const namedIn = (hay: string, list: { name: string; aliases: string[] }[]) =>
    list.filter((x) => x.aliases.some((a) => hay.includes(looseKey(a)))).map((x) => x.name);
  const named = (list: { name: string; aliases: string[] }[]) =>
    list.filter((x) => x.aliases.some((a) => loose.includes(looseKey(a)))).map((x) => x.name);
  // A region's own calls (a `publisher` area) fund bodies in its län: a strategy naming another region (a partner in a
  // network, a neighbour) or, for a region, itself names no funder it can apply to. A kommun's own region is its
  // funder wherever the text names it: kommuner in a län apply for its development funds as a matter of course.
  const areas = PROGRAMME_AREAS.areas.filter(
    (a) =>
      a.aliases.some((x) => x.length > 6 && loose.includes(looseKey(x))) &&
      (!a.publisher || (a.lan.includes(lan) && kind !== 'region')),
  );
  // A body the text names (or the caller gives) has its population from reference data, so that calls limited by size
  // can be judged; a draft without a name has none.
  const population = name === DRAFT_NAME ? undefined : populationOf(name, kind, lan);
  const draft = {
    id: slug(name),
    name,
    kind,
    lan,
    ...(population ? { population } : {}),
    priorities,
    partnerCountries,
    networks: named(NETWORKS_FUNDERS.networks),
    preferredFunders: [
      ...areas.map((a) => a.id),
      ...namedIn(chosenText, NETWORKS_FUNDERS.funders).filter((f) => f !== 'Interreg'),
    ],
    exclusions: [],
  };
  const parsed = ProfileSchema.safeParse(draft);
  if (!parsed.success) throw new InputError(parsed.error.issues[0]?.message ?? 'invalid profile', {}, 'profile');
  const lanEntry = LAN.lan.find((l) => l.id === lan);
  const review: ProfileReview = {
    partnerCountries: partnerCountries.map((name) => ({
      name,
      passage: passageAt(text, lines, countryAt.get(name) ?? 0),
    })),
    geography: priorities
      .filter((p) => CONCEPTS[CONCEPT_INDEX.get(p.id) ?? 0]?.geographic)
      .map((p) => ({ conceptId: p.id, passage: p.source.passage })),
    priorities: priorities.map((p) => ({
      id: p.id,
      label: p.label,
      weight: p.weight,
      basis: p.source.basis,
      passage: p.source.passage,
      ...(p.core ? { core: p.core } : {}),
    })),
  };
  if (!opts.name && detected) review.body = detected;
  if (population) review.population = population;
  if (lanEntry) {
    review.lan = { id: lanEntry.id, name: lanEntry.name };
    if (!opts.lan) {
      // The first place the text names the län or one of its municipalities.
      const names = [lanEntry.name, ...lanEntry.aliases, ...lanEntry.municipalities].map((n) => fold(n.toLowerCase()));
      const at = names.map((n) => folded.search(new RegExp(`(?<![a-z])${escapeRegExp(n)}`))).filter((x) => x >= 0);
      if (at.length) review.lan.passage = passageAt(text, lines, Math.min(...at));
    }
  }
  return { profile: parsed.data, review };
}
