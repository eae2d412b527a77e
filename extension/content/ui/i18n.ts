import type { Lang } from '../../messages.ts';

/** The content script's few words, Swedish first (the lexicon and explanations live in the worker). */
const TEXT = {
  sv: {
    of100: 'av 100',
    why: 'Varför',
    noReasons: 'Inga av profilens prioriteringar hittades i texten.',
    concepts: 'Om',
    words: 'Utlysningens ord',
    points: 'p',
    eligibility: 'Behörighet',
    area: 'Programområde',
    applicant: 'Sökande',
    deadline: 'Tidsfrist',
    noDeadline: 'Inget datum hittat',
    blocker: 'Hinder',
    blockers: 'Hinder',
    other: 'Övrigt som påverkar poängen',
    verdict: { eligible: 'Uppfyllt', 'not-eligible': 'Hinder', unknown: 'Oklart' },
    watch: 'Bevaka',
    watched: 'Bevakas ✓',
    failed: 'Kunde inte spara',
    close: 'Stäng',
    badgeTitle: 'Fundwatch: visa varför',
    status: { closed: 'Stängd', 'closing-soon': 'Stänger snart' },
    opens: 'Öppnar',
    forthcoming: 'Kommande',
  },
  en: {
    of100: 'of 100',
    why: 'Why',
    noReasons: "None of the profile's priorities were found in the text.",
    concepts: 'About',
    words: "The call's words",
    points: 'pts',
    eligibility: 'Eligibility',
    area: 'Programme area',
    applicant: 'Applicants',
    deadline: 'Deadline',
    noDeadline: 'No date found',
    blocker: 'Blocker',
    blockers: 'Blockers',
    other: 'Other score adjustments',
    verdict: { eligible: 'Met', 'not-eligible': 'Blocker', unknown: 'Unclear' },
    watch: 'Watch',
    watched: 'Watching ✓',
    failed: 'Could not save',
    close: 'Close',
    badgeTitle: 'Fundwatch: show why',
    status: { closed: 'Closed', 'closing-soon': 'Closing soon' },
    opens: 'Opens',
    forthcoming: 'Forthcoming',
  },
};

export type Strings = (typeof TEXT)['sv'];
export function strings(lang: Lang): Strings {
  return TEXT[lang] ?? TEXT.sv;
}
