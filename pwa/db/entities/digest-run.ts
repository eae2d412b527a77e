import { z } from 'zod';
import { type InputLocation, zodToInputError } from '../../../core/model/errors.ts';

/** One digest shown or notified: what was new, so the next one can say "since last week". */
export const DigestRunSchema = z.object({
  id: z.number().int().optional(),
  at: z.string(),
  trigger: z.enum(['open', 'periodic-sync', 'manual']),
  profileId: z.string(),
  newCallIds: z.array(z.string()),
  movedCallIds: z.array(z.string()),
  closingCallIds: z.array(z.string()),
  notified: z.boolean(),
});
export type DigestRun = z.infer<typeof DigestRunSchema>;

/** The one gate for digest runs. */
export function normaliseDigestRun(raw: unknown, loc: InputLocation = {}): DigestRun {
  const parsed = DigestRunSchema.safeParse(raw);
  if (!parsed.success) throw zodToInputError(parsed.error, loc);
  return parsed.data;
}
