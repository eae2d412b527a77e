import { z } from 'zod';
import { BudgetSchema, DeadlineSchema, type FundingCall, InstantSchema } from '../model/call.ts';
import { InputError, type InputLocation, zodToInputError } from '../model/errors.ts';
import { normaliseCall } from '../model/normalise-call.ts';
import { type CallChange, CHANGE_KINDS } from './changes.ts';

/** How one source fared in the fetch that produced the snapshot. */
export interface SourceState {
  /** When the calls kept for this source were fetched (the last good fetch). */
  fetchedAt?: string;
  ok: boolean;
  /** Why the last attempt's answer was not used (typed); the previous calls are kept. */
  problem?: 'fetch-failed' | 'suspect-empty' | 'suspect-shrink';
  /** Why the last attempt failed, in words; the previous calls are kept. */
  error?: string;
  /** When the last (possibly failed) attempt ran. */
  attemptedAt?: string;
  count: number;
}

export interface HistoryEntry {
  at: string;
  changes: CallChange[];
}

/** The call store as a JSON file (data/snapshot/calls.json, or `fetch --out`). */
export interface Snapshot {
  version: 1;
  generatedAt: string;
  calls: FundingCall[];
  sources: Record<string, SourceState>;
  /** Recent fetches that changed something, newest last (capped). */
  history?: HistoryEntry[];
}

/** Fetch runs kept in history: half a year of weekly runs. */
export const HISTORY_LIMIT = 26;

/** How one source fared in its last fetch; also what GET /api/calls sends per source. */
export const SourceStateSchema = z.object({
  fetchedAt: z.string().optional(),
  ok: z.boolean(),
  problem: z.enum(['fetch-failed', 'suspect-empty', 'suspect-shrink']).optional(),
  error: z.string().optional(),
  attemptedAt: z.string().optional(),
  count: z.number().int().nonnegative(),
});

const ChangeSchema = z.object({
  kind: z.enum(CHANGE_KINDS),
  callId: z.string().min(1),
  source: z.string().min(1),
  title: z.string(),
  at: z.string().min(1),
  before: z.object({ deadlines: z.array(DeadlineSchema).optional(), budget: BudgetSchema.optional() }).optional(),
  after: z.object({ deadlines: z.array(DeadlineSchema).optional(), budget: BudgetSchema.optional() }).optional(),
});

const EnvelopeSchema = z.object({
  version: z.literal(1),
  generatedAt: InstantSchema,
  calls: z.array(z.unknown()),
  sources: z.record(z.string(), SourceStateSchema),
  history: z.array(z.object({ at: z.string(), changes: z.array(ChangeSchema) })).optional(),
});

/**
 * The one gate for snapshots read from a file, storage or a feed URL: validates the envelope and every call
 * (through normaliseCall, so status is derived from the dates as of `now`). Errors name the field, e.g.
 * `calls.12.deadlines.0.date`.
 */
export function normaliseSnapshot(raw: unknown, loc: InputLocation = {}, now: Date = new Date()): Snapshot {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new InputError('expected a snapshot object { version, generatedAt, calls, sources }', loc);
  }
  const env = EnvelopeSchema.safeParse(raw);
  if (!env.success) throw zodToInputError(env.error, loc);
  const seen = new Set<string>();
  const calls = env.data.calls.map((c, i) => {
    let call: FundingCall;
    try {
      call = normaliseCall(c, loc, now);
    } catch (error) {
      if (error instanceof InputError) {
        const field = error.field ? `calls.${i}.${error.field}` : `calls.${i}`;
        throw new InputError(error.message.replace(/^.*?field "[^"]*": /, ''), loc, field);
      }
      throw error;
    }
    if (seen.has(call.id)) throw new InputError(`duplicate call id "${call.id}"`, loc, `calls.${i}.id`);
    seen.add(call.id);
    return call;
  });
  return {
    version: 1,
    generatedAt: env.data.generatedAt,
    calls,
    sources: env.data.sources,
    ...(env.data.history ? { history: env.data.history as HistoryEntry[] } : {}),
  };
}

export function emptySnapshot(now: Date): Snapshot {
  return { version: 1, generatedAt: now.toISOString(), calls: [], sources: {} };
}
