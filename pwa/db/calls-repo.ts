import type { FundingCall } from '../../core/model/call.ts';
import { type CallChange, compareCall } from '../../core/store/changes.ts';
import { compact } from './entities/compact.ts';
import { CHANGES_KEPT, normaliseStoredCall, type StoredCall } from './entities/stored-call.ts';
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
 * Stores the latest calls and what changed since the previous fetch on this device (core's compareCall: new,
 * moved deadlines, changed budgets), so the digest can say what is new. Calls gone from the feed are dropped
 * from this cache; watched ones keep their own copy in the watchlist.
 */
export async function storeCalls(db: FundwatchDb, calls: FundingCall[], now = new Date()): Promise<StoredCall[]> {
  const at = now.toISOString();
  return db.transaction('rw', db.calls, async () => {
    const existing = new Map<string, StoredCall>();
    for (const row of await db.calls.bulkGet(calls.map((c) => c.id))) {
      if (!row) continue;
      try {
        const stored = normaliseStoredCall(row, { file: 'calls' }, now);
        existing.set(stored.id, stored);
      } catch {
        // a damaged cache row counts as unseen
      }
    }
    const rows: StoredCall[] = calls.map((call) => {
      const old = existing.get(call.id);
      if (!old) {
        const fresh: CallChange = { kind: 'new', callId: call.id, source: call.source, title: call.title, at };
        return { id: call.id, call, firstSeenAt: at, changes: [fresh] };
      }
      const found = compareCall(old.call, call, at);
      return { ...old, call, changes: [...old.changes, ...found].slice(-CHANGES_KEPT) };
    });
    const keep = new Set(rows.map((r) => r.id));
    const gone = (await db.calls.toCollection().primaryKeys()).filter((id) => !keep.has(id));
    await db.calls.bulkDelete(gone);
    await db.calls.bulkPut(rows.map(compact));
    return rows;
  });
}

/** The changes recorded after `since` (the last digest already told what was found at its own time). */
export function changesSince(stored: readonly StoredCall[], since: Date): CallChange[] {
  const t = since.getTime();
  return stored.flatMap((s) => s.changes.filter((c) => Date.parse(c.at) > t));
}
