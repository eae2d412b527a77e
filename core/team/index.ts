/**
 * The team's shared state as a Yjs document (pure TypeScript, yjs only): the active profile, the watchlist (per
 * call: a copy of the call, a decision log the status follows from, owner, tags, shared notes, comments, a log of
 * feed changes and archive/restore; archived, never deleted) and the hidden calls. The server, the app and the
 * extension all read and write it only through these functions; everything read is validated (it was written by
 * another device). See layout.ts for the document's shape.
 */
export { applyFeedToTeam, type FeedResult } from './feed.ts';
export { coveredSources, type FeedFollow, followFeed, type WatchedCopy } from './follow-feed.ts';
export { type HiddenCall, hideInTeam, readHiddenCalls, unhideInTeam } from './hidden.ts';
export { buildInvite, type Invite, isTeamId, parseInvite, syncUrlFor } from './invite.ts';
export { type Actor, entryTypes, ROOT, TEAM_LAYOUT_VERSION } from './layout.ts';
export { type LocalEntry, type MergeResult, mergeLocalIntoTeam } from './merge-local.ts';
export { entriesJoining, joinsDocument } from './own-entries.ts';
export { readTeamProfile, setTeamWeight, teamProfileStamp, writeTeamProfile } from './profile.ts';
export type { HiddenRecord, TeamComment, TeamDecision, TeamLogKind, TeamLogLine } from './schemas.ts';
export { type DerivedStatus, deriveWatchStatus } from './status.ts';
export { setSharedText } from './text-diff.ts';
export {
  archiveInTeam,
  commentInTeam,
  decideInTeam,
  readTeamEntry,
  readTeamWatchlist,
  restoreInTeam,
  setNotesInTeam,
  setOwnerInTeam,
  setTagsInTeam,
  type TeamEntry,
  unreadableTeamEntries,
  type WatchOptions,
  watchInTeam,
} from './watchlist.ts';
