/**
 * Horizontal principles: what every project must take into account, whatever it is about ("horisontella
 * perspektiv (hållbarhet, jämställdhet, mångfald)", "the horizontal principles of equal opportunities and
 * sustainable development", "cross-cutting themes: gender equality, climate"). They are conditions, not the call's
 * topic: a strategy's "Hållbar utveckling" is not met by a call that lists sustainability among them.
 */
import { sentenceEnd } from '../text/sentences.ts';

const HORIZONTAL =
  /(?<![\p{L}])(?:horisontella|horisontellt|horizontal|cross-cutting|tvärgående)\s+(?:perspektiv(?:en)?|principer(?:na)?|kriterier(?:na)?|principles|priorities|criteria|perspectives|themes|issues|objectives|mål(?:en)?|frågor(?:na)?)(?![\p{L}])/gu;

/** Words that say a horizontal principle may be near: most texts are passed over without the pattern. */
const HINT = /horisontell|horizontal|cross-cutting|tvärgående/;

/**
 * The stretches of lowercase `lower` that list horizontal principles, as ranges of its own offsets: from the words
 * to the end of their parenthesis ("… perspektiv (hållbarhet, jämställdhet)") or else of their sentence.
 */
function horizontalRanges(lower: string): [number, number][] {
  if (!HINT.test(lower)) return [];
  const out: [number, number][] = [];
  for (const m of lower.matchAll(HORIZONTAL)) {
    const at = m.index ?? 0;
    const after = at + m[0].length;
    const open = /^\s*\(/.exec(lower.slice(after, after + 4));
    if (open) {
      const close = lower.indexOf(')', after);
      out.push([at, close === -1 ? sentenceEnd(lower, after) : close + 1]);
    } else out.push([at, sentenceEnd(lower, after)]);
  }
  return out;
}

/**
 * The summary's horizontal principles, read once per call: their stretches of the lowercase summary (horizontalRanges)
 * and the items they list, lower case ("hållbarhet", "jämställdhet"), which a list of themes may repeat as entries of
 * its own — the condition again, not a topic.
 */
export function horizontalOf(
  summary: string | undefined,
): { ranges: [number, number][]; items: ReadonlySet<string> } | undefined {
  if (!summary) return undefined;
  const lower = summary.toLowerCase();
  const ranges = horizontalRanges(lower);
  if (ranges.length === 0) return undefined;
  const items = new Set<string>();
  for (const [a, b] of ranges) {
    const text = lower
      .slice(a, b)
      .replace(HORIZONTAL, ' ')
      .replace(/[():.]/g, ',');
    for (const item of text.split(/,|;|\s(?:och|and|samt|as well as)\s/)) {
      const t = item.trim().replace(/^(?:of|the|om|av|för|to|är|are|such as|såsom|t\.ex\.)\s+/, '');
      if (t.length > 2) items.add(t);
    }
  }
  return { ranges, items };
}
