import { TZDate } from '@date-fns/tz';

const pad = (n: number) => String(n).padStart(2, '0');

// Zone arithmetic is slow and the same deadlines are told again and again (every explained match, every
// digest line): results are kept per zone and instant, within bounds.
const partsCache = new Map<string, Map<number, { readonly date: string; readonly time: string }>>();
const CACHE_ZONES = 64;
const CACHE_INSTANTS = 10_000;

/** The local calendar date and clock time of an instant in an IANA zone. */
export function zonedParts(instant: Date | number, zone: string): { date: string; time: string } {
  const ms = typeof instant === 'number' ? instant : instant.getTime();
  let byInstant = partsCache.get(zone);
  if (byInstant === undefined) {
    if (partsCache.size >= CACHE_ZONES) partsCache.clear();
    byInstant = new Map();
    partsCache.set(zone, byInstant);
  }
  let hit = byInstant.get(ms);
  if (hit === undefined) {
    const t = new TZDate(ms, zone);
    hit = {
      date: `${t.getFullYear()}-${pad(t.getMonth() + 1)}-${pad(t.getDate())}`,
      time: `${pad(t.getHours())}:${pad(t.getMinutes())}`,
    };
    if (byInstant.size >= CACHE_INSTANTS) byInstant.clear();
    byInstant.set(ms, hit);
  }
  // A copy: the caller owns what it is given.
  return { date: hit.date, time: hit.time };
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
