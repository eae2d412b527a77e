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

/**
 * A page that opens several programmes or calls at once ("is opening applications for three Nordic cooperation
 * programmes", "öppnar ansökan till två program"): a limit on who may apply said under one of them ("Partners: Only
 * NGOs") is that one's, not every one's. The words as written, or undefined.
 */
const SEVERAL_CALLS =
  /(?:applications?|ansökningar|ansökan|ansöka)\s+(?:for|to|till|i|inom)\s+((?:two|three|four|five|several|\d+|två|tre|fyra|fem|flera)\s+(?:[\p{L}-]+\s+){0,3}?(?:programmes|programs|program|programmen|calls|utlysningar|funds|fonder))(?![\p{L}])/iu;

/**
 * A scheme said to be made of several strands ("The scheme consists of two action lines: … for individuals …, and …
 * for legal entities", "Programmet består av tre delar", "in each category there are two parallel competition strands", "Inom biblioteksområdet finns två bidrag att söka"):
 * who may apply under one strand is that strand's.
 */
const SEVERAL_STRANDS =
  /(?:consists? of|comprises?|is made up of|is divided into|there are|består av|är uppdelad i|är indelad i|omfattar|det finns|finns det|finns)\s+((?:two|three|four|five|several|\d+|två|tre|fyra|fem|flera)\s+(?:[\p{L}-]+\s+){0,2}?(?:action lines|strands|lots|streams|tracks|sub-programmes|delprogram|spår|stödformer|bidragsformer|bidrag|grants|grant schemes|funding schemes))(?![\p{L}])/iu;

export function severalCallsIn(summary: string): string | undefined {
  return SEVERAL_CALLS.exec(summary.slice(0, 400))?.[1] ?? SEVERAL_STRANDS.exec(summary.slice(0, 1500))?.[1];
}
