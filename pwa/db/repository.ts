import type { FundingCall } from '../../core/model/call.ts';
import type { Match } from '../../core/model/match.ts';
import type { Profile } from '../../core/model/profile.ts';
import type { WatchEntry } from './entities/watch-entry.ts';
import type { WatchStatus } from './entities/watch-status.ts';
import { type ImportResult, importExtensionEntries } from './extension-import.ts';
import { hideCall, unhideCall } from './hidden-repo.ts';
import type { FundwatchDb } from './schema.ts';
import {
  addComment,
  archiveEntry,
  decide,
  type EntryEdit,
  editEntry,
  followFeedLocally,
  restoreEntry,
  watchCall,
} from './watchlist-repo.ts';

export type { ImportResult };

/**
 * Every write the app makes to the watchlist, hidden calls and shared profile. Two implementations: this device's
 * Dexie tables (solo), and the team document (pwa/sync/team-repository.ts), which Dexie then mirrors. Either way the
 * views read Dexie, and when a write resolves the Dexie tables already show it.
 */
export interface WatchRepository {
  readonly mode: 'local' | 'team';
  watch(call: FundingCall, match: Match | undefined, profileId: string, now?: Date): Promise<void>;
  edit(callId: string, edit: EntryEdit, now?: Date): Promise<void>;
  decide(callId: string, to: WatchStatus, who: string, why: string, now?: Date): Promise<void>;
  comment(callId: string, text: string, who: string, now?: Date): Promise<void>;
  /** Removing is archiving: nothing is deleted. */
  archive(callId: string, who: string, why: string, now?: Date): Promise<void>;
  restore(callId: string, who: string, now?: Date): Promise<void>;
  hide(callId: string, reason: string, who: string, title: string, now?: Date): Promise<void>;
  unhide(callId: string, who: string, now?: Date): Promise<void>;
  /** Adds entries not yet watched; entries already watched keep everything. */
  importEntries(entries: readonly WatchEntry[], now?: Date): Promise<ImportResult>;
  /** Makes the profile the one everybody scores with (team); solo, the profile tables already hold it. */
  shareProfile(profile: Profile, who: string, now?: Date): Promise<void>;
  /** Watched calls follow a fresh feed (solo); in a team the server does this for everyone. */
  followFeed(calls: readonly FundingCall[], sources: Iterable<string>, now?: Date): Promise<string[]>;
}

export function localRepository(db: FundwatchDb): WatchRepository {
  return {
    mode: 'local',
    async watch(call, match, profileId, now) {
      await watchCall(db, call, match, profileId, now);
    },
    async edit(callId, e, now) {
      await editEntry(db, callId, e, now);
    },
    async decide(callId, to, who, why, now) {
      await decide(db, callId, to, who, why, now);
    },
    async comment(callId, text, who, now) {
      await addComment(db, callId, text, who, now);
    },
    async archive(callId, who, why, now) {
      await archiveEntry(db, callId, who, why, now);
    },
    async restore(callId, who, now) {
      await restoreEntry(db, callId, who, now);
    },
    async hide(callId, reason, who, title, now) {
      await hideCall(db, { callId, reason, who, title }, now);
    },
    async unhide(callId) {
      await unhideCall(db, callId);
    },
    importEntries: (entries) => importExtensionEntries(db, { exportedAt: '', entries: [...entries] }),
    async shareProfile() {},
    followFeed: (calls, sources, now) => followFeedLocally(db, calls, sources, now),
  };
}
