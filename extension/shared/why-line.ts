import { dateText, deadlineLine } from '../../core/format/deadline-text.ts';
import { legacyLines, priorityFigures, priorityFigureText } from '../../core/format/priority-figures.ts';
import type { DigestEntry, Lang, PageCall } from '../messages.ts';
import { msg } from './i18n.ts';

/** What one line beside a band chip has room for: the date and the best priority, or the two best. */
const PARTS = 2;

/** "Sista dag för ansökan 15 jan. 2027 kl. 16.00" or "Öppnar 2 mars 2027": structured dates told late. */
export function whenText(c: Pick<PageCall, 'opens' | 'deadline'>, lang: Lang): string {
  if (c.opens) return msg(lang, 'popupOpens', dateText(c.opens, lang));
  return c.deadline ? deadlineLine(c.deadline, lang) : '';
}

/**
 * Why a new match is worth a look, in one line (the weekly list and its notification): the date, then the best
 * priorities with their points ("Hållbar utveckling +22,2 p"), told now from the structured reasons in the reader's
 * language. An entry an older version stored as text shows that text as it was, after its first line (the score,
 * which the chip shows).
 */
export function whyLine(e: Pick<DigestEntry, 'reasons' | 'lines' | 'opens' | 'deadline'>, lang: Lang): string {
  const old = legacyLines(e, lang);
  if (old) return old.slice(1, 1 + PARTS).join(' · ');
  const figures = priorityFigures(e.reasons, lang, PARTS).map(priorityFigureText);
  return [whenText(e, lang), ...figures].filter(Boolean).slice(0, PARTS).join(' · ');
}
