import { daysUntil } from '../match/deadline.ts';
import type { FundingCall } from '../model/call.ts';
import { deadlineInstant } from '../model/deadline-time.ts';
import { announcedPeriod, deriveStatus } from '../model/status.ts';
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

/** When the call opens (if it has not) and each step's deadline with its days left, or that it passed. */
export function timingLines(call: FundingCall, lang: Lang, now: Date): string[] {
  const out: string[] = [];
  const today = now.toISOString().slice(0, 10);
  if (call.opens && call.opens > today) {
    const n = daysUntil(call.opens, HOME_ZONE, now);
    out.push(`${lang === 'sv' ? 'Öppnar' : 'Opens'} ${dateText(call.opens, lang)}, ${relativeDays(n, lang)}`);
  } else if (!call.opens && deriveStatus(call, now) === 'forthcoming') {
    // "Öppnar hösten 2027", "Öppnar inom kort": announced by the funder, in the reader's words.
    out.push(opensFuzzyText(call.fuzzyDate ?? announcedPeriod(call, now) ?? 'inom kort', lang));
  }
  for (const d of call.deadlines) {
    const past = deadlineInstant(d).getTime() < now.getTime();
    const left = daysUntil(d.date, d.timeZone, now);
    out.push(`${deadlineShort(d, lang)}, ${past ? daysLeftText(-1, lang) : relativeDays(left, lang)}`);
  }
  if (out.length === 0) out.push(lang === 'sv' ? 'Ingen sista ansökningsdag angiven' : 'No deadline given');
  return out;
}

/**
 * Whether timingLines() says more than a card's one line (timingShort): another step, the clock and days left of
 * a call not yet open, or a funder's clock that differs from the Swedish one. When it does not, a "Varför?" view leaves the dates to the
 * card rather than repeat them.
 */
export function timingAddsToShort(call: FundingCall, now: Date): boolean {
  if (call.deadlines.length > 1) return true;
  // A forthcoming call's card line names the opening and the step's date only: its clock and days are news.
  if (call.deadlines.length > 0 && deriveStatus(call, now) === 'forthcoming') return true;
  return call.deadlines.some(ownClockDiffers);
}
