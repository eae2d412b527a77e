import type { Match } from '../model/match.ts';

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

/**
 * The points the engine's 0–100 clamp took or gave (the parts summed beyond 100 or below 0), 0 when the parts
 * add up to the score. Shown as its own line so that the figures shown always add up to the score shown.
 */
export function clampPoints(match: Pick<Match, 'score' | 'reasons' | 'eligibility' | 'boosts' | 'blockers'>): number {
  const parts =
    match.reasons.reduce((t, r) => t + r.points, 0) +
    (match.eligibility.points ?? 0) +
    match.boosts.reduce((t, b) => t + b.points, 0) +
    match.blockers.reduce((t, b) => t + b.points, 0);
  return roundPoints(match.score - parts);
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

/**
 * The visible sum: each figure shown, then the total, "Summa: +40 p +8 p −10 p = 38 p". The total is the sum
 * of the figures as shown (one decimal), so a reader can check it against the score.
 */
export function formatSum(figures: readonly number[], lang: PointsLang): string {
  const total = roundPoints(figures.reduce((t, f) => t + roundPoints(f), 0));
  const terms = figures.filter((f) => roundPoints(f) !== 0).map((f) => formatPoints(f, lang));
  return `${lang === 'sv' ? 'Summa' : 'Total'}: ${terms.length ? terms.join(' ') : formatPoints(0, lang)} = ${formatScore(total, lang)}`;
}
