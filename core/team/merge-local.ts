import type * as Y from 'yjs';
import type { FundingCall } from '../model/call.ts';
import type { Profile } from '../model/profile.ts';
import type { SavedMatch } from '../model/saved-match.ts';
import type { WatchStatus } from '../model/watch-status.ts';
import { cut } from './caps.ts';
import { type Actor, entryTypes, newId, watchIndex } from './layout.ts';
import { joinsDocument } from './own-entries.ts';
import { readTeamProfile, writeTeamProfile } from './profile.ts';
import type { TeamDecision } from './schemas.ts';
import { deriveWatchStatus } from './status.ts';
import { setSharedText } from './text-diff.ts';
import { readTeamEntry, setOwnerInTeam, setTagsInTeam, watchInTeam } from './watchlist.ts';

/** A watch entry as a device kept it before joining a team (the app's Dexie row, or the extension's saved call). */
export interface LocalEntry {
  call: FundingCall;
  status: WatchStatus;
  notes: string;
  owner: string;
  tags: string[];
  decisions: { at: string; who: string; to: WatchStatus; why: string }[];
  savedAt: string;
  savedMatch?: SavedMatch;
  archived?: boolean;
  /** The team this copy came from (kept after leaving it); absent for the device's own entry (own-entries.ts). */
  fromTeam?: string;
}

export interface MergeResult {
  added: number;
  merged: number;
  /** Decisions made on this device that the team's log did not have (a status set while outside the team). */
  decided: number;
  /** Whether the local profile became the team's (the team had none). */
  profileAdopted: boolean;
}

/**
 * Brings a device's own watchlist and profile into the document `docName` (a team id, or the device's own `local`)
 * when it joins. Only the entries that may go there do (joinsDocument: never a copy kept from another team). Calls
 * the team does not watch are added with their whole history; for calls it does, the local notes are appended (both
 * kept), tags are added, and the decisions made on this device that the team's log lacks are added to it
 * (addUnseenDecisions), so the later decision sets the status. The team's profile stands; the local one is used
 * only when the team has none.
 */
export function mergeLocalIntoTeam(
  doc: Y.Doc,
  local: { entries: readonly LocalEntry[]; profile?: Profile },
  actor: Actor,
  docName: string,
): MergeResult {
  const result: MergeResult = { added: 0, merged: 0, decided: 0, profileAdopted: false };
  doc.transact(() => {
    for (const e of local.entries) {
      if (!joinsDocument(e, docName)) continue;
      const existing = readTeamEntry(doc, e.call.id, actor.now);
      if (!existing) {
        addWithHistory(doc, e, actor, docName);
        result.added++;
        continue;
      }
      // A copy kept from a team never changes the device's own entry for the same call (only the device's own
      // document gets here, joinsDocument): its notes and decisions are that team's, and would go on to other teams.
      if (e.fromTeam && e.fromTeam !== docName) {
        result.merged++;
        continue;
      }
      result.decided += addUnseenDecisions(doc, e, existing.decisions, actor);
      const notes = e.notes.trim();
      if (notes && !existing.notes.includes(notes)) {
        const joined = existing.notes ? `${existing.notes}\n\n${notes}` : notes;
        setSharedText(entryTypes(doc, e.call.id).notes, joined);
      }
      const tags = new Set([...existing.tags, ...e.tags]);
      if (tags.size !== existing.tags.length) setTagsInTeam(doc, e.call.id, [...tags]);
      if (!existing.owner && e.owner) setOwnerInTeam(doc, e.call.id, e.owner);
      result.merged++;
    }
    if (local.profile && !readTeamProfile(doc)) {
      writeTeamProfile(doc, local.profile, actor);
      result.profileAdopted = true;
    }
  });
  return result;
}

/** The local log, oldest first, ending at the entry's status (a row from an old version may have no log). */
function localLog(e: LocalEntry): LocalEntry['decisions'] {
  const local = [...e.decisions].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  if (local.at(-1)?.to !== e.status) local.push({ at: e.savedAt, who: '', to: e.status, why: '' });
  return local;
}

const sameDecision = (a: { at: string; to: string }, b: { at: string; to: string }) => a.at === b.at && a.to === b.to;

/**
 * A status set on this device while outside the team (or before joining it) is not dropped: each local decision the
 * team's log lacks and that changes the status is appended, following the team decision this device last saw
 * (`after`). The status is then the later decision by time; when the team decided differently meanwhile, both show
 * as made without seeing each other until someone decides again (deriveWatchStatus). Decisions are matched by time
 * and status, so joining again adds nothing.
 */
function addUnseenDecisions(doc: Y.Doc, e: LocalEntry, team: readonly TeamDecision[], actor: Actor): number {
  const list = entryTypes(doc, e.call.id).decisions;
  let current = deriveWatchStatus(team).status;
  let prev: string[] = [];
  let added = 0;
  for (const d of localLog(e)) {
    const seen = team.find((t) => sameDecision(t, d));
    if (seen) {
      prev = [seen.id];
      current = seen.to;
      continue;
    }
    if (d.to === current) continue;
    const id = newId(doc, actor.now);
    const why = cut(d.why, 'comment');
    list.push([
      { id, at: d.at, client: doc.clientID, who: cut(d.who || actor.who, 'name'), to: d.to, why, after: prev },
    ]);
    prev = [id];
    current = d.to;
    added++;
  }
  return added;
}

function addWithHistory(doc: Y.Doc, e: LocalEntry, actor: Actor, docName: string): void {
  const isNew = !watchIndex(doc).has(e.call.id);
  const t = entryTypes(doc, e.call.id);
  if (isNew) {
    // The local log as a chain: each decision follows the one before it. A row with no log (from an old version) or
    // a log that does not end at its status gets one decision for the status it has.
    let prev: string[] = [];
    for (const d of localLog(e)) {
      const id = newId(doc, actor.now);
      t.decisions.push([{ id, at: d.at, client: doc.clientID, who: d.who, to: d.to, why: d.why, after: prev }]);
      prev = [id];
    }
  }
  watchInTeam(doc, e.call, { who: actor.who, now: new Date(e.savedAt) }, { match: e.savedMatch, savedAt: e.savedAt });
  if (e.notes) setSharedText(t.notes, e.notes);
  if (e.owner) setOwnerInTeam(doc, e.call.id, e.owner);
  if (e.tags.length) setTagsInTeam(doc, e.call.id, e.tags);
  if (e.archived) t.fields.set('archived', true);
  // Only the device's own document keeps copies of other teams' entries (joinsDocument); it remembers whose they are.
  if (e.fromTeam && e.fromTeam !== docName && !t.fields.has('fromTeam')) t.fields.set('fromTeam', e.fromTeam);
}
