import { dateInZone } from '../../core/dates/zoned.ts';
import { fuzzyRange } from '../../core/format/deadline-text.ts';
import type { DeadlineKind, FundingCall } from '../../core/model/call.ts';
import { deadlineInstant } from '../../core/model/deadline-time.ts';
import type { RecurringItem } from '../calls/recurring.ts';

export type Origin = 'watched' | 'matched' | 'recurring';

export interface TimelineMark {
  /** YYYY-MM-DD in Swedish time. */
  date: string;
  kind: DeadlineKind;
}

/** One bar: a call from its opening to its last deadline, with each deadline marked by its kind. */
export interface TimelineRow {
  id: string;
  call: FundingCall;
  origin: Origin;
  /** YYYY-MM-DD; undefined when the call is already open with no known opening (drawn from the left edge). */
  start?: string;
  end: string;
  /** The dates are the funder's usual rhythm or a fuzzy period, not announced days. */
  approximate: boolean;
  /** A real call that is this year's round of a recurring window (the window is not drawn again). */
  recurringRound: boolean;
  marks: TimelineMark[];
}

export interface TimelineWindow {
  /** First day of the current month, YYYY-MM-DD. */
  from: string;
  /** Last day of the twelfth month. */
  to: string;
  today: string;
}

const HOME = 'Europe/Stockholm';
const pad = (n: number) => String(n).padStart(2, '0');

export function windowAt(now: Date): TimelineWindow {
  const today = dateInZone(now, HOME);
  const [y, m] = today.split('-').map(Number);
  const end = new Date(Date.UTC(y, m - 1 + 12, 0));
  return {
    from: `${y}-${pad(m)}-01`,
    to: `${end.getUTCFullYear()}-${pad(end.getUTCMonth() + 1)}-${pad(end.getUTCDate())}`,
    today,
  };
}

function rowOf(call: FundingCall, origin: Origin, w: TimelineWindow): TimelineRow | undefined {
  const marks = call.deadlines
    .map((d) => ({ date: dateInZone(deadlineInstant(d), HOME), kind: d.kind }))
    .sort((a, b) => (a.date < b.date ? -1 : 1));
  const fuzzy = !call.opens && marks.length === 0 && call.fuzzyDate ? fuzzyRange(call.fuzzyDate) : undefined;
  const end = marks.at(-1)?.date ?? fuzzy?.to;
  if (!end || end < w.today || (call.opens ?? fuzzy?.from ?? end) > w.to) return undefined;
  return {
    id: call.id,
    call,
    origin,
    start: call.opens ?? fuzzy?.from,
    end,
    approximate: !!fuzzy,
    recurringRound: false,
    marks,
  };
}

const DAY = 86_400_000;
const daysBetween = (a: string, b: string) => Math.abs(Date.parse(a) - Date.parse(b)) / DAY;

/** True when a published call is the round a recurring window foretold: same source and programme, close in time. */
function isRoundOf(row: TimelineRow, r: RecurringItem): boolean {
  const c = row.call;
  if (c.source !== r.call.source) return false;
  const same =
    (c.programme && r.call.programme && c.programme === r.call.programme) ||
    c.url.replace(/\/+$/, '') === r.call.url.replace(/\/+$/, '');
  return !!same && daysBetween(row.end, r.closes) <= 60;
}

/**
 * The rows of the 12-month picture: watched calls, then well-matched ones, then recurring windows not yet
 * published as calls; each call drawn once, in the order of its next date.
 */
export function timelineRows(
  watched: readonly FundingCall[],
  matched: readonly FundingCall[],
  recurring: readonly RecurringItem[],
  now: Date,
): { window: TimelineWindow; rows: TimelineRow[] } {
  const w = windowAt(now);
  const rows: TimelineRow[] = [];
  const seen = new Set<string>();
  for (const [list, origin] of [
    [watched, 'watched'],
    [matched, 'matched'],
  ] as const) {
    for (const call of list) {
      if (seen.has(call.id)) continue;
      seen.add(call.id);
      const row = rowOf(call, origin, w);
      if (row) rows.push(row);
    }
  }
  for (const r of recurring) {
    if (seen.has(r.call.id)) continue;
    const published = rows.find((row) => row.origin !== 'recurring' && isRoundOf(row, r));
    if (published) {
      published.recurringRound = true;
      continue;
    }
    seen.add(r.call.id);
    if (r.closes < w.today || r.opens > w.to) continue;
    rows.push({
      id: r.call.id,
      call: r.call,
      origin: 'recurring',
      start: r.opens,
      end: r.closes,
      approximate: r.approximate,
      recurringRound: false,
      marks: [{ date: r.closes, kind: r.call.deadlines[0]?.kind ?? 'application' }],
    });
  }
  const next = (row: TimelineRow) => row.marks.find((m) => m.date >= w.today)?.date ?? row.end;
  rows.sort((a, b) => (next(a) < next(b) ? -1 : next(a) > next(b) ? 1 : a.id.localeCompare(b.id)));
  return { window: w, rows };
}

/** Position of a date across the window, 0–100 (clamped). */
export function percentOf(date: string, w: TimelineWindow): number {
  const from = Date.parse(w.from);
  const span = Date.parse(w.to) + DAY - from;
  return Math.max(0, Math.min(100, ((Date.parse(date) - from) / span) * 100));
}

/** The twelve months of the window with their share of its width. */
export function monthsOf(
  w: TimelineWindow,
): { key: string; year: number; month: number; left: number; width: number }[] {
  const [y, m] = w.from.split('-').map(Number);
  const out = [];
  for (let i = 0; i < 12; i++) {
    const d = new Date(Date.UTC(y, m - 1 + i, 1));
    const next = new Date(Date.UTC(y, m + i, 1));
    const first = d.toISOString().slice(0, 10);
    const left = percentOf(first, w);
    const right = i === 11 ? 100 : percentOf(next.toISOString().slice(0, 10), w);
    out.push({ key: first, year: d.getUTCFullYear(), month: d.getUTCMonth(), left, width: right - left });
  }
  return out;
}
