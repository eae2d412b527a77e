/** A small seeded generator, so property-style tests see the same texts on every run and a failure can be replayed. */
export function seededRandom(seed: number): (k: number) => number {
  let state = seed;
  return (k: number) => {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    return state % k;
  };
}

/** n texts of 1..maxWords parts, each followed by a gap, drawn from the given lists (parts chosen from a pattern's own words make matches frequent). */
export function joinedTexts(
  n: number,
  parts: readonly string[],
  gaps: readonly string[],
  maxWords: number,
  seed: number,
): string[] {
  const next = seededRandom(seed);
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    let text = '';
    for (let w = 1 + next(maxWords); w > 0; w--) text += parts[next(parts.length)] + gaps[next(gaps.length)];
    out.push(text);
  }
  return out;
}
