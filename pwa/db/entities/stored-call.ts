import { z } from 'zod';
import { BudgetSchema, DeadlineSchema, type FundingCall } from '../../../core/model/call.ts';
import { type InputLocation, zodToInputError } from '../../../core/model/errors.ts';
import { normaliseCall } from '../../../core/model/normalise-call.ts';
import { type CallChange, CHANGE_KINDS } from '../../../core/store/changes.ts';

/** Changes kept per call (a few months of weekly fetches). */
export const CHANGES_KEPT = 12;

const PartSchema = z.object({ deadlines: z.array(DeadlineSchema).optional(), budget: BudgetSchema.optional() });
const CallChangeSchema = z.object({
  kind: z.enum(CHANGE_KINDS),
  callId: z.string().min(1),
  source: z.string().min(1),
  title: z.string(),
  at: z.string().min(1),
  before: PartSchema.optional(),
  after: PartSchema.optional(),
});

const StoredCallShape = z.object({
  id: z.string().min(1),
  call: z.unknown(),
  /** When this device first saw the call. */
  firstSeenAt: z.string(),
  /** What changed on this device's fetches (core's change kinds), oldest first: the digest reads "new since". */
  changes: z.array(CallChangeSchema).default([]),
});
export type StoredCall = Omit<z.infer<typeof StoredCallShape>, 'call' | 'changes'> & {
  call: FundingCall;
  changes: CallChange[];
};

/** The one gate for calls read from the calls table (the call itself goes through core's normaliseCall). */
export function normaliseStoredCall(raw: unknown, loc: InputLocation = {}, now = new Date()): StoredCall {
  const parsed = StoredCallShape.safeParse(raw);
  if (!parsed.success) throw zodToInputError(parsed.error, loc);
  return { ...parsed.data, call: normaliseCall(parsed.data.call, loc, now) };
}
