import type * as Y from 'yjs';
import { z } from 'zod';
import { BudgetSchema, DeadlineSchema } from '../model/call.ts';
import { WATCH_STATUSES } from '../model/watch-status.ts';
import { cut, cutText, TEAM_CAPS, type TeamCountCap } from './caps.ts';

/**
 * Everything in a team document was written by another device: each record is validated on read and a bad one is
 * skipped (never trusted, never allowed to break the rest). Text is cut to its cap (caps.ts) so a hostile peer
 * cannot make every device render megabytes; ids are refused over their length instead (a cut id is another id).
 */
const text = (max: number) => z.string().max(max);
const instant = z.string().refine((s) => !Number.isNaN(Date.parse(s)), 'expected an ISO instant');

export const MAX_NOTES = TEAM_CAPS.notes;
export const MAX_COMMENT = TEAM_CAPS.comment;

export const TeamDecisionSchema = z.object({
  id: text(100).min(1),
  at: instant,
  /** The Y.Doc client that wrote it: breaks ties between decisions made in the same millisecond. */
  client: z.number().int().nonnegative(),
  who: cutText('name'),
  to: z.enum(WATCH_STATUSES),
  why: cutText('comment'),
  /** The decisions that were current when this one was made; two decisions made on the same ones are concurrent. */
  after: z.array(text(100)).max(50),
});
export type TeamDecision = z.infer<typeof TeamDecisionSchema>;

export const TeamCommentSchema = z.object({
  id: text(100).min(1),
  at: instant,
  author: cutText('name'),
  text: z
    .string()
    .min(1)
    .transform((s) => cut(s, 'comment')),
});
export type TeamComment = z.infer<typeof TeamCommentSchema>;

const base = { id: text(200).min(1), at: instant };
export const TeamLogLineSchema = z.discriminatedUnion('kind', [
  z.object({ ...base, kind: z.literal('deadline-moved'), from: z.array(DeadlineSchema), to: z.array(DeadlineSchema) }),
  z.object({ ...base, kind: z.literal('budget-changed'), from: BudgetSchema.optional(), to: BudgetSchema.optional() }),
  z.object({ ...base, kind: z.literal('withdrawn') }),
  z.object({ ...base, kind: z.literal('reinstated') }),
  z.object({ ...base, kind: z.literal('archived'), who: cutText('name'), why: cutText('comment') }),
  z.object({ ...base, kind: z.literal('restored'), who: cutText('name') }),
]);
export type TeamLogLine = z.infer<typeof TeamLogLineSchema>;
export type TeamLogKind = TeamLogLine['kind'];

export const HiddenRecordSchema = z.object({
  hidden: z.boolean(),
  reason: cutText('comment'),
  who: cutText('name'),
  at: instant,
  /** The call's title when hidden, so the list of hidden calls can name a call the feed no longer has. */
  title: cutText('title').default(''),
});
export type HiddenRecord = z.infer<typeof HiddenRecordSchema>;

/**
 * The newest items of an append-only list that pass their schema, at most its count cap (caps.ts), in order; the
 * rest are left in the doc but not read. Newest by place in the list (appended last), which every device agrees on;
 * a time another device wrote could be anything. Only the last few times the cap are looked at, so a list a hostile
 * device filled with a million records costs a reader no more than a normal one.
 */
export function recentItems<T>(list: Y.Array<unknown>, schema: z.ZodType<T>, cap: TeamCountCap): T[] {
  const max = TEAM_CAPS[cap];
  const tail = list.slice(Math.max(0, list.length - max * 4));
  const out: T[] = [];
  for (let i = tail.length - 1; i >= 0 && out.length < max; i--) {
    const parsed = schema.safeParse(tail[i]);
    if (parsed.success) out.push(parsed.data);
  }
  return out.reverse();
}
