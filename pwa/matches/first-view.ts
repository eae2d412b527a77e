import type { RankedCall } from '../calls/ranker.ts';
import { notEligibleReason } from './score-parts.ts';

export interface FirstView {
  /** Open and forthcoming calls the body can apply for, best first. */
  apply: RankedCall[];
  /** Open and forthcoming calls it cannot apply for (or the profile excludes), each with its reason. */
  blocked: RankedCall[];
  closed: RankedCall[];
}

/** The first view's three groups, keeping the engine's order within each. */
export function splitFirstView(ranked: readonly RankedCall[]): FirstView {
  const out: FirstView = { apply: [], blocked: [], closed: [] };
  for (const r of ranked) {
    if ((r.call.status ?? 'open') === 'closed') out.closed.push(r);
    else if (notEligibleReason(r.match)) out.blocked.push(r);
    else out.apply.push(r);
  }
  return out;
}
