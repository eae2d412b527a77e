import type * as Y from 'yjs';
import type { FundingCall } from '../core/model/call.ts';
import type { Profile } from '../core/model/profile.ts';

/** What the server needs from the team document model (core/team, owned by the shared-state work). */
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

// A computed specifier: core/team/index.ts lands separately; until then the server runs without the
// team-document features (digest per team, watched calls following the feed) and says so in its log.
const SPECIFIER = ['..', 'core', 'team', 'index.ts'].join('/');

export async function loadTeamCore(): Promise<TeamCore | undefined> {
  try {
    const mod = (await import(SPECIFIER)) as Partial<TeamCore>;
    if (mod.readTeamProfile && mod.readTeamWatchlist && mod.applyFeedToTeam) return mod as TeamCore;
  } catch {
    // not there yet
  }
  return undefined;
}
