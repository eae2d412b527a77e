/**
 * The watchlist's deadline order, on the `lastDeadline` index: coming deadlines first (soonest first), then passed
 * ones (latest first), then calls with no date (0).
 */
export function compareDeadlines(a: number, b: number, now: number): number {
  const bucket = (d: number) => (d === 0 ? 2 : d < now ? 1 : 0);
  const ba = bucket(a);
  const bb = bucket(b);
  if (ba !== bb) return ba - bb;
  return ba === 1 ? b - a : a - b;
}
