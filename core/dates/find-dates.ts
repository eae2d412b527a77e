import { MONTH_PATTERN, monthNumber } from './months.ts';

/** A calendar date found in text. */
export interface DateMatch {
  /** YYYY-MM-DD */
  date: string;
  index: number;
  end: number;
  raw: string;
  /** True when the text gave no year and it was taken from a neighbouring date or the context. */
  yearInferred: boolean;
}

/** A date range ("12.8.2024 – 6.9.2024", "20 March to 7 June 2024", "between 5th October and 30th November 2023"). */
export interface DateRange {
  start: DateMatch;
  end: DateMatch;
}

export interface FindDatesOptions {
  /** Year for dates written without one when no neighbouring date gives it (e.g. the page's own date). */
  defaultYear?: number;
  /**
   * The page's own date: a yearless date that would fall well before it is read as next year's
   * ("Call 3 will be open between 17 April and 30 June" on a page from November).
   */
  referenceDate?: string;
}

const ORD = '(?:st|nd|rd|th|:e|:a|\\.)?';
const M = `(${MONTH_PATTERN})\\.?`;
const DAY_MONTH = new RegExp(`(?<![\\d.])(\\d{1,2})${ORD}\\s*(?:of\\s+)?${M}(?![a-zåäö])(?:,?\\s+(\\d{4}))?`, 'gi');
const MONTH_DAY = new RegExp(`(?<![a-zåäö])${M}\\s+(\\d{1,2})${ORD}(?![\\d:.]\\d)(?:,?\\s+(\\d{4}))?`, 'gi');
const NUMERIC = /(?<![\d.:])(\d{1,2})[./](\d{1,2})[./](\d{4})(?![\d])/g;
const ISO = /(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)/g;

interface Raw {
  index: number;
  end: number;
  raw: string;
  day: number;
  month: number;
  year?: number;
}

function valid(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1 || d > 31) return false;
  const dt = new Date(Date.UTC(y, m - 1, d));
  return dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d;
}

function iso(y: number, m: number, d: number): string {
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function collect(text: string): Raw[] {
  const found: Raw[] = [];
  const push = (r: Raw) => {
    if (found.some((f) => r.index < f.end && f.index < r.end)) return;
    found.push(r);
  };
  for (const m of text.matchAll(ISO))
    push({ index: m.index, end: m.index + m[0].length, raw: m[0], year: +m[1], month: +m[2], day: +m[3] });
  for (const m of text.matchAll(NUMERIC))
    push({ index: m.index, end: m.index + m[0].length, raw: m[0], day: +m[1], month: +m[2], year: +m[3] });
  for (const m of text.matchAll(DAY_MONTH)) {
    const month = monthNumber(m[2]);
    if (month) {
      const r = { index: m.index, end: m.index + m[0].length, raw: m[0], day: +m[1], month };
      push(m[3] ? { ...r, year: +m[3] } : r);
    }
  }
  for (const m of text.matchAll(MONTH_DAY)) {
    const month = monthNumber(m[1]);
    // "May 2026" is a month, not the 20th of May: require a plausible day that is not a year.
    if (month && +m[2] <= 31) {
      const r = { index: m.index, end: m.index + m[0].length, raw: m[0], day: +m[2], month };
      push(m[3] ? { ...r, year: +m[3] } : r);
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

/**
 * Every calendar date in the text, in order. A date without a year takes the year of the next dated
 * neighbour ("20 March to 7 June 2024"), else the previous one, else `defaultYear`; dates that cannot be
 * placed in a year are dropped rather than guessed.
 */
export function findDates(text: string, opts: FindDatesOptions = {}): DateMatch[] {
  const raws = collect(text);
  const out: DateMatch[] = [];
  raws.forEach((r, i) => {
    let year = r.year;
    let inferred = false;
    if (year === undefined) {
      inferred = true;
      const next = raws.slice(i + 1).find((n) => n.year !== undefined && n.index - r.end < 80);
      const prev = [...raws.slice(0, i)].reverse().find((p) => p.year !== undefined && r.index - p.end < 80);
      if (next?.year !== undefined) year = next.month < r.month ? next.year - 1 : next.year;
      else if (prev?.year !== undefined) year = prev.month > r.month ? prev.year + 1 : prev.year;
      else {
        year = opts.defaultYear;
        if (year !== undefined && opts.referenceDate) {
          const ref = Date.parse(opts.referenceDate);
          if (Date.UTC(year, r.month - 1, r.day) < ref - 60 * 86_400_000) year += 1;
        }
      }
    }
    if (year === undefined || !valid(year, r.month, r.day)) return;
    out.push({ date: iso(year, r.month, r.day), index: r.index, end: r.end, raw: r.raw, yearInferred: inferred });
  });
  return out;
}

const RANGE_GAP = /^\s*(?:[-–—]|to|till|until|till och med|t\.o\.m\.|through|\/)\s*$/i;
/** "and"/"och" join a range only after "between"/"mellan" ("between 5 November and 4 February"). */
const AND_GAP = /^\s*(?:and|och)\s*$/i;
const BETWEEN = /(?:between|mellan)\s*(?:\w+\s*)?$/i;

/** Pairs of dates joined by a range word or dash; a date can belong to at most one range. */
export function findRanges(text: string, dates: DateMatch[] = findDates(text)): DateRange[] {
  const ranges: DateRange[] = [];
  for (let i = 0; i + 1 < dates.length; i++) {
    const gap = text.slice(dates[i].end, dates[i + 1].index);
    // Strip a clock time sitting on the start date ("9. september 2024 @ 08:00 – 7. oktober").
    const gapCore = gap.replace(/\s*(?:@|kl\.?|klockan|at)?\s*\d{1,2}[:.]\d{2}\s*/i, ' ');
    const between = BETWEEN.test(text.slice(Math.max(0, dates[i].index - 25), dates[i].index));
    if (RANGE_GAP.test(gap) || RANGE_GAP.test(gapCore) || (between && (AND_GAP.test(gap) || AND_GAP.test(gapCore)))) {
      ranges.push({ start: dates[i], end: dates[i + 1] });
      i++;
    }
  }
  return ranges;
}
