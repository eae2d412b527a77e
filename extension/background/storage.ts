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

/**
 * chrome.storage has no transactions: two handlers that read a list, add to it and write it back at the
 * same moment lose one of the two writes. Every read-modify-write of a key goes through this queue, one
 * after the other, on the raw stored value (so entries this version cannot read are written back as they
 * were). The worker is one instance per profile, so an in-memory queue orders all writers; the queue sits
 * in front of whatever the storage is.
 */
const queues = new Map<LocalKey, Promise<unknown>>();

export function updateLocal<T>(key: LocalKey, update: (raw: unknown) => { value: unknown; result: T }): Promise<T> {
  const run = async (): Promise<T> => {
    const { value, result } = update(await getLocal(key));
    await setLocal(key, value);
    return result;
  };
  const prev = queues.get(key) ?? Promise.resolve();
  const next = prev.then(run, run);
  const settled = next.catch(() => undefined);
  queues.set(key, settled);
  settled.then(() => {
    if (queues.get(key) === settled) queues.delete(key);
  });
  return next;
}

/** Per-tab results live in session storage: they survive a worker restart but not the browser's. */
export async function getSession(key: string): Promise<unknown> {
  const got = await chrome.storage.session.get(key);
  return got[key];
}

export async function setSession(key: string, value: unknown): Promise<void> {
  await chrome.storage.session.set({ [key]: value });
}
