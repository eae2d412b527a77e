import { TZDate } from '@date-fns/tz';
import type { Deadline } from './call.ts';

/** Funders that give a date with no clock time mean the end of that day. */
const END_OF_DAY = '23:59';

/** The instant a deadline falls due, honouring its own time zone (Stockholm, Brussels, Helsinki…). */
export function deadlineInstant(d: Deadline): Date {
  const [y, m, day] = d.date.split('-').map(Number);
  const [hh, mm] = (d.time ?? END_OF_DAY).split(':').map(Number);
  // "24:00" is how some Interreg texts say end of day.
  if (hh === 24) return new Date(new TZDate(y, m - 1, day, 23, 59, 59, d.timeZone).getTime() + 1000);
  return new Date(new TZDate(y, m - 1, day, hh, mm, 0, d.timeZone).getTime());
}
