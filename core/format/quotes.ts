/**
 * Which of a reason's quotes a reader should see. A quote is the call's own words, so the same sentence often
 * backs several priorities, or comes twice as overlapping windows ("…encouraging new partnerships to develop…",
 * "…new partnerships to develop and enhance…"), or is the call's title already on screen. Each is shown once.
 */

/** The quote's own words, without the ellipses that mark where it was cut. */
const core = (q: string) =>
  q
    .replace(/^[\s…]+|[\s…]+$/g, '')
    .replace(/\s+/g, ' ')
    .toLowerCase();

/** Runs of this many words in common make two quotes the same passage. */
const RUN = 6;

function runs(q: string): string[] {
  const words = core(q).split(' ');
  if (words.length < RUN) return [words.join(' ')];
  return words.slice(0, words.length - RUN + 1).map((_, i) => words.slice(i, i + RUN).join(' '));
}

/**
 * Up to `max` of `quotes` not yet shown: not the title (or a cut of it), and no passage already in `shown` (the
 * quotes of the priorities above, updated here). Pure apart from `shown`, which a list passes from item to item.
 */
export function freshQuotes(quotes: readonly string[], shown: Set<string>, max: number, title?: string): string[] {
  const titleCore = title ? core(title) : undefined;
  const out: string[] = [];
  for (const q of quotes) {
    if (out.length >= max) break;
    const c = core(q);
    if (!c || titleCore?.includes(c)) continue;
    const own = runs(q);
    if (own.some((r) => shown.has(r))) continue;
    for (const r of own) shown.add(r);
    out.push(q);
  }
  return out;
}
