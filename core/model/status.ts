import type { CallStatus, FundingCall } from './call.ts';
import { deadlineInstant } from './deadline-time.ts';

/** A call whose last deadline is within this many days is "closing soon". */
export const CLOSING_SOON_DAYS = 14;
const DAY_MS = 86_400_000;

/** The next deadline still ahead of `now`, or undefined when all have passed. */
export function nextDeadline(
  call: Pick<FundingCall, 'deadlines'>,
  now: Date,
): FundingCall['deadlines'][number] | undefined {
  let best: { d: FundingCall['deadlines'][number]; t: number } | undefined;
  for (const d of call.deadlines) {
    const t = deadlineInstant(d).getTime();
    if (t >= now.getTime() && (!best || t < best.t)) best = { d, t };
  }
  return best?.d;
}

/** The deadline to show beside a call: the next one ahead of `now`, else the last one (a closed call's). */
export function deadlineToShow(
  call: Pick<FundingCall, 'deadlines'>,
  now: Date,
): FundingCall['deadlines'][number] | undefined {
  return nextDeadline(call, now) ?? call.deadlines.at(-1);
}

const MONTH_INDEX: Record<string, number> = {};
[
  ['januari', 'january', 'jan'],
  ['februari', 'february', 'feb'],
  ['mars', 'march', 'mar'],
  ['april', 'apr'],
  ['maj', 'may'],
  ['juni', 'june', 'jun'],
  ['juli', 'july', 'jul'],
  ['augusti', 'august', 'aug'],
  ['september', 'sep', 'sept'],
  ['oktober', 'october', 'okt', 'oct'],
  ['november', 'nov'],
  ['december', 'dec'],
].forEach((names, i) => {
  for (const n of names) MONTH_INDEX[n] = i;
});
const MONTH_ALT = Object.keys(MONTH_INDEX)
  .sort((a, b) => b.length - a.length)
  .join('|');

/** "öppnar inom kort", "opens soon", "will open shortly": announced, not open yet, no date. */
const OPENS_SOON =
  /(?<![a-zåäö])(?:öppnar|öppnas)\s+(?:inom\s+kort|snart|inom\s+de\s+närmaste)|\b(?:opens?|will\s+open|to\s+open|will\s+be\s+opened)\s+(?:soon|shortly)|\bkommer\s+(?:att\s+)?öppna\b|\bnot\s+(?:yet\s+)?open(?:ed)?\b|\binte\s+(?:öppnat|öppen)\s+(?:än|ännu)(?![a-zåäö])/i;
/** "öppnar i december 2026", "öppnar i början av 2027", "opens in March 2027": the month or year it opens. */
const OPENS_IN = new RegExp(
  String.raw`(?<![a-zåäö])(?:öppnar|öppnas|opens?|will\s+open|is\s+expected\s+to\s+open|planned\s+to\s+open)\s+(?:i\s+|under\s+|in\s+|during\s+|på\s+)?(?:(?:början|mitten|slutet)\s+av\s+|(?:early|mid|late)\s+|the\s+(?:beginning|end)\s+of\s+)?(?:(${MONTH_ALT})\.?\s+)?(20\d\d)\b`,
  'i',
);

interface Announced {
  key: string;
  until?: number;
  soon: boolean;
  /** The period named ("december 2026", "början av 2027"), for telling it. */
  period?: string;
}
const announced = new WeakMap<object, Announced>();

/**
 * What the call's own words say about an opening still ahead: "soon" (no date), or the first instant of the
 * month (or year) named. Only the wording "opens …" counts; a stated past date never reopens a call.
 */
function announcedOpening(call: Pick<FundingCall, 'title' | 'summary'>): Announced {
  const key = `${call.title}\n${call.summary}`;
  const hit = announced.get(call);
  if (hit && hit.key === key) return hit;
  const text = key;
  let until: number | undefined;
  const m = OPENS_IN.exec(text);
  if (m) {
    const month = m[1] ? MONTH_INDEX[m[1].toLowerCase()] : undefined;
    const year = Number(m[2]);
    // A month names its first day; "början av 2027" its first month; a bare year its first day.
    until = Date.UTC(year, month ?? 0, 1) - 3_600_000;
  }
  const period = m
    ? m[0].replace(/^\S+\s+(?:(?:to|expected|planned)\s+)*(?:open\s+)?(?:i|under|in|during|på)?\s*/i, '')
    : undefined;
  const result: Announced = { key, until, soon: OPENS_SOON.test(text), ...(period ? { period } : {}) };
  announced.set(call, result);
  return result;
}

type StatusInput = Pick<FundingCall, 'deadlines' | 'opens' | 'fuzzyDate'> &
  Partial<Pick<FundingCall, 'title' | 'summary'>>;

/** True when the call's text says it opens later than `now` (and no opening date already says otherwise). */
export function opensLaterByText(call: StatusInput, now: Date): boolean {
  if (call.opens || call.title === undefined || call.summary === undefined) return false;
  const a = announcedOpening(call as Pick<FundingCall, 'title' | 'summary'>);
  return a.soon || (a.until !== undefined && a.until > now.getTime());
}

/** The opening the call's text announces, in its own words ("december 2026"), or "inom kort"; for telling. */
export function announcedPeriod(call: StatusInput, now: Date): string | undefined {
  if (!opensLaterByText(call, now)) return undefined;
  const a = announcedOpening(call as Pick<FundingCall, 'title' | 'summary'>);
  return a.until !== undefined && a.until > now.getTime() ? a.period : 'inom kort';
}

/**
 * Status from the dates and the call's own wording: funders' status flags are often stale.
 * No dates at all, or only a fuzzy date, reads as forthcoming (announced, not yet open), and so does a call
 * whose text says it opens later ("Ansökningarna öppnar inom kort och stänger …", "öppnar i december 2026")
 * until its last deadline has passed.
 */
export function deriveStatus(call: StatusInput, now: Date): CallStatus {
  const nowMs = now.getTime();
  if (call.opens && Date.parse(`${call.opens}T00:00:00Z`) > nowMs) return 'forthcoming';
  if (call.deadlines.length === 0) return call.opens ? 'open' : 'forthcoming';
  const next = nextDeadline(call, now);
  if (!next) return 'closed';
  if (opensLaterByText(call, now)) return 'forthcoming';
  const last = Math.max(...call.deadlines.map((d) => deadlineInstant(d).getTime()));
  return last - nowMs <= CLOSING_SOON_DAYS * DAY_MS ? 'closing-soon' : 'open';
}
