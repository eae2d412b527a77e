import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { callsToIcs, foldOctets } from '../../../core/digest/ics.ts';
import { normaliseCall } from '../../../core/model/normalise-call.ts';

const now = new Date('2026-11-20T06:00:00Z');
const title =
  'Ansökan om medel för gränsöverskridande samarbete kring klimatanpassning, hållbar stadsutveckling och ungdomars delaktighet i Östersjöregionen – åäö ÅÄÖ € 🌊';
const call = normaliseCall(
  {
    id: 'x:ics-1',
    source: 'x',
    funder: 'Länsstyrelsen i Blekinge län',
    title,
    summary: 'Sista ansökningsdag är förlängd. '.repeat(8),
    url: 'https://example.org/utlysning',
    language: 'sv',
    deadlines: [{ date: '2026-12-15', time: '23:59', timeZone: 'Europe/Stockholm', kind: 'application' }],
  },
  {},
  now,
);

describe('ICS lines folded at 75 octets', () => {
  it('no line is longer than 75 octets with Swedish letters and emoji, and it reads back whole', () => {
    const ics = callsToIcs([call], { now, lang: 'sv' });
    const lines = ics.split('\r\n').filter(Boolean);
    for (const line of lines) expect(Buffer.byteLength(line, 'utf8'), line).toBeLessThanOrEqual(75);
    expect(lines.some((l) => l.startsWith(' '))).toBe(true);
    const event = new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent('vevent');
    expect(String(event?.getFirstPropertyValue('summary'))).toContain(title);
  });

  it('never splits a character and unfolds to the same line', () => {
    const line = `SUMMARY:${'åäö🌊'.repeat(40)}`;
    const folded = foldOctets(line);
    for (const l of folded.split('\r\n')) {
      expect(Buffer.byteLength(l, 'utf8')).toBeLessThanOrEqual(75);
      expect(l).not.toMatch(/[\uD800-\uDBFF]$/);
    }
    expect(folded.replace(/\r\n /g, '')).toBe(line);
  });
});
