import type * as Y from 'yjs';

/**
 * The team document's layout. Every part of a watch entry is its own top-level shared type named after the call id,
 * never a value nested in a map: two devices that watch the same call while offline then merge into one entry
 * (a nested map created twice would keep only one side, notes and decisions included). Nothing is ever deleted:
 * removing an entry archives it.
 *
 *   meta                 Map  { layout: 1 }
 *   profile              Map  the active profile's fields (priorities without their weights)
 *   profileWeights       Map  priority id → weight (two people changing two weights both win)
 *   watchlist            Map  call id → ISO time first watched (the index of entries)
 *   entry:<callId>       Map  call (FundingCall copy), savedAt, savedBy, match, owner, archived, withdrawnAt
 *   notes:<callId>       Text shared notes (concurrent edits both kept)
 *   tags:<callId>        Map  tag → true
 *   decisions:<callId>   Array TeamDecision, append-only; the status follows from it
 *   comments:<callId>    Array TeamComment, append-only thread
 *   log:<callId>         Array TeamLogLine, append-only (feed changes, archive/restore)
 *   hidden               Map  call id → { hidden, reason, who, at, title }
 */
export const TEAM_LAYOUT_VERSION = 1;

export const ROOT = {
  meta: 'meta',
  profile: 'profile',
  profileWeights: 'profileWeights',
  watchlist: 'watchlist',
  hidden: 'hidden',
} as const;

/** The shared types of one watch entry. */
export interface EntryTypes {
  fields: Y.Map<unknown>;
  notes: Y.Text;
  tags: Y.Map<unknown>;
  decisions: Y.Array<unknown>;
  comments: Y.Array<unknown>;
  log: Y.Array<unknown>;
}

export function entryTypes(doc: Y.Doc, callId: string): EntryTypes {
  return {
    fields: doc.getMap(`entry:${callId}`),
    notes: doc.getText(`notes:${callId}`),
    tags: doc.getMap(`tags:${callId}`),
    decisions: doc.getArray(`decisions:${callId}`),
    comments: doc.getArray(`comments:${callId}`),
    log: doc.getArray(`log:${callId}`),
  };
}

export function watchIndex(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap(ROOT.watchlist);
}

let counter = 0;
/** An id unique across devices: this doc's client id, the time and a counter (core has no crypto). */
export function newId(doc: Y.Doc, now: Date): string {
  counter = (counter + 1) % 1_000_000;
  return `${doc.clientID.toString(36)}-${now.getTime().toString(36)}-${counter.toString(36)}`;
}

/** Who did something and when: every write names both (logs are the organisation's record). */
export interface Actor {
  who: string;
  now: Date;
}
