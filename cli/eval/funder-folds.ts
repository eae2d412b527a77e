/**
 * Leave-one-funder-out: the set measured again with each funder's calls left out in turn. Our lexicon and rules
 * were written while looking at this set; a figure that holds only with one funder's calls in it is a sign of
 * fitting to those texts, so eval prints the spread over the folds next to the full-set figure.
 */
import type { FundingCall } from '../../core/model/call.ts';
import { ndcgAt } from './metrics.ts';

/** Calls grouped by funder as published (programme strands of one funder stay together). */
export function funderGroups(calls: readonly FundingCall[]): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const c of calls) {
    const key = c.funder.replace(/\s*\(.*\)\s*$/, '').trim();
    if (!out.has(key)) out.set(key, new Set());
    out.get(key)?.add(c.id);
  }
  return out;
}

export interface FoldFigures {
  folds: number;
  mean: number;
  worst: number;
  worstFunder: string;
}

/** Mean nDCG@10 over bodies on each fold (the set without one funder), summarised over folds. */
export function leaveOneFunderOut(
  rankings: ReadonlyMap<string, readonly string[]>,
  labels: ReadonlyMap<string, ReadonlyMap<string, number>>,
  groups: ReadonlyMap<string, ReadonlySet<string>>,
): FoldFigures {
  let sum = 0;
  let worst = Number.POSITIVE_INFINITY;
  let worstFunder = '';
  for (const [funder, ids] of groups) {
    let total = 0;
    let bodies = 0;
    for (const [body, order] of rankings) {
      const grades = labels.get(body);
      if (!grades) continue;
      const kept = new Map([...grades].filter(([id]) => !ids.has(id)));
      total += ndcgAt(
        order.filter((id) => !ids.has(id)),
        kept,
        10,
      );
      bodies++;
    }
    const m = total / (bodies || 1);
    sum += m;
    if (m < worst) {
      worst = m;
      worstFunder = funder;
    }
  }
  return { folds: groups.size, mean: sum / (groups.size || 1), worst, worstFunder };
}
