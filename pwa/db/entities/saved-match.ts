import { z } from 'zod';
import { BANDS } from '../../../core/model/match.ts';
import { BilingualSchema } from '../../../core/model/profile.ts';

const EvidenceSchema = z.object({ term: z.string(), quote: z.string() });

/** A reason as it was when the call was saved (kept even if the engine or profile changes later). */
export const SavedReasonSchema = z.object({
  priorityId: z.string(),
  priorityLabel: BilingualSchema,
  conceptId: z.string().optional(),
  conceptLabel: BilingualSchema.optional(),
  evidence: z.array(EvidenceSchema),
  points: z.number(),
});

/** The score and reasons at the time the call was saved, and for which profile. */
export const SavedMatchSchema = z.object({
  profileId: z.string(),
  score: z.number().min(0).max(100),
  band: z.enum(BANDS as ['strong', 'relevant', 'weak', 'none']),
  reasons: z.array(SavedReasonSchema),
  scoredAt: z.string(),
});
export type SavedMatch = z.infer<typeof SavedMatchSchema>;
