/** A priority's weight as a person reads it: one decimal, a decimal comma in Swedish ("1,5"), a point in English. */
export function formatWeight(weight: number, lang: 'sv' | 'en'): string {
  const text = weight.toFixed(1);
  return lang === 'sv' ? text.replace('.', ',') : text;
}
