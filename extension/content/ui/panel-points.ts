import { type PointPart, pointParts, sumPoints } from '../../../core/format/points.ts';
import type { Adjustment, Match } from '../../../core/model/match.ts';

/** Eligibility boosts and blockers are told on the eligibility rows themselves, not twice. */
const AREA_KINDS: ReadonlySet<string> = new Set(['programme-area', 'outside-programme-area']);
const APPLICANT_KINDS: ReadonlySet<string> = new Set(['applicant-type']);

export const isEligibility = (a: Adjustment): boolean => AREA_KINDS.has(a.kind) || APPLICANT_KINDS.has(a.kind);

export interface AdjustmentPoints {
  adjustment: Adjustment;
  points: number;
}

export interface PanelPoints {
  /** The programme-area row: its verdict's points and any area boost or blocker. */
  area: number;
  /** The applicants row, likewise. */
  applicant: number;
  /** Blockers other than eligibility, each with its figure. */
  blockers: AdjustmentPoints[];
  /** Each priority's figure, by priority id: those shown on a line of their own. */
  priorities: ReadonlyMap<string, number>;
  /** The minor priorities folded into one line, and that line's figure (0 when none are folded). */
  minor: { priorityIds: readonly string[]; points: number };
  /** Boosts other than eligibility. */
  boosts: AdjustmentPoints[];
  /** The part an older saved match needs to add up (0 for a fresh match). */
  clamp: number;
  /** Every figure above in the panel's order: what its visible sum adds up. */
  figures: number[];
}

const kindOf = (p: PointPart): string => (p.kind === 'boost' || p.kind === 'blocker' ? p.adjustment.kind : '');

function others(parts: readonly PointPart[], kind: 'boost' | 'blocker'): AdjustmentPoints[] {
  return parts.flatMap((p) =>
    p.kind === kind && !isEligibility(p.adjustment) ? [{ adjustment: p.adjustment, points: p.points }] : [],
  );
}

/**
 * The panel's figures from the Match, through core's pointParts() (the figures the app and the digest show for
 * the same call): eligibility adjustments summed into their rows, every other part on its own line. The panel's
 * visible sum adds these up, never what was rendered.
 */
export function panelPoints(m: Match): PanelPoints {
  const parts = pointParts(m);
  const rowOf = (own: PointPart['kind'], kinds: ReadonlySet<string>) =>
    sumPoints(parts.filter((p) => p.kind === own || kinds.has(kindOf(p))).map((p) => p.points));
  const area = rowOf('area', AREA_KINDS);
  const applicant = rowOf('applicant', APPLICANT_KINDS);
  const blockers = others(parts, 'blocker');
  const boosts = others(parts, 'boost');
  const priorities = parts.flatMap((p) => (p.kind === 'priority' ? [[p.priorityId, p.points] as const] : []));
  const clamp = parts.find((p) => p.kind === 'clamp')?.points ?? 0;
  const folded = parts.find((p) => p.kind === 'minor');
  const minor = folded ? { priorityIds: folded.priorityIds, points: folded.points } : { priorityIds: [], points: 0 };
  return {
    area,
    applicant,
    blockers,
    priorities: new Map(priorities),
    minor,
    boosts,
    clamp,
    figures: [
      area,
      applicant,
      ...blockers.map((b) => b.points),
      ...priorities.map(([, points]) => points),
      minor.points,
      ...boosts.map((b) => b.points),
      clamp,
    ],
  };
}
