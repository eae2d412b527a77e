import { TZDate } from '@date-fns/tz';
import type { Deadline } from './call.ts';

/** Funders that give a date with no clock time mean the end of that day. */
const END_OF_DAY = '23:59';

/**
 * Zone arithmetic dominates reading long watchlists and scoring big listings, and the same few deadlines
 * recur across calls, so instants are memoised. Bounded so a long-lived worker cannot grow without end.
 */
const CACHE_LIMIT = 10_000;
const cache = new Map<string, number>();

function computeInstant(d: Deadline): number {
  const [y, m, day] = d.date.split('-').map(Number);
  const [hh, mm] = (d.time ?? END_OF_DAY).split(':').map(Number);
  // "24:00" is how some Interreg texts say end of day.
  if (hh === 24) return new TZDate(y, m - 1, day, 23, 59, 59, d.timeZone).getTime() + 1000;
  return new TZDate(y, m - 1, day, hh, mm, 0, d.timeZone).getTime();
}

/** The instant a deadline falls due, honouring its own time zone (Stockholm, Brussels, Helsinki…). */
export function deadlineInstant(d: Deadline): Date {
  const key = `${d.date}T${d.time ?? ''}@${d.timeZone}`;
  let t = cache.get(key);
  if (t === undefined) {
    t = computeInstant(d);
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(key, t);
  }
  return new Date(t);
}
