import { z } from 'zod';
import { type InputLocation, zodToInputError } from '../../../core/model/errors.ts';

/** A call hidden from the matches ("Dölj"), with who hid it, when and why. */
export const HiddenCallSchema = z.object({
  callId: z.string().min(1),
  reason: z.string(),
  who: z.string(),
  at: z.string(),
  /** The title when hidden, so the list can name a call the feed no longer has. */
  title: z.string().default(''),
});
export type HiddenCall = z.infer<typeof HiddenCallSchema>;

export function normaliseHiddenCall(raw: unknown, loc: InputLocation = {}): HiddenCall {
  const parsed = HiddenCallSchema.safeParse(raw);
  if (!parsed.success) throw zodToInputError(parsed.error, loc);
  return parsed.data;
}
