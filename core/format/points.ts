import { groupReasons } from '../match/reason-groups.ts';
import type { Adjustment, Match } from '../model/match.ts';
import { foldMinor } from './minor-reasons.ts';

export type PointsLang = 'sv' | 'en';

/** Points are shown to one decimal: the engine rounds every part so (Match docs). */
export function roundPoints(points: number): number {
  return Math.round(points * 10) / 10;
}

function number(points: number, lang: PointsLang): string {
  const text = String(roundPoints(Math.abs(points)));
  return lang === 'sv' ? text.replace('.', ',') : text;
}

/**
 * The one way a figure of points is written, in every product: signed, unit "p", decimal comma in Swedish
 * ("+12,5 p", "−20 p"); a point only when the English locale is chosen. Whole numbers without decimals.
 */
export function formatPoints(points: number, lang: PointsLang): string {
  const sign = points < 0 ? '−' : '+';
  return `${sign}${number(points, lang)} p`;
}

/** The score itself, unsigned with its unit: "57 p". */
export function formatScore(score: number, lang: PointsLang): string {
  return `${score < 0 ? '−' : ''}${number(score, lang)} p`;
}

type Scored = Pick<Match, 'score' | 'reasons' | 'eligibility' | 'boosts' | 'blockers'>;

/** One figure of a score as every product shows it. */
export type PointPart =
  | { kind: 'priority'; priorityId: string; points: number }
  /** The priorities too small to get a line of their own (minor-reasons.ts), summed as shown. */
  | { kind: 'minor'; priorityIds: string[]; points: number }
  | { kind: 'area' | 'applicant' | 'clamp'; points: number }
  | { kind: 'boost' | 'blocker'; adjustment: Adjustment; points: number };

/**
 * Every figure of a match, in the order products show them: one per priority (its reasons summed), the minor
 * priorities folded into one (minor-reasons.ts), programme area, applicants, each boost, each blocker, each rounded
 * to one decimal as shown; then, when those figures do not add up to the score (a match saved clamped to 0–100 by
 * an older version), the difference as its own part. The figures of the parts always add up to the score: the one
 * place that makes the app, the extension and the digest show the same figures for the same call.
 */
export function pointParts(match: Scored): PointPart[] {
  const rest: PointPart[] = [];
  // Matches saved by older versions lack the eligibility points: the clamp part then carries them.
  rest.push({ kind: 'area', points: roundPoints(match.eligibility.areaPoints ?? 0) });
  rest.push({ kind: 'applicant', points: roundPoints(match.eligibility.applicantPoints ?? 0) });
  for (const a of match.boosts) rest.push({ kind: 'boost', adjustment: a, points: roundPoints(a.points) });
  for (const a of match.blockers) rest.push({ kind: 'blocker', adjustment: a, points: roundPoints(a.points) });
  const groups = groupReasons(match.reasons, 'sv').map((g) => ({
    priorityId: g.priorityId,
    points: roundPoints(g.points),
  }));
  const { shown, minor, minorPoints } = foldMinor(groups, grossOf([...groups, ...rest]));
  const parts: PointPart[] = shown.map((g) => ({ kind: 'priority', priorityId: g.priorityId, points: g.points }));
  if (minor.length) parts.push({ kind: 'minor', priorityIds: minor.map((g) => g.priorityId), points: minorPoints });
  parts.push(...rest);
  const clamp = roundPoints(match.score - sumPoints(parts.map((p) => p.points)));
  if (clamp !== 0) parts.push({ kind: 'clamp', points: clamp });
  return parts;
}

const grossOf = (parts: readonly { points: number }[]) => parts.reduce((t, p) => t + Math.max(0, p.points), 0);

/** Every positive figure of a match summed: what a priority's share is measured against (minor-reasons.ts). */
export function grossPoints(match: Scored): number {
  const figures = [
    ...groupReasons(match.reasons, 'sv').map((g) => g.points),
    match.eligibility.areaPoints ?? 0,
    match.eligibility.applicantPoints ?? 0,
    ...match.boosts.map((a) => a.points),
    ...match.blockers.map((a) => a.points),
  ];
  return grossOf(figures.map((points) => ({ points: roundPoints(points) })));
}

/** The sum of figures as shown (each to one decimal), free of binary rounding noise. */
export function sumPoints(figures: readonly number[]): number {
  return roundPoints(figures.reduce((t, f) => t + roundPoints(f), 0));
}

/**
 * The points the engine's 0–100 clamp took or gave (the figures shown summed beyond 100 or below 0), 0 when they
 * add up to the score. Shown as its own line so that the figures shown always add up to the score shown.
 */
export function clampPoints(match: Scored): number {
  return pointParts(match).find((p) => p.kind === 'clamp')?.points ?? 0;
}

export const CLAMP_LABEL = {
  sv: { high: 'Högst 100', low: 'Lägst 0', other: 'Övrigt' },
  en: { high: 'At most 100', low: 'At least 0', other: 'Other' },
} as const;

/** The label of a clamp line: the parts went over 100, under 0, or (a match from elsewhere) just differ. */
export function clampLabel(points: number, score: number, lang: PointsLang): string {
  if (points < 0 && score >= 100) return CLAMP_LABEL[lang].high;
  if (points > 0 && score <= 0) return CLAMP_LABEL[lang].low;
  return CLAMP_LABEL[lang].other;
}

/** The visible sum in pieces, so a renderer can keep each figure on one line: "Summa", the terms, the total. */
export interface SumParts {
  label: string;
  /** Each non-zero figure shown ("+40 p", "−10 p"), or "+0 p" when there is none. */
  terms: string[];
  /** The total of the figures as shown, with its unit ("38 p"). */
  total: string;
}

export function sumParts(figures: readonly number[], lang: PointsLang): SumParts {
  const terms = figures.filter((f) => roundPoints(f) !== 0).map((f) => formatPoints(f, lang));
  return {
    label: lang === 'sv' ? 'Summa' : 'Total',
    terms: terms.length ? terms : [formatPoints(0, lang)],
    total: formatScore(sumPoints(figures), lang),
  };
}

/**
 * The visible sum: each figure shown, then the total, "Summa: +40 p +8 p −10 p = 38 p". The total is the sum
 * of the figures as shown (one decimal), so a reader can check it against the score.
 */
export function formatSum(figures: readonly number[], lang: PointsLang): string {
  const { label, terms, total } = sumParts(figures, lang);
  return `${label}: ${terms.join(' ')} = ${total}`;
}
