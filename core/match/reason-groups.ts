import type { Reason } from '../model/match.ts';
import type { Bilingual } from '../model/profile.ts';
import { evidenceWords } from './provenance.ts';

/**
 * The engine gives one reason per concept; readers want one line per priority. This is the one grouping
 * used by explain(), the extension's panel and the app's reason list. Types only: safe for the content script.
 */
export type ReasonLike = Pick<
  Reason,
  'priorityId' | 'priorityLabel' | 'evidence' | 'points' | 'conceptLabel' | 'related'
>;

/**
 * A reason's concept as the reader sees it. A neighbour concept is said to be one ("närliggande ämne: Skola och
 * utbildning"): the call is about a topic next to the priority, which is all the engine gave it credit for.
 */
export function conceptShown(r: Pick<Reason, 'conceptLabel' | 'related'>, lang: 'sv' | 'en'): string | undefined {
  const label = r.conceptLabel?.[lang];
  if (!label) return undefined;
  return topicsText(r.related ? { concepts: [], related: [label] } : { concepts: [label], related: [] }, lang);
}

/** A priority's points as its line shows them: one decimal. orderReasons() and groupReasons() order by this. */
const roundGroupPoints = (points: number) => Math.round(points * 10) / 10;

/**
 * The engine's reasons in the order a reader meets them: priority by priority, the priority with the most points
 * first (as groupReasons() shows them), and within a priority its own concepts before those next to it, each by
 * points. A neighbour's words are weaker evidence that the call is about the priority than the priority's own
 * topic, so they never lead its line (nor its quote) while the priority's own topic matched too.
 */
export function orderReasons<R extends Pick<ReasonLike, 'priorityId' | 'points' | 'related'>>(
  reasons: readonly R[],
): R[] {
  const byPoints = [...reasons].sort((x, y) => y.points - x.points);
  const total = new Map<string, number>();
  const first = new Map<string, number>();
  byPoints.forEach((r, i) => {
    total.set(r.priorityId, (total.get(r.priorityId) ?? 0) + r.points);
    if (!first.has(r.priorityId)) first.set(r.priorityId, i);
  });
  // Rounded as groupReasons() rounds a group's points, so the two agree on which priority comes first.
  const groupPoints = (id: string) => roundGroupPoints(total.get(id) ?? 0);
  return byPoints.sort(
    (x, y) =>
      groupPoints(y.priorityId) - groupPoints(x.priorityId) ||
      (first.get(x.priorityId) ?? 0) - (first.get(y.priorityId) ?? 0) ||
      Number(x.related === true) - Number(y.related === true) ||
      y.points - x.points,
  );
}

export interface ReasonGroup {
  priorityId: string;
  label: Bilingual;
  /** Sum of the group's points, rounded to one decimal. */
  points: number;
  /** Lexicon concepts of the priority's own that matched, in the reader's language, first seen first. */
  concepts: string[];
  /** Concepts next to the priority's own that matched (Reason.related): told apart by topicsText(). */
  related: string[];
  /** The call's own words that matched, first seen first, case-insensitively distinct. */
  words: string[];
  /** Quotes from the call, first seen first, distinct. */
  quotes: string[];
  /**
   * What programme data said instead of the call's words ('programmets prioritering "…" (programdata)'), rendered
   * with its mark: shown beside the words, never as one of them.
   */
  fromData: string[];
}

/**
 * A group's topics as one phrase: its own first, then those next to it under one heading ("Klimat; närliggande
 * ämnen: Energi, Vatten"), so the reader sees which topics are the priority's and which only border on it.
 */
export function topicsText(g: Pick<ReasonGroup, 'concepts' | 'related'>, lang: 'sv' | 'en'): string {
  if (g.related.length === 0) return g.concepts.join(', ');
  const many = g.related.length > 1;
  const heading =
    lang === 'sv' ? (many ? 'närliggande ämnen' : 'närliggande ämne') : many ? 'related topics' : 'related topic';
  const related = `${heading}: ${g.related.join(', ')}`;
  return g.concepts.length ? `${g.concepts.join(', ')}; ${related}` : related;
}

export interface GroupLimits {
  concepts?: number;
  words?: number;
}

/** One group per priority, most points first. */
export function groupReasons(
  reasons: readonly ReasonLike[],
  lang: 'sv' | 'en',
  { concepts: maxConcepts = 3, words: maxWords = 4 }: GroupLimits = {},
): ReasonGroup[] {
  const groups = new Map<string, ReasonGroup>();
  for (const r of reasons) {
    let g = groups.get(r.priorityId);
    if (!g) {
      g = {
        priorityId: r.priorityId,
        label: r.priorityLabel,
        points: 0,
        concepts: [],
        related: [],
        words: [],
        quotes: [],
        fromData: [],
      };
      groups.set(r.priorityId, g);
    }
    g.points += r.points;
    const concept = r.conceptLabel?.[lang];
    const list = r.related ? g.related : g.concepts;
    if (concept && !list.includes(concept) && g.concepts.length + g.related.length < maxConcepts) list.push(concept);
    for (const e of r.evidence) {
      const shown = evidenceWords(e, lang);
      if (!shown.quoted) {
        if (g.fromData.length < maxWords && !g.fromData.includes(shown.text)) g.fromData.push(shown.text);
        // A list of applicants that is the word itself ("urban authorities") has nothing more to quote.
        if (e.quote && e.quote !== e.term && !g.quotes.includes(e.quote)) g.quotes.push(e.quote);
        continue;
      }
      const term = e.term.toLowerCase();
      if (g.words.length < maxWords && !g.words.some((w) => w.toLowerCase() === term)) g.words.push(e.term);
      if (e.quote && !g.quotes.includes(e.quote)) g.quotes.push(e.quote);
    }
  }
  return [...groups.values()]
    .map((g) => ({ ...g, points: roundGroupPoints(g.points) }))
    .sort((a, b) => b.points - a.points);
}
