import type { Exchange, ExchangeEntry } from '../../core/exchange/index.ts';
import { parseExchange } from '../../core/exchange/parse.ts';
import type { FundingCall } from '../../core/model/call.ts';
import { IMPORTED_NOTE } from './entities/import-note.ts';
import { normaliseWatchEntry, type WatchEntry } from './entities/watch-entry.ts';
import type { FundwatchDb } from './schema.ts';
import { newWatchEntry } from './watchlist-repo.ts';

/** The decision-log line every imported entry starts with. */
export const IMPORTED_WHY = IMPORTED_NOTE.sv;
/** The saved match's profile when the sender names none: the extension's own active profile. */
export const EXTENSION_PROFILE_ID = 'extension';

export interface ExtensionImport {
  exportedAt: string;
  /** Watch entries as the app stores them, each through the one gate (normaliseWatchEntry). */
  entries: WatchEntry[];
}

/** One exchange entry as a fresh watch entry: saved when the sender saved it, with the sender's score and fields. */
export function watchEntryFromExchange(call: FundingCall, e: ExchangeEntry, position: string, now: Date): WatchEntry {
  const profileId = e.match?.profileId ?? EXTENSION_PROFILE_ID;
  const fresh = newWatchEntry(call, undefined, profileId, now);
  const status = e.status ?? fresh.status;
  return normaliseWatchEntry(
    {
      ...fresh,
      status,
      notes: e.notes ?? '',
      owner: e.owner ?? '',
      tags: e.tags ?? [],
      decisions: fresh.decisions.map((d) => ({ ...d, to: status, why: IMPORTED_WHY })),
      savedMatch: e.match && {
        profileId,
        score: e.match.score,
        band: e.match.band,
        reasons: e.match.reasons ?? [],
        lines: e.match.lines,
        scoredAt: e.match.scoredAt ?? e.savedAt,
      },
      savedAt: e.savedAt,
    },
    { file: 'import', position },
    now,
  );
}

/** Watch entries for every entry of a parsed exchange. */
export function entriesFromExchange(exchange: Exchange, now = new Date()): WatchEntry[] {
  const calls = new Map(exchange.calls.map((c) => [c.id, c]));
  return exchange.entries.map((e, i) => watchEntryFromExchange(calls.get(e.callId)!, e, `entries[${i}]`, now));
}

/**
 * Reads an exchange file (core's parser: the extension's export, current or old format) completely before anything
 * is written: a corrupt or foreign file, a bad call or entry throws an InputError naming the file and the field
 * path (e.g. `entries[2]`, field "band").
 */
export function parseExtensionExport(text: string, file = 'export', now = new Date()): ExtensionImport {
  const exchange = parseExchange(text, file, now);
  return { exportedAt: exchange.exportedAt, entries: entriesFromExchange(exchange, now) };
}

export interface ImportResult {
  added: number;
  /** Already on the watchlist: left exactly as they were (status, notes, log). */
  alreadyPresent: number;
}

/** Adds the entries not yet watched, in one transaction; entries already there keep everything the user wrote. */
export async function importExtensionEntries(db: FundwatchDb, parsed: ExtensionImport): Promise<ImportResult> {
  return db.transaction('rw', db.watchlist, async () => {
    const existing = await db.watchlist.bulkGet(parsed.entries.map((e) => e.callId));
    const fresh = parsed.entries.filter((_, i) => !existing[i]);
    await db.watchlist.bulkAdd(fresh);
    return { added: fresh.length, alreadyPresent: parsed.entries.length - fresh.length };
  });
}
