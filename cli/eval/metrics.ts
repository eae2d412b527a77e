/** Ranking measures of ../shared/eval/README.md. */

/** nDCG@k with gain 2^grade − 1; the ideal order is the labels' own, best first. */
export function ndcgAt(rankedIds: readonly string[], grades: ReadonlyMap<string, number>, k = 10): number {
  const gain = (g: number) => 2 ** g - 1;
  let dcg = 0;
  rankedIds.slice(0, k).forEach((id, i) => {
    dcg += gain(grades.get(id) ?? 0) / Math.log2(i + 2);
  });
  const ideal = [...grades.values()].sort((a, b) => b - a).slice(0, k);
  let idcg = 0;
  ideal.forEach((g, i) => {
    idcg += gain(g) / Math.log2(i + 2);
  });
  return idcg === 0 ? 0 : dcg / idcg;
}

/** Share of the top k with grade ≥ 2. */
export function precisionAt(rankedIds: readonly string[], grades: ReadonlyMap<string, number>, k = 5): number {
  const top = rankedIds.slice(0, k);
  return top.filter((id) => (grades.get(id) ?? 0) >= 2).length / k;
}
