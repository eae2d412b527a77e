import type { Digest } from '../../core/digest/build.ts';
import type { Profile } from '../../core/model/profile.ts';
import { digestOf } from '../calls/ranker.ts';
import { type DigestRun, normaliseDigestRun } from '../db/entities/digest-run.ts';
import type { StoredCall } from '../db/entities/stored-call.ts';
import type { WatchEntry } from '../db/entities/watch-entry.ts';
import type { FundwatchDb } from '../db/schema.ts';
import { runOf } from './digest-summary.ts';
import { digestRequest } from './digest-window.ts';

const DAY = 86_400_000;

/** Runs that pass the normaliser, newest first; a damaged run is skipped (the digest then covers the last week). */
function readableRuns(rows: unknown[]): DigestRun[] {
  return rows.flatMap((row) => {
    try {
      return [normaliseDigestRun(row, { file: 'digestRuns' })];
    } catch {
      return [];
    }
  });
}

export async function lastDigestRun(db: FundwatchDb, trigger?: DigestRun['trigger']): Promise<DigestRun | undefined> {
  const runs = readableRuns(await db.digestRuns.orderBy('at').reverse().toArray());
  return runs.find((r) => !trigger || r.trigger === trigger);
}

/** Computes "Nytt sedan förra veckan" (core's buildDigest, in the scoring worker) and records it at most once a day. */
export async function recordDigestOnOpen(
  db: FundwatchDb,
  stored: StoredCall[],
  watchlist: WatchEntry[],
  profile: Profile,
  now = new Date(),
): Promise<Digest> {
  const runs = readableRuns(await db.digestRuns.orderBy('at').reverse().limit(20).toArray());
  // Reloads the same day must not reset "since last week".
  const lastOld = runs.find((r) => Date.parse(r.at) < now.getTime() - DAY);
  const digest = await digestOf(
    digestRequest(stored, profile, watchlist, { lastRunAt: lastOld?.at, firstRun: runs.length === 0 }, now),
  );
  const latest = runs[0];
  if (!latest || Date.parse(latest.at) < now.getTime() - DAY) {
    await db.digestRuns.add(normaliseDigestRun(runOf(digest, 'open', false)));
  }
  return digest;
}
