import type { FundingCall } from '../../core/model/call.ts';
import { InputError } from '../../core/model/errors.ts';
import { normaliseCall } from '../../core/model/normalise-call.ts';

export interface ParsedFeed {
  calls: FundingCall[];
  generatedAt?: string;
  /** Calls that failed validation, each named by position and field; the rest still load. */
  rejected: string[];
}

/**
 * Reads a calls.json written by `fundwatch fetch` (a snapshot `{ version, generatedAt, calls }`) or a plain
 * array of calls. Every call passes core's normaliseCall, the one gate for calls.
 */
export function parseFeed(text: string, file: string, now = new Date()): ParsedFeed {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new InputError(`not valid JSON (${(error as Error).message})`, { file });
  }
  const list = Array.isArray(raw) ? raw : (raw as { calls?: unknown } | null)?.calls;
  if (!Array.isArray(list))
    throw new InputError('expected a list of calls or a snapshot with "calls"', { file }, 'calls');
  const out: ParsedFeed = { calls: [], rejected: [] };
  const generatedAt = (raw as { generatedAt?: unknown }).generatedAt;
  if (typeof generatedAt === 'string') out.generatedAt = generatedAt;
  const seen = new Set<string>();
  list.forEach((item, i) => {
    try {
      const call = normaliseCall(item, { file, position: `calls[${i}]` }, now);
      if (seen.has(call.id)) return;
      seen.add(call.id);
      out.calls.push(call);
    } catch (error) {
      out.rejected.push((error as Error).message);
    }
  });
  if (list.length > 0 && out.calls.length === 0) throw new InputError(`no valid call (${out.rejected[0]})`, { file });
  return out;
}
