import { z } from 'zod';
import { BANDS, type Band } from '../model/match.ts';
import { type ReasonLines, ReasonLinesSchema, SavedReasonSchema } from '../model/saved-match.ts';
import { WATCH_STATUSES } from '../model/watch-status.ts';

/**
 * The one file and message format in which calls and watch entries cross between the extension, the app, the CLI
 * and the server. Calls are core FundingCalls (full Deadline objects with time, zone and kind; programme area),
 * each under the same stable id in every runtime.
 */
export const EXCHANGE_FORMAT = 'fundwatch-exchange';
export const EXCHANGE_VERSION = 1;

/** The extension's export before the exchange format existed; still importable. */
export const LEGACY_EXTENSION_FORMAT = 'fundwatch-extension-watchlist';

export { type ReasonLines, ReasonLinesSchema };

/**
 * The score a call had when it was saved, with its reasons as the engine gave them (priority, concept, the call's
 * words, points), told in the reader's language when shown. `lines` is what older extensions sent instead: text in
 * both languages, still read.
 */
export const ExchangeMatchSchema = z.object({
  /** The profile it was scored with, when the sender knows it (the extension's own profile has no shared id). */
  profileId: z.string().min(1).optional(),
  score: z.number().min(0).max(100),
  band: z.enum(BANDS as [Band, ...Band[]]),
  reasons: z.array(SavedReasonSchema).optional(),
  lines: ReasonLinesSchema.optional(),
  scoredAt: z.string().min(1).optional(),
});
export type ExchangeMatch = z.infer<typeof ExchangeMatchSchema>;

/** One watched call. Only callId and savedAt are required: a sender says what it knows. */
export const ExchangeEntrySchema = z.object({
  callId: z.string().min(1),
  savedAt: z.string().min(1),
  match: ExchangeMatchSchema.optional(),
  status: z.enum(WATCH_STATUSES).optional(),
  owner: z.string().optional(),
  tags: z.array(z.string()).optional(),
  notes: z.string().optional(),
});
export type ExchangeEntry = z.infer<typeof ExchangeEntrySchema>;

export const ExchangeEnvelopeSchema = z.object({
  format: z.literal(EXCHANGE_FORMAT),
  version: z.literal(EXCHANGE_VERSION),
  exportedAt: z.string(),
  calls: z.array(z.unknown()),
  entries: z.array(z.unknown()),
});
