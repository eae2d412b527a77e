import type { Deadline, DeadlineKind } from '../model/call.ts';
import { deadlineInstant } from '../model/deadline-time.ts';
import { safeHttpUrl } from '../sources/lib/url.ts';

export type Lang = 'sv' | 'en';

export const KIND_TEXT: Record<Lang, Record<DeadlineKind, string>> = {
  sv: {
    application: 'Ansökan',
    'project-idea': 'Projektidé',
    'expression-of-interest': 'Intresseanmälan',
    'step-2': 'Steg 2',
    'cut-off': 'Delomgång (cut-off)',
  },
  en: {
    application: 'Application',
    'project-idea': 'Project idea',
    'expression-of-interest': 'Expression of interest',
    'step-2': 'Step 2',
    'cut-off': 'Cut-off',
  },
};

/** "2027-03-04 15:00 (Europe/Brussels)", in the funder's own zone, which is what the call text says. */
export function deadlineText(d: Deadline, lang: Lang, now?: Date): string {
  const when = d.time ? `${d.date} ${d.time}` : `${d.date}${lang === 'sv' ? ' (dagens slut)' : ' (end of day)'}`;
  const past = now && deadlineInstant(d).getTime() < now.getTime() ? (lang === 'sv' ? ' – passerad' : ' – passed') : '';
  return `${KIND_TEXT[lang][d.kind]}: ${when} ${d.timeZone}${past}`;
}

/** "European Commission – Creative Europe": the funder, and the programme when it adds something. */
export function funderLine(call: { funder: string; programme?: string }): string {
  return call.programme && call.programme !== call.funder ? `${call.funder} – ${call.programme}` : call.funder;
}

/** Only web links are ever emitted: funder text could carry javascript: or data: URLs. */
export function safeUrl(url: string): string | undefined {
  return safeHttpUrl(url);
}

export const LABELS = {
  sv: {
    title: 'Fundwatch – veckans utlysningar',
    for: 'för',
    since: 'sedan',
    newMatches: 'Nya matchande utlysningar',
    changed: 'Ändrade deadlines',
    upcoming: 'Deadlines de kommande veckorna',
    withdrawn: 'Tillbakadragna utlysningar',
    filtered: 'Bortfiltrerat',
    none: 'Inget nytt.',
    days: 'dagar kvar',
    watched: 'bevakad',
    before: 'före',
    after: 'nu',
    reasons: {
      closed: 'stängda',
      'weak-match': 'svag matchning',
      'not-eligible': 'ej behörig',
      excluded: 'undantagna',
    },
  },
  en: {
    title: 'Fundwatch – calls this week',
    for: 'for',
    since: 'since',
    newMatches: 'New matching calls',
    changed: 'Changed deadlines',
    upcoming: 'Deadlines in the coming weeks',
    withdrawn: 'Withdrawn calls',
    filtered: 'Filtered out',
    none: 'Nothing new.',
    days: 'days left',
    watched: 'watched',
    before: 'before',
    after: 'now',
    reasons: { closed: 'closed', 'weak-match': 'weak match', 'not-eligible': 'not eligible', excluded: 'excluded' },
  },
} as const;
