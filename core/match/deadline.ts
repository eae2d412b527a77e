/**
 * The call's timing told in words, as of the scoring clock: the next deadline and how many days are left,
 * "closed", or when a forthcoming call opens. It informs the user and never changes the score: a closed call
 * that matches well still says something about next year's round.
 */
import { TZDate } from '@date-fns/tz';
import type { CallStatus, Deadline, DeadlineKind, FundingCall } from '../model/call.ts';
import { deadlineInstant } from '../model/deadline-time.ts';
import type { DeadlineInfo } from '../model/match.ts';
import type { Bilingual } from '../model/profile.ts';
import { CLOSING_SOON_DAYS } from '../model/status.ts';

const DAY_MS = 86_400_000;
const HOME_ZONE = 'Europe/Stockholm';

const KIND_TEXT: Record<DeadlineKind, Bilingual> = {
  application: { sv: 'Sista ansökningsdag', en: 'Deadline' },
  'project-idea': { sv: 'Sista dag för projektidé', en: 'Project idea due' },
  'expression-of-interest': { sv: 'Sista dag för intresseanmälan', en: 'Expression of interest due' },
  'step-2': { sv: 'Sista dag för steg 2', en: 'Step 2 due' },
  'cut-off': { sv: 'Nästa brytdatum', en: 'Next cut-off' },
};

const MONTHS_EN = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** Swedish readers expect ISO dates; English ones the day, month and year in words. */
function dateText(iso: string): Bilingual {
  const [y, m, d] = iso.split('-').map(Number);
  return { sv: iso, en: `${d} ${MONTHS_EN[m - 1]} ${y}` };
}

/** Swedish names of the cities whose zones funders use, where they differ from the English. */
const CITY_SV: Record<string, string> = {
  Brussels: 'Bryssel',
  Helsinki: 'Helsingfors',
  Copenhagen: 'Köpenhamn',
  Warsaw: 'Warszawa',
  Luxembourg: 'Luxemburg',
  Rome: 'Rom',
};

/** The clock time, and the zone when it is not Swedish time (a Helsinki deadline falls an hour earlier). */
function timeText(d: Deadline): Bilingual {
  if (!d.time) return { sv: '', en: '' };
  const city = d.timeZone === HOME_ZONE ? '' : (d.timeZone.split('/').pop() ?? '').replace(/_/g, ' ');
  return {
    sv: ` kl. ${d.time.replace(':', '.')}${city ? ` ${CITY_SV[city] ?? city}tid` : ''}`,
    en: ` at ${d.time}${city ? ` ${city} time` : ''}`,
  };
}

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
  return { status: last - nowMs <= CLOSING_SOON_DAYS * DAY_MS ? 'closing-soon' : 'open', next };
}

function inDays(n: number): Bilingual {
  if (n === 0) return { sv: 'i dag', en: 'today' };
  if (n === 1) return { sv: 'i morgon', en: 'tomorrow' };
  if (n > 1) return { sv: `om ${n} dagar`, en: `in ${n} days` };
  if (n === -1) return { sv: 'i går', en: 'yesterday' };
  return { sv: `för ${-n} dagar sedan`, en: `${-n} days ago` };
}

const SEASONS: [RegExp, Bilingual][] = [
  [/\b(v[aå]ren|v[aå]r|spring)\b/i, { sv: 'våren', en: 'spring' }],
  [/\b(sommaren|sommar|summer)\b/i, { sv: 'sommaren', en: 'summer' }],
  [/\b(h[oö]sten|h[oö]st|autumn|fall)\b/i, { sv: 'hösten', en: 'autumn' }],
  [/\b(vintern|vinter|winter)\b/i, { sv: 'vintern', en: 'winter' }],
];

/** "hösten 2026" / "spring 2026" in both languages; other wordings are shown as the funder wrote them. */
function fuzzyText(fuzzy: string): Bilingual {
  const year = fuzzy.match(/\b(20\d\d)\b/)?.[1];
  for (const [re, season] of SEASONS) {
    if (re.test(fuzzy) && year) return { sv: `${season.sv} ${year}`, en: `${season.en} ${year}` };
  }
  return { sv: fuzzy, en: fuzzy };
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
      const when = dateText(call.opens);
      const rel = inDays(n);
      const base = next ? describe(next, now) : {};
      return {
        status,
        ...base,
        date: next?.date ?? call.opens,
        daysLeft: next ? base.daysLeft : n,
        text: {
          sv: `Öppnar ${when.sv} (${rel.sv})${due ? `; ${lower(due.sv)}` : ''}`,
          en: `Opens ${when.en} (${rel.en})${due ? `; ${lower(due.en)}` : ''}`,
        },
      };
    }
    if (call.fuzzyDate) {
      const f = fuzzyText(call.fuzzyDate);
      return { status, text: { sv: `Öppnar ${f.sv}`, en: `Opens ${f.en}` } };
    }
    if (next && due) return { status, ...describe(next, now), text: due };
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
  const when = dateText(last.date);
  return {
    status: 'closed',
    ...describe(last, now),
    text: { sv: `Stängd (sista dag var ${when.sv})`, en: `Closed (last deadline ${when.en})` },
  };
}

function deadlineClause(d: Deadline, now: Date): Bilingual {
  const k = KIND_TEXT[d.kind];
  const when = dateText(d.date);
  const at = timeText(d);
  const rel = inDays(daysUntil(d.date, d.timeZone, now));
  return { sv: `${k.sv} ${when.sv}${at.sv} (${rel.sv})`, en: `${k.en} ${when.en}${at.en} (${rel.en})` };
}

const lower = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);
