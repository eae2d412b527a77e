import type { Bilingual } from '../model/profile.ts';

/**
 * The short name of each kind of adjustment, as a card's score line and the digest head its figure: "Partnerländer
 * +7,5 p". One table for every product; a kind the engine learns later is named generally (OTHER_PART), never by
 * its internal code.
 */
export const PART_LABEL: Record<string, Bilingual> = {
  'programme-area': { sv: 'Programområde', en: 'Programme area' },
  'applicant-type': { sv: 'Sökande', en: 'Applicants' },
  'partner-country': { sv: 'Partnerländer', en: 'Partner countries' },
  'preferred-funder': { sv: 'Finansiär i strategin', en: 'Funder in the strategy' },
  'geographic-focus': { sv: 'Geografiskt fokus', en: 'Geographic focus' },
  'outside-programme-area': { sv: 'Utanför programområdet', en: 'Outside the programme area' },
  'population-limit': { sv: 'Invånarantal', en: 'Population' },
  exclusion: { sv: 'Utesluts av profilen', en: 'Excluded by the profile' },
  'domestic-scope': { sv: 'Nationellt stöd', en: 'National funding' },
  'company-call': { sv: 'Utlysning för företag', en: 'A call for companies' },
  'work-abroad': { sv: 'Arbete utomlands', en: 'Work abroad' },
  'sea-call': { sv: 'Utlysning om havet', en: 'A call about the sea' },
  'programme-priorities': { sv: 'Programmets prioriteringar', en: 'Programme priorities' },
};

export const OTHER_PART: Bilingual = { sv: 'Övrigt', en: 'Other' };

/** The adjustments that take a share of the score away (each its own negative line); every other one adds. */
export const CUT_KINDS: ReadonlySet<string> = new Set(['company-call', 'work-abroad', 'domestic-scope', 'sea-call']);

/** A blocker's name: its kind's, or what it is when the kind has no name of its own. */
export function blockerLabel(kind: string): Bilingual {
  if (Object.hasOwn(PART_LABEL, kind)) return PART_LABEL[kind];
  return kind === 'applicant-type'
    ? { sv: 'Ej behörig sökande', en: 'Not an eligible applicant' }
    : { sv: 'Hinder', en: 'Blocker' };
}

/** A boost's name, or OTHER_PART for a kind without one. */
export function boostLabel(kind: string): Bilingual {
  return Object.hasOwn(PART_LABEL, kind) ? PART_LABEL[kind] : OTHER_PART;
}
