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

/** "Two environmental competitions", "båda priserna": a count of contests. */
const COUNTED =
  /(?:^|[^\p{L}])(?:two|both|three|several|tva|bada|tre|flera)\s+(?:\p{L}+\s+){0,2}?(?:competitions|awards|prizes|tavlingar\p{L}*|priser\p{L}*|utmarkelser\p{L}*)(?![\p{L}])/u;
/** Between two names in a title or a programme field: "Green Capital / Green Leaf", "… Capital and … Leaf Awards". */
const BETWEEN_NAMES = /\s+(?:\/|and|och|&)\s+|\s*\/\s*/u;
/** A name: two capitalised words in a row ("Green Leaf", "European Green Capital"). */
const NAME = /\p{Lu}[\p{L}-]*\s+(?:\d{4}\s+)?\p{Lu}[\p{L}-]*/u;

/**
 * Whether the call's title or its programme's name puts several competitions in one call ("European Green Capital /
 * European Green Leaf Awards", "Two environmental competitions open to European Cities"): a condition the call
 * states may then be one competition's, not the whole call's.
 */
export function severalContests(call: FundingCall): boolean {
  for (const text of [call.title, call.programme ?? '']) {
    const folded = foldKeepingOffsets(text.toLowerCase());
    if (!CONTEST.test(folded)) continue;
    if (COUNTED.test(folded)) return true;
    const parts = text.split(BETWEEN_NAMES);
    if (parts.length >= 2 && parts.every((p) => NAME.test(p))) return true;
    // A title naming one contest ("European Green Leaf Award 2029 – call for applications") is that contest's call,
    // whatever the programme field holds ("European Green Capital and European Green Leaf Awards").
    if (text === call.title) return false;
  }
  return false;
}
