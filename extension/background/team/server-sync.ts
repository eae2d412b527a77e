import { WebsocketProvider } from 'y-websocket';
import { LOCAL_DOC } from '../../../core/doc-link/messages.ts';
import { mergeLocalIntoTeam, readTeamProfile, syncUrlFor } from '../../../core/team/index.ts';
import { activeProfile } from '../profiles.ts';
import { actorName, readTeamConfig, writeTeamConfig } from './active-doc.ts';
import { loadDoc, type StoredDoc } from './doc-store.ts';
import type { TeamConfig } from './team-config.ts';
import { localEntries } from './team-watchlist.ts';

/**
 * The extension as a team member: a stock y-websocket client in the service worker, on the extension's stored copy
 * of the team document. Chrome stops an idle worker; every wake-up (a page scan, the popup, an alarm) calls
 * ensureTeamSync, which reconnects. While the socket is open its own traffic keeps the worker running (Chrome ≥ 116).
 * While a change made here has not reached the server (`pending`, kept in storage), an alarm wakes the worker every
 * 30 s to try again; it is cleared as soon as the server has everything, so a synced extension costs nothing idle.
 */
export const SYNC_ALARM = 'team-sync';
const PENDING_KEY = 'teamPending';

interface Live {
  key: string;
  config: TeamConfig;
  stored: StoredDoc;
  provider: WebsocketProvider;
  detach?: () => void;
}
let live: Live | undefined;
let starting: Promise<void> | undefined;

const configKey = (c: TeamConfig) => `${c.server}|${c.team}|${c.token}`;

export function teamConnection(): { connected: boolean; synced: boolean } {
  return { connected: !!live?.provider.wsconnected, synced: !!live?.provider.synced };
}

export async function isPending(): Promise<boolean> {
  return (await chrome.storage.local.get(PENDING_KEY))[PENDING_KEY] === true;
}

async function setPending(pending: boolean): Promise<void> {
  if (pending) {
    await chrome.storage.local.set({ [PENDING_KEY]: true });
    if (!(await chrome.alarms.get(SYNC_ALARM))) await chrome.alarms.create(SYNC_ALARM, { periodInMinutes: 0.5 });
  } else {
    await chrome.storage.local.remove(PENDING_KEY);
    await chrome.alarms.clear(SYNC_ALARM);
  }
}

/** A change was made in the extension: it must reach the server (now if connected, else at the next wake-up). */
export async function markLocalChange(): Promise<void> {
  if (!(await readTeamConfig())) return;
  await setPending(true);
  if (live?.provider.wsconnected && live.provider.synced) settleSoon(live);
  else await ensureTeamSync();
}

/** y-websocket sends each change as soon as it is made; give the socket a moment to write it, then clear pending. */
function settleSoon(l: Live): void {
  setTimeout(() => {
    if (live === l && l.provider.wsconnected && l.provider.synced && l.provider.ws?.bufferedAmount === 0) {
      setPending(false).catch(() => undefined);
    }
  }, 1000);
}

/**
 * The first time the extension reaches its team, its own watchlist and profile join the team's (core's merge: never
 * a copy of another team's entries).
 */
async function mergeOwnIntoTeam(l: Live): Promise<void> {
  if (l.config.merged) return;
  const local = await loadDoc(LOCAL_DOC);
  const now = new Date();
  const profile = readTeamProfile(local.doc) ?? (await activeProfile()).profile;
  const entries = localEntries(local.doc, now);
  mergeLocalIntoTeam(l.stored.doc, { entries, profile }, { who: await actorName(), now }, l.config.team);
  const current = await readTeamConfig();
  if (current && configKey(current) === l.key) {
    l.config = { ...current, merged: true };
    await writeTeamConfig(l.config);
  }
  await l.stored.flush();
}

function stop(): void {
  live?.detach?.();
  live?.provider.destroy();
  live = undefined;
}

async function start(): Promise<void> {
  const config = await readTeamConfig();
  if (!config) {
    stop();
    await setPending(false);
    return;
  }
  if (live && live.key === configKey(config)) {
    if (!live.provider.wsconnected && !live.provider.shouldConnect) live.provider.connect();
    return;
  }
  stop();
  const stored = await loadDoc(config.team);
  const provider = new WebsocketProvider(syncUrlFor(config.server), config.team, stored.doc, {
    params: { token: config.token },
    // One worker per browser: no tabs to share with, and no presence to show.
    disableBc: true,
  });
  provider.awareness.setLocalState(null);
  const l: Live = { key: configKey(config), config, stored, provider };
  live = l;
  // Changes that arrive from the app on this computer (the link) must reach the server too.
  const onUpdate = (_u: Uint8Array, origin: unknown) => {
    if (live === l && origin !== provider && origin !== 'storage') markLocalChange().catch(() => undefined);
  };
  stored.doc.on('update', onUpdate);
  l.detach = () => stored.doc.off('update', onUpdate);
  provider.on('sync', (synced: boolean) => {
    if (!synced || live !== l) return;
    mergeOwnIntoTeam(l)
      .then(() => settleSoon(l))
      .catch((err) => console.error('fundwatch: merging into the team failed', err));
  });
}

/** Connects to the team's server if one is set (idempotent; called on every wake-up). */
export function ensureTeamSync(): Promise<void> {
  starting ??= start().finally(() => {
    starting = undefined;
  });
  return starting;
}

/** Leaving or switching teams: disconnect now (the caller changes the stored config). */
export function disconnectTeam(): void {
  stop();
}
