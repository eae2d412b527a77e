import { getState } from '../state/store.ts';

export type Lang = 'sv' | 'en';

/** Swedish first: every UI string is written as t('svenska', 'English') where it is used. */
export function t(sv: string, en: string): string {
  return getState().settings.language === 'en' ? en : sv;
}

export function lang(): Lang {
  return getState().settings.language;
}

const fmt: Record<Lang, Intl.DateTimeFormat> = {
  sv: new Intl.DateTimeFormat('sv-SE', { dateStyle: 'medium', timeZone: 'Europe/Stockholm' }),
  en: new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeZone: 'Europe/Stockholm' }),
};
const fmtTime: Record<Lang, Intl.DateTimeFormat> = {
  sv: new Intl.DateTimeFormat('sv-SE', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Stockholm' }),
  en: new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Stockholm' }),
};

export function formatDate(d: Date | string | number): string {
  return fmt[lang()].format(new Date(d));
}

export function formatDateTime(d: Date | string | number): string {
  return fmtTime[lang()].format(new Date(d));
}
