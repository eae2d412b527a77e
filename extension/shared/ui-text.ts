/** Swedish first, English second: the pages' small helpers for bilingual text. */
export function t(lang: 'sv' | 'en', sv: string, en: string): string {
  return lang === 'en' ? en : sv;
}

export const BAND_LABEL = {
  sv: { strong: 'Stark', relevant: 'Relevant', weak: 'Svag', none: 'Ingen' },
  en: { strong: 'Strong', relevant: 'Relevant', weak: 'Weak', none: 'None' },
} as const;
