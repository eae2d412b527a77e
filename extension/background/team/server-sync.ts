import { WebsocketProvider } from 'y-websocket';
import { LOCAL_DOC } from '../../../core/doc-link/messages.ts';
import { mergeLocalIntoTeam, readTeamProfile, syncUrlFor } from '../../../core/team/index.ts';
import { askTeamAccess, isTeamRefusal, type TeamRefusal } from '../../../core/team/team-access.ts';
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
 *
 * A server that no longer knows the team or its key (a reset data folder, another server at the address) refuses
 * the upgrade, which a WebSocket cannot read: as the app does, the server is asked over HTTP when connecting keeps
 * failing, and its typed refusal stops the retries and is shown on the options page ("Nekad av servern").
 */
export const SYNC_ALARM = 'team-sync';
const PENDING_KEY = 'teamPending';
/**
 * The refusal, in session storage: it outlives the worker Chrome stops (the options page shows it at once after a
 * wake-up), not the browser. A new start still connects first; a connection that opens clears it.
 */
const REFUSED_KEY = 'teamRefused';

interface Live {
  key: string;
  config: TeamConfig;
  stored: StoredDoc;
  provider: WebsocketProvider;
  detach?: () => void;
  /** The server refused this team or token: no more retries until the worker starts again. */
  refused?: TeamRefusal;
}
let live: Live | undefined;
let starting: Promise<void> | undefined;

const configKey = (c: TeamConfig) => `${c.server}|${c.team}|${c.token}`;

export function teamConnection(): { connected: boolean; synced: boolean } {
  return { connected: !!live?.provider.wsconnected, synced: !!live?.provider.synced };
}

/** The server's refusal of the stored team (its typed code), if it refused it. */
export async function teamRefusal(): Promise<TeamRefusal | undefined> {
  const config = await readTeamConfig();
  if (!config) return undefined;
  if (live?.key === configKey(config) && live.refused) return live.refused;
  const stored = (await chrome.storage.session.get(REFUSED_KEY))[REFUSED_KEY] as
    | { key?: unknown; refusal?: unknown }
    | undefined;
  return stored?.key === refusalKey(config) && isTeamRefusal(stored.refusal) ? stored.refusal : undefined;
}

/** The refusal is stored under the server and team (not the token: session storage is not for the team's secret). */
const refusalKey = (c: TeamConfig) => `${c.server}|${c.team}`;

async function storeRefusal(config: TeamConfig, refusal: TeamRefusal | undefined): Promise<void> {
  if (refusal) await chrome.storage.session.set({ [REFUSED_KEY]: { key: refusalKey(config), refusal } });
  else await chrome.storage.session.remove(REFUSED_KEY);
}

/**
 * A refused upgrade only closes the socket as far as the worker can tell: on the second failed attempt in a row,
 * and every tenth after it (about every 25 s at y-websocket's longest back-off), the server is asked over HTTP.
 */
function askWhenRefused(l: Live): void {
  let asking = false;
  l.provider.on('connection-close', () => {
    const failed = l.provider.wsUnsuccessfulReconnects;
    if (live !== l || l.refused || asking || (failed !== 1 && failed % 10 !== 0)) return;
    asking = true;
    void askTeamAccess(fetch, l.config.server, l.config.team, l.config.token).then(async (access) => {
      asking = false;
      if (live !== l || !isTeamRefusal(access)) return;
      l.refused = access;
      l.provider.disconnect();
      await storeRefusal(l.config, access).catch(() => undefined);
    });
  });
  l.provider.on('status', ({ status }: { status: string }) => {
    if (status === 'connected' && live === l) storeRefusal(l.config, undefined).catch(() => undefined);
  });
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
    if (!live.refused && !live.provider.wsconnected && !live.provider.shouldConnect) live.provider.connect();
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
  askWhenRefused(l);
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

/** Leaving or switching teams: disconnect now, and forget a refusal (the caller changes the stored config). */
export async function disconnectTeam(): Promise<void> {
  stop();
  await chrome.storage.session.remove(REFUSED_KEY);
}
