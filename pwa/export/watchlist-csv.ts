import { deadlineInstant } from '../../core/model/deadline-time.ts';
import { nextDeadline } from '../../core/model/status.ts';
import type { WatchEntry } from '../db/entities/watch-entry.ts';
import { WATCH_STATUS_LABELS } from '../db/entities/watch-status.ts';

/** RFC 4180: quote every field, double inner quotes; formula-leading cells are defused for spreadsheets. */
export function csvField(value: string | number | undefined): string {
  let s = value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return `"${s.replace(/"/g, '""')}"`;
}

const HEADERS = {
  sv: [
    'Utlysning',
    'Finansiär',
    'Program',
    'Status',
    'Nästa deadline',
    'Sista deadline',
    'Poäng',
    'Ansvarig',
    'Taggar',
    'Anteckningar',
    'Länk',
    'Id',
  ],
  en: [
    'Call',
    'Funder',
    'Programme',
    'Status',
    'Next deadline',
    'Last deadline',
    'Score',
    'Owner',
    'Tags',
    'Notes',
    'Link',
    'Id',
  ],
};

export function watchlistToCsv(entries: WatchEntry[], lang: 'sv' | 'en', now = new Date()): string {
  const rows = entries.map((e) => {
    const next = nextDeadline(e.call, now);
    const last = e.lastDeadline ? new Date(e.lastDeadline).toISOString() : '';
    return [
      e.call.title,
      e.call.funder,
      e.call.programme,
      WATCH_STATUS_LABELS[e.status][lang],
      next ? deadlineInstant(next).toISOString() : '',
      last,
      e.savedMatch?.score,
      e.owner,
      e.tags.join('; '),
      e.notes,
      e.call.url,
      e.callId,
    ]
      .map(csvField)
      .join(',');
  });
  // BOM so Excel opens å/ä/ö correctly; CRLF as RFC 4180 says.
  return `\uFEFF${[HEADERS[lang].map(csvField).join(','), ...rows].join('\r\n')}\r\n`;
}
