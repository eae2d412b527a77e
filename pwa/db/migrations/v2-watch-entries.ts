import type { Transaction } from 'dexie';
import type { FundingCall } from '../../../core/model/call.ts';
import { deadlineInstant } from '../../../core/model/deadline-time.ts';

/** A v1 watchlist row: one free-text note and the score fields flat on the row. */
export interface WatchEntryV1 {
  callId: string;
  call: FundingCall;
  status: string;
  note?: string;
  savedAt: string;
  profileId?: string;
  score?: number;
  band?: string;
  reasons?: unknown[];
}

function lastDeadline(call: FundingCall | undefined): number {
  let last = 0;
  for (const d of call?.deadlines ?? []) {
    // A damaged date must not stop the whole upgrade; the normaliser reports it when the row is read.
    try {
      const t = deadlineInstant(d).getTime();
      if (Number.isFinite(t)) last = Math.max(last, t);
    } catch {
      // as above
    }
  }
  return last;
}

/** Pure row conversion, tested on its own and used by the Dexie upgrade. */
export function watchEntryV1toV2(row: WatchEntryV1): Record<string, unknown> {
  const { note, profileId, score, band, reasons, ...rest } = row;
  const v2: Record<string, unknown> = {
    ...rest,
    notes: note ?? '',
    owner: '',
    tags: [],
    decisions: [],
    updatedAt: row.savedAt,
    lastDeadline: lastDeadline(row.call),
  };
  if (typeof score === 'number' && typeof band === 'string') {
    v2.savedMatch = {
      profileId: profileId ?? 'karlskrona',
      score,
      band,
      reasons: reasons ?? [],
      scoredAt: row.savedAt,
    };
  }
  return v2;
}

export async function upgradeWatchlistToV2(tx: Transaction): Promise<void> {
  const table = tx.table('watchlist');
  const rows = (await table.toArray()) as WatchEntryV1[];
  await table.bulkPut(rows.map(watchEntryV1toV2));
}
