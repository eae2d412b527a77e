import { z } from 'zod';
import { BANDS, EVIDENCE_SOURCES } from './match.ts';
import { BilingualSchema } from './profile.ts';

const EvidenceSchema = z.object({
  term: z.string(),
  quote: z.string(),
  /** Programme data, not the call's words: shown with "(programdata)". */
  from: z.enum(EVIDENCE_SOURCES).optional(),
  programmePriority: BilingualSchema.optional(),
  /** The call's list of applicants, naming only cities (core/model/match.ts). */
  applicantList: z.literal(true).optional(),
});

/** A reason as it was when the call was saved (kept even if the engine or profile changes later). */
export const SavedReasonSchema = z.object({
  priorityId: z.string(),
  priorityLabel: BilingualSchema,
  conceptId: z.string().optional(),
  conceptLabel: BilingualSchema.optional(),
  related: z.boolean().optional(),
  evidence: z.array(EvidenceSchema),
  points: z.number(),
});
export type SavedReason = z.infer<typeof SavedReasonSchema>;

/**
 * Explanation lines in both languages: what the browser extension kept before it kept structured reasons. Still read,
 * and shown as they were, until the call is scored again.
 */
export const ReasonLinesSchema = z.object({ sv: z.array(z.string()), en: z.array(z.string()) });
export type ReasonLines = z.infer<typeof ReasonLinesSchema>;

/** The score and reasons at the time the call was saved, and for which profile. */
export const SavedMatchSchema = z.object({
  profileId: z.string(),
  score: z.number().min(0).max(100),
  band: z.enum(BANDS as ['strong', 'relevant', 'weak', 'none']),
  reasons: z.array(SavedReasonSchema),
  /** Only in a match saved by an older extension, which kept its reasons as lines of text (then `reasons` is empty). */
  lines: ReasonLinesSchema.optional(),
  scoredAt: z.string(),
});
export type SavedMatch = z.infer<typeof SavedMatchSchema>;
