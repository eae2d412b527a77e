import { Fragment } from 'preact';
import { sumParts } from '../../core/format/points.ts';
import { lang } from '../i18n/lang.ts';

/**
 * The visible sum of the figures shown ("Summa: +22 p +0,6 p −10,6 p = 12 p"), each figure kept on one line so a
 * narrow screen never leaves a lone "p" at the start of a line.
 */
export function PointsSum({ figures, score }: { figures: readonly number[]; score: number }) {
  const { label, terms, total } = sumParts(figures, lang());
  return (
    <p class="sum" data-score={score}>
      {label}:
      {terms.map((t, i) => (
        <Fragment key={i}>
          {' '}
          <span class="figure">{t}</span>
        </Fragment>
      ))}{' '}
      <span class="figure">= {total}</span>
    </p>
  );
}
