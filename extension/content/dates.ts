/**
 * Date-like phrases on funder pages: the general detector's sign that a block is dated. (The worker reads
 * the actual dates from the item's text with core's schedule parser.) Covers the shapes in the sources: 2026-03-15, 05.02.2025, 12.8.2024,
 * "15 mars 2026", "5th November 2024", "March 15, 2026".
 */
const MONTHS =
  'jan(?:uari|uary)?|feb(?:ruari|ruary)?|mar(?:s|ch)?|apr(?:il)?|maj|may|jun(?:i|e)?|jul(?:i|y)?|aug(?:usti|ust)?|sep(?:t(?:ember)?)?|okt(?:ober)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';

export const DATE_PATTERN = new RegExp(
  [
    // Digit lookarounds, not \b: textContent glues neighbouring elements ("Region05.06.2026").
    String.raw`(?<!\d)\d{4}-\d{2}-\d{2}(?!\d)`,
    String.raw`(?<![\d.])\d{1,2}[./]\d{1,2}[./]\d{4}(?!\d)`,
    String.raw`(?<!\d)\d{1,2}(?:st|nd|rd|th|:e|:a|\.)?\s+(?:${MONTHS})\.?,?\s+\d{4}\b`,
    String.raw`\b(?:${MONTHS})\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}\b`,
  ].join('|'),
  'gi',
);

export function hasDate(text: string): boolean {
  DATE_PATTERN.lastIndex = 0;
  return DATE_PATTERN.test(text);
}

/** Words that mark a block as a funding call in Swedish or English. */
export const CALL_WORDS =
  /utlysning|ansök|ansokning|sista ansökningsdag|ansökningsomgång|bidrag|\bcalls?\b|proposals?|deadline|apply|application|funding|grant/i;
