import type { Exchange } from '../../core/exchange/build.ts';
import type { FundingCall } from '../../core/model/call.ts';
import type { Match } from '../../core/model/match.ts';
import type { Profile } from '../../core/model/profile.ts';
import { okSources } from '../calls/api-calls.ts';
import { fetchCalls } from '../calls/feed-source.ts';
import { rankCalls, scoreCall } from '../calls/ranker.ts';
import { exportBackup, parseBackup, restoreBackup, type SkippedRow } from '../db/backup.ts';
import { loadStoredCalls, storeCalls } from '../db/calls-repo.ts';
import type { StoredCall } from '../db/entities/stored-call.ts';
import type { WatchEntry } from '../db/entities/watch-entry.ts';
import type { WatchStatus } from '../db/entities/watch-status.ts';
import { entriesFromExchange, type ImportResult, parseExtensionExport } from '../db/extension-import.ts';
import { loadHidden } from '../db/hidden-repo.ts';
import { getDb } from '../db/open.ts';
import { deleteProfile, loadProfiles, saveProfile } from '../db/profiles-repo.ts';
import { loadSettings, saveSetting } from '../db/settings-repo.ts';
import { type EntryEdit, loadWatchlist, normaliseRows, readFirstScreen } from '../db/watchlist-repo.ts';
import { recordDigestOnOpen } from '../digest/digest-runs.ts';
import { errorText } from '../i18n/error-text.ts';
import { t } from '../i18n/lang.ts';
import { download } from '../lib/download.ts';
import { writeFirstViewSnapshot } from '../matches/first-view-cache.ts';
import { loadSeedProfiles } from '../profiles/seeds.ts';
import { sharedSearch } from '../share/incoming.ts';
import { shareChanges } from '../share/share-changes.ts';
import { readSharedParams, sharedCall } from '../share/shared-call.ts';
import { repository } from './repository.ts';
import { getState, notify, setState } from './store.ts';
import { setTeamChangeHandler, startLocalLink, startTeam } from './team-actions.ts';

export { createTeam, joinTeam, leaveTeam } from './team-actions.ts';

let stored: StoredCall[] = [];
/** Entries per status validated before the first paint (Bevakning shows 20 per status at first). */
const FIRST_SCREEN_PER_STATUS = 20;
const SLICE = 250;

function activeProfile(seeds: Profile[], saved: Profile[], id: string): Profile | undefined {
  return saved.find((p) => p.id === id) ?? seeds.find((p) => p.id === id) ?? saved[0] ?? seeds[0];
}

/** Start-up: local data first (fast first render), then the shared page, the feed and the ranking. */
export async function boot(): Promise<void> {
  const db = getDb();
  const now = new Date();
  // A long watchlist paints its first screen first (read by key); the rest is read and validated after the paint,
  // in slices that keep the page responsive. Archived entries are not on the list.
  const [settings, screen, savedProfiles, chosen] = await Promise.all([
    loadSettings(db),
    readFirstScreen(db, FIRST_SCREEN_PER_STATUS, now),
    loadProfiles(db),
    db.settings.get('activeProfileId'),
  ]);
  document.documentElement.lang = settings.language;
  const first = normaliseRows(screen.rows, now);
  setState({
    ready: true,
    settings,
    savedProfiles,
    watchlist: first.items,
    watchlistComplete: screen.complete,
    // A device in a team scores with the team's profile: no first-run choice.
    firstRun: !chosen && savedProfiles.length === 0 && !settings.team,
  });
  performance.mark('fw:boot:data');
  const broken = [...first.broken];
  const items = [...first.items];
  // Let the first screen paint before the rest is read and validated.
  if (!screen.complete) await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  const restRows = screen.complete ? [] : await screen.rest();
  for (let i = 0; i < restRows.length; i += SLICE) {
    await new Promise((r) => setTimeout(r, 0));
    const part = normaliseRows(restRows.slice(i, i + SLICE), now);
    items.push(...part.items);
    broken.push(...part.broken);
  }
  // A watch or edit during the slices has already reloaded the full list: keep that one.
  if (!getState().watchlistComplete) {
    setState({ watchlist: items, watchlistComplete: true });
  }
  // Every unreadable row is told, however few: a short list is read whole before the first paint.
  if (getState().brokenRows.length === 0 && broken.length > 0)
    setState({ brokenRows: broken.map((b) => `${b.key}: ${b.message}`) });
  performance.mark('fw:watchlist:complete');
  setTeamChangeHandler(onTeamChange);
  if (settings.team) {
    // The sync code is loaded only now, and only for a device in a team.
    startTeam(settings.team).catch((error) =>
      notify(
        t(
          `Teamsynken startade inte: ${(error as Error).message}`,
          `Team sync did not start: ${(error as Error).message}`,
        ),
        'error',
      ),
    );
  }
  setState({ hidden: await loadHidden(db) });
  const seedsP = loadSeedProfiles().then(({ seeds, defaultId }) => {
    const id = settings.activeProfileId || defaultId;
    setState({ seedProfiles: seeds, profile: activeProfile(seeds, savedProfiles, id) });
  });
  stored = await loadStoredCalls(db);
  if (stored.length) setState({ calls: stored.map((s) => s.call), callsInfo: { from: 'cache' } });
  await seedsP;
  if (!settings.team) {
    // Solo with the extension on this computer: one watchlist and profile with it (no server needed).
    await startLocalLink().catch((error) =>
      notify(
        t(`Tillägget kopplades inte: ${(error as Error).message}`, `Extension not linked: ${(error as Error).message}`),
        'error',
      ),
    );
  }
  await handleHandover();
  await handleShare();
  await refreshCalls();
}

/**
 * The extension's hand-over (`#handover=<exchange>`): the call arrives whole (same id, deadlines with time and zone,
 * programme area, the extension's score); a page call the feed also has is saved under the feed's id.
 */
async function handleHandover(): Promise<void> {
  if (!location.hash.startsWith('#handover=')) return;
  const hash = location.hash;
  history.replaceState(null, '', `${location.pathname}#/bevakning`);
  try {
    const { readHandover, indexByUrl, resolveCall } = await import('../../core/exchange/index.ts');
    const exchange = readHandover(hash);
    if (!exchange) return;
    const byUrl = indexByUrl(stored.map((s) => s.call));
    const calls = exchange.calls.map((c) => resolveCall(c, byUrl));
    const renamed = new Map(exchange.calls.map((c, i) => [c.id, calls[i].id]));
    const resolved = {
      ...exchange,
      calls,
      entries: exchange.entries.map((e) => ({ ...e, callId: renamed.get(e.callId) ?? e.callId })),
    };
    const result = await importExchange(resolved);
    const first = calls.find((c) => c.id === resolved.entries[0]?.callId);
    if (first) {
      location.hash = `#/bevakning?call=${encodeURIComponent(first.id)}`;
      const what = result.added
        ? t('Sparad i bevakningen', 'Saved to the watchlist')
        : t('Redan bevakad', 'Already watched');
      notify(`${what}: ${first.title}`);
    }
  } catch (error) {
    notify(
      t(
        `Kunde inte ta emot utlysningen: ${(error as Error).message}`,
        `Could not receive the call: ${(error as Error).message}`,
      ),
      'error',
    );
  }
}

/** The share target / extension hand-over: `/?title=…&text=…&url=…`. */
async function handleShare(): Promise<void> {
  const params = readSharedParams(sharedSearch());
  if (!params) return;
  history.replaceState(null, '', `${location.pathname}#/bevakning`);
  try {
    const call = sharedCall(params);
    const existing = (await getDb().watchlist.get(call.id)) as WatchEntry | undefined;
    if (existing) {
      // Any page can open the share address: an entry already watched changes only when the user agrees.
      const changes = shareChanges(existing.call, call, getState().settings.language);
      location.hash = `#/bevakning?call=${encodeURIComponent(call.id)}`;
      if (changes.length === 0) {
        notify(t(`Finns redan i bevakningen: ${call.title}`, `Already in the watchlist: ${call.title}`));
        return;
      }
      setState({ pendingShare: { call, existingTitle: existing.call.title, changes } });
      return;
    }
    const profile = getState().profile;
    const match = profile ? await scoreCall(call, profile).catch(() => undefined) : undefined;
    await watch(call, match);
    location.hash = `#/bevakning?call=${encodeURIComponent(call.id)}`;
    notify(t(`Sparad i bevakningen: ${call.title}`, `Saved to the watchlist: ${call.title}`));
  } catch (error) {
    notify(
      t(
        `Kunde inte spara den delade sidan: ${errorText(error, 'sv')}`,
        `Could not save the shared page: ${errorText(error, 'en')}`,
      ),
      'error',
    );
  }
}

/** The user agreed: the shared call replaces the watched one's call; notes, status and log stay. */
export async function acceptShare(): Promise<void> {
  const p = getState().pendingShare;
  if (!p) return;
  setState({ pendingShare: undefined });
  await watch(p.call, p.match);
  notify(t(`Uppdaterad: ${p.call.title}`, `Updated: ${p.call.title}`));
}

export async function dismissShare(): Promise<void> {
  setState({ pendingShare: undefined });
  notify(t('Inget ändrades.', 'Nothing was changed.'));
}

/** The refresh in flight: refreshes run one after another, and a restore waits for the one running. */
let refreshing: Promise<void> = Promise.resolve();

export function refreshCalls(): Promise<void> {
  const run = refreshing.catch(() => undefined).then(refreshOnce);
  refreshing = run;
  return run;
}

async function refreshOnce(): Promise<void> {
  const { settings } = getState();
  try {
    const feed = await fetchCalls(settings.feedUrl, new Date(), settings.feedStatus);
    stored = await storeCalls(getDb(), feed.calls);
    const all = await loadStoredCalls(getDb());
    stored = all;
    setState({
      calls: all.map((s) => s.call),
      callsInfo: {
        from: feed.from,
        url: feed.url,
        generatedAt: feed.generatedAt,
        fetchedAt: feed.status?.fetchedAt,
        sources: feed.status?.sources,
      },
    });
    if (feed.status) {
      await saveSetting(getDb(), 'feedStatus', feed.status);
      setState((s) => ({ settings: { ...s.settings, feedStatus: feed.status } }));
    }
    // Watched calls follow a fresh feed (the server's or the user's; never the older bundled snapshot).
    if (feed.from !== 'snapshot') {
      const changed = await (await repository()).followFeed(feed.calls, feed.status ? okSources(feed.status) : []);
      if (changed.length) await reloadWatchlist();
    }
  } catch (error) {
    setState((s) => ({ callsInfo: { ...s.callsInfo, error } }));
  }
  await rerank();
}

export async function rerank(): Promise<void> {
  const { calls, profile } = getState();
  if (!profile) {
    setState({ ranked: [] });
    return;
  }
  try {
    const ranked = await rankCalls(calls, profile);
    setState({ ranked, rankedFromSnapshot: false });
    performance.mark('fw:matches:fresh');
    // Not before a body is chosen: the next start would otherwise flash a ranking for a body no one chose.
    if (!getState().firstRun) writeFirstViewSnapshot(profile, getState().settings.language, ranked);
    const s = getState();
    const digest = await recordDigestOnOpen(getDb(), stored, s.watchlist, profile);
    setState({ digest });
  } catch (error) {
    setState({ ranked: [] });
    notify(
      t(`Poängsättningen misslyckades: ${errorText(error, 'sv')}`, `Scoring failed: ${errorText(error, 'en')}`),
      'error',
    );
  }
}

async function reloadWatchlist(): Promise<void> {
  const wl = await loadWatchlist(getDb());
  setState({
    watchlist: wl.items.filter((e) => !e.archived),
    archived: wl.items.filter((e) => e.archived),
    watchlistComplete: true,
    brokenRows: wl.broken.map((b) => `${b.key}: ${b.message}`),
  });
}

/** The team document changed the tables (a colleague, another device): show it, and the team's profile. */
async function onTeamChange(profileId?: string): Promise<void> {
  await reloadWatchlist();
  setState({ hidden: await loadHidden(getDb()) });
  const savedProfiles = await loadProfiles(getDb());
  const current = getState().profile;
  const next = profileId ? savedProfiles.find((p) => p.id === profileId) : undefined;
  setState({ savedProfiles });
  if (next) setState({ firstRun: false });
  if (next && JSON.stringify(next) !== JSON.stringify(current)) await applyProfile(next.id);
}

/** The name decisions, comments and archive lines carry: the team member's name, or empty when solo. */
function me(): string {
  return getState().settings.team?.member ?? '';
}

export async function watch(call: FundingCall, match: Match | undefined): Promise<void> {
  const profileId = getState().profile?.id ?? getState().settings.activeProfileId;
  await (await repository()).watch(call, match, profileId);
  await reloadWatchlist();
}

/** Removing a call from the watchlist archives it (nothing is deleted; it can be restored). */
export async function stopWatching(callId: string): Promise<void> {
  await (await repository()).archive(callId, me(), '');
  await reloadWatchlist();
}

export async function archiveEntry(callId: string, why: string): Promise<void> {
  await (await repository()).archive(callId, me(), why);
  await reloadWatchlist();
}

export async function restoreEntry(callId: string): Promise<void> {
  await (await repository()).restore(callId, me());
  await reloadWatchlist();
}

export async function changeStatus(callId: string, to: WatchStatus, who: string, why: string): Promise<void> {
  await (await repository()).decide(callId, to, who.trim() || me(), why);
  await reloadWatchlist();
}

export async function edit(callId: string, e: EntryEdit): Promise<void> {
  await (await repository()).edit(callId, e);
  await reloadWatchlist();
}

export async function comment(callId: string, text: string): Promise<void> {
  await (await repository()).comment(callId, text, me());
  await reloadWatchlist();
}

/** Hides a call from the matches with a reason ("Dölj"); in a team, for everyone. */
export async function hideCall(callId: string, reason: string): Promise<void> {
  const title = getState().calls.find((c) => c.id === callId)?.title ?? '';
  await (await repository()).hide(callId, reason, me(), title);
  setState({ hidden: await loadHidden(getDb()) });
}

export async function unhideCall(callId: string): Promise<void> {
  await (await repository()).unhide(callId, me());
  setState({ hidden: await loadHidden(getDb()) });
}

export async function setLanguage(language: 'sv' | 'en'): Promise<void> {
  await saveSetting(getDb(), 'language', language);
  setState((s) => ({ settings: { ...s.settings, language } }));
  document.documentElement.lang = language;
}

export async function setFeedUrl(url: string): Promise<void> {
  await saveSetting(getDb(), 'feedUrl', url.trim());
  setState((s) => ({ settings: { ...s.settings, feedUrl: url.trim() } }));
  await refreshCalls();
}

export async function setNotifications(on: boolean): Promise<void> {
  await saveSetting(getDb(), 'notifications', on);
  setState((s) => ({ settings: { ...s.settings, notifications: on } }));
}

export async function activateProfile(id: string): Promise<void> {
  await saveSetting(getDb(), 'activeProfileId', id);
  setState({ firstRun: false });
  await applyProfile(id);
  // In a team the active profile is everyone's: the extension and colleagues score with it too.
  const profile = getState().profile;
  if (profile && (await repository()).mode === 'team') await (await repository()).shareProfile(profile, me());
}

async function applyProfile(id: string): Promise<void> {
  const { seedProfiles, savedProfiles } = getState();
  setState((s) => ({
    settings: { ...s.settings, activeProfileId: id },
    profile: activeProfile(seedProfiles, savedProfiles, id),
    ranked: undefined,
  }));
  await rerank();
}

export async function storeProfile(profile: Profile, activate: boolean): Promise<void> {
  const saved = await saveProfile(getDb(), profile);
  const savedProfiles = await loadProfiles(getDb());
  setState({ savedProfiles });
  if (activate || getState().profile?.id === saved.id) await activateProfile(saved.id);
}

export async function resetProfile(id: string): Promise<void> {
  await deleteProfile(getDb(), id);
  setState({ savedProfiles: await loadProfiles(getDb()) });
  await activateProfile(id);
}

/** After a restore everything shown comes from the database again. */
export async function reloadAll(): Promise<void> {
  const db = getDb();
  const [settings, savedProfiles] = await Promise.all([loadSettings(db), loadProfiles(db)]);
  setState({ settings, savedProfiles });
  document.documentElement.lang = settings.language;
  await reloadWatchlist();
  await applyProfile(settings.activeProfileId);
  // The restored feed URL may differ from the one in use.
  await refreshCalls();
}

export async function saveBackupFile(): Promise<void> {
  const backup = await exportBackup(getDb());
  download(
    JSON.stringify(backup, null, 2),
    `fundwatch-backup-${backup.exportedAt.slice(0, 10)}.json`,
    'application/json',
  );
}

export type RestoreResult =
  | { done: true; watched: number; profiles: number; skipped: SkippedRow[] }
  | { done: false; skipped: SkippedRow[]; readable: number };

/**
 * Validates the whole file before anything is written, then replaces the data in one transaction. A corrupt or
 * foreign file throws (file and field named) and changes nothing. Rows that cannot be read are all reported
 * (list and number) and nothing is written unless `restoreRest` says the user agreed to restore the others.
 */
export async function restoreFromText(text: string, fileName: string, restoreRest = false): Promise<RestoreResult> {
  const skipped: SkippedRow[] = [];
  const backup = parseBackup(text, fileName, new Date(), skipped);
  if (skipped.length > 0 && !restoreRest) {
    const readable = backup.watchlist.length + backup.profiles.length + backup.settings.length;
    return { done: false, skipped, readable };
  }
  // A start-up refresh still running would write its digest run and feed state over the restored data.
  await refreshing.catch(() => undefined);
  await restoreBackup(getDb(), backup);
  await reloadAll();
  return { done: true, watched: backup.watchlist.length, profiles: backup.profiles.length, skipped };
}

/**
 * Imports the browser extension's watchlist export: the whole file is validated first, then the new entries are
 * added in one transaction. Throws (file and field named) and changes nothing when the file is corrupt or foreign.
 */
export async function importExtensionFromText(text: string, fileName: string): Promise<ImportResult> {
  const parsed = parseExtensionExport(text, fileName);
  const result = await (await repository()).importEntries(parsed.entries);
  await reloadWatchlist();
  return result;
}

/** Adds an exchange's entries not yet watched (already watched ones keep everything). */
async function importExchange(exchange: Exchange): Promise<ImportResult> {
  const result = await (await repository()).importEntries(entriesFromExchange(exchange));
  await reloadWatchlist();
  return result;
}
