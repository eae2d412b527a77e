import { daysUntil } from '../match/deadline.ts';
import type { Deadline, FundingCall } from '../model/call.ts';
import { deadlineInstant } from '../model/deadline-time.ts';
import { announcedPeriod, deriveStatus, nextDeadline } from '../model/status.ts';
import {
  dateText,
  daysLeftText,
  deadlineShort,
  HOME_ZONE,
  type Lang,
  opensFuzzyText,
  ownClockDiffers,
  relativeDays,
} from './deadline-text.ts';

/** "Ansökan: 26 feb. 2027 kl. 17.00 svensk tid (= Brysseltid), om 87 dagar", or ", passerad". */
function deadlineLineWithDays(d: Deadline, lang: Lang, now: Date): string {
  const past = deadlineInstant(d).getTime() < now.getTime();
  return `${deadlineShort(d, lang)}, ${past ? daysLeftText(-1, lang) : relativeDays(daysUntil(d.date, d.timeZone, now), lang)}`;
}

/** When the call opens (if it has not) and each step's deadline with its days left, or that it passed. */
export function timingLines(call: FundingCall, lang: Lang, now: Date): string[] {
  const out: string[] = [];
  const today = now.toISOString().slice(0, 10);
  if (call.opens && call.opens > today) {
    const n = daysUntil(call.opens, HOME_ZONE, now);
    out.push(`${lang === 'sv' ? 'Öppnar' : 'Opens'} ${dateText(call.opens, lang)}, ${relativeDays(n, lang)}`);
  } else if (!call.opens && deriveStatus(call, now) === 'forthcoming') {
    // "Öppnar hösten 2027", "Öppnar inom kort": only what the funder announced, in the reader's words.
    const announced = call.fuzzyDate ?? announcedPeriod(call, now);
    if (announced) out.push(opensFuzzyText(announced, lang));
  }
  for (const d of call.deadlines) out.push(deadlineLineWithDays(d, lang, now));
  if (out.length === 0) {
    // Announced without any date, or open without a deadline (a rolling call): said as such, never guessed.
    const undated = deriveStatus(call, now) === 'forthcoming';
    if (lang === 'sv') out.push(undated ? 'Inget datum angivet' : 'Ingen sista ansökningsdag angiven');
    else out.push(undated ? 'No date given' : 'No deadline given');
  }
  return out;
}

/**
 * The dates a card's one line (timingShort) does not already give, for a "Varför?" view under it: every other step
 * with its days left, and the card's own step again only when there is more to say of it (the clock and days of a
 * call not yet open, a funder's clock that differs from the Swedish one). Empty when the card said it all, and for
 * a closed call (its past steps are no news).
 */
export function timingBeyondShort(call: FundingCall, lang: Lang, now: Date): string[] {
  const status = deriveStatus(call, now);
  if (status === 'closed') return [];
  const shown = nextDeadline(call, now);
  const told = (d: Deadline) => d === shown && status !== 'forthcoming' && !ownClockDiffers(d);
  // The opening is on the card's line already ("Öppnar 29 jan. 2027 · ansökan …").
  return call.deadlines.filter((d) => !told(d)).map((d) => deadlineLineWithDays(d, lang, now));
}
