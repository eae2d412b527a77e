/// <reference lib="webworker" />

import { buildDigest } from '../../core/digest/build.ts';
import { countText } from '../../core/format/deadline-text.ts';
import { fetchCalls } from '../calls/feed-source.ts';
import { loadStoredCalls, storeCalls } from '../db/calls-repo.ts';
import { normaliseDigestRun } from '../db/entities/digest-run.ts';
import { loadProfiles } from '../db/profiles-repo.ts';
import { FundwatchDb } from '../db/schema.ts';
import { loadSettings } from '../db/settings-repo.ts';
import { loadWatchlist } from '../db/watchlist-repo.ts';
import { lastDigestRun } from '../digest/digest-runs.ts';
import { digestIsEmpty, runOf } from '../digest/digest-summary.ts';
import { digestRequest } from '../digest/digest-window.ts';
import { loadSeedProfiles } from '../profiles/seeds.ts';

/**
 * The weekly Periodic Background Sync: refresh calls from the user's feed (or the bundled snapshot), build core's
 * digest for the active profile, and raise one notification of what is new or closing. Nothing new: no notification.
 */
export async function weeklyDigestNotification(sw: ServiceWorkerGlobalScope, now = new Date()): Promise<void> {
  const db = new FundwatchDb();
  try {
    const settings = await loadSettings(db);
    if (!settings.notifications) return;
    try {
      const feed = await fetchCalls(settings.feedUrl, now, settings.feedStatus);
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
    if (!profile) return;
    const [lastNotified, anyRun] = await Promise.all([lastDigestRun(db, 'periodic-sync'), lastDigestRun(db)]);
    const req = digestRequest(stored, profile, watch.items, { lastRunAt: lastNotified?.at, firstRun: !anyRun }, now);
    const { since, now: at, ...rest } = req;
    const digest = buildDigest({ ...rest, since: new Date(since), now: new Date(at) });
    const notified = !digestIsEmpty(digest);
    if (notified) {
      const sv = settings.language === 'sv';
      const n = digest.newMatches.length;
      const c = digest.upcoming.length;
      const title = `Fundwatch: ${countText(n, 'newMatch', sv ? 'sv' : 'en')}`;
      const top = [...digest.newMatches, ...digest.upcoming].slice(0, 3).map((i) => `• ${i.call.title}`);
      const closing = c ? (sv ? `${c} stänger snart` : `${c} closing soon`) : '';
      await sw.registration.showNotification(title, {
        body: [closing, ...top].filter(Boolean).join('\n'),
        tag: 'fundwatch-weekly',
        icon: '/icons/icon-192.png',
        data: { url: '#/bevakning' },
      });
    }
    await db.digestRuns.add(normaliseDigestRun(runOf(digest, 'periodic-sync', notified)));
  } finally {
    db.close();
  }
}
