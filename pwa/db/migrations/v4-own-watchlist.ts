import type { Transaction } from 'dexie';

/**
 * Pure selection (tested on its own): which v3 rows become the device's own watchlist at the upgrade. Version 3 did
 * not keep the own list apart while the device was in a team, and its rows carry no team mark, so the calls the
 * device brought into the team cannot be told from colleagues'. Every row is kept as its own then: a colleague's call
 * may later go into another team, but nothing the user saved is lost. Outside a team the table is the own list
 * already, so nothing is copied.
 */
export function ownRowsAtV4(rows: readonly Record<string, unknown>[], inTeam: boolean): Record<string, unknown>[] {
  if (!inTeam) return [];
  return rows.filter((r) => typeof r.callId === 'string' && !r.fromTeam);
}

export async function upgradeOwnWatchlistToV4(tx: Transaction): Promise<void> {
  const team = await tx.table('settings').get('team');
  const rows = (await tx.table('watchlist').toArray()) as Record<string, unknown>[];
  const own = ownRowsAtV4(rows, Boolean(team?.value));
  if (own.length) await tx.table('own').bulkPut(own);
}
