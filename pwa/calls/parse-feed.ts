import type { FundingCall } from '../../core/model/call.ts';
import { InputError } from '../../core/model/errors.ts';
import { normaliseCall } from '../../core/model/normalise-call.ts';
import { normaliseSnapshot } from '../../core/store/snapshot.ts';

export interface ParsedFeed {
  calls: FundingCall[];
  generatedAt?: string;
}

/**
 * Reads a calls.json written by `fundwatch fetch` (a snapshot, through core's normaliseSnapshot) or a plain array
 * of calls (each through normaliseCall). A bad file is refused whole, naming file and field, so the calls already
 * stored stay as they were.
 */
export function parseFeed(text: string, file: string, now = new Date()): ParsedFeed {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new InputError(`not valid JSON (${(error as Error).message})`, { file });
  }
  if (!Array.isArray(raw)) {
    const snapshot = normaliseSnapshot(raw, { file }, now);
    return { calls: snapshot.calls, generatedAt: snapshot.generatedAt };
  }
  const seen = new Set<string>();
  const calls = raw.map((item, i) => {
    const call = normaliseCall(item, { file, position: `[${i}]` }, now);
    if (seen.has(call.id)) throw new InputError(`duplicate call id "${call.id}"`, { file, position: `[${i}]` }, 'id');
    seen.add(call.id);
    return call;
  });
  return { calls };
}
