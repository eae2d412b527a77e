import ICAL from 'ical.js';
import type { Deadline, FundingCall } from '../model/call.ts';
import { deadlineInstant } from '../model/deadline-time.ts';
import { utf8Length } from '../sources/lib/url.ts';
import { deadlineText, funderLine, KIND_TEXT, type Lang, safeUrl } from './format.ts';

export interface IcsOptions {
  now: Date;
  lang?: Lang;
  /** Calendar name shown by calendar apps. */
  name?: string;
  /** Reminder this many days before each deadline (0 = none). */
  alarmDays?: number;
  /** Leave out deadlines before this instant (a digest's calendar holds what is ahead). */
  from?: Date;
}

/**
 * Stable per deadline, so re-importing an updated calendar updates the event instead of duplicating it:
 * the call id plus the deadline kind (and its ordinal when a call has several of one kind, e.g. cut-offs).
 */
export function deadlineUid(call: FundingCall, d: Deadline): string {
  const sameKind = call.deadlines.filter((x) => x.kind === d.kind);
  const n = sameKind.indexOf(d);
  const safeId = call.id.replace(/[^A-Za-z0-9:._-]/g, '_');
  return `${safeId}-${d.kind}${sameKind.length > 1 ? `-${n + 1}` : ''}@fundwatch`;
}

function nextDay(date: string): string {
  const t = new Date(`${date}T00:00:00Z`);
  t.setUTCDate(t.getUTCDate() + 1);
  return t.toISOString().slice(0, 10);
}

/**
 * RFC 5545 calendar of the calls' deadlines, made with ical.js. A deadline with a clock time is an instant,
 * written in UTC (computed from the deadline's own IANA zone, so "17:00 Brussels" lands right in every
 * calendar); a deadline without a time is an all-day event on its date. Fuzzy dates get no event.
 */
export function callsToIcs(calls: readonly FundingCall[], opts: IcsOptions): string {
  const lang = opts.lang ?? 'sv';
  const cal = new ICAL.Component(['vcalendar', [], []]);
  cal.updatePropertyWithValue('prodid', '-//Fundwatch//Fundwatch 0.1//SV');
  cal.updatePropertyWithValue('version', '2.0');
  cal.updatePropertyWithValue('calscale', 'GREGORIAN');
  cal.updatePropertyWithValue('method', 'PUBLISH');
  cal.updatePropertyWithValue(
    'x-wr-calname',
    opts.name ?? (lang === 'sv' ? 'Fundwatch – deadlines' : 'Fundwatch deadlines'),
  );
  const stamp = ICAL.Time.fromJSDate(opts.now, true);
  // Calendar apps keep the copy with the higher SEQUENCE: minutes since 2020 grow with every export.
  const sequence = Math.max(0, Math.floor((opts.now.getTime() - Date.UTC(2020, 0, 1)) / 60_000));
  const sorted = [...calls].sort((a, b) => a.id.localeCompare(b.id));
  for (const call of sorted) {
    for (const d of call.deadlines) {
      if (opts.from && deadlineInstant(d).getTime() < opts.from.getTime()) continue;
      const ev = new ICAL.Component('vevent');
      ev.updatePropertyWithValue('uid', deadlineUid(call, d));
      ev.updatePropertyWithValue('dtstamp', stamp);
      ev.updatePropertyWithValue('sequence', sequence);
      if (d.time) {
        ev.updatePropertyWithValue('dtstart', ICAL.Time.fromJSDate(deadlineInstant(d), true));
      } else {
        ev.updatePropertyWithValue('dtstart', ICAL.Time.fromDateString(d.date));
        ev.updatePropertyWithValue('dtend', ICAL.Time.fromDateString(nextDay(d.date)));
      }
      const kind = KIND_TEXT[lang][d.kind];
      ev.updatePropertyWithValue('summary', `${kind}: ${call.title}`);
      const url = safeUrl(call.url);
      // The step is named from its kind in the reader's language; the funder's own wording of it (d.label) is a
      // page fragment in another language at best, so it is never written.
      const lines = [funderLine(call), deadlineText(d, lang), ...(url ? [url] : [])];
      ev.updatePropertyWithValue('description', lines.join('\n'));
      if (url) ev.updatePropertyWithValue('url', url);
      ev.updatePropertyWithValue('transp', 'TRANSPARENT');
      if ((opts.alarmDays ?? 7) > 0) {
        const alarm = new ICAL.Component('valarm');
        alarm.updatePropertyWithValue('action', 'DISPLAY');
        alarm.updatePropertyWithValue('description', `${kind}: ${call.title}`);
        alarm.updatePropertyWithValue(
          'trigger',
          ICAL.Duration.fromData({ days: opts.alarmDays ?? 7, isNegative: true }),
        );
        ev.addSubcomponent(alarm);
      }
      cal.addSubcomponent(ev);
    }
  }
  return `${foldOctets(cal.toString())}\r\n`;
}

/**
 * RFC 5545 folds lines at 75 octets; ical.js counts characters, so Swedish letters could overrun. Unfold,
 * then fold again on UTF-8 octets without splitting a character.
 */
export function foldOctets(text: string): string {
  const logical = text.replace(/\r?\n[ \t]/g, '').split(/\r?\n/);
  const out: string[] = [];
  for (const line of logical) {
    let rest = line;
    let first = true;
    for (;;) {
      // Continuation lines start with a space, which counts towards their 75 octets.
      const limit = first ? 75 : 74;
      const lead = first ? '' : ' ';
      if (utf8Length(rest) <= limit) {
        out.push(lead + rest);
        break;
      }
      let cut = 0;
      let bytes = 0;
      for (const ch of rest) {
        const n = utf8Length(ch);
        if (bytes + n > limit) break;
        bytes += n;
        cut += ch.length;
      }
      out.push(lead + rest.slice(0, cut));
      rest = rest.slice(cut);
      first = false;
    }
  }
  return out.join('\r\n');
}
