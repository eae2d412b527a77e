/**
 * The one check of calendar dates, clock times, zones and instants for everything read from outside (calls,
 * snapshots, CLI flags, funder APIs). `Date` would roll 2026-02-30 over to 2 March and 2026-13-45 into 2027;
 * here they are refused. "24:00" is allowed (funders write it for the end of a day) and nothing after it.
 */

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const CLOCK_RE = /^(\d{2}):(\d{2})$/;
/** YYYY-MM-DD, optionally THH:MM[:SS[.fff]] and Z or ±HH:MM (or ±HHMM, as some APIs write). */
const INSTANT_RE = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?)?$/i;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** True for a real calendar date written YYYY-MM-DD (years 1000–9999). */
export function isCalendarDate(text: string): boolean {
  const m = DATE_RE.exec(text);
  if (!m) return false;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  return y >= 1000 && mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo);
}

/** True for a clock time HH:MM from 00:00 to 23:59, or exactly 24:00 (end of the day). */
export function isClockTime(text: string): boolean {
  const m = CLOCK_RE.exec(text);
  if (!m) return false;
  const h = Number(m[1]);
  const min = Number(m[2]);
  return (h < 24 && min < 60) || (h === 24 && min === 0);
}

const zoneCache = new Map<string, boolean>();

/** True when the platform knows `zone` as an IANA time zone (memoised: the same few zones recur). */
export function isKnownZone(zone: string): boolean {
  let ok = zoneCache.get(zone);
  if (ok === undefined) {
    try {
      new Intl.DateTimeFormat('en', { timeZone: zone });
      ok = zone.length > 0;
    } catch {
      ok = false;
    }
    if (zoneCache.size > 1000) zoneCache.clear();
    zoneCache.set(zone, ok);
  }
  return ok;
}

/**
 * An ISO date or date-time (a date alone is midnight UTC) checked field by field, or undefined. Offsets
 * without a colon ("+0000") are accepted. Never rolls an impossible date or time over.
 */
export function parseInstant(text: string): Date | undefined {
  const m = INSTANT_RE.exec(text.trim());
  if (!m || !isCalendarDate(m[1])) return undefined;
  if (m[2] && (!isClockTime(m[2]) || m[2] === '24:00')) return undefined;
  if (m[3] && Number(m[3]) > 59) return undefined;
  const zone = m[4]?.replace(/^([+-]\d{2})(\d{2})$/, '$1:$2');
  if (zone && zone !== 'Z' && zone !== 'z') {
    const [h, min] = zone.slice(1).split(':').map(Number);
    if (h > 14 || min > 59) return undefined;
  }
  const normal = text.trim().replace(/([+-]\d{2})(\d{2})$/, '$1:$2');
  const ms = Date.parse(m[2] ? normal : `${m[1]}T00:00:00Z`);
  return Number.isNaN(ms) ? undefined : new Date(ms);
}

/** True when `text` is an instant parseInstant reads. */
export function isInstant(text: string): boolean {
  return parseInstant(text) !== undefined;
}
