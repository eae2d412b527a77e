import type { Invite } from '../../core/team/invite.ts';
import { askTeamAccess } from '../../core/team/team-access.ts';
import type { TeamConfig } from '../db/entities/team-config.ts';
import { TeamConfigSchema } from '../db/entities/team-config.ts';
import { getDb } from '../db/open.ts';
import { localRepository } from '../db/repository.ts';
import { t } from '../i18n/lang.ts';
import type { ExtensionLinkState } from '../sync/extension-link.ts';
import type { LocalLink } from '../sync/local-link.ts';
import type { OpenOptions, TeamSession } from '../sync/team-session.ts';
import { holdWritesUntil, setRepository } from './repository.ts';
import { getState, notify, setState } from './store.ts';

let session: TeamSession | undefined;
/** No team, but the extension on this computer: the app's own document linked with it (pwa/sync/local-link.ts). */
let local: LocalLink | undefined;
/** The extension's link to the team's document, when the extension is on this computer. */
let teamLinkStop: (() => void) | undefined;
/** Called after the team document changed the Dexie tables (set by actions.ts: reload what the views show). */
let onTeamChange: (profileId?: string) => Promise<void> = async () => {};

const sessionListeners = new Set<(s: TeamSession | undefined) => void>();

/**
 * The open team session (its Y.Doc is the app's shared state), and a way to follow it: the extension link
 * (pwa/sync/extension-link.ts) attaches to `session.doc` when a team is opened and detaches when it is left.
 */
export function currentTeamSession(): TeamSession | undefined {
  return session;
}

export function onTeamSession(listener: (s: TeamSession | undefined) => void): () => void {
  sessionListeners.add(listener);
  listener(session);
  return () => sessionListeners.delete(listener);
}

function announce(): void {
  for (const l of sessionListeners) l(session);
}

export function setTeamChangeHandler(handler: (profileId?: string) => Promise<void>): void {
  onTeamChange = handler;
}

/** The invite link for the team this device is in (for the team section's link and QR code). */
export async function teamInvite(config: TeamConfig): Promise<string> {
  const { buildInvite } = await import('../../core/team/invite.ts');
  return buildInvite({ appOrigin: config.appOrigin, team: config.team, token: config.token, name: config.name });
}

/**
 * Starts syncing with the team: loads the sync chunk (yjs, y-websocket, y-dexie: never loaded for a solo user),
 * opens the team document and its connection, and routes every write through it.
 */
export function startTeam(config: TeamConfig, opts: OpenOptions = {}): Promise<TeamSession> {
  const opening = openTeam(config, opts);
  holdWritesUntil(opening);
  return opening;
}

async function openTeam(config: TeamConfig, opts: OpenOptions): Promise<TeamSession> {
  session?.close();
  setState({ team: { config, status: 'connecting', synced: false, invite: await teamInvite(config) } });
  const { openTeamSession } = await import('../sync/team-session.ts');
  const s = await openTeamSession(
    config,
    getDb(),
    {
      changed: ({ profileId }) => void onTeamChange(profileId),
      status: (status, synced) => setState((st) => (st.team ? { team: { ...st.team, status, synced } } : {})),
    },
    opts,
  );
  session = s;
  setRepository(s.repository);
  announce();
  await linkTeamToExtension(s, config.team);
  return s;
}

/** The extension on this computer (if any, and joined to the same team) holds the team's document too. */
async function linkTeamToExtension(s: TeamSession, team: string): Promise<void> {
  local?.close();
  local = undefined;
  teamLinkStop?.();
  teamLinkStop = undefined;
  setState({ extensionLink: undefined });
  const { extensionReachable } = await import('../sync/extension-id.ts');
  if (!extensionReachable()) return;
  const { linkExtension } = await import('../sync/extension-link.ts');
  teamLinkStop = linkExtension(s.doc, { docName: team, onState: showLink });
}

/** What Settings shows about the link with the extension (nothing when no extension can be reached). */
function showLink(state: ExtensionLinkState): void {
  setState({ extensionLink: state === 'unavailable' ? undefined : state });
}

/**
 * Solo, with the Fundwatch extension on this computer: the watchlist and profile are kept in one document shared
 * with the extension (no server). Loads the sync code only when an extension can be reached from this page.
 */
export async function startLocalLink(): Promise<void> {
  if (session || local) return;
  const { extensionReachable } = await import('../sync/extension-id.ts');
  if (!extensionReachable()) return;
  const opening = import('../sync/local-link.ts').then(({ openLocalLink }) =>
    openLocalLink(getDb(), {
      profile: getState().firstRun ? undefined : getState().profile,
      changed: ({ profileId }) => void onTeamChange(profileId),
      state: showLink,
    }),
  );
  holdWritesUntil(opening);
  local = await opening;
  setRepository(local.repository);
}

async function saveTeamConfig(config: TeamConfig | undefined): Promise<void> {
  const db = getDb();
  if (config) await db.settings.put({ key: 'team', value: TeamConfigSchema.parse(config) });
  else await db.settings.delete('team');
  setState((s) => ({ settings: { ...s.settings, team: config } }));
}

/** A mistyped, cut or stale invite is refused here, before this device joins (core/team/team-access.ts). */
async function checkInvite(invite: Invite): Promise<void> {
  const access = await askTeamAccess(fetch, invite.appOrigin, invite.team, invite.token);
  if (access === 'bad-token')
    throw new Error(
      t(
        'Inbjudningslänken gäller inte: teamets server känner inte igen nyckeln. Be om en ny länk.',
        'The invite link is not valid: the team’s server does not recognise its key. Ask for a new link.',
      ),
    );
  if (access === 'unknown-team')
    throw new Error(
      t(
        'Teamet i inbjudningslänken finns inte på servern. Be om en ny länk.',
        'The team in the invite link does not exist on the server. Ask for a new link.',
      ),
    );
}

/**
 * Joins the team of an invite: saves it, opens the team, waits briefly for the team's data, then brings this
 * device's own watchlist (and its profile, when the team has none yet) into the team document; another team's list
 * stays out.
 */
export async function joinTeam(invite: Invite, member: string): Promise<{ added: number; merged: number }> {
  await checkInvite(invite);
  const config: TeamConfig = {
    appOrigin: invite.appOrigin,
    team: invite.team,
    token: invite.token,
    name: invite.name,
    member: member.trim().slice(0, 200),
    joinedAt: new Date().toISOString(),
  };
  const { entriesForTeam, keepOwnWatchlist } = await import('../db/own-watchlist.ts');
  // The own watchlist, never another team's copy (own-watchlist.ts), kept apart before the table mirrors the team.
  const entries = await entriesForTeam(getDb(), config.team);
  await keepOwnWatchlist(getDb());
  // A profile never chosen (first run) is not offered to the team.
  const profile = getState().firstRun ? undefined : getState().profile;
  await saveTeamConfig(config);
  // This device's watchlist goes into the team document before anything is connected or mirrored: from then on it
  // is stored with the document (y-dexie) and is sent whenever the server is reachable.
  const s = await startTeam(config, { mergeFirst: { entries, who: config.member } });
  const result = { added: s.firstMerge?.added ?? 0, merged: s.firstMerge?.merged ?? 0 };
  // The team's profile must be known before deciding whether this device's profile becomes the team's: offline,
  // the team's profile arrives later and this device's is not offered.
  if (profile && (await s.whenSynced(5000))) await s.adoptProfile(profile, config.member);
  notify(
    t(
      `Du är med i teamet ${config.name || config.team}: ${result.added} bevakningar tillförda, ${result.merged} fanns redan.`,
      `You joined the team ${config.name || config.team}: ${result.added} watched calls added, ${result.merged} already there.`,
    ),
  );
  return result;
}

/** Creates a team on this app's own server (POST /api/teams), then joins it. */
export async function createTeam(name: string, member: string): Promise<string> {
  const res = await fetch(new URL('api/teams', appRoot()), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name: name.trim() }),
  });
  if (!res.ok) {
    const body = (await res.json().catch(() => ({}))) as { error?: string; message?: string };
    throw new Error(body.message ?? body.error ?? `HTTP ${res.status}`);
  }
  const created = (await res.json()) as { invite: string };
  const { parseInvite } = await import('../../core/team/invite.ts');
  await joinTeam(parseInvite(created.invite), member);
  return created.invite;
}

/**
 * Leaves the team: stops syncing; the watchlist stays on this device as its own. The team's document stays stored
 * too (see TeamSession.close): forgotten, rejoining merged every kept row in as a new entry and doubled its notes.
 */
export async function leaveTeam(): Promise<void> {
  teamLinkStop?.();
  teamLinkStop = undefined;
  setState({ extensionLink: undefined });
  session?.close();
  session = undefined;
  setRepository(localRepository(getDb()));
  announce();
  await saveTeamConfig(undefined);
  setState({ team: undefined });
  await startLocalLink().catch(() => undefined);
}

/** Where the app (and its server) is served: the directory of the current page (a proxy may add a path prefix). */
export function appRoot(): string {
  const path = location.pathname.replace(/\/join\/?$/, '/').replace(/[^/]*$/, '');
  return `${location.origin}${path}`;
}
