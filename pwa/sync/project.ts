import type * as Y from 'yjs';
import { readHiddenCalls } from '../../core/team/hidden.ts';
import { readTeamProfile } from '../../core/team/profile.ts';
import type { TeamDecision } from '../../core/team/schemas.ts';
import { readTeamWatchlist, type TeamEntry, unreadableTeamEntries } from '../../core/team/watchlist.ts';
import type { HiddenCall } from '../db/entities/hidden-call.ts';
import { type Decision, normaliseWatchEntry, type WatchEntry } from '../db/entities/watch-entry.ts';
import type { FundwatchDb } from '../db/schema.ts';

function decisionRows(ds: readonly TeamDecision[]): Decision[] {
  return ds.map((d, i) => ({ at: d.at, who: d.who, from: i > 0 ? ds[i - 1].to : null, to: d.to, why: d.why }));
}

/**
 * A team entry as the app's watchlist row (the views read only rows). `team`: the team whose document it is (every
 * row is marked as that team's); undefined for the device's own document, where an entry keeps its own mark.
 */
export function teamEntryToRow(e: TeamEntry, now = new Date(), team?: string): WatchEntry {
  return normaliseWatchEntry(
    {
      callId: e.callId,
      call: e.call,
      status: e.status,
      notes: e.notes,
      owner: e.owner,
      tags: e.tags,
      decisions: decisionRows(e.decisions),
      concurrent: e.concurrent.map((d) => ({ at: d.at, who: d.who, from: null, to: d.to, why: d.why })),
      savedMatch: e.match,
      savedAt: e.savedAt,
      savedBy: e.savedBy,
      updatedAt: [e.decisions.at(-1)?.at, e.comments.at(-1)?.at, e.log.at(-1)?.at, e.savedAt]
        .filter((x): x is string => !!x)
        .sort()
        .at(-1),
      comments: e.comments,
      log: e.log,
      archived: e.archived,
      withdrawnAt: e.withdrawnAt,
      fromTeam: team ?? e.fromTeam,
      lastDeadline: 0,
    },
    { file: 'team document', position: e.callId },
    now,
  );
}

/**
 * Mirrors the team document into the app's tables in one transaction: the watchlist (team entries replace this
 * device's rows; rows of entries this version cannot read are left as they were), the hidden calls, and the team's
 * profile as the active one. `team`: the team whose document it is (undefined: the device's own document). Returns the
 * active profile id when the team has a profile.
 */
export async function projectTeam(
  doc: Y.Doc,
  db: FundwatchDb,
  now = new Date(),
  team?: string,
): Promise<{ profileId?: string }> {
  const rows: WatchEntry[] = [];
  for (const e of readTeamWatchlist(doc, now)) {
    try {
      rows.push(teamEntryToRow(e, now, team));
    } catch {
      // An entry core accepted but the row schema refuses stays out of the view; it is intact in the document.
    }
  }
  const unreadable = new Set(unreadableTeamEntries(doc, now));
  const hidden: HiddenCall[] = readHiddenCalls(doc).map(({ callId, reason, who, at, title }) => ({
    callId,
    reason,
    who,
    at,
    title,
  }));
  const profile = readTeamProfile(doc);
  await db.transaction('rw', [db.watchlist, db.hidden, db.profiles, db.settings], async () => {
    const keep = new Set([...rows.map((r) => r.callId), ...unreadable]);
    const stale = (await db.watchlist.toCollection().primaryKeys()).filter((id) => !keep.has(id));
    await db.watchlist.bulkDelete(stale);
    await db.watchlist.bulkPut(rows);
    await db.hidden.clear();
    await db.hidden.bulkPut(hidden);
    if (profile) {
      await db.profiles.put(profile);
      await db.settings.put({ key: 'activeProfileId', value: profile.id });
    }
  });
  return { profileId: profile?.id };
}
