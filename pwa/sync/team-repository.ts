import type * as Y from 'yjs';
import { hideInTeam, unhideInTeam } from '../../core/team/hidden.ts';
import { mergeLocalIntoTeam } from '../../core/team/merge-local.ts';
import { writeTeamProfile } from '../../core/team/profile.ts';
import {
  archiveInTeam,
  commentInTeam,
  decideInTeam,
  restoreInTeam,
  setNotesInTeam,
  setOwnerInTeam,
  setTagsInTeam,
  watchInTeam,
} from '../../core/team/watchlist.ts';
import type { WatchRepository } from '../db/repository.ts';

/**
 * The repository when a team is set: every write goes to the team document (which y-dexie stores at once and
 * y-websocket sends when online); `project` then mirrors the document into the Dexie tables the views read.
 * `docName`: the team id, or the device's own document (`local`).
 */
export function teamRepository(
  doc: Y.Doc,
  docName: string,
  member: string,
  project: () => Promise<void>,
): WatchRepository {
  const done = async () => project();
  return {
    mode: 'team',
    async watch(call, match, profileId, now = new Date()) {
      const savedMatch = match && {
        profileId,
        score: match.score,
        band: match.band,
        reasons: match.reasons,
        scoredAt: now.toISOString(),
      };
      watchInTeam(doc, call, { who: member, now }, { match: savedMatch });
      await done();
    },
    async edit(callId, e) {
      doc.transact(() => {
        if (e.notes !== undefined) setNotesInTeam(doc, callId, e.notes, e.notesBase);
        if (e.owner !== undefined) setOwnerInTeam(doc, callId, e.owner);
        if (e.tags !== undefined) setTagsInTeam(doc, callId, e.tags);
      });
      await done();
    },
    async decide(callId, to, who, why, now = new Date()) {
      decideInTeam(doc, callId, to, why, { who, now });
      await done();
    },
    async comment(callId, text, who, now = new Date()) {
      commentInTeam(doc, callId, text, { who, now });
      await done();
    },
    async archive(callId, who, why, now = new Date()) {
      archiveInTeam(doc, callId, why, { who, now });
      await done();
    },
    async restore(callId, who, now = new Date()) {
      restoreInTeam(doc, callId, { who, now });
      await done();
    },
    async hide(callId, reason, who, title, now = new Date()) {
      hideInTeam(doc, callId, reason, { who, now }, title);
      await done();
    },
    async unhide(callId, who, now = new Date()) {
      unhideInTeam(doc, callId, { who, now });
      await done();
    },
    async importEntries(entries, now = new Date()) {
      const result = mergeLocalIntoTeam(doc, { entries }, { who: member, now }, docName);
      await done();
      return { added: result.added, alreadyPresent: result.merged };
    },
    async shareProfile(profile, who, now = new Date()) {
      writeTeamProfile(doc, profile, { who, now });
      await done();
    },
    // The server applies the feed to team documents (applyFeedToTeam), once for everybody.
    followFeed: async () => [],
  };
}
