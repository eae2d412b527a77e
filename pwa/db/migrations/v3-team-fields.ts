import type { Transaction } from 'dexie';

/** Pure row conversion (tested on its own): a v2 entry gains the team fields, empty, and is not archived. */
export function watchEntryV2toV3(row: Record<string, unknown>): Record<string, unknown> {
  return {
    savedBy: '',
    comments: [],
    log: [],
    concurrent: [],
    ...row,
    archived: row.archived === true,
  };
}

export async function upgradeWatchlistToV3(tx: Transaction): Promise<void> {
  const table = tx.table('watchlist');
  const rows = (await table.toArray()) as Record<string, unknown>[];
  await table.bulkPut(rows.map(watchEntryV2toV3));
}
