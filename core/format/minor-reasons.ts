import type { Bilingual } from '../model/profile.ts';
import { countText } from './deadline-text.ts';

/**
 * A priority that earns less than this share of a match's points is a minor hit: a related topic worth
 * +0,1–0,2 p beside a +30 p reason tells a reader nothing but takes a line of its own. Share of the match's gross
 * points (every positive figure), not of the score, so a blocked call's reasons are judged against what they earned.
 */
export const MINOR_SHARE = 0.03;

/** Folding only pays when it saves a line: one minor priority keeps its own line. */
const MIN_FOLDED = 2;

export const MINOR_LABEL: Bilingual = { sv: 'Övriga, mindre träffar', en: 'Other, minor matches' };

/** The rounding every figure is shown with (one decimal), here to keep this module free of points.ts. */
const tenth = (points: number) => Math.round(points * 10) / 10;

export interface Folded<G> {
  /** The priorities shown on their own lines, in the order given. */
  shown: G[];
  /** The minor ones, in the order given; empty when nothing is folded. */
  minor: G[];
  /** Their figures as shown (each to one decimal) summed: the folded line's figure. */
  minorPoints: number;
}

/**
 * Folds the priorities that earned less than MINOR_SHARE of `gross` into one line ("Övriga, mindre träffar:
 * +0,5 p"). The first priority (the one the list leads with) is never folded, nor a negative figure; fewer than
 * two minor ones are left as they are. The folded figure is the sum of the figures it replaces as each would have
 * been shown, so a visible sum of the lines still equals the score to the tenth. Pure: the Match is not changed,
 * only how it is told.
 */
export function foldMinor<G extends { points: number }>(groups: readonly G[], gross: number): Folded<G> {
  const limit = MINOR_SHARE * gross;
  const minor = groups.filter((g, i) => i > 0 && tenth(g.points) > 0 && tenth(g.points) < limit);
  if (minor.length < MIN_FOLDED) return { shown: [...groups], minor: [], minorPoints: 0 };
  const folded = new Set<G>(minor);
  const minorPoints = tenth(minor.reduce((t, g) => t + tenth(g.points), 0));
  return { shown: groups.filter((g) => !folded.has(g)), minor, minorPoints };
}

/** "Övriga, mindre träffar" with how many priorities it holds: "(3 prioriteringar)". */
export function minorHeading(count: number, lang: 'sv' | 'en'): string {
  return `${MINOR_LABEL[lang]} (${countText(count, 'priority', lang)})`;
}
