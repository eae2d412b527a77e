import { z } from 'zod';
import type { FundingCall } from '../../../core/model/call.ts';
import { deadlineInstant } from '../../../core/model/deadline-time.ts';
import { InputError, type InputLocation, zodToInputError } from '../../../core/model/errors.ts';
import { normaliseCall } from '../../../core/model/normalise-call.ts';
import { TeamCommentSchema, TeamLogLineSchema } from '../../../core/team/schemas.ts';
import { compact } from './compact.ts';
import { SavedMatchSchema } from './saved-match.ts';
import { WATCH_STATUSES } from './watch-status.ts';

export const DecisionSchema = z.object({
  at: z.string(),
  /** Who decided (free text: a name or a role). */
  who: z.string(),
  from: z.enum(WATCH_STATUSES).nullable(),
  to: z.enum(WATCH_STATUSES),
  /** Why, e.g. why a call was dropped. */
  why: z.string(),
});
export type Decision = z.infer<typeof DecisionSchema>;

/** A comment in the entry's thread (append-only; the team document's shape). */
export type Comment = z.infer<typeof TeamCommentSchema>;
/** A line of the entry's log: the feed moved the deadline, changed the budget, withdrew the call; archived, restored. */
export type LogLine = z.infer<typeof TeamLogLineSchema>;

const WatchEntryShape = z.object({
  callId: z.string().min(1),
  call: z.unknown(),
  status: z.enum(WATCH_STATUSES),
  notes: z.string(),
  owner: z.string(),
  tags: z.array(z.string()),
  decisions: z.array(DecisionSchema),
  savedMatch: SavedMatchSchema.optional(),
  savedAt: z.string(),
  updatedAt: z.string(),
  /** Epoch ms of the last deadline (indexed for sorting); 0 when the call has no dates. */
  lastDeadline: z.number(),
  // v3 (team sync): defaults keep a row written by an older version readable.
  /** Who first saved it (in a team: a colleague's name). */
  savedBy: z.string().default(''),
  comments: z.array(TeamCommentSchema).default([]),
  log: z.array(TeamLogLineSchema).default([]),
  /** Removing archives: the entry leaves the list and keeps everything. */
  archived: z.boolean().default(false),
  /** Decisions made at the same time without seeing each other that disagree (team only); shown until resolved. */
  concurrent: z.array(DecisionSchema).default([]),
  /** When the feed stopped listing the call; its stored copy is kept. */
  withdrawnAt: z.string().optional(),
  /**
   * The team whose document this row mirrors (in a team) or was kept from (after leaving it); absent for a call
   * saved outside any team. A kept copy never joins another team (core/team/own-entries.ts).
   */
  fromTeam: z.string().optional(),
});

export type WatchEntry = Omit<z.infer<typeof WatchEntryShape>, 'call'> & { call: FundingCall };

/** Epoch ms of a call's last deadline, the index the watchlist sorts by; 0 when it has none. */
export function lastDeadlineOf(call: FundingCall): number {
  let last = 0;
  for (const d of call.deadlines) last = Math.max(last, instantMs(d));
  return last;
}

// Time-zone arithmetic is the costly part of reading a long watchlist; the same deadline recurs across entries.
const instants = new Map<string, number>();
function instantMs(d: FundingCall['deadlines'][number]): number {
  const key = `${d.date}T${d.time ?? ''}@${d.timeZone}`;
  let ms = instants.get(key);
  if (ms === undefined) {
    ms = deadlineInstant(d).getTime();
    if (instants.size > 5000) instants.clear();
    instants.set(key, ms);
  }
  return ms;
}

/** The one gate for watchlist entries read from the database or a backup. */
export function normaliseWatchEntry(raw: unknown, loc: InputLocation = {}, now = new Date()): WatchEntry {
  const parsed = WatchEntryShape.safeParse(raw);
  if (!parsed.success) throw zodToInputError(parsed.error, loc);
  const call = normaliseCall(parsed.data.call, loc, now);
  if (call.id !== parsed.data.callId) throw new InputError(`does not match call.id "${call.id}"`, loc, 'callId');
  return compact({ ...parsed.data, call, lastDeadline: lastDeadlineOf(call) });
}
