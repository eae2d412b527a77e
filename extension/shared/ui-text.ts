/** Swedish first, English second: the pages' small helpers for bilingual text. */
export function t(lang: 'sv' | 'en', sv: string, en: string): string {
  return lang === 'en' ? en : sv;
}
