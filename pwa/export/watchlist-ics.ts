import ICAL from 'ical.js';
import { deadlineInstant } from '../../core/model/deadline-time.ts';
import type { WatchEntry } from '../db/entities/watch-entry.ts';

const KIND_LABEL: Record<string, { sv: string; en: string }> = {
  application: { sv: 'Ansökan', en: 'Application' },
  'project-idea': { sv: 'Projektidé', en: 'Project idea' },
  'expression-of-interest': { sv: 'Intresseanmälan', en: 'Expression of interest' },
  'step-2': { sv: 'Steg 2', en: 'Step 2' },
  'cut-off': { sv: 'Brytpunkt', en: 'Cut-off' },
};

/**
 * One event per deadline of every watched call, at the exact instant (UTC, so the funder's time zone
 * is honoured in any calendar), with a reminder a week ahead. UIDs are stable, so a re-import updates.
 */
export function watchlistToIcs(entries: WatchEntry[], lang: 'sv' | 'en', now = new Date()): string {
  const cal = new ICAL.Component(['vcalendar', [], []]);
  cal.updatePropertyWithValue('prodid', '-//Fundwatch//PWA//SV');
  cal.updatePropertyWithValue('version', '2.0');
  cal.updatePropertyWithValue('calscale', 'GREGORIAN');
  cal.updatePropertyWithValue(
    'x-wr-calname',
    lang === 'sv' ? 'Fundwatch – bevakade deadlines' : 'Fundwatch – watched deadlines',
  );
  const stamp = ICAL.Time.fromJSDate(now, true);
  for (const entry of entries) {
    for (const d of entry.call.deadlines) {
      const ev = new ICAL.Component('vevent');
      const kind = KIND_LABEL[d.kind]?.[lang] ?? d.kind;
      ev.updatePropertyWithValue('uid', `${entry.callId}/${d.kind}/${d.date}@fundwatch`);
      ev.updatePropertyWithValue('dtstamp', stamp);
      ev.updatePropertyWithValue('dtstart', ICAL.Time.fromJSDate(deadlineInstant(d), true));
      ev.updatePropertyWithValue('summary', `${kind}: ${entry.call.title}`);
      const clock = d.time ? ` ${d.time}` : '';
      ev.updatePropertyWithValue(
        'description',
        `${entry.call.funder}${entry.call.programme ? ` – ${entry.call.programme}` : ''}\n${d.date}${clock} (${d.timeZone})${d.label ? `\n${d.label}` : ''}\n${entry.call.url}`,
      );
      if (entry.call.url) ev.updatePropertyWithValue('url', entry.call.url);
      const alarm = new ICAL.Component('valarm');
      alarm.updatePropertyWithValue('action', 'DISPLAY');
      alarm.updatePropertyWithValue('description', `${kind}: ${entry.call.title}`);
      alarm.updatePropertyWithValue('trigger', ICAL.Duration.fromString('-P7D'));
      ev.addSubcomponent(alarm);
      cal.addSubcomponent(ev);
    }
  }
  return cal.toString();
}
