import type * as Y from 'yjs';
import type { Profile } from '../../../core/model/profile.ts';
import { deadlineToShow } from '../../../core/model/status.ts';
import {
  archiveInTeam,
  type LocalEntry,
  readTeamProfile,
  readTeamWatchlist,
  type TeamEntry,
  watchInTeam,
  writeTeamProfile,
} from '../../../core/team/index.ts';
import type { SavedCall } from '../../messages.ts';
import { normaliseSavedCalls } from '../../shared/normalise.ts';
import { getLocal, updateLocal } from '../storage.ts';
import { activeDoc, actorName } from './active-doc.ts';
import { markLocalChange } from './server-sync.ts';

/**
 * The extension's watchlist is the team document's (or, with no team, the one shared with the app on this computer
 * through the link): "Bevaka" watches the call for the team, "Ta bort" archives it (nothing is deleted), and the
 * list shows every active entry, whoever watched it.
 */
export async function watchSavedCall(saved: SavedCall, profileId: string, now = new Date()): Promise<void> {
  const stored = await activeDoc();
  watchInTeam(
    stored.doc,
    saved.call,
    { who: await actorName(), now },
    {
      match: {
        profileId,
        score: saved.score,
        band: saved.band,
        reasons: saved.reasons,
        ...(saved.lines && { lines: saved.lines }),
        scoredAt: saved.savedAt,
      },
      why: 'Sparad i webbläsartillägget',
    },
  );
  await stored.flush();
  await markLocalChange();
}

export async function archiveSavedCall(id: string, now = new Date()): Promise<boolean> {
  const stored = await activeDoc();
  const entry = readTeamWatchlist(stored.doc, now).find((e) => e.callId === id && !e.archived);
  if (!entry) return false;
  archiveInTeam(stored.doc, id, 'Borttagen i webbläsartillägget', { who: await actorName(), now });
  await stored.flush();
  await markLocalChange();
  return true;
}

function toSaved(e: TeamEntry, now: Date): SavedCall {
  const next = deadlineToShow(e.call, now);
  const m = e.match;
  const saved: SavedCall = {
    id: e.callId,
    call: e.call,
    deadline: next?.date,
    score: Math.round(m?.score ?? 0),
    band: m?.band ?? 'none',
    reasons: m?.reasons ?? [],
    savedAt: e.savedAt,
  };
  // A match saved by an older extension has text instead of reasons: shown as it was, never as markup.
  if (m?.lines) saved.lines = m.lines;
  return saved;
}

/** The active watch entries, newest first, as the popup and the page marks use them. */
export async function savedFromDoc(now = new Date()): Promise<SavedCall[]> {
  const stored = await activeDoc();
  return readTeamWatchlist(stored.doc, now)
    .filter((e) => !e.archived)
    .map((e) => toSaved(e, now))
    .sort((a, b) => (a.savedAt < b.savedAt ? 1 : a.savedAt > b.savedAt ? -1 : 0));
}

/** The team's profile (edited in the app or by a colleague), if the document has one. */
export async function docProfile(): Promise<Profile | undefined> {
  return readTeamProfile((await activeDoc()).doc);
}

/** The extension's profile edits go to the shared profile when there is one, so every device scores alike. */
export async function writeDocProfile(profile: Profile, now = new Date()): Promise<void> {
  const stored = await activeDoc();
  writeTeamProfile(stored.doc, profile, { who: await actorName(), now });
  await stored.flush();
  await markLocalChange();
}

/**
 * Calls saved by a version before the shared document (the `saved` list in storage) move into the document once.
 * Through the storage queue (updateLocal), on the raw list: an entry this version cannot read stays in `saved` as it
 * is (a newer version may read it); the rest leave the list once they are in the document. Idempotent: watching an
 * already watched call changes nothing.
 */
export async function migrateLegacySaved(now = new Date()): Promise<number> {
  const first = await getLocal('saved');
  if (first === undefined || (Array.isArray(first) && first.length === 0)) return 0;
  const stored = await activeDoc();
  const who = await actorName();
  const moved = await updateLocal('saved', (raw) => {
    const list: unknown[] = Array.isArray(raw) ? raw : [];
    const keep: unknown[] = [];
    let count = 0;
    stored.doc.transact(() => {
      for (const entry of list) {
        const [s] = normaliseSavedCalls([entry]);
        if (!s) {
          keep.push(entry);
          continue;
        }
        const match = {
          profileId: '',
          score: s.score,
          band: s.band,
          reasons: s.reasons,
          ...(s.lines && { lines: s.lines }),
          scoredAt: s.savedAt,
        };
        watchInTeam(
          stored.doc,
          s.call,
          { who, now },
          { savedAt: s.savedAt, why: 'Sparad i webbläsartillägget', match },
        );
        count++;
      }
    });
    return { value: keep, result: count };
  });
  await stored.flush();
  return moved;
}

/**
 * This computer's entries, as a team merge takes them (mergeLocalIntoTeam, which leaves out the copies the app kept
 * from another team: they carry `fromTeam`).
 */
export function localEntries(doc: Y.Doc, now: Date): LocalEntry[] {
  return readTeamWatchlist(doc, now).map((e) => ({
    call: e.call,
    status: e.status,
    notes: e.notes,
    owner: e.owner,
    tags: e.tags,
    decisions: e.decisions.map((d) => ({ at: d.at, who: d.who, to: d.to, why: d.why })),
    savedAt: e.savedAt,
    savedMatch: e.match,
    archived: e.archived,
    fromTeam: e.fromTeam,
  }));
}
