import { TZDate } from '@date-fns/tz';

const pad = (n: number) => String(n).padStart(2, '0');

/** The local calendar date and clock time of an instant in an IANA zone. */
export function zonedParts(instant: Date | number, zone: string): { date: string; time: string } {
  const t = new TZDate(typeof instant === 'number' ? instant : instant.getTime(), zone);
  return {
    date: `${t.getFullYear()}-${pad(t.getMonth() + 1)}-${pad(t.getDate())}`,
    time: `${pad(t.getHours())}:${pad(t.getMinutes())}`,
  };
}

/**
 * Parses ISO timestamps as funder APIs write them, including "+0000" offsets without a colon
 * (EU search API) that strict parsers reject. Returns undefined for anything unparseable.
 */
export function parseTimestamp(text: string): Date | undefined {
  const fixed = text.trim().replace(/([+-]\d{2})(\d{2})$/, '$1:$2');
  const ms = Date.parse(fixed);
  return Number.isNaN(ms) ? undefined : new Date(ms);
}

/** Today's date (YYYY-MM-DD) in a zone. */
export function dateInZone(instant: Date, zone: string): string {
  return zonedParts(instant, zone).date;
}
