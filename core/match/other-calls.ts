/**
 * Sentences about other calls: "Two other related calls for proposals, for town-twinning projects and for networks
 * of towns, offer funding …", "En annan utlysning, för kulturprojekt, öppnar i mars". Their topics are those calls',
 * not this one's. The sentence must open with the other calls; "Unlike other calls, this one funds …" is about
 * this call.
 */
import { sentenceRanges } from '../text/sentences.ts';

const OTHER_CALLS_START =
  /^\W*(?:(?:two|three|several|the|an|en|ett|två|tre|flera)\s+)?(?:other|another|andra|annan|övriga|separate|separata?)\s+(?:related\s+|separate\s+|open\s+|relaterade\s+|öppna\s+)?(?:calls?|funding calls?|utlysning(?:ar|en|arna)?)(?![\p{L}])/u;

/** The sentences of lowercase `lower` that open with other calls, as ranges of its own offsets. */
export function otherCallRanges(lower: string): [number, number][] {
  if (!/other|another|andra|annan|övriga|separat/.test(lower)) return [];
  return sentenceRanges(lower).filter(([a, b]) => OTHER_CALLS_START.test(lower.slice(a, Math.min(b, a + 80))));
}
