/**
 * The one message module of the extension (Dark Reader style): every message between the content
 * scripts, popup, options page and the service worker is declared here with its request and response.
 * Type-only imports from core keep this file free of runtime code beyond the helpers at the bottom.
 */
import type { Deadline, FundingCall } from '../core/model/call.ts';
import type { Band, DeadlineStatus, Match } from '../core/model/match.ts';
import type { Profile } from '../core/model/profile.ts';
import type { ReasonLines, SavedReason } from '../core/model/saved-match.ts';
import type { TeamRefusal } from '../core/team/team-access.ts';

export type Lang = 'sv' | 'en';

/** A call as a content script sees it on a page: text only, never markup. */
export interface PageItem {
  /** Page-local key so the answer can be matched back to the element. */
  key: string;
  title: string;
  text: string;
  url: string;
  detail?: boolean;
  /** The page's and the list's headings: a frame for items that show little text, never evidence. */
  context?: string;
}

/**
 * What a badge needs, and nothing more: the page gets band and score (and when the call opens or closed),
 * never the profile's priorities or reasons until the user opens the explanation.
 */
export interface ItemMark {
  key: string;
  /** Stable per call (its URL, or the page and title): the same call on a re-rendered page is one call. */
  callId: string;
  band: Band;
  score: number;
  status?: DeadlineStatus;
  /** YYYY-MM-DD when a forthcoming call opens. */
  opens?: string;
  saved: boolean;
}

export interface ItemVerdict {
  key: string;
  callId: string;
  match: Match;
  /** The next deadline the worker read from the item's dates (ISO date), if any. */
  deadline?: string;
  saved: boolean;
}

export interface SavedCall {
  id: string;
  /** The call in the shared model (what the PWA and the JSON export take). */
  call: FundingCall;
  deadline?: string;
  score: number;
  band: Band;
  /** Why it matched when it was saved, as the engine gave it; told in the reader's language when shown. */
  reasons: SavedReason[];
  /** Saved by an older version, which kept text instead of reasons: shown as it was until the call is scored again. */
  lines?: ReasonLines;
  savedAt: string;
}

export interface NotificationSettings {
  enabled: boolean;
  /** Lowest band that counts as a match worth a notification. */
  minBand: 'strong' | 'relevant';
  maxListed: number;
}

export interface Settings {
  lang: Lang;
  pwaUrl: string;
  notifications: NotificationSettings;
  /** Origins ("https://example.org") the user added and granted; content scripts are registered for them. */
  addedSites: string[];
  /** Optional calls feed (a calls.json made by `fundwatch fetch`) read by the weekly check. */
  feedUrl: string;
}

export type ActiveProfile = { kind: 'seed'; id: string } | { kind: 'custom'; profile: Profile };

export interface ProfileSummary {
  id: string;
  name: string;
  lan: string;
  /** The län's name ("Blekinge län") for display; absent when the id is unknown. */
  lanName?: string;
  kind: string;
  priorities: { id: string; label: { sv: string; en: string }; weight: number }[];
  custom: boolean;
}

export interface PageCall {
  /** The call's stable id: the popup lists each call once. */
  id: string;
  title: string;
  url: string;
  score: number;
  band: Band;
  /** Set when the call's deadline has passed or is close, so the list does not read as all open. */
  closing?: 'closed' | 'closing-soon';
  /** The deadline told (the next one, else the last that passed), as a structured date; text is made late. */
  deadline?: Deadline;
  /** YYYY-MM-DD when a forthcoming call opens. */
  opens?: string;
}

export interface DigestEntry {
  callId: string;
  title: string;
  url: string;
  funder: string;
  score: number;
  band: Band;
  /** Why it matched, as the engine gave it; told in the reader's language when shown. */
  reasons: SavedReason[];
  /** A digest written by an older version, which kept text instead of reasons: shown as it was. */
  lines?: ReasonLines;
  /** The deadline told (the next one, else the last), as a structured date; text is made late. */
  deadline?: Deadline;
  /** YYYY-MM-DD when a forthcoming call opens. */
  opens?: string;
}

export interface Digest {
  ranAt: string;
  entries: DigestEntry[];
  /** Sources read in the last run (ids), and per-source problems by source name. */
  checked: string[];
  errors: string[];
}

/** The team as the options page shows it (never the token). */
export interface TeamView {
  server: string;
  team: string;
  name: string;
  who: string;
  joinedAt: string;
  connected: boolean;
  synced: boolean;
  /** Changes made here that have not reached the server yet. */
  pending: boolean;
  /** The server refused the team or its key (its typed code): a new invite link is needed. */
  refused?: TeamRefusal;
}

export interface Messages {
  'score-items': { req: { items: PageItem[]; pageUrl: string }; res: { lang: Lang; marks: ItemMark[] } };
  /** The full explanation of one item, asked for when its panel opens (re-scored in the worker). */
  'explain-item': { req: { item: PageItem; pageUrl: string }; res: { verdict: ItemVerdict } };
  watch: { req: { item: PageItem; pageUrl: string }; res: { saved: SavedCall } };
  unwatch: { req: { id: string }; res: { removed: boolean } };
  'get-state': {
    req: { tabId?: number };
    res: { settings: Settings; profile: ProfileSummary; saved: SavedCall[]; pageCalls: PageCall[]; digest?: Digest };
  };
  'list-seeds': { req: Record<string, never>; res: { seeds: ProfileSummary[] } };
  'set-profile': { req: { active: ActiveProfile }; res: { profile: ProfileSummary } };
  'set-weights': { req: { weights: Record<string, number> }; res: { profile: ProfileSummary } };
  'build-profile': { req: { text: string; name?: string; lan?: string }; res: { profile: ProfileSummary } };
  'set-settings': { req: { patch: Partial<Settings> }; res: { settings: Settings } };
  'add-site': { req: { origin: string }; res: { settings: Settings } };
  'remove-site': { req: { origin: string }; res: { settings: Settings } };
  'export-saved': { req: Record<string, never>; res: { json: string } };
  /** The team this browser is joined to (options page), without its token. */
  'team-status': { req: Record<string, never>; res: { team?: TeamView } };
  /** Joins a team from an invite link; `server` overrides the invite's address (e.g. behind a proxy). */
  'team-join': { req: { invite: string; server?: string; who?: string }; res: { team: TeamView } };
  'team-leave': { req: Record<string, never>; res: { team?: TeamView } };
  /** Runs the weekly check after `seconds` (the options page's "check now"; tests use it too). */
  'check-soon': { req: { seconds: number }; res: { scheduledFor: number } };
}

export type MessageType = keyof Messages;
export type Req<T extends MessageType> = Messages[T]['req'];
export type Res<T extends MessageType> = Messages[T]['res'];

interface Envelope<T extends MessageType = MessageType> {
  fw: 1;
  type: T;
  req: Req<T>;
}
type Reply<T extends MessageType> = { ok: true; res: Res<T> } | { ok: false; error: string };

/** Sends a typed message to the service worker; rejects with the worker's error message. */
export async function send<T extends MessageType>(type: T, req: Req<T>): Promise<Res<T>> {
  const envelope: Envelope<T> = { fw: 1, type, req };
  const reply = (await chrome.runtime.sendMessage(envelope)) as Reply<T> | undefined;
  if (!reply) throw new Error(`fundwatch: no answer to "${type}"`);
  if (!reply.ok) throw new Error(reply.error);
  return reply.res;
}

export type Handler<T extends MessageType> = (req: Req<T>, sender: chrome.runtime.MessageSender) => Promise<Res<T>>;
export type HandlerRegistry = { [T in MessageType]: Handler<T> };

/**
 * What a content script may ask for. Content scripts run inside untrusted pages, so everything else
 * (settings, profiles, sites, export) answers only extension pages.
 */
export const CONTENT_SCRIPT_MESSAGES: ReadonlySet<MessageType> = new Set<MessageType>([
  'score-items',
  'explain-item',
  'watch',
]);

function fromExtensionPage(sender: chrome.runtime.MessageSender): boolean {
  return !!sender.url && sender.url.startsWith(`chrome-extension://${chrome.runtime.id}/`);
}

function isEnvelope(msg: unknown): msg is Envelope {
  return typeof msg === 'object' && msg !== null && (msg as { fw?: unknown }).fw === 1;
}

/**
 * Installs the worker's handlers: one per message type, each answering asynchronously. A handler that
 * throws answers `{ ok: false, error }` instead of leaving the sender hanging.
 */
export function listen(handlers: HandlerRegistry): void {
  chrome.runtime.onMessage.addListener((msg: unknown, sender, sendResponse) => {
    if (!isEnvelope(msg) || !(msg.type in handlers)) return false;
    if (!CONTENT_SCRIPT_MESSAGES.has(msg.type) && !fromExtensionPage(sender)) {
      sendResponse({ ok: false, error: `"${msg.type}" is not available to web pages` });
      return false;
    }
    const handler = handlers[msg.type] as Handler<MessageType>;
    handler(msg.req, sender).then(
      (res) => sendResponse({ ok: true, res }),
      (err: unknown) => sendResponse({ ok: false, error: err instanceof Error ? err.message : String(err) }),
    );
    return true;
  });
}
