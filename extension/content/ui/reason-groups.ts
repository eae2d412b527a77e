import type { Match } from '../../../core/model/match.ts';
import type { Lang } from '../../messages.ts';

export interface ReasonGroup {
  priorityId: string;
  label: string;
  /** Sum of the group's points, rounded to one decimal. */
  points: number;
  /** Lexicon concepts that matched, in the reader's language (at most 3). */
  concepts: string[];
  /** The call's own words that matched (at most 4, first seen first). */
  words: string[];
  /** One short quote from the call. */
  quote?: string;
}

const MAX_CONCEPTS = 3;
const MAX_WORDS = 4;

/**
 * One entry per priority, most points first: the engine gives one reason per concept, and listing them
 * one by one repeats the same priority three or four times in a row. `title` (already shown) is the
 * quote of last resort.
 */
export function groupReasons(match: Match, lang: Lang, title = ''): ReasonGroup[] {
  const groups = new Map<string, ReasonGroup>();
  for (const r of match.reasons) {
    let g = groups.get(r.priorityId);
    if (!g) {
      g = { priorityId: r.priorityId, label: r.priorityLabel[lang], points: 0, concepts: [], words: [] };
      groups.set(r.priorityId, g);
    }
    g.points += r.points;
    const concept = r.conceptLabel?.[lang];
    if (concept && !g.concepts.includes(concept) && g.concepts.length < MAX_CONCEPTS) g.concepts.push(concept);
    for (const e of r.evidence) {
      const seen = g.words.some((w) => w.toLowerCase() === e.term.toLowerCase());
      if (!seen && g.words.length < MAX_WORDS) g.words.push(e.term);
      // The title is already on screen: a quote from the call's text tells more.
      if (e.quote && (!g.quote || g.quote === title) && e.quote !== g.quote) g.quote = e.quote;
    }
  }
  return [...groups.values()]
    .map((g) => ({ ...g, points: Math.round(g.points * 10) / 10 }))
    .sort((a, b) => b.points - a.points);
}

/** "12,5" in Swedish, "12.5" in English; whole numbers without decimals. */
export function formatPoints(points: number, lang: Lang): string {
  const text = String(Math.round(Math.abs(points) * 10) / 10);
  const sign = points < 0 ? '−' : '+';
  return `${sign}${lang === 'sv' ? text.replace('.', ',') : text}`;
}
