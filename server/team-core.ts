import type * as Y from 'yjs';
import type { FundingCall } from '../core/model/call.ts';
import type { Profile } from '../core/model/profile.ts';
import { applyFeedToTeam, readTeamProfile, readTeamWatchlist } from '../core/team/index.ts';

/** What the server needs from the team document model (core/team). */
export interface TeamCore {
  readTeamProfile(doc: Y.Doc): Profile | undefined;
  readTeamWatchlist(doc: Y.Doc, now?: Date): { callId: string; call: FundingCall; archived: boolean }[];
  applyFeedToTeam(
    doc: Y.Doc,
    calls: readonly FundingCall[],
    now: Date,
    sources?: Iterable<string>,
  ): { updated: string[]; lines: number };
}

export async function loadTeamCore(): Promise<TeamCore> {
  return { readTeamProfile, readTeamWatchlist, applyFeedToTeam };
}
