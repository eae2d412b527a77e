import { InputError } from '../../core/model/errors.ts';
import type { Profile } from '../../core/model/profile.ts';
import { type DigestRun, normaliseDigestRun } from './entities/digest-run.ts';
import { normaliseProfile } from './entities/profile.ts';
import { normaliseSetting, type Setting } from './entities/settings.ts';
import { normaliseWatchEntry, type WatchEntry } from './entities/watch-entry.ts';
import { readJsonObject } from './read-json-object.ts';
import type { FundwatchDb } from './schema.ts';

export const BACKUP_FORMAT = 'fundwatch-backup';
export const BACKUP_VERSION = 1;

export interface Backup {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  exportedAt: string;
  watchlist: WatchEntry[];
  /** The device's own watchlist kept apart while in a team (absent in backups made before it was kept). */
  own: WatchEntry[];
  profiles: Profile[];
  settings: Setting[];
  digestRuns: DigestRun[];
}

/** The tables a backup holds: everything the user made on this device (the calls cache is refetched). */
export function userTables(db: FundwatchDb) {
  return [db.watchlist, db.own, db.profiles, db.settings, db.digestRuns] as const;
}

/** Everything the user made on this device (the calls cache is refetched, so it is left out). */
export async function exportBackup(db: FundwatchDb, now = new Date()): Promise<Backup> {
  return db.transaction('r', userTables(db), async () => ({
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: now.toISOString(),
    watchlist: await db.watchlist.toArray(),
    own: await db.own.toArray(),
    profiles: await db.profiles.toArray(),
    settings: await db.settings.toArray(),
    digestRuns: await db.digestRuns.toArray(),
  }));
}

function arrayField(obj: Record<string, unknown>, field: string, file: string): unknown[] {
  const value = obj[field];
  if (!Array.isArray(value)) throw new InputError('expected a list', { file }, field);
  return value;
}

/** A row of a backup that cannot be read: which list, its number (1-based) and why. */
export interface SkippedRow {
  list: 'watchlist' | 'own' | 'profiles' | 'settings' | 'digestRuns';
  row: number;
  error: InputError;
}

/**
 * Reads a backup file completely before anything is written: a corrupt, truncated or foreign file
 * throws an InputError naming the file and the first bad field. With `skipped`, rows that cannot be read
 * are collected there (every one of them) instead, and the rest is returned, for the user to decide.
 */
export function parseBackup(text: string, file = 'backup', now = new Date(), skipped?: SkippedRow[]): Backup {
  const obj = readJsonObject(text, file, 'a Fundwatch backup');
  if (obj.format !== BACKUP_FORMAT)
    throw new InputError(`not a Fundwatch backup (format is not "${BACKUP_FORMAT}")`, { file }, 'format');
  if (obj.version !== BACKUP_VERSION) {
    throw new InputError(`unsupported backup version ${JSON.stringify(obj.version)}`, { file }, 'version');
  }
  const at = (field: string, i: number) => ({ file, position: `${field}[${i}]` });
  const rows = <T>(list: SkippedRow['list'], read: (r: unknown, i: number) => T): T[] => {
    const out: T[] = [];
    arrayField(obj, list, file).forEach((r, i) => {
      try {
        out.push(read(r, i));
      } catch (error) {
        if (!skipped || !(error instanceof InputError)) throw error;
        skipped.push({ list, row: i + 1, error });
      }
    });
    return out;
  };
  const ids = new Set<string>();
  const watchlist = rows('watchlist', (r, i) => {
    const w = normaliseWatchEntry(r, at('watchlist', i), now);
    if (ids.has(w.callId)) throw new InputError(`duplicate call "${w.callId}"`, at('watchlist', i), 'callId');
    ids.add(w.callId);
    return w;
  });
  // Backups made before the own list was kept apart have none: the restored device starts with an empty one.
  const ownIds = new Set<string>();
  const own =
    obj.own === undefined
      ? []
      : rows('own', (r, i) => {
          const w = normaliseWatchEntry(r, at('own', i), now);
          if (ownIds.has(w.callId)) throw new InputError(`duplicate call "${w.callId}"`, at('own', i), 'callId');
          ownIds.add(w.callId);
          return w;
        });
  const profiles = rows('profiles', (r, i) => normaliseProfile(r, at('profiles', i)));
  const settings = rows('settings', (r, i) => normaliseSetting(r, at('settings', i)));
  const digestRuns = rows('digestRuns', (r, i) => normaliseDigestRun(r, at('digestRuns', i)));
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: typeof obj.exportedAt === 'string' ? obj.exportedAt : '',
    watchlist,
    own,
    profiles,
    settings,
    digestRuns,
  };
}

/** Replaces the user's data with the backup in one transaction: all of it lands, or none of it. */
export async function restoreBackup(db: FundwatchDb, backup: Backup): Promise<void> {
  await db.transaction('rw', userTables(db), async () => {
    await Promise.all(userTables(db).map((t) => t.clear()));
    await db.watchlist.bulkPut(backup.watchlist);
    await db.own.bulkPut(backup.own);
    await db.profiles.bulkPut(backup.profiles);
    await db.settings.bulkPut(backup.settings);
    await db.digestRuns.bulkPut(backup.digestRuns);
  });
}
