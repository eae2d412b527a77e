import { callsToIcs } from '../../core/digest/ics.ts';
import type { WatchEntry } from '../db/entities/watch-entry.ts';

/**
 * The watched calls' deadlines as an RFC 5545 calendar (core's callsToIcs: exact instants from each deadline's
 * own zone, all-day events for date-only deadlines, a reminder a week ahead, stable UIDs so a re-import updates).
 */
export function watchlistToIcs(entries: WatchEntry[], lang: 'sv' | 'en', now = new Date()): string {
  return callsToIcs(
    entries.map((e) => e.call),
    { now, lang, name: lang === 'sv' ? 'Fundwatch – bevakade deadlines' : 'Fundwatch – watched deadlines' },
  );
}
