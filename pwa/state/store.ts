import { useEffect, useState } from 'preact/hooks';
import type { Digest } from '../../core/digest/build.ts';
import type { FirstViewSeed } from '../../core/match/first-view.ts';
import type { FundingCall } from '../../core/model/call.ts';
import type { Profile } from '../../core/model/profile.ts';
import type { RankedCall } from '../calls/ranker.ts';
import type { HiddenCall } from '../db/entities/hidden-call.ts';
import type { Settings } from '../db/entities/settings.ts';
import { DEFAULT_SETTINGS } from '../db/entities/settings-defaults.ts';
import type { FeedStatus, TeamConfig } from '../db/entities/team-config.ts';
import type { WatchEntry } from '../db/entities/watch-entry.ts';

export interface CallsInfo {
  /** server: this app's own Fundwatch server (/api/calls); feed: a URL the user set; snapshot: bundled with the app. */
  from: 'server' | 'feed' | 'snapshot' | 'cache' | 'none';
  url?: string;
  generatedAt?: string;
  /** When the server last fetched the funders. */
  fetchedAt?: string;
  sources?: FeedStatus['sources'];
  /** Kept as thrown (a typed AppError or core's InputError) and told in the reader's language where shown. */
  error?: unknown;
}

/** The team this device syncs with, and how the connection is. */
export interface TeamState {
  config: TeamConfig;
  status: 'connecting' | 'connected' | 'disconnected' | 'refused';
  /** The first exchange with the server since connecting is done. */
  synced: boolean;
  invite?: string;
}

export interface AppState {
  ready: boolean;
  settings: Settings;
  seedProfiles: Profile[];
  /** A new device's onboarding choices, from the server before the data layer has loaded the seed profiles. */
  seedChoices?: FirstViewSeed[];
  savedProfiles: Profile[];
  profile?: Profile;
  calls: FundingCall[];
  callsInfo: CallsInfo;
  /** Undefined until the worker has ranked the calls for the active profile. */
  ranked?: RankedCall[];
  /** Active watch entries (archived ones are in `archived`). */
  watchlist: WatchEntry[];
  /** Entries removed from the watchlist: archived, never deleted; they can be restored. */
  archived: WatchEntry[];
  /** Calls hidden from the matches, with the reason. */
  hidden: HiddenCall[];
  team?: TeamState;
  /** The link with the Fundwatch extension on this computer; undefined when none can be reached. */
  extensionLink?: 'connecting' | 'linked' | 'other-document';
  /** False while a long watchlist is still being read past its first screen. */
  watchlistComplete: boolean;
  brokenRows: string[];
  digest?: Digest;
  digestDismissed: boolean;
  /** A short status line for the live region. */
  notice?: { text: string; kind: 'info' | 'error'; action?: NoticeAction };
  updateReady: boolean;
  /** The server has a new build this page's code is missing from (pwa/lib/new-build.ts): "ladda om". */
  newBuild: boolean;
  /** No body chosen yet: the first view asks whose strategy to rank for instead of assuming one. */
  firstRun: boolean;
  /** The ranked calls shown are last start's, painted at once; the engine's fresh ranking replaces them. */
  rankedFromSnapshot?: boolean;
  /** A shared page that would change an entry already watched, waiting for the user's yes or no. */
  pendingShare?: {
    call: FundingCall;
    match?: import('../../core/model/match.ts').Match;
    existingTitle: string;
    changes: import('../share/share-changes.ts').ShareChange[];
  };
}

/**
 * A notice's one button. The notice goes when it is pressed, unless `stays`: then the notice and its button stay
 * while `run` runs, and `run` says what came of it.
 */
export interface NoticeAction {
  label: string;
  run: () => unknown;
  stays?: boolean;
}

let state: AppState = {
  ready: false,
  settings: DEFAULT_SETTINGS,
  seedProfiles: [],
  savedProfiles: [],
  calls: [],
  callsInfo: { from: 'none' },
  watchlist: [],
  archived: [],
  hidden: [],
  watchlistComplete: false,
  brokenRows: [],
  digestDismissed: false,
  updateReady: false,
  newBuild: false,
  firstRun: false,
};
const listeners = new Set<() => void>();

export function getState(): AppState {
  return state;
}

export function setState(patch: Partial<AppState> | ((s: AppState) => Partial<AppState>)): void {
  state = { ...state, ...(typeof patch === 'function' ? patch(state) : patch) };
  for (const l of listeners) l();
}

export function useAppState(): AppState {
  const [, force] = useState(0);
  useEffect(() => {
    const l = () => force((n) => n + 1);
    listeners.add(l);
    return () => listeners.delete(l);
  }, []);
  return state;
}

let noticeTimer: ReturnType<typeof setTimeout> | undefined;

/**
 * A short status line (live region), with an optional button; information fades after a while, errors stay until the
 * next notice.
 */
export function notify(text: string, kind: 'info' | 'error' = 'info', action?: NoticeAction): void {
  const notice = action ? { text, kind, action } : { text, kind };
  setState({ notice });
  clearTimeout(noticeTimer);
  if (kind === 'info')
    noticeTimer = setTimeout(() => getState().notice === notice && setState({ notice: undefined }), 8000);
}

/** A notice with one action (e.g. "Ångra" after archiving), kept on screen long enough to reach by keyboard. */
export function notifyUndo(text: string, label: string, run: () => unknown): void {
  const notice = { text, kind: 'info' as const, action: { label, run } };
  setState({ notice });
  clearTimeout(noticeTimer);
  noticeTimer = setTimeout(() => getState().notice === notice && setState({ notice: undefined }), 20000);
}
