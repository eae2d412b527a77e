import { z } from 'zod';
import type { FundingCall } from '../../core/model/call.ts';
import { InputError, zodToInputError } from '../../core/model/errors.ts';
import { normaliseCall } from '../../core/model/normalise-call.ts';
import { type FeedStatus, FeedStatusSchema } from '../db/entities/team-config.ts';

const ApiCallsSchema = FeedStatusSchema.extend({
  fetchedAt: z.string().refine((s) => !Number.isNaN(Date.parse(s)), 'expected an ISO instant'),
  calls: z.array(z.unknown()),
});

export interface ApiCalls extends FeedStatus {
  calls: FundingCall[];
  /** Calls the server sent that this version could not read (skipped, counted). */
  skipped: number;
}

/**
 * The Fundwatch server's GET /api/calls. The envelope must be right (else an InputError naming the field); a single
 * call this version cannot read is skipped and counted rather than costing the user every other call.
 */
export function parseApiCalls(text: string, file = '/api/calls', now = new Date()): ApiCalls {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new InputError(`not valid JSON (${(error as Error).message})`, { file });
  }
  const env = ApiCallsSchema.safeParse(raw);
  if (!env.success) throw zodToInputError(env.error, { file });
  const calls: FundingCall[] = [];
  const seen = new Set<string>();
  let skipped = 0;
  env.data.calls.forEach((c, i) => {
    try {
      const call = normaliseCall(c, { file, position: `calls[${i}]` }, now);
      if (seen.has(call.id)) throw new InputError('duplicate id', { file }, 'id');
      seen.add(call.id);
      calls.push(call);
    } catch {
      skipped++;
    }
  });
  return { fetchedAt: env.data.fetchedAt, sources: env.data.sources, calls, skipped };
}

/** The sources whose last fetch succeeded: only their missing calls count as withdrawn. */
export function okSources(status: FeedStatus): string[] {
  return Object.entries(status.sources)
    .filter(([, s]) => s.ok)
    .map(([id]) => id);
}
