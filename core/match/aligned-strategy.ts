/**
 * A strategy or plan the funded projects must be linked to ("Projektet ska kopplas till … den regionala
 * utvecklingsstrategin", "projects must be in line with the regional development strategy"): a condition every
 * project of the call meets, whatever its topic, not what the call is about.
 */
import { fold } from '../text/fold.ts';

/** The matched words name a strategy, a plan or a programme document. */
const STRATEGY_WORD = /strategi|strateg(?:y|ies)|plan(?:en|er|erna)?$|programmet$/u;

/**
 * The link right before, within its clause and at most ten words back: "ska kopplas till insatsområde arbetsliv i
 * den", "in line with the", "bidra till genomförandet av". Folded text.
 */
const ALIGNED_BEFORE =
  /(?:kopplas till|koppla till|kopplat till|kopplad till|knyta an till|knyter an till|ligga i linje med|i linje med|i enlighet med|forankrad i|forankrat i|forankras i|utga fran|utgar fran|ha stod i|har stod i|bidra till genomforandet av|bidrar till genomforandet av|bidra till att genomfora|in line with|aligned with|align with|in accordance with|consistent with|linked to|contribute to the implementation of|contributes to the implementation of|implement(?:ing|ation of)? the)(?:\s+[^\s.;:!?]+){0,10}\s+$/u;

/** Whether the concept words at [start, end) of `text` name a strategy the projects must be linked to. */
export function alignedStrategyAt(text: string, start: number, end: number): boolean {
  // Asked of every concept the summary names: the strategy word first (its letters fold to themselves).
  if (!STRATEGY_WORD.test(text.slice(start, end).toLowerCase())) return false;
  const before = fold(text.slice(Math.max(0, start - 120), start).toLowerCase());
  const clause = before.split(/[.;:!?]\s|\n/).pop() ?? '';
  return ALIGNED_BEFORE.test(clause);
}
