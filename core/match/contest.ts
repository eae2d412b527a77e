/**
 * Calls that are a competition for a prize or a title (applicant-types.json `contests`): "European Capital of
 * Innovation Awards", "ansöka om att bli Europeisk kulturhuvudstad", "the competition is open to cities". One
 * applicant wins; the others compete, they do not work together. Read in the call's title, its programme's name
 * ("European Capital of Culture": the programme is the title) and its who-may-apply sentences only: a summary may
 * speak of a prize a project once won, or of competition in a market.
 */
import { APPLICANT_TYPES } from '../data/index.ts';
import type { FundingCall } from '../model/call.ts';
import { escapeRegExp } from '../text/escape-regexp.ts';
import { foldKeepingOffsets } from '../text/fold.ts';
import { whoRanges } from './signals.ts';

const WORDS = APPLICANT_TYPES.contests.words;
const pattern = (p: string) => foldKeepingOffsets(p.toLowerCase()).split(/\s+/).map(escapeRegExp).join('\\s+');
/** Swedish words count as the last part of a compound too ("kulturhuvudstad", "miljöpriset"); English ones whole. */
const CONTEST = new RegExp(
  `(?:(?:^|[^\\p{L}])(?:${WORDS.en.map(pattern).join('|')})|\\p{L}*(?:${WORDS.sv.map(pattern).join('|')}))(?![\\p{L}])`,
  'u',
);

/**
 * Whether the call's title, its programme's name or one of its who-may-apply sentences names a competition, a prize
 * or a title.
 */
export function isContest(call: FundingCall, summaryWho?: readonly [number, number][]): boolean {
  if (CONTEST.test(foldKeepingOffsets(call.title))) return true;
  if (call.programme && CONTEST.test(foldKeepingOffsets(call.programme))) return true;
  const summary = call.summary ?? '';
  const folded = foldKeepingOffsets(summary);
  for (const [from, to] of summaryWho ?? whoRanges(summary)) if (CONTEST.test(folded.slice(from, to))) return true;
  return false;
}
