import { explain } from '../../core/match/index.ts';
import type { Match } from '../../core/model/match.ts';

/** Explanation lines in both languages, kept with a saved call or a digest entry. */
export function explainBoth(match: Match): { sv: string[]; en: string[] } {
  return { sv: explain(match, 'sv'), en: explain(match, 'en') };
}
