import type { RankedCall } from '../calls/ranker.ts';
import { type DigestRun, normaliseDigestRun } from '../db/entities/digest-run.ts';
import type { StoredCall } from '../db/entities/stored-call.ts';
import type { WatchEntry } from '../db/entities/watch-entry.ts';
import type { FundwatchDb } from '../db/schema.ts';
import { computeDigest, type Digest } from './compute-digest.ts';

const DAY = 86_400_000;

export async function lastDigestRun(db: FundwatchDb, trigger?: DigestRun['trigger']): Promise<DigestRun | undefined> {
  const rows = await db.digestRuns.orderBy('at').reverse().toArray();
  for (const row of rows) {
    try {
      const run = normaliseDigestRun(row, { file: 'digestRuns' });
      if (!trigger || run.trigger === trigger) return run;
    } catch {
      // skip a damaged run: the digest then simply covers the last week
    }
  }
  return undefined;
}

/** Computes "Nytt sedan förra veckan" and records the run, at most once a day so reloads do not reset it. */
export async function recordDigestOnOpen(
  db: FundwatchDb,
  stored: StoredCall[],
  ranked: RankedCall[],
  watchlist: WatchEntry[],
  profileId: string,
  lang: 'sv' | 'en',
  now = new Date(),
): Promise<Digest> {
  const runs = await db.digestRuns.orderBy('at').reverse().limit(20).toArray();
  const lastOld = runs.find((r) => Date.parse(r.at) < now.getTime() - DAY);
  const latest = runs[0];
  const digest = computeDigest(
    stored,
    ranked,
    watchlist,
    { lastRunAt: lastOld?.at, firstRun: runs.length === 0 },
    lang,
    now,
  );
  if (!latest || Date.parse(latest.at) < now.getTime() - DAY) {
    await db.digestRuns.add(
      normaliseDigestRun({
        at: now.toISOString(),
        trigger: 'open',
        profileId,
        newCallIds: digest.newMatches.map((i) => i.callId),
        movedCallIds: digest.movedDeadlines.map((i) => i.callId),
        closingCallIds: digest.closingSoon.map((i) => i.callId),
        notified: false,
      }),
    );
  }
  return digest;
}
