/**
 * Finding the Fundwatch extension from the app's page, without loading the sync code (yjs): the page can reach it
 * only when the extension lets this origin connect (`chrome.runtime.connect` exists) and the app knows its id.
 */
import { isExtensionId, takeExtensionHint } from '../../core/doc-link/app-hint.ts';

const STORE_KEY = 'fundwatch.extensionIds';

export interface ExternalPort {
  postMessage(message: unknown): void;
  disconnect(): void;
  onMessage: { addListener(fn: (message: unknown) => void): void };
  onDisconnect: { addListener(fn: () => void): void };
}
export interface PageRuntime {
  connect(extensionId: string, info: { name: string }): ExternalPort;
}

/** `chrome.runtime` exists on a web page only when an installed extension lets this origin connect. */
export function pageRuntime(): PageRuntime | undefined {
  const rt = (globalThis as { chrome?: { runtime?: Partial<PageRuntime> } }).chrome?.runtime;
  return typeof rt?.connect === 'function' ? (rt as PageRuntime) : undefined;
}

/** Ids of published builds of the extension, set when the app is built (Vite replaces import.meta.env). */
function buildTimeIds(): string {
  const env = (import.meta as unknown as { env?: Record<string, string | undefined> }).env;
  return env?.VITE_FUNDWATCH_EXTENSION_IDS ?? '';
}

function stored(storage: Pick<Storage, 'getItem'>): string[] {
  try {
    const list = JSON.parse(storage.getItem(STORE_KEY) ?? '[]') as unknown;
    return Array.isArray(list) ? list.filter(isExtensionId) : [];
  } catch {
    return [];
  }
}

/**
 * Reads the extension's hint from the address (and takes it out of the address bar), remembers the id, and returns
 * every id to try: the newest hint first, then the remembered ones, then those known at build time.
 */
export function extensionIds(
  loc: Pick<Location, 'hash' | 'href'> = location,
  storage: Pick<Storage, 'getItem' | 'setItem'> = localStorage,
  built: string = buildTimeIds(),
): string[] {
  const { id: hinted, rest } = takeExtensionHint(loc.hash);
  const ids = [...new Set([...(hinted ? [hinted] : []), ...stored(storage)])].slice(0, 4);
  if (hinted) storage.setItem(STORE_KEY, JSON.stringify(ids));
  if (rest !== loc.hash && typeof history !== 'undefined')
    history.replaceState(history.state, '', `${loc.href.split('#')[0]}${rest}`);
  const fromBuild = built.split(/[\s,]+/).filter(isExtensionId);
  return [...new Set([...ids, ...fromBuild])];
}

/** Whether linking with an extension is possible at all (cheap: decides whether the sync code is loaded). */
export function extensionReachable(): boolean {
  return !!pageRuntime() && extensionIds().length > 0;
}
