import Dexie, { type DexieOptions, type Table } from 'dexie';
import type { Profile } from '../../core/model/profile.ts';
import type { DigestRun } from './entities/digest-run.ts';
import type { Setting } from './entities/settings.ts';
import type { StoredCall } from './entities/stored-call.ts';
import type { WatchEntry } from './entities/watch-entry.ts';
import { upgradeWatchlistToV2 } from './migrations/v2-watch-entries.ts';

export const DB_NAME = 'fundwatch';

/**
 * Every schema change is a new version with its own upgrade, never an edit of an old one:
 * people's watchlists live in these tables for years.
 */
export const STORES_V1 = {
  calls: 'id, firstSeenAt',
  watchlist: 'callId, status, savedAt',
  profiles: 'id',
  settings: 'key',
  digestRuns: '++id, at',
} as const;

/** v2: watch entries gain owner, tags, a decision log and the match at save time; sortable by deadline. */
export const STORES_V2 = {
  ...STORES_V1,
  watchlist: 'callId, status, savedAt, lastDeadline, *tags',
} as const;

export class FundwatchDb extends Dexie {
  calls!: Table<StoredCall, string>;
  watchlist!: Table<WatchEntry, string>;
  profiles!: Table<Profile, string>;
  settings!: Table<Setting, string>;
  digestRuns!: Table<DigestRun, number>;

  constructor(name = DB_NAME, options?: DexieOptions) {
    super(name, options);
    this.version(1).stores(STORES_V1);
    this.version(2).stores(STORES_V2).upgrade(upgradeWatchlistToV2);
  }
}
