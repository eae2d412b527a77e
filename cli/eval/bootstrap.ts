/**
 * Paired bootstrap over calls: the same resampled calls are ranked by both engines (each keeps its own order
 * among them), so the interval is of the difference, not of two separate figures. Seeded: the same run prints
 * the same interval.
 */
import { ndcgAt, precisionAt } from './metrics.ts';

export interface Interval {
  delta: number;
  low: number;
  high: number;
}

/** Mulberry32: small, fast, good enough to resample with, and seedable. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface BodyRun {
  grades: ReadonlyMap<string, number>;
  current: readonly string[];
  previous: readonly string[];
}

type Measure = 'ndcg' | 'p5';

/** The measure of a ranking restricted to a multiset of calls (a call drawn twice appears twice, side by side). */
function measureOn(
  order: readonly string[],
  counts: ReadonlyMap<string, number>,
  grades: ReadonlyMap<string, number>,
  m: Measure,
) {
  const ids: string[] = [];
  const keyed: string[] = [];
  for (const id of order) {
    const n = counts.get(id) ?? 0;
    for (let i = 0; i < n; i++) {
      ids.push(`${id}#${i}`);
      keyed.push(id);
    }
  }
  const g = new Map<string, number>();
  for (let i = 0; i < ids.length; i++) g.set(ids[i], grades.get(keyed[i]) ?? 0);
  return m === 'ndcg' ? ndcgAt(ids, g, 10) : precisionAt(ids, g, 5);
}

function percentile(sorted: readonly number[], p: number): number {
  const at = (sorted.length - 1) * p;
  const lo = Math.floor(at);
  const hi = Math.ceil(at);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (at - lo);
}

/**
 * 95% interval of (current − previous) for each body and for the mean over bodies; one resample of the calls
 * serves every body, so the mean's interval is paired across bodies too.
 */
export function pairedBootstrap(
  runs: ReadonlyMap<string, BodyRun>,
  callIds: readonly string[],
  m: Measure,
  reps = 2000,
  seed = 12,
): { perBody: Map<string, Interval>; mean: Interval } {
  const random = rng(seed);
  const diffs = new Map<string, number[]>([...runs.keys()].map((b) => [b, []]));
  const meanDiffs: number[] = [];
  const observed = (counts: Map<string, number>) => {
    let total = 0;
    for (const [body, r] of runs) {
      const d = measureOn(r.current, counts, r.grades, m) - measureOn(r.previous, counts, r.grades, m);
      diffs.get(body)?.push(d);
      total += d;
    }
    meanDiffs.push(total / (runs.size || 1));
  };
  const all = new Map(callIds.map((id) => [id, 1]));
  const point = new Map<string, number>();
  let pointMean = 0;
  for (const [body, r] of runs) {
    const d = measureOn(r.current, all, r.grades, m) - measureOn(r.previous, all, r.grades, m);
    point.set(body, d);
    pointMean += d / (runs.size || 1);
  }
  for (let k = 0; k < reps; k++) {
    const counts = new Map<string, number>();
    for (let i = 0; i < callIds.length; i++) {
      const id = callIds[Math.floor(random() * callIds.length)];
      counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    observed(counts);
  }
  const interval = (delta: number, xs: number[]): Interval => {
    const s = [...xs].sort((a, b) => a - b);
    return { delta, low: percentile(s, 0.025), high: percentile(s, 0.975) };
  };
  const perBody = new Map<string, Interval>();
  for (const [body, xs] of diffs) perBody.set(body, interval(point.get(body) ?? 0, xs));
  return { perBody, mean: interval(pointMean, meanDiffs) };
}

/** "better", "worse" or "no clear change" by whether the interval excludes zero. */
export function verdictOf(i: Interval): 'better' | 'worse' | 'no clear change' {
  return i.low > 0 ? 'better' : i.high < 0 ? 'worse' : 'no clear change';
}
