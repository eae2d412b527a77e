import { entriesJoining } from '../../core/team/own-entries.ts';
import type { WatchEntry } from './entities/watch-entry.ts';
import type { FundwatchDb } from './schema.ts';
import { normaliseRows } from './watchlist-repo.ts';

/**
 * The device's own watchlist: the calls saved outside any team, with their notes and decisions as the device kept
 * them. While in a team the watchlist table mirrors the team's document (each row marked `fromTeam`), so the own
 * list is stored apart (table `own`) as it was when the device last joined a team; rows saved outside any team
 * since then (unmarked) are newer and win.
 */
export async function ownWatchlist(db: FundwatchDb, now = new Date()): Promise<WatchEntry[]> {
  const [kept, rows] = await Promise.all([db.own.toArray(), db.watchlist.toArray()]);
  const byId = new Map<string, WatchEntry>();
  for (const e of normaliseRows(kept, now).items) byId.set(e.callId, e);
  for (const e of normaliseRows(rows, now).items) if (!e.fromTeam) byId.set(e.callId, e);
  return [...byId.values()];
}

/**
 * What joining `team` brings into its document: the own watchlist, and the copies kept from this same team (a
 * rejoin: they hold what was changed while away, and merging them adds nothing twice). Never another team's rows.
 */
export async function entriesForTeam(db: FundwatchDb, team: string, now = new Date()): Promise<WatchEntry[]> {
  const byId = new Map((await ownWatchlist(db, now)).map((e) => [e.callId, e]));
  const rows = normaliseRows(await db.watchlist.toArray(), now).items;
  for (const e of entriesJoining(rows, team)) if (e.fromTeam) byId.set(e.callId, e);
  return [...byId.values()];
}

/** Keeps the own watchlist apart before the watchlist table starts mirroring a team. */
export async function keepOwnWatchlist(db: FundwatchDb, now = new Date()): Promise<void> {
  const own = await ownWatchlist(db, now);
  await db.transaction('rw', db.own, async () => {
    await db.own.clear();
    await db.own.bulkPut(own);
  });
}
