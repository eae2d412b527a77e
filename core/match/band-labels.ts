import type { Band } from '../model/match.ts';
import type { Bilingual } from '../model/profile.ts';

/** The band's short name, as on a badge: "Stark 77". One table for the CLI, digest, extension and app. */
export const BAND_LABEL: Record<Band, Bilingual> = {
  strong: { sv: 'Stark', en: 'Strong' },
  relevant: { sv: 'Relevant', en: 'Relevant' },
  weak: { sv: 'Svag', en: 'Weak' },
  none: { sv: 'Ingen träff', en: 'No match' },
};

/** The band as a verdict: "77 av 100 · Stark matchning". */
export const BAND_VERDICT: Record<Band, Bilingual> = {
  strong: { sv: 'Stark matchning', en: 'Strong match' },
  relevant: { sv: 'Relevant matchning', en: 'Relevant match' },
  weak: { sv: 'Svag matchning', en: 'Weak match' },
  none: { sv: 'Ingen matchning', en: 'No match' },
};
