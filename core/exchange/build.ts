import type { FundingCall } from '../model/call.ts';
import { EXCHANGE_FORMAT, EXCHANGE_VERSION, type ExchangeEntry } from './format.ts';

/** An exchange file as written: every call the entries refer to, once. */
export interface Exchange {
  format: typeof EXCHANGE_FORMAT;
  version: typeof EXCHANGE_VERSION;
  exportedAt: string;
  calls: FundingCall[];
  entries: ExchangeEntry[];
}

/**
 * The one builder. Calls are deduplicated by id (the last copy wins, as the freshest); entries without their call
 * are a programming error and throw, so a sender can never write a file the parser refuses.
 */
export function buildExchange(
  calls: readonly FundingCall[],
  entries: readonly ExchangeEntry[],
  now = new Date(),
): Exchange {
  const byId = new Map<string, FundingCall>();
  for (const call of calls) byId.set(call.id, dropUndefined(call));
  const seen = new Set<string>();
  const out: ExchangeEntry[] = [];
  for (const entry of entries) {
    if (!byId.has(entry.callId)) throw new Error(`exchange entry for "${entry.callId}" has no call`);
    if (seen.has(entry.callId)) continue;
    seen.add(entry.callId);
    out.push(dropUndefined(entry));
  }
  return {
    format: EXCHANGE_FORMAT,
    version: EXCHANGE_VERSION,
    exportedAt: now.toISOString(),
    calls: [...byId.values()],
    entries: out,
  };
}

/** The file text (indented: people open these files). */
export function exchangeToJson(exchange: Exchange): string {
  return JSON.stringify(exchange, null, 2);
}

function dropUndefined<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
