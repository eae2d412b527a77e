/// <reference lib="webworker" />
import { rank } from '../../core/match/index.ts';
import { fetchCalls } from '../calls/feed-source.ts';
import { loadStoredCalls, storeCalls } from '../db/calls-repo.ts';
import { normaliseDigestRun } from '../db/entities/digest-run.ts';
import { loadProfiles } from '../db/profiles-repo.ts';
import { FundwatchDb } from '../db/schema.ts';
import { loadSettings } from '../db/settings-repo.ts';
import { loadWatchlist } from '../db/watchlist-repo.ts';
import { computeDigest, digestIsEmpty } from '../digest/compute-digest.ts';
import { lastDigestRun } from '../digest/digest-runs.ts';
import { loadSeedProfiles } from '../profiles/seeds.ts';

/**
 * The weekly Periodic Background Sync: refresh calls from the user's feed (or the bundled snapshot), score them
 * for the active profile, and raise one notification of what is new or closing. Nothing new: no notification.
 */
export async function weeklyDigestNotification(sw: ServiceWorkerGlobalScope, now = new Date()): Promise<void> {
  const db = new FundwatchDb();
  try {
    const settings = await loadSettings(db);
    if (!settings.notifications) return;
    try {
      const feed = await fetchCalls(settings.feedUrl, now);
      await storeCalls(db, feed.calls, now);
    } catch {
      // Offline or the feed is down: the digest still covers what is stored and what is closing.
    }
    const [stored, watch, saved, seeds] = await Promise.all([
      loadStoredCalls(db, now),
      loadWatchlist(db, now),
      loadProfiles(db),
      loadSeedProfiles(),
    ]);
    const profile =
      saved.find((p) => p.id === settings.activeProfileId) ??
      seeds.seeds.find((p) => p.id === settings.activeProfileId) ??
      seeds.seeds[0];
    const ranked = profile
      ? rank(
          stored.map((s) => s.call),
          profile,
          { now },
        )
      : [];
    const [lastNotified, anyRun] = await Promise.all([lastDigestRun(db, 'periodic-sync'), lastDigestRun(db)]);
    const digest = computeDigest(
      stored,
      ranked,
      watch.items,
      { lastRunAt: lastNotified?.at, firstRun: !anyRun },
      settings.language,
      now,
    );
    const notified = !digestIsEmpty(digest);
    if (notified) {
      const sv = settings.language === 'sv';
      const n = digest.newMatches.length;
      const c = digest.closingSoon.length;
      const title = sv
        ? `Fundwatch: ${n} nya matchande utlysningar`
        : `Fundwatch: ${n} new matching call${n === 1 ? '' : 's'}`;
      const top = [...digest.newMatches, ...digest.closingSoon].slice(0, 3).map((i) => `• ${i.title}`);
      const closing = c ? (sv ? `${c} stänger snart` : `${c} closing soon`) : '';
      await sw.registration.showNotification(title, {
        body: [closing, ...top].filter(Boolean).join('\n'),
        tag: 'fundwatch-weekly',
        icon: '/icons/icon-192.png',
        data: { url: '#/bevakning' },
      });
    }
    await db.digestRuns.add(
      normaliseDigestRun({
        at: now.toISOString(),
        trigger: 'periodic-sync',
        profileId: profile?.id ?? settings.activeProfileId,
        newCallIds: digest.newMatches.map((i) => i.callId),
        movedCallIds: digest.movedDeadlines.map((i) => i.callId),
        closingCallIds: digest.closingSoon.map((i) => i.callId),
        notified,
      }),
    );
  } finally {
    db.close();
  }
}
