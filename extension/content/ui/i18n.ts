import type { Band } from '../../../core/model/match.ts';
import type { Lang } from '../../messages.ts';

/** The content script's few words, Swedish first (the lexicon and explanations live in the worker). */
const TEXT = {
  sv: {
    band: { strong: 'Stark', relevant: 'Relevant', weak: 'Svag', none: 'Ingen' } as Record<Band, string>,
    match: 'matchning',
    why: 'Varför',
    noReasons: 'Inga av profilens prioriteringar hittades i texten.',
    eligibility: 'Behörighet',
    area: 'Programområde',
    applicant: 'Sökande',
    deadline: 'Sista ansökningsdag',
    noDeadline: 'Inget datum hittat',
    watch: 'Bevaka',
    watched: 'Bevakas ✓',
    failed: 'Kunde inte spara',
    close: 'Stäng',
    adjust: 'Justeringar',
    badgeTitle: 'Fundwatch: visa varför',
  },
  en: {
    band: { strong: 'Strong', relevant: 'Relevant', weak: 'Weak', none: 'None' } as Record<Band, string>,
    match: 'match',
    why: 'Why',
    noReasons: "None of the profile's priorities were found in the text.",
    eligibility: 'Eligibility',
    area: 'Programme area',
    applicant: 'Applicants',
    deadline: 'Deadline',
    noDeadline: 'No date found',
    watch: 'Watch',
    watched: 'Watching ✓',
    failed: 'Could not save',
    close: 'Close',
    adjust: 'Adjustments',
    badgeTitle: 'Fundwatch: show why',
  },
};

export type Strings = (typeof TEXT)['sv'];
export function strings(lang: Lang): Strings {
  return TEXT[lang] ?? TEXT.sv;
}
