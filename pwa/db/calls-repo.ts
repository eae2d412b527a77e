import type { FundingCall } from '../../core/model/call.ts';
import { deadlineKeys, normaliseStoredCall, type StoredCall } from './entities/stored-call.ts';
import type { FundwatchDb } from './schema.ts';

export async function loadStoredCalls(db: FundwatchDb, now = new Date()): Promise<StoredCall[]> {
  const out: StoredCall[] = [];
  for (const row of await db.calls.toArray()) {
    try {
      out.push(normaliseStoredCall(row, { file: 'calls' }, now));
    } catch {
      // The calls table is a cache of the feed: a bad row is replaced by the next refresh.
    }
  }
  return out;
}

/**
 * Stores the latest calls, remembering when each was first seen and when its deadlines moved,
 * so the digest can say what is new or changed. Calls gone from the feed are dropped from this cache;
 * watched ones keep their own copy in the watchlist.
 */
export async function storeCalls(db: FundwatchDb, calls: FundingCall[], now = new Date()): Promise<StoredCall[]> {
  const at = now.toISOString();
  return db.transaction('rw', db.calls, async () => {
    const existing = new Map((await db.calls.bulkGet(calls.map((c) => c.id))).filter(Boolean).map((r) => [r!.id, r!]));
    const rows: StoredCall[] = calls.map((call) => {
      const keys = deadlineKeys(call);
      const old = existing.get(call.id);
      if (!old) return { id: call.id, call, firstSeenAt: at, previousDeadlines: keys };
      const moved = old.previousDeadlines.join('|') !== keys.join('|');
      return {
        id: call.id,
        call,
        firstSeenAt: old.firstSeenAt,
        previousDeadlines: keys,
        deadlinesChangedAt: moved ? at : old.deadlinesChangedAt,
      };
    });
    const keep = new Set(rows.map((r) => r.id));
    const gone = (await db.calls.toCollection().primaryKeys()).filter((id) => !keep.has(id));
    await db.calls.bulkDelete(gone);
    await db.calls.bulkPut(rows);
    return rows;
  });
}
