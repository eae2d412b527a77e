import { deadlineShort, KIND_LABEL, type Lang } from '../format/deadline-text.ts';
import { funderLine } from '../format/funder-line.ts';
import { DEADLINE_KINDS, type Deadline, type DeadlineKind } from '../model/call.ts';
import { deadlineInstant } from '../model/deadline-time.ts';
import { safeHttpUrl } from '../sources/lib/url.ts';

export type { Lang };
/** Who funds a call, named once (core/format/funder-line.ts). */
export { funderLine };

/** Step names, from core's one table (format/deadline-text.ts). */
export const KIND_TEXT: Record<Lang, Record<DeadlineKind, string>> = {
  sv: Object.fromEntries(DEADLINE_KINDS.map((k) => [k, KIND_LABEL[k].sv])) as Record<DeadlineKind, string>,
  en: Object.fromEntries(DEADLINE_KINDS.map((k) => [k, KIND_LABEL[k].en])) as Record<DeadlineKind, string>,
};

/** "Ansökan: 15 jan. 2027 kl. 17.00 svensk tid (17.00 Brysseltid)", "– passerad" once it has passed. */
export function deadlineText(d: Deadline, lang: Lang, now?: Date): string {
  const past = now && deadlineInstant(d).getTime() < now.getTime() ? (lang === 'sv' ? ' – passerad' : ' – passed') : '';
  return `${deadlineShort(d, lang)}${past}`;
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
    changed: 'Flyttade sista ansökningsdagar',
    upcoming: 'Sista ansökningsdagar de närmaste veckorna',
    withdrawn: 'Tillbakadragna utlysningar',
    filtered: 'Bortfiltrerat',
    none: 'Inget nytt.',
    watched: 'bevakad',
    aboveUpcoming: (n: number) =>
      n === 1 ? 'Och en av de nya utlysningarna ovan.' : `Och ${n} av de nya utlysningarna ovan.`,
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
    watched: 'watched',
    aboveUpcoming: (n: number) => (n === 1 ? 'And one of the new calls above.' : `And ${n} of the new calls above.`),
    before: 'before',
    after: 'now',
    reasons: { closed: 'closed', 'weak-match': 'weak match', 'not-eligible': 'not eligible', excluded: 'excluded' },
  },
} as const;
