import type * as Y from 'yjs';
import type { FundingCall } from '../model/call.ts';
import { normaliseCall } from '../model/normalise-call.ts';
import { type SavedMatch, SavedMatchSchema } from '../model/saved-match.ts';
import type { WatchStatus } from '../model/watch-status.ts';
import { capTeamCall, cut, cutAll, TEAM_CAPS } from './caps.ts';
import { isTeamId } from './invite.ts';
import { type Actor, entryTypes, newId, watchIndex } from './layout.ts';
import {
  recentItems,
  type TeamComment,
  TeamCommentSchema,
  type TeamDecision,
  TeamDecisionSchema,
  type TeamLogLine,
  TeamLogLineSchema,
} from './schemas.ts';
import { currentHeads, deriveWatchStatus, logOrder } from './status.ts';
import { setSharedText } from './text-diff.ts';

/** A watch entry as read from the team document: every part validated, the status derived from the decisions. */
export interface TeamEntry {
  callId: string;
  /** The stored copy of the call (kept when the feed drops it). */
  call: FundingCall;
  savedAt: string;
  savedBy: string;
  match?: SavedMatch;
  status: WatchStatus;
  /** Disagreeing decisions made without seeing each other; empty when none (see deriveWatchStatus). */
  concurrent: TeamDecision[];
  owner: string;
  tags: string[];
  notes: string;
  /** Oldest first. */
  decisions: TeamDecision[];
  comments: TeamComment[];
  log: TeamLogLine[];
  archived: boolean;
  /** When the feed stopped listing the call. */
  withdrawnAt?: string;
  /** In the device's own document only: the team this entry is a kept copy of (see own-entries.ts). */
  fromTeam?: string;
}

export interface WatchOptions {
  match?: SavedMatch;
  /** Why it is watched (the first decision's reason), e.g. "Importerad från webbläsartillägget". */
  why?: string;
  /** When first saved, if earlier than now (an import keeps the original time). */
  savedAt?: string;
}

const str = (v: unknown, fallback = ''): string => (typeof v === 'string' ? v : fallback);
/** A time another device wrote: kept only when it is one (a view formatting "igår" as a date would throw). */
const instant = (v: unknown): string | undefined =>
  typeof v === 'string' && v.length <= 40 && !Number.isNaN(Date.parse(v)) ? v : undefined;

const teamId = (v: unknown): string | undefined => (typeof v === 'string' && isTeamId(v) ? v : undefined);

/** A match an older extension saved as lines of text, without structured reasons. */
function onlyLines(raw: unknown): boolean {
  const match = SavedMatchSchema.safeParse(raw);
  return match.success && match.data.reasons.length === 0 && !!match.data.lines;
}

/**
 * Watches a call for the team. A call already watched (by anyone) keeps its status, notes and log and is restored
 * if archived; its copy is not replaced here (the feed updates it, see applyFeedToTeam), nor its match, unless that
 * match is an older extension's lines of text and a structured one comes. Returns the call id.
 */
export function watchInTeam(doc: Y.Doc, call: FundingCall, actor: Actor, opts: WatchOptions = {}): string {
  const t = entryTypes(doc, call.id);
  const at = actor.now.toISOString();
  doc.transact(() => {
    const index = watchIndex(doc);
    if (!index.has(call.id)) index.set(call.id, opts.savedAt ?? at);
    if (!t.fields.has('call')) {
      t.fields.set('call', JSON.parse(JSON.stringify(call)));
      t.fields.set('savedAt', opts.savedAt ?? at);
      t.fields.set('savedBy', actor.who);
      if (opts.match) t.fields.set('match', JSON.parse(JSON.stringify(opts.match)));
    } else if (opts.match?.reasons.length && onlyLines(t.fields.get('match'))) {
      // An older extension saved the match as text only: watched again, the call's structured reasons replace it.
      t.fields.set('match', JSON.parse(JSON.stringify(opts.match)));
    }
    if (t.decisions.length === 0) {
      appendDecision(doc, t.decisions, 'bevakas', opts.why ?? '', actor);
    }
    if (t.fields.get('archived') === true) restoreInTeam(doc, call.id, actor);
  });
  return call.id;
}

function appendDecision(doc: Y.Doc, list: Y.Array<unknown>, to: WatchStatus, why: string, actor: Actor): TeamDecision {
  const existing = recentItems(list, TeamDecisionSchema, 'decisions');
  const decision: TeamDecision = {
    id: newId(doc, actor.now),
    at: actor.now.toISOString(),
    client: doc.clientID,
    who: actor.who.trim(),
    to,
    why: why.trim(),
    after: currentHeads(existing),
  };
  list.push([decision]);
  return decision;
}

function requireWatched(doc: Y.Doc, callId: string): void {
  if (!watchIndex(doc).has(callId)) throw new Error(`not watched: ${callId}`);
}

/** Appends a decision; the status follows from the log. It supersedes every decision its writer could see. */
export function decideInTeam(doc: Y.Doc, callId: string, to: WatchStatus, why: string, actor: Actor): TeamDecision {
  requireWatched(doc, callId);
  let out: TeamDecision | undefined;
  doc.transact(() => {
    out = appendDecision(doc, entryTypes(doc, callId).decisions, to, why, actor);
  });
  return out!;
}

/**
 * The shared notes, set from an editor's whole text as a minimal change. `base` is the text the editor started
 * from, so edits others made meanwhile are kept (see setSharedText).
 */
export function setNotesInTeam(doc: Y.Doc, callId: string, notes: string, base?: string): void {
  requireWatched(doc, callId);
  setSharedText(entryTypes(doc, callId).notes, cut(notes, 'notes'), base);
}

export function setOwnerInTeam(doc: Y.Doc, callId: string, owner: string): void {
  requireWatched(doc, callId);
  entryTypes(doc, callId).fields.set('owner', cut(owner.trim(), 'name'));
}

/** Sets the tags: only the tags added or removed are written, so two people tagging at once both keep theirs. */
export function setTagsInTeam(doc: Y.Doc, callId: string, tags: readonly string[]): void {
  requireWatched(doc, callId);
  const map = entryTypes(doc, callId).tags;
  const next = new Set(tags.map((t) => t.trim()).filter((t) => t && t.length <= TEAM_CAPS.tag));
  doc.transact(() => {
    for (const tag of [...map.keys()]) if (!next.has(tag)) map.delete(tag);
    for (const tag of next) if (map.get(tag) !== true) map.set(tag, true);
  });
}

export function commentInTeam(doc: Y.Doc, callId: string, text: string, actor: Actor): TeamComment {
  requireWatched(doc, callId);
  const comment = TeamCommentSchema.parse({
    id: newId(doc, actor.now),
    at: actor.now.toISOString(),
    author: actor.who.trim(),
    text: text.trim(),
  });
  entryTypes(doc, callId).comments.push([comment]);
  return comment;
}

/** Removing is archiving: nothing is deleted, the entry leaves the active list and keeps everything. */
export function archiveInTeam(doc: Y.Doc, callId: string, why: string, actor: Actor): void {
  requireWatched(doc, callId);
  const t = entryTypes(doc, callId);
  if (t.fields.get('archived') === true) return;
  doc.transact(() => {
    t.fields.set('archived', true);
    const at = actor.now.toISOString();
    t.log.push([{ id: newId(doc, actor.now), kind: 'archived', at, who: actor.who.trim(), why: why.trim() }]);
  });
}

export function restoreInTeam(doc: Y.Doc, callId: string, actor: Actor): void {
  requireWatched(doc, callId);
  const t = entryTypes(doc, callId);
  if (t.fields.get('archived') !== true) return;
  doc.transact(() => {
    t.fields.set('archived', false);
    t.log.push([{ id: newId(doc, actor.now), kind: 'restored', at: actor.now.toISOString(), who: actor.who.trim() }]);
  });
}

function dedupeById<T extends { id: string }>(items: T[]): T[] {
  const seen = new Set<string>();
  return items.filter((i) => !seen.has(i.id) && seen.add(i.id));
}

/**
 * One entry, validated; undefined when it is not watched or its call copy is unreadable (another device wrote
 * something this version cannot read: it stays in the document, untouched).
 */
export function readTeamEntry(doc: Y.Doc, callId: string, now = new Date()): TeamEntry | undefined {
  if (!watchIndex(doc).has(callId)) return undefined;
  const t = entryTypes(doc, callId);
  let call: FundingCall;
  try {
    call = normaliseCall(t.fields.get('call'), { file: 'team document', position: callId }, now);
  } catch {
    return undefined;
  }
  if (call.id !== callId || callId.length > TEAM_CAPS.label) return undefined;
  call = capTeamCall(call);
  const decisions = logOrder(dedupeById(recentItems(t.decisions, TeamDecisionSchema, 'decisions')));
  const derived = deriveWatchStatus(decisions);
  const match = SavedMatchSchema.safeParse(t.fields.get('match'));
  return {
    callId,
    call,
    savedAt: instant(t.fields.get('savedAt')) ?? instant(watchIndex(doc).get(callId)) ?? '',
    savedBy: cut(str(t.fields.get('savedBy')), 'name'),
    match: match.success ? cutAll(match.data, 'label') : undefined,
    status: derived.status,
    concurrent: derived.concurrent,
    owner: cut(str(t.fields.get('owner')), 'name'),
    tags: [...t.tags.entries()]
      .filter(([k, v]) => v === true && k.length <= TEAM_CAPS.tag)
      .map(([k]) => k)
      .sort()
      .slice(0, TEAM_CAPS.tags),
    notes: cut(t.notes.toString(), 'notes'),
    decisions,
    comments: dedupeById(recentItems(t.comments, TeamCommentSchema, 'comments')),
    log: dedupeById(recentItems(t.log, TeamLogLineSchema, 'logLines')).map((l) => cutAll(l, 'comment')),
    archived: t.fields.get('archived') === true,
    withdrawnAt: instant(t.fields.get('withdrawnAt')),
    fromTeam: teamId(t.fields.get('fromTeam')),
  };
}

/** Every readable entry, archived ones included (marked), in the order first watched. */
export function readTeamWatchlist(doc: Y.Doc, now = new Date()): TeamEntry[] {
  const ids = [...watchIndex(doc).entries()].sort(([, a], [, b]) => (str(a) < str(b) ? -1 : str(a) > str(b) ? 1 : 0));
  return ids.flatMap(([id]) => {
    const entry = readTeamEntry(doc, id, now);
    return entry ? [entry] : [];
  });
}

/** Ids in the index whose entry cannot be read (shown to the user as damaged, never dropped). */
export function unreadableTeamEntries(doc: Y.Doc, now = new Date()): string[] {
  return [...watchIndex(doc).keys()].filter((id) => !readTeamEntry(doc, id, now));
}
