import type { Deadline, DeadlineKind } from '../model/call.ts';
import { findClock } from './clock.ts';
import { namedKind } from './deadline-kind.ts';
import { type DateMatch, findDates, findRanges } from './find-dates.ts';
import { findFuzzyDate } from './fuzzy.ts';
import { zoneFromText } from './zones.ts';

export interface ScheduleOptions {
  /** IANA zone when the text names none (the funder's home zone). */
  defaultZone: string;
  /** Year for dates written without one, e.g. the year of the page's own date. */
  defaultYear?: number;
  /** The page's own date (YYYY-MM-DD), for yearless dates; see FindDatesOptions.referenceDate. */
  referenceDate?: string;
  /** Clock time when the text gives none (e.g. EU: 17:00 Brussels). */
  defaultTime?: string;
  /** Kind for deadlines whose wording names no step. */
  defaultKind?: DeadlineKind;
}

/** What a call's date text says: when it opens, its deadlines, or only a fuzzy forthcoming time. */
export interface Schedule {
  opens?: string;
  deadlines: Deadline[];
  fuzzyDate?: string;
}

const OPEN_WORDS =
  /(?:öppnar|öppna[rs]?\b|opens?\b|opening|launch(?:ed)?|starting on|starts?\b|från och med|from\b|från\b)/gi;
const CLOSE_WORDS =
  /(?:deadline|closes?\b|closing|stänger|sista ansökningsdag|senast|until|fram till|due|frist|submit|submission|inlämning|ansökningstid|by\b)/gi;
/** Dates that follow these words (within a few words) are about news, results or events, not the call. */
const IGNORE_BEFORE =
  /(?:updated|uppdaterad|uppdaterat|published|publicerad|last change|results?\b|resultat|beslut|decision|approved|godkänd|evaluation|bedömning|event on|webinar|webbinari|seminar|info ?day|informationsmöte)[^.;]{0,25}$/i;

function lastIndex(re: RegExp, text: string): number {
  let last = -1;
  for (const m of text.matchAll(re)) last = m.index;
  return last;
}

/** Sentence-ish clauses: lines, and sentences that end before a capital letter. */
export function clauses(text: string): string[] {
  return text
    .split(/\n+|(?<=[a-zåäö)\]]{2}[.!?])\s+(?=[A-ZÅÄÖ])/)
    .map((s) => s.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}

/**
 * Reads opening dates, deadlines (each with kind, clock time and zone) and fuzzy forthcoming dates from
 * free text in Swedish or English. Sources pass the focused text of a call (its key-dates box or the
 * paragraphs that mention dates); clauses about updates, results or events are skipped.
 */
export function parseSchedule(text: string, opts: ScheduleOptions): Schedule {
  const deadlines: Deadline[] = [];
  let opens: string | undefined;
  const addOpen = (d: string) => {
    if (!opens || d < opens) opens = d;
  };
  let clauseKind: DeadlineKind | undefined;
  const addDeadline = (clause: string, d: DateMatch, nextIndex: number, kindText: string) => {
    const zone = zoneFromText(clause.slice(d.end, d.end + 80)) ?? zoneFromText(clause) ?? opts.defaultZone;
    // "until 24:00 (CET) the 7 October": the time may also stand just before the date.
    const time =
      findClock(clause.slice(d.end, Math.min(nextIndex, d.end + 70))) ??
      findClock(kindText.slice(-40)) ??
      opts.defaultTime;
    // "… Project Idea Form is 9 March, whereas for the core projects – 15 March": an unnamed step continues the last one.
    const kind = namedKind(kindText) ?? clauseKind ?? opts.defaultKind ?? 'application';
    clauseKind = kind;
    const same = deadlines.find((x) => x.date === d.date && x.kind === kind);
    if (same) {
      // "open until 14 October … accepted until 24:00 (CET) the 14 October": the later mention adds the time.
      if (!same.time && time) Object.assign(same, { time, timeZone: zone });
      return;
    }
    const label = kindText.replace(/^[\s.,;:–-]+|[\s.,;:–-]+$/g, '').trim();
    deadlines.push({
      date: d.date,
      ...(time ? { time } : {}),
      timeZone: zone,
      kind,
      ...(label && label.length <= 80 ? { label } : {}),
    });
  };

  for (const clause of clauses(text)) {
    clauseKind = undefined;
    const dates = findDates(clause, { defaultYear: opts.defaultYear, referenceDate: opts.referenceDate });
    if (dates.length === 0) continue;
    const ranges = findRanges(clause, dates);
    const inRange = new Set(ranges.flatMap((r) => [r.start, r.end]));
    let prevEnd = 0;
    for (let i = 0; i < dates.length; i++) {
      const d = dates[i];
      const before = clause.slice(prevEnd, d.index);
      const nextIndex = dates[i + 1]?.index ?? clause.length;
      if (IGNORE_BEFORE.test(clause.slice(0, d.index).slice(-40))) {
        prevEnd = d.end;
        continue;
      }
      const range = ranges.find((r) => r.start === d);
      if (range) {
        addOpen(d.date);
        const afterEnd = dates[i + 2]?.index ?? clause.length;
        addDeadline(clause, range.end, afterEnd, before);
        prevEnd = range.end.end;
        i++;
        continue;
      }
      if (!inRange.has(d)) {
        const lead = clause.slice(0, d.index);
        const o = lastIndex(OPEN_WORDS, lead);
        const c = lastIndex(CLOSE_WORDS, lead);
        if (o > c) addOpen(d.date);
        else addDeadline(clause, d, nextIndex, before.length > 0 ? before : lead);
      }
      prevEnd = d.end;
    }
  }
  deadlines.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const fuzzy = deadlines.length === 0 ? findFuzzyDate(text) : undefined;
  return { ...(opens ? { opens } : {}), deadlines, ...(fuzzy ? { fuzzyDate: fuzzy.text } : {}) };
}
