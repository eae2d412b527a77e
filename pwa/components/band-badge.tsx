import type { Band } from '../../core/model/match.ts';
import { lang, t } from '../i18n/lang.ts';
import { BAND_LABELS } from './labels.ts';

export function BandBadge({ band, score }: { band: Band; score: number }) {
  return (
    <span class={`band band-${band}`} title={t('Matchning och poäng (0–100)', 'Match band and score (0–100)')}>
      {BAND_LABELS[band][lang()]} <strong>{Math.round(score)}</strong>
    </span>
  );
}
