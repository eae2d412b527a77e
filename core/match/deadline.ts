/**
 * The call's timing told in words, as of the scoring clock: the next deadline and how many days are left,
 * "closed", or when a forthcoming call opens. It informs the user and never changes the score: a closed call
 * that matches well still says something about next year's round.
 */
import { TZDate } from '@date-fns/tz';
import { dateText, deadlineWhen, HOME_ZONE, KIND_DUE, opensFuzzyText, relativeDays } from '../format/deadline-text.ts';
import type { CallStatus, Deadline, FundingCall } from '../model/call.ts';
import { deadlineInstant } from '../model/deadline-time.ts';
import type { DeadlineInfo } from '../model/match.ts';
import type { Bilingual } from '../model/profile.ts';
import { announcedPeriod, CLOSING_SOON_DAYS, opensLaterByText } from '../model/status.ts';

const DAY_MS = 86_400_000;

// Zone arithmetic is the costly part of a note, and ranking tells many calls' notes at one clock: the
// instant of each deadline is kept with the deadline, and today's date per zone with the clock.
const instants = new WeakMap<Deadline, { key: string; t: number }>();
function instantOf(d: Deadline): number {
  // Keyed by content too, so a deadline object edited in place is worked out afresh.
  const key = `${d.date} ${d.time ?? ''} ${d.timeZone}`;
  let hit = instants.get(d);
  if (hit === undefined || hit.key !== key) {
    hit = { key, t: deadlineInstant(d).getTime() };
    instants.set(d, hit);
  }
  return hit.t;
}
let todayAt = Number.NaN;
const todayIn = new Map<string, number>();

/** Calendar days from `now` to the date, both read in the date's own zone. */
export function daysUntil(iso: string, timeZone: string, now: Date): number {
  if (now.getTime() !== todayAt) {
    todayAt = now.getTime();
    todayIn.clear();
  }
  let today = todayIn.get(timeZone);
  if (today === undefined) {
    const z = new TZDate(now.getTime(), timeZone);
    today = Date.UTC(z.getFullYear(), z.getMonth(), z.getDate());
    todayIn.set(timeZone, today);
  }
  const [y, m, d] = iso.split('-').map(Number);
  return Math.round((Date.UTC(y, m - 1, d) - today) / DAY_MS);
}

/** deriveStatus() and nextDeadline() of core/model in one pass over cached instants (a test holds them equal). */
function timing(call: FundingCall, now: Date): { status: CallStatus; next?: Deadline } {
  const nowMs = now.getTime();
  let next: Deadline | undefined;
  let nextT = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  for (const d of call.deadlines) {
    const t = instantOf(d);
    if (t >= nowMs && t < nextT) {
      next = d;
      nextT = t;
    }
    if (t > last) last = t;
  }
  if (call.opens && Date.parse(`${call.opens}T00:00:00Z`) > nowMs) return { status: 'forthcoming', next };
  if (call.deadlines.length === 0) return { status: call.opens ? 'open' : 'forthcoming' };
  if (!next) return { status: 'closed' };
  if (opensLaterByText(call, now)) return { status: 'forthcoming', next };
  return { status: last - nowMs <= CLOSING_SOON_DAYS * DAY_MS ? 'closing-soon' : 'open', next };
}

function describe(d: Deadline, now: Date): Omit<DeadlineInfo, 'status' | 'text'> {
  return {
    date: d.date,
    time: d.time,
    timeZone: d.timeZone,
    kind: d.kind,
    daysLeft: daysUntil(d.date, d.timeZone, now),
  };
}

/** The deadline note of a call at `now`. */
export function deadlineInfo(call: FundingCall, now: Date): DeadlineInfo {
  const { status, next } = timing(call, now);
  if (status === 'forthcoming') {
    const due = next ? deadlineClause(next, now) : undefined;
    if (call.opens) {
      const n = daysUntil(call.opens, HOME_ZONE, now);
      const when = both((l) => dateText(call.opens as string, l));
      const rel = both((l) => relativeDays(n, l));
      const base = next ? describe(next, now) : {};
      return {
        status,
        ...base,
        date: next?.date ?? call.opens,
        daysLeft: next ? base.daysLeft : n,
        text: {
          sv: `Öppnar ${when.sv}, ${rel.sv}${due ? `; ${lower(due.sv)}` : ''}`,
          en: `Opens ${when.en}, ${rel.en}${due ? `; ${lower(due.en)}` : ''}`,
        },
      };
    }
    if (next && due) {
      // "Ansökningarna öppnar inom kort och stänger 1 oktober": announced, with its deadline.
      const soon = both((l) => opensFuzzyText(call.fuzzyDate ?? announcedPeriod(call, now) ?? 'inom kort', l));
      return {
        status,
        ...describe(next, now),
        text: { sv: `${soon.sv}; ${lower(due.sv)}`, en: `${soon.en}; ${lower(due.en)}` },
      };
    }
    if (call.fuzzyDate) return { status, text: both((l) => opensFuzzyText(call.fuzzyDate, l)) };
    return {
      status: 'undated',
      text: { sv: 'Inget datum angivet', en: 'No date given' },
    };
  }
  if (next) return { status, ...describe(next, now), text: deadlineClause(next, now) };
  const last = [...call.deadlines].sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0))[0];
  if (!last) {
    // Opened, with no deadline: a rolling call.
    return { status, text: { sv: 'Öppen, ingen sista ansökningsdag angiven', en: 'Open, no deadline given' } };
  }
  const when = both((l) => dateText(last.date, l));
  return {
    status: 'closed',
    ...describe(last, now),
    text: { sv: `Stängd – sista dag var ${when.sv}`, en: `Closed – the last deadline was ${when.en}` },
  };
}

function deadlineClause(d: Deadline, now: Date): Bilingual {
  const n = daysUntil(d.date, d.timeZone, now);
  // ", om 23 dagar" after the time: the time may end in its own parenthesis ("svensk tid (= Brysseltid)").
  return both((l) => `${KIND_DUE[d.kind][l]} ${deadlineWhen(d, l)}, ${relativeDays(n, l)}`);
}

const both = (f: (l: 'sv' | 'en') => string): Bilingual => ({ sv: f('sv'), en: f('en') });

const lower = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);
