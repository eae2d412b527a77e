import { z } from 'zod';
import windowsJson from '../data/recurring-windows.json' with { type: 'json' };
import { MONTHS_LONG } from '../format/deadline-text.ts';
import { DEADLINE_KINDS, type FundingCall } from '../model/call.ts';
import { zodToInputError } from '../model/errors.ts';
import { hashRecord } from '../model/hash.ts';
import { BilingualSchema } from '../model/profile.ts';

const monthDay = z.string().regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'expected MM-DD');

export const RecurringWindowSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  source: z.string().min(1),
  /** Links a window to a national-agency grant page (its slug), so the page's parser can attach the next round. */
  pageKey: z.string().optional(),
  funder: z.string().min(1),
  programme: z.string().min(1),
  title: BilingualSchema,
  summary: z.string().min(1),
  url: z.string().url(),
  opens: monthDay,
  closes: monthDay,
  time: z
    .string()
    .regex(/^([01]\d|2[0-4]):[0-5]\d$/)
    .optional(),
  timeZone: z.string().min(1),
  kind: z.enum(DEADLINE_KINDS),
  /** "exact": the funder states these days every year; "approximate": the day moves, shown as a fuzzy date. */
  precision: z.enum(['exact', 'approximate']),
  /** Where the rhythm comes from, so a reviewer can check it. */
  basis: z.string().min(1),
  language: z.enum(['sv', 'en']),
  applicantTypes: z.array(z.string()).default([]),
  themes: z.array(z.string()).default([]),
});
export type RecurringWindow = z.infer<typeof RecurringWindowSchema>;

export const RecurringWindowsFileSchema = z.object({
  $comment: z.string().optional(),
  windows: z.array(RecurringWindowSchema),
});

export function parseRecurringWindows(raw: unknown, file = 'core/data/recurring-windows.json'): RecurringWindow[] {
  const parsed = RecurringWindowsFileSchema.safeParse(raw);
  if (!parsed.success) throw zodToInputError(parsed.error, { file });
  return parsed.data.windows;
}

export const RECURRING_WINDOWS: readonly RecurringWindow[] = parseRecurringWindows(windowsJson);

/** One year's occurrence of a recurring window. */
export interface WindowOccurrence {
  window: RecurringWindow;
  year: number;
  /** YYYY-MM-DD */
  opens: string;
  /** YYYY-MM-DD */
  closes: string;
  precision: RecurringWindow['precision'];
}

function occurrence(window: RecurringWindow, year: number): WindowOccurrence {
  // A window that closes earlier in the year than it opens runs over new year.
  const closesYear = window.closes < window.opens ? year + 1 : year;
  return {
    window,
    year,
    opens: `${year}-${window.opens}`,
    closes: `${closesYear}-${window.closes}`,
    precision: window.precision,
  };
}

/**
 * Occurrences of every window that have not closed by `now` and open within the next `months` months,
 * earliest first. A window open right now is included.
 */
export function upcomingWindows(
  now: Date,
  months = 12,
  windows: readonly RecurringWindow[] = RECURRING_WINDOWS,
): WindowOccurrence[] {
  const today = now.toISOString().slice(0, 10);
  const horizon = new Date(now.getTime());
  horizon.setUTCMonth(horizon.getUTCMonth() + months);
  const limit = horizon.toISOString().slice(0, 10);
  const out: WindowOccurrence[] = [];
  for (const w of windows) {
    for (let y = now.getUTCFullYear() - 1; y <= horizon.getUTCFullYear(); y++) {
      const o = occurrence(w, y);
      if (o.closes >= today && o.opens <= limit) out.push(o);
    }
  }
  return out.sort((a, b) =>
    a.closes < b.closes ? -1 : a.closes > b.closes ? 1 : a.window.id.localeCompare(b.window.id),
  );
}

/** The next occurrence of one window that has not closed by `now`. */
export function nextOccurrence(window: RecurringWindow, now: Date): WindowOccurrence {
  const today = now.toISOString().slice(0, 10);
  for (let y = now.getUTCFullYear() - 1; ; y++) {
    const o = occurrence(window, y);
    if (o.closes >= today) return o;
  }
}

/** A fuzzy wording for an approximate window: "omkring 1 oktober 2027". */
export function approximateText(o: WindowOccurrence): string {
  const [y, m, d] = o.closes.split('-').map(Number);
  return `omkring ${d} ${MONTHS_LONG.sv[m - 1]} ${y}`;
}

/** A window occurrence as a call: exact windows get a deadline, approximate ones a fuzzy date only. */
export function windowToCall(o: WindowOccurrence, fetchedAt: string): FundingCall {
  const w = o.window;
  const exact = o.precision === 'exact';
  const call: FundingCall = {
    id: `${w.source}:${w.id}-${o.year}`,
    source: w.source,
    funder: w.funder,
    programme: w.programme,
    title: `${w.title[w.language]} ${o.year}`,
    summary: `${w.summary} (${w.language === 'sv' ? 'Återkommande ansökningsomgång' : 'Recurring round'}: ${w.basis})`,
    url: w.url,
    language: w.language,
    ...(exact ? { opens: o.opens } : { fuzzyDate: approximateText(o) }),
    deadlines: exact
      ? [{ date: o.closes, ...(w.time ? { time: w.time } : {}), timeZone: w.timeZone, kind: w.kind, label: w.title.sv }]
      : [],
    ...(w.applicantTypes.length ? { applicantTypes: w.applicantTypes } : {}),
    ...(w.themes.length ? { themes: w.themes } : {}),
    fetchedAt,
  };
  return { ...call, contentHash: hashRecord({ window: w, year: o.year }) };
}
