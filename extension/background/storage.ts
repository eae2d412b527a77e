/**
 * chrome.storage.local is the worker's only memory that matters: it may be stopped at any moment,
 * so every handler reads what it needs from here (through a normaliser) and writes back at once.
 */
export type LocalKey = 'settings' | 'profile' | 'saved' | 'seen' | 'digest';

export async function getLocal(key: LocalKey): Promise<unknown> {
  const got = await chrome.storage.local.get(key);
  return got[key];
}

export async function setLocal(key: LocalKey, value: unknown): Promise<void> {
  await chrome.storage.local.set({ [key]: value });
}

/** Per-tab results live in session storage: they survive a worker restart but not the browser's. */
export async function getSession(key: string): Promise<unknown> {
  const got = await chrome.storage.session.get(key);
  return got[key];
}

export async function setSession(key: string, value: unknown): Promise<void> {
  await chrome.storage.session.set({ [key]: value });
}
