import { z } from 'zod';
import { BudgetSchema, DeadlineSchema } from '../model/call.ts';
import { WATCH_STATUSES } from '../model/watch-status.ts';

/**
 * Everything in a team document was written by another device: each record is validated on read and a bad one is
 * skipped (never trusted, never allowed to break the rest). Text has a length cap so a hostile peer cannot make
 * every device render megabytes.
 */
const text = (max: number) => z.string().max(max);
const instant = z.string().refine((s) => !Number.isNaN(Date.parse(s)), 'expected an ISO instant');

export const MAX_NOTES = 100_000;
export const MAX_COMMENT = 10_000;

export const TeamDecisionSchema = z.object({
  id: text(100).min(1),
  at: instant,
  /** The Y.Doc client that wrote it: breaks ties between decisions made in the same millisecond. */
  client: z.number().int().nonnegative(),
  who: text(200),
  to: z.enum(WATCH_STATUSES),
  why: text(MAX_COMMENT),
  /** The decisions that were current when this one was made; two decisions made on the same ones are concurrent. */
  after: z.array(text(100)).max(50),
});
export type TeamDecision = z.infer<typeof TeamDecisionSchema>;

export const TeamCommentSchema = z.object({
  id: text(100).min(1),
  at: instant,
  author: text(200),
  text: text(MAX_COMMENT).min(1),
});
export type TeamComment = z.infer<typeof TeamCommentSchema>;

const base = { id: text(200).min(1), at: instant };
export const TeamLogLineSchema = z.discriminatedUnion('kind', [
  z.object({ ...base, kind: z.literal('deadline-moved'), from: z.array(DeadlineSchema), to: z.array(DeadlineSchema) }),
  z.object({ ...base, kind: z.literal('budget-changed'), from: BudgetSchema.optional(), to: BudgetSchema.optional() }),
  z.object({ ...base, kind: z.literal('withdrawn') }),
  z.object({ ...base, kind: z.literal('reinstated') }),
  z.object({ ...base, kind: z.literal('archived'), who: text(200), why: text(MAX_COMMENT) }),
  z.object({ ...base, kind: z.literal('restored'), who: text(200) }),
]);
export type TeamLogLine = z.infer<typeof TeamLogLineSchema>;
export type TeamLogKind = TeamLogLine['kind'];

export const HiddenRecordSchema = z.object({
  hidden: z.boolean(),
  reason: text(MAX_COMMENT),
  who: text(200),
  at: instant,
  /** The call's title when hidden, so the list of hidden calls can name a call the feed no longer has. */
  title: text(1000).default(''),
});
export type HiddenRecord = z.infer<typeof HiddenRecordSchema>;

/** Items of an append-only list that pass their schema, in order; the rest are left in the doc but not shown. */
export function validItems<T>(items: readonly unknown[], schema: z.ZodType<T>): T[] {
  const out: T[] = [];
  for (const item of items) {
    const parsed = schema.safeParse(item);
    if (parsed.success) out.push(parsed.data);
  }
  return out;
}
