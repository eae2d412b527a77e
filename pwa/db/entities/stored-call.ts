import { z } from 'zod';
import type { FundingCall } from '../../../core/model/call.ts';
import { type InputLocation, zodToInputError } from '../../../core/model/errors.ts';
import { normaliseCall } from '../../../core/model/normalise-call.ts';

const StoredCallShape = z.object({
  id: z.string().min(1),
  call: z.unknown(),
  /** When this device first saw the call: "new since last week" compares against it. */
  firstSeenAt: z.string(),
  /** The deadlines as first seen, so a moved deadline can be told. */
  previousDeadlines: z.array(z.string()),
  deadlinesChangedAt: z.string().optional(),
});
export type StoredCall = Omit<z.infer<typeof StoredCallShape>, 'call'> & { call: FundingCall };

/** The one gate for calls read from the calls table (the call itself goes through core's normaliseCall). */
export function normaliseStoredCall(raw: unknown, loc: InputLocation = {}, now = new Date()): StoredCall {
  const parsed = StoredCallShape.safeParse(raw);
  if (!parsed.success) throw zodToInputError(parsed.error, loc);
  return { ...parsed.data, call: normaliseCall(parsed.data.call, loc, now) };
}

export function deadlineKeys(call: FundingCall): string[] {
  return call.deadlines.map((d) => `${d.kind}:${d.date}${d.time ? `T${d.time}` : ''}@${d.timeZone}`).sort();
}
