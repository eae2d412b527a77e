import { z } from 'zod';
import type { FundingCall } from '../../core/model/call.ts';
import { InputError, zodToInputError } from '../../core/model/errors.ts';
import { BANDS } from '../../core/model/match.ts';
import { normaliseCall } from '../../core/model/normalise-call.ts';
import { IMPORTED_NOTE } from './entities/import-note.ts';
import { ReasonLinesSchema } from './entities/saved-match.ts';
import { normaliseWatchEntry, type WatchEntry } from './entities/watch-entry.ts';
import { readJsonObject } from './read-json-object.ts';
import type { FundwatchDb } from './schema.ts';
import { newWatchEntry } from './watchlist-repo.ts';

/** What extension/background/watchlist.ts `exportSaved` writes. */
export const EXTENSION_EXPORT_FORMAT = 'fundwatch-extension-watchlist';
export const EXTENSION_EXPORT_VERSION = 1;
/** The decision-log line every imported entry starts with. */
export const IMPORTED_WHY = IMPORTED_NOTE.sv;
/** The saved match's profile: the extension's own active profile, which the file does not name. */
export const EXTENSION_PROFILE_ID = 'extension';

const ExportEntrySchema = z.object({
  callId: z.string().min(1),
  score: z.number().min(0).max(100),
  band: z.enum(BANDS as ['strong', 'relevant', 'weak', 'none']),
  reasons: ReasonLinesSchema,
  savedAt: z.string().min(1),
});

const ExportFileSchema = z.object({
  format: z.literal(EXTENSION_EXPORT_FORMAT),
  version: z.literal(EXTENSION_EXPORT_VERSION),
  exportedAt: z.string(),
  calls: z.array(z.unknown()),
  entries: z.array(z.unknown()),
});

export interface ExtensionImport {
  exportedAt: string;
  /** Watch entries as the PWA stores them, each through the one gate (normaliseWatchEntry). */
  entries: WatchEntry[];
}

function entryFrom(
  call: FundingCall,
  e: z.infer<typeof ExportEntrySchema>,
  loc: { file: string; position: string },
  now: Date,
): WatchEntry {
  // An imported entry is a fresh one, but saved when the extension saved it, with the extension's score.
  const fresh = newWatchEntry(call, undefined, EXTENSION_PROFILE_ID, now);
  return normaliseWatchEntry(
    {
      ...fresh,
      decisions: fresh.decisions.map((d) => ({ ...d, why: IMPORTED_WHY })),
      savedMatch: {
        profileId: EXTENSION_PROFILE_ID,
        score: e.score,
        band: e.band,
        reasons: [],
        lines: e.reasons,
        scoredAt: e.savedAt,
      },
      savedAt: e.savedAt,
    },
    loc,
    now,
  );
}

/**
 * Reads the extension's watchlist export completely before anything is written: a corrupt or foreign file,
 * a bad call or entry throws an InputError naming the file and the field path (e.g. `entries[2]`, field "band").
 */
export function parseExtensionExport(text: string, file = 'export', now = new Date()): ExtensionImport {
  const raw = readJsonObject(text, file, 'a Fundwatch extension export');
  const format = raw.format;
  if (format !== EXTENSION_EXPORT_FORMAT) {
    const hint = format === 'fundwatch-backup' ? ' (this is a PWA backup: use “Restore from file”)' : '';
    throw new InputError(
      `not a Fundwatch extension export (format is not "${EXTENSION_EXPORT_FORMAT}")${hint}`,
      { file },
      'format',
    );
  }
  const top = ExportFileSchema.safeParse(raw);
  if (!top.success) throw zodToInputError(top.error, { file });

  const calls = new Map<string, FundingCall>();
  top.data.calls.forEach((c, i) => {
    const call = normaliseCall(c, { file, position: `calls[${i}]` }, now);
    if (calls.has(call.id))
      throw new InputError(`duplicate call "${call.id}"`, { file, position: `calls[${i}]` }, 'id');
    calls.set(call.id, call);
  });

  const seen = new Set<string>();
  const entries = top.data.entries.map((rawEntry, i) => {
    const loc = { file, position: `entries[${i}]` };
    const parsed = ExportEntrySchema.safeParse(rawEntry);
    if (!parsed.success) throw zodToInputError(parsed.error, loc);
    const { callId } = parsed.data;
    if (seen.has(callId)) throw new InputError(`duplicate entry for call "${callId}"`, loc, 'callId');
    seen.add(callId);
    const call = calls.get(callId);
    if (!call) throw new InputError(`no call with id "${callId}" in "calls"`, loc, 'callId');
    return entryFrom(call, parsed.data, loc, now);
  });
  return { exportedAt: top.data.exportedAt, entries };
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
