import { analyseCall, rank } from '../../core/match/index.ts';
import type { FundingCall } from '../../core/model/call.ts';
import type { Match } from '../../core/model/match.ts';
import { deadlineToShow } from '../../core/model/status.ts';
import type { Digest, DigestEntry } from '../messages.ts';
import { normaliseSeen } from '../shared/normalise.ts';
import { bundledCalls } from './bundled-snapshot.ts';
import { fetchFeed, fetchPermittedSources } from './fetch-sources.ts';
import { notifyDigest } from './notify.ts';
import { activeProfile } from './profiles.ts';
import { preparedFor } from './score-items.ts';
import { readSettings } from './settings.ts';
import { getLocal, setLocal } from './storage.ts';

export const WEEKLY_ALARM = 'fundwatch-weekly';
export const SOON_ALARM = 'fundwatch-check-soon';
const MAX_SEEN = 20_000;

/** A call changed (deadline moved, budget changed) counts as new again. */
function seenKey(call: FundingCall): string {
  return `${call.id}@${call.contentHash ?? ''}`;
}

function mergeById(lists: FundingCall[][]): FundingCall[] {
  const byId = new Map<string, FundingCall>();
  for (const list of lists) for (const call of list) byId.set(call.id, call);
  return [...byId.values()];
}

/** What the list and the notification need of a match, structured: the text is made when it is shown. */
function digestEntry(call: FundingCall, match: Match, now: Date): DigestEntry {
  const entry: DigestEntry = {
    callId: call.id,
    title: call.title,
    url: call.url,
    funder: call.funder,
    score: Math.round(match.score),
    band: match.band,
    reasons: match.reasons,
  };
  const deadline = deadlineToShow(call, now);
  if (deadline) entry.deadline = deadline;
  if (match.deadline?.status === 'forthcoming' && call.opens) entry.opens = call.opens;
  return entry;
}

/**
 * The weekly run: gather calls (permitted sources, the user's feed, the bundled snapshot), rank them
 * for the active profile, and announce the matches not announced before in one notification.
 * Nothing new: no notification. Everything it needs is read from storage, so it can run on a cold worker.
 */
export async function runWeeklyCheck(now = new Date()): Promise<Digest> {
  const settings = await readSettings();
  const { profile } = await activeProfile();
  const [sources, feed] = await Promise.all([fetchPermittedSources(now), fetchFeed(settings.feedUrl, now)]);
  const calls = mergeById([bundledCalls(now), sources.calls, feed.calls]);
  const wanted = settings.notifications.minBand === 'strong' ? ['strong'] : ['strong', 'relevant'];
  const matches = rank(calls.map(analyseCall), preparedFor(profile), { now, openOnly: true }).filter((r) =>
    wanted.includes(r.match.band),
  );
  const seen = normaliseSeen(await getLocal('seen'));
  const fresh = matches.filter((r) => !seen.has(seenKey(r.call)));
  const digest: Digest = {
    ranAt: now.toISOString(),
    entries: fresh.map((r) => digestEntry(r.call, r.match, now)),
    checked: [...sources.checked, ...feed.checked],
    errors: [...sources.errors, ...feed.errors],
  };
  await setLocal('digest', digest);
  // Notify before remembering: if the worker is stopped in between, a repeat beats a miss.
  if (fresh.length > 0 && settings.notifications.enabled) {
    await notifyDigest(digest, settings.lang, settings.notifications.maxListed);
  }
  const keys = [...seen, ...fresh.map((r) => seenKey(r.call))].slice(-MAX_SEEN);
  await setLocal('seen', { keys });
  return digest;
}
