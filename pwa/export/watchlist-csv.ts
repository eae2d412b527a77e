import { zonedParts } from '../../core/dates/zoned.ts';
import { deadlineInstant } from '../../core/model/deadline-time.ts';
import { nextDeadline } from '../../core/model/status.ts';
import { safeHttpUrl } from '../../core/sources/lib/url.ts';
import type { WatchEntry } from '../db/entities/watch-entry.ts';
import { WATCH_STATUS_LABELS } from '../db/entities/watch-status.ts';

/** Swedish Excel reads semicolons as the list separator (the comma is the decimal sign). */
export const CSV_SEPARATOR = ';';

/** Quote every field, double inner quotes; formula-leading cells are defused for spreadsheets. */
export function csvField(value: string | number | undefined): string {
  let s = value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return `"${s.replace(/"/g, '""')}"`;
}

/** "2027-01-15 16:00" in Swedish time: what Excel in a Swedish locale reads as a date and time. */
export function localTime(ms: number | Date): string {
  const p = zonedParts(ms, 'Europe/Stockholm');
  return `${p.date} ${p.time}`;
}

const HEADERS = {
  sv: [
    'Utlysning',
    'Finansiär',
    'Program',
    'Status',
    'Nästa deadline (svensk tid)',
    'Sista deadline (svensk tid)',
    'Poäng',
    'Ansvarig',
    'Taggar',
    'Anteckningar',
    'Beslutslogg',
    'Länk',
    'Id',
  ],
  en: [
    'Call',
    'Funder',
    'Programme',
    'Status',
    'Next deadline (Swedish time)',
    'Last deadline (Swedish time)',
    'Score',
    'Owner',
    'Tags',
    'Notes',
    'Decision log',
    'Link',
    'Id',
  ],
};

/** One line per decision, oldest first: "2026-11-30 10:15 Anna Svensson: Bevakas → Förbereds – Passar strategin". */
function decisionLog(e: WatchEntry, lang: 'sv' | 'en'): string {
  return e.decisions
    .map((d) => {
      const from = d.from ? `${WATCH_STATUS_LABELS[d.from][lang]} → ` : '';
      const at = Number.isNaN(Date.parse(d.at)) ? d.at : localTime(Date.parse(d.at));
      return `${at} ${d.who || '–'}: ${from}${WATCH_STATUS_LABELS[d.to][lang]}${d.why ? ` – ${d.why}` : ''}`;
    })
    .join('\n');
}

export function watchlistToCsv(entries: WatchEntry[], lang: 'sv' | 'en', now = new Date()): string {
  const rows = entries.map((e) => {
    const next = nextDeadline(e.call, now);
    const score = e.savedMatch?.score;
    return [
      e.call.title,
      e.call.funder,
      e.call.programme,
      WATCH_STATUS_LABELS[e.status][lang],
      next ? localTime(deadlineInstant(next)) : '',
      e.lastDeadline ? localTime(e.lastDeadline) : '',
      score,
      e.owner,
      e.tags.join(', '),
      e.notes,
      decisionLog(e, lang),
      // Only web links: a javascript: or data: address from a backup or feed never reaches the sheet.
      safeHttpUrl(e.call.url) ?? '',
      e.callId,
    ]
      .map(csvField)
      .join(CSV_SEPARATOR);
  });
  // BOM so Excel opens å/ä/ö correctly; CRLF between records.
  return `\uFEFF${[HEADERS[lang].map(csvField).join(CSV_SEPARATOR), ...rows].join('\r\n')}\r\n`;
}
