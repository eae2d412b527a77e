import Dexie, { type DexieOptions, type Table } from 'dexie';
import type { Profile } from '../../core/model/profile.ts';
import { DB_NAME } from './db-name.ts';
import type { DigestRun } from './entities/digest-run.ts';
import type { HiddenCall } from './entities/hidden-call.ts';
import type { Setting } from './entities/settings.ts';
import type { StoredCall } from './entities/stored-call.ts';
import type { WatchEntry } from './entities/watch-entry.ts';
import { upgradeWatchlistToV2 } from './migrations/v2-watch-entries.ts';
import { upgradeWatchlistToV3 } from './migrations/v3-team-fields.ts';
import { upgradeOwnWatchlistToV4 } from './migrations/v4-own-watchlist.ts';

export { DB_NAME };

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

/**
 * v3 (team sync): watch entries gain comments, a log (feed changes, archive/restore), an archived flag (removing
 * archives) and concurrent decisions; calls hidden from the matches get their own table.
 */
export const STORES_V3 = {
  ...STORES_V2,
  hidden: 'callId, at',
} as const;

/**
 * v4: the device's own watchlist (calls saved outside any team) as it was when it last joined a team: while in a
 * team the watchlist table mirrors the team's document, and the own list is what goes into the next team.
 */
export const STORES_V4 = {
  ...STORES_V3,
  own: 'callId',
} as const;

export class FundwatchDb extends Dexie {
  calls!: Table<StoredCall, string>;
  watchlist!: Table<WatchEntry, string>;
  profiles!: Table<Profile, string>;
  settings!: Table<Setting, string>;
  digestRuns!: Table<DigestRun, number>;
  hidden!: Table<HiddenCall, string>;
  own!: Table<WatchEntry, string>;

  constructor(name = DB_NAME, options?: DexieOptions) {
    super(name, options);
    this.version(1).stores(STORES_V1);
    this.version(2).stores(STORES_V2).upgrade(upgradeWatchlistToV2);
    this.version(3).stores(STORES_V3).upgrade(upgradeWatchlistToV3);
    this.version(4).stores(STORES_V4).upgrade(upgradeOwnWatchlistToV4);
  }
}
