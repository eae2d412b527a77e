import { zonedParts } from '../../core/dates/zoned.ts';
import { clockText, dateText, HOME_ZONE } from '../../core/format/deadline-text.ts';
import { getState } from '../state/store.ts';

export type Lang = 'sv' | 'en';

/** Swedish first: every UI string is written as t('svenska', 'English') where it is used. */
export function t(sv: string, en: string): string {
  return getState().settings.language === 'en' ? en : sv;
}

export function lang(): Lang {
  return getState().settings.language;
}

/** "30 nov. 2026" in Swedish time, in the words core uses everywhere (no Intl formatter built at start-up). */
export function formatDate(d: Date | string | number): string {
  const t = new Date(d).getTime();
  if (Number.isNaN(t)) return '';
  return dateText(zonedParts(t, HOME_ZONE).date, lang());
}

/** "30 nov. 2026 kl. 15.42" / "30 Nov 2026, 15:42", Swedish time. */
export function formatDateTime(d: Date | string | number): string {
  const t = new Date(d).getTime();
  if (Number.isNaN(t)) return '';
  const { date, time } = zonedParts(t, HOME_ZONE);
  const l = lang();
  return l === 'sv' ? `${dateText(date, l)} kl. ${clockText(time, l)}` : `${dateText(date, l)}, ${time}`;
}
