import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { deadlineInstant } from '../../../core/model/deadline-time.ts';
import { normaliseCall } from '../../../core/model/normalise-call.ts';
import { newWatchEntry } from '../../../pwa/db/watchlist-repo.ts';
import { csvField, watchlistToCsv } from '../../../pwa/export/watchlist-csv.ts';
import { watchlistToIcs } from '../../../pwa/export/watchlist-ics.ts';
import { fixtureCalls, HOSTILE_TITLE } from '../../e2e/support/pwa-fixture-calls.ts';

const now = new Date('2026-03-01T10:00:00Z');
const entries = fixtureCalls(now).map((c) => {
  const call = normaliseCall(c, {}, now);
  const e = newWatchEntry(call, undefined, 'karlskrona', now);
  return { ...e, notes: 'Rad 1\nRad 2 med "citat", och komma', tags: ['a', 'b'] };
});

/** A small RFC 4180 reader, independent of the writer, to check the file parses back. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ';') {
      row.push(field);
      field = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += ch;
  }
  return rows;
}

describe('CSV export', () => {
  it('is for Swedish Excel: semicolons, BOM, Swedish local times, the decision log, web links only', () => {
    const withLog = {
      ...entries[0],
      decisions: [
        { at: '2026-03-01T09:15:00.000Z', who: 'Anna', from: null, to: 'bevakas' as const, why: '' },
        {
          at: '2026-03-02T14:00:00.000Z',
          who: 'Ledningsgruppen',
          from: 'bevakas' as const,
          to: 'forbereds' as const,
          why: 'Passar',
        },
      ],
      call: { ...entries[0].call, url: 'javascript:alert(1)' },
    };
    const rows = parseCsv(watchlistToCsv([withLog], 'sv', now).slice(1));
    expect(rows[0]).toContain('Beslutslogg');
    const r = rows[1];
    // 16:00 Warsaw time is 16:00 Swedish time; written without zone letters, as Excel reads it.
    expect(r[4]).toMatch(/^\d{4}-\d{2}-\d{2} 16:00$/);
    expect(r[10]).toBe(
      '2026-03-01 10:15 Anna: Bevakas\n2026-03-02 15:00 Ledningsgruppen: Bevakas → Förbereds – Passar',
    );
    expect(r[11]).toBe('');
    expect(watchlistToCsv(entries, 'sv', now)).not.toMatch(/\d{2}:\d{2}:\d{2}\.\d{3}Z/);
  });

  it('quotes every field so separators, quotes and newlines survive a round trip', () => {
    const csv = watchlistToCsv(entries, 'sv', now);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const rows = parseCsv(csv.slice(1));
    expect(rows).toHaveLength(entries.length + 1);
    expect(rows[0][0]).toBe('Utlysning');
    expect(new Set(rows.map((r) => r.length)).size).toBe(1);
    const hostile = rows.find((r) => r[12] === 'mucf:hostile-1')!;
    expect(hostile[0]).toBe(HOSTILE_TITLE);
    expect(rows[1][9]).toBe('Rad 1\nRad 2 med "citat", och komma');
    expect(rows[1][3]).toBe('Bevakas');
  });

  it('defuses spreadsheet formulas', () => {
    expect(csvField('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvField('-1+2')).toBe('"\'-1+2"');
  });
});

describe('ICS export', () => {
  it('is valid iCalendar with one event per deadline at the right instant and stable UIDs', () => {
    const ics = watchlistToIcs(entries, 'sv', now);
    const cal = new ICAL.Component(ICAL.parse(ics));
    const events = cal.getAllSubcomponents('vevent');
    const expected = entries.reduce((n, e) => n + e.call.deadlines.length, 0);
    expect(events).toHaveLength(expected);
    const vinnova = entries.find((e) => e.callId === 'vinnova:2026-00123')!;
    const vEvents = events.filter((ev) => String(ev.getFirstPropertyValue('uid')).startsWith('vinnova:2026-00123-'));
    expect(vEvents).toHaveLength(2);
    const starts = vEvents.map((ev) => (ev.getFirstPropertyValue('dtstart') as ICAL.Time).toJSDate().getTime()).sort();
    expect(starts).toEqual(vinnova.call.deadlines.map((d) => deadlineInstant(d).getTime()).sort());
    for (const ev of events) expect(ev.getFirstSubcomponent('valarm')).toBeTruthy();
    // Same input, same UIDs: a re-import updates instead of duplicating.
    const again = new ICAL.Component(ICAL.parse(watchlistToIcs(entries, 'sv', new Date()))).getAllSubcomponents(
      'vevent',
    );
    expect(again.map((e) => e.getFirstPropertyValue('uid'))).toEqual(events.map((e) => e.getFirstPropertyValue('uid')));
  });
});
