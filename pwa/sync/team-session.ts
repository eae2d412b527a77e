import { WebsocketProvider } from 'y-websocket';
import type * as Y from 'yjs';
import type { Profile } from '../../core/model/profile.ts';
import { syncUrlFor } from '../../core/team/invite.ts';
import { type MergeResult, mergeLocalIntoTeam } from '../../core/team/merge-local.ts';
import { readTeamProfile, writeTeamProfile } from '../../core/team/profile.ts';
import { askTeamAccess, isTeamRefusal } from '../../core/team/team-access.ts';
import type { TeamConfig } from '../db/entities/team-config.ts';
import type { WatchEntry } from '../db/entities/watch-entry.ts';
import type { WatchRepository } from '../db/repository.ts';
import type { FundwatchDb } from '../db/schema.ts';
import { projectTeam } from './project.ts';
import { loadTeamDoc, TeamDocsDb, teamDocKey } from './team-persistence.ts';
import { teamRepository } from './team-repository.ts';

/**
 * What the app shows about the connection: connecting, connected (and whether the first exchange is done), offline,
 * or refused by the server (the team's token or the team is not known there: a new invite is needed).
 */
export type ConnectionState = 'connecting' | 'connected' | 'disconnected' | 'refused';

export interface TeamSessionEvents {
  /** The Dexie tables were updated from the document (by a colleague, another device or this one). */
  changed(info: { profileId?: string }): void;
  status(state: ConnectionState, synced: boolean): void;
}

export interface TeamSession {
  doc: Y.Doc;
  repository: WatchRepository;
  /** Resolves true once the first exchange with the server is done, false after `ms` without one (offline). */
  whenSynced(ms: number): Promise<boolean>;
  /** What opening merged in (OpenOptions.mergeFirst). */
  firstMerge?: MergeResult;
  /** Makes `profile` the team's when the team has none yet (call once the first exchange is done). */
  adoptProfile(profile: Profile, who: string): Promise<boolean>;
  /**
   * Stops syncing (switching teams, leaving). The document stays stored on this device: rejoining continues from it,
   * so the watchlist rows this device kept are recognised as the team's entries instead of merged in as new ones.
   */
  close(): void;
}

const PROJECT_DELAY_MS = 80;

/**
 * Opens the team: the document from IndexedDB (y-dexie), then the y-websocket connection to the team's server,
 * which reconnects by itself after being offline and exchanges what each side lacks. Loaded only when a team is set.
 */
export interface OpenOptions {
  /**
   * Merged into the document loaded from this device before it is connected or mirrored into the tables: joining
   * brings the device's own watchlist in here (pwa/db/own-watchlist.ts), so the mirror can never replace rows not yet
   * in the team document.
   */
  mergeFirst?: { entries: readonly WatchEntry[]; who: string };
}

export async function openTeamSession(
  config: TeamConfig,
  db: FundwatchDb,
  on: TeamSessionEvents,
  opts: OpenOptions = {},
): Promise<TeamSession> {
  const docs = new TeamDocsDb();
  const key = teamDocKey(config.appOrigin, config.team);
  const loaded = await loadTeamDoc(docs, key);
  const { doc } = loaded;
  const firstMerge = opts.mergeFirst
    ? mergeLocalIntoTeam(
        doc,
        { entries: opts.mergeFirst.entries },
        { who: opts.mergeFirst.who, now: new Date() },
        config.team,
      )
    : undefined;

  let timer: ReturnType<typeof setTimeout> | undefined;
  let running: Promise<void> = Promise.resolve();
  const project = (): Promise<void> => {
    clearTimeout(timer);
    timer = undefined;
    running = running.then(async () => on.changed(await projectTeam(doc, db, new Date(), config.team)));
    return running;
  };
  const onUpdate = () => {
    clearTimeout(timer);
    timer = setTimeout(() => void project(), PROJECT_DELAY_MS);
  };
  doc.on('update', onUpdate);

  const ws = new WebsocketProvider(syncUrlFor(config.appOrigin), config.team, doc, {
    params: { token: config.token },
    // Another tab of the app on this device already keeps the same document in IndexedDB.
    disableBc: false,
  });
  // The browser knows before a socket times out: go offline at once, and reconnect as soon as the network is back.
  const goOffline = () => ws.disconnect();
  const goOnline = () => ws.connect();
  addEventListener('offline', goOffline);
  addEventListener('online', goOnline);
  if (typeof navigator !== 'undefined' && navigator.onLine === false) ws.disconnect();
  let state: ConnectionState = 'connecting';
  ws.on('status', (e: { status: ConnectionState }) => {
    // A refusal stands until a connection opens (after the browser's "online", which connects again).
    if (state === 'refused' && e.status !== 'connected') return;
    // After a lost connection y-websocket retries with 'connecting' and never says 'disconnected' again while the
    // server stays away: a retry keeps the device shown offline (changes kept) until a connection opens.
    state = e.status === 'connecting' && state === 'disconnected' ? 'disconnected' : e.status;
    on.status(state, ws.synced);
  });
  // A refused upgrade only closes the socket as far as a browser can tell: on the second failed attempt in a row,
  // and every tenth after it (about every 25 s at y-websocket's longest back-off), the server is asked over HTTP;
  // its refusal stops the retries and is shown.
  let asking = false;
  let closed = false;
  ws.on('connection-close', () => {
    const failed = ws.wsUnsuccessfulReconnects;
    if (state === 'refused' || asking || (failed !== 1 && failed % 10 !== 0)) return;
    if (typeof navigator !== 'undefined' && navigator.onLine === false) return;
    asking = true;
    void askTeamAccess(fetch, config.appOrigin, config.team, config.token).then((access) => {
      asking = false;
      if (closed || !isTeamRefusal(access)) return;
      state = 'refused';
      ws.disconnect();
      on.status(state, false);
    });
  });
  ws.on('sync', (synced: boolean) => on.status(state, synced));
  await project();

  return {
    doc,
    repository: teamRepository(doc, config.team, config.member, project),
    whenSynced(ms) {
      if (ws.synced) return Promise.resolve(true);
      return new Promise((resolve) => {
        const t = setTimeout(() => {
          ws.off('sync', handler);
          resolve(false);
        }, ms);
        const handler = (synced: boolean) => {
          if (!synced) return;
          clearTimeout(t);
          ws.off('sync', handler);
          resolve(true);
        };
        ws.on('sync', handler);
      });
    },
    firstMerge,
    async adoptProfile(profile, who) {
      if (readTeamProfile(doc)) return false;
      writeTeamProfile(doc, profile, { who, now: new Date() });
      await project();
      return true;
    },
    close() {
      closed = true;
      clearTimeout(timer);
      removeEventListener('offline', goOffline);
      removeEventListener('online', goOnline);
      doc.off('update', onUpdate);
      ws.destroy();
      loaded.release();
      docs.close();
    },
  };
}
