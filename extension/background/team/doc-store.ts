import * as Y from 'yjs';
import { fromBase64, toBase64 } from '../../../core/doc-link/base64.ts';

/**
 * The extension's copy of a team document (or of the one computer's own, `local`) in chrome.storage.local, stored
 * as a snapshot plus the updates made since:
 *
 *   doc:<name>          the snapshot: one encoded Yjs state (the only key the earlier format had; still read as is)
 *   doc:<name>:u:<n>    one save: the Yjs updates made since the previous save, merged
 *
 * A save writes only its own update (O(change), not the 1.5 MB of a 1,000-entry watchlist). Past a threshold, or
 * when the worker is idle after a few saves, the parts are compacted: the whole state is written as the snapshot,
 * then the parts it covers are removed.
 *
 * Crash safety: chrome.storage writes each key atomically, and Yjs updates apply in any order and any number of times
 * with the same result. A save is acknowledged (flush resolves) only once its key is written, so a worker stopped at
 * any moment leaves every acknowledged change in some key: in its part, or in a snapshot written before the part was
 * removed (killed between the two steps, both are there, and applying both is harmless). Loading applies the snapshot
 * and every part there is. A save that fails (quota) keeps its changes for the next save instead of dropping them.
 * Changes from the server or the app are saved as they arrive and, if lost with a stopped worker, come back at the
 * next sync.
 */
export interface StoredDoc {
  name: string;
  doc: Y.Doc;
  /** Resolves when every change so far is in storage; rejects when the last save failed (its changes are retried). */
  flush(): Promise<void>;
}

/** Compact when this many parts are stored … */
export const COMPACT_PARTS = 400;
/** … or when the parts hold more than this share of the snapshot's size (at least COMPACT_MIN_BYTES). */
const COMPACT_SHARE = 0.5;
const COMPACT_MIN_BYTES = 64 * 1024;
/** Idle this long after a save with at least IDLE_PARTS parts stored: compact (well inside Chrome's 30 s idle stop). */
const IDLE_MS = 5000;
const IDLE_PARTS = 100;

export const snapshotKey = (name: string) => `doc:${name}`;
const partPrefix = (name: string) => `doc:${name}:u:`;
const loaded = new Map<string, Promise<StoredDoc>>();

export function loadDoc(name: string): Promise<StoredDoc> {
  let p = loaded.get(name);
  if (!p) {
    p = open(name);
    loaded.set(name, p);
    p.catch(() => loaded.delete(name));
  }
  return p;
}

async function storedKeys(): Promise<string[]> {
  const area = chrome.storage.local as chrome.storage.StorageArea & { getKeys?: () => Promise<string[]> };
  // getKeys (Chrome 130) lists keys without reading every value.
  return typeof area.getKeys === 'function' ? area.getKeys() : Object.keys(await area.get(null));
}

async function partKeys(name: string): Promise<string[]> {
  const prefix = partPrefix(name);
  return (await storedKeys()).filter((k) => k.startsWith(prefix) && /^[0-9a-z]+$/.test(k.slice(prefix.length)));
}

/** Reads the snapshot and every part; a damaged one is moved aside to `<key>:damaged` and the rest still loads. */
async function read(name: string, doc: Y.Doc) {
  const keys = await partKeys(name);
  const got = await chrome.storage.local.get([snapshotKey(name), ...keys]);
  const parts = new Map<string, number>();
  let snapshotBytes = 0;
  let next = 0;
  const apply = async (key: string, value: unknown): Promise<boolean> => {
    if (typeof value !== 'string' || !value) return false;
    try {
      Y.applyUpdate(doc, fromBase64(value), 'storage');
      return true;
    } catch (err) {
      // Kept for support; the document goes on from what the server or the app has.
      console.error(`fundwatch: stored document part ${key} unreadable`, err);
      await chrome.storage.local.set({ [`${key}:damaged`]: value });
      await chrome.storage.local.remove(key);
      return false;
    }
  };
  const snapshot = got[snapshotKey(name)];
  if (await apply(snapshotKey(name), snapshot)) snapshotBytes = (snapshot as string).length;
  for (const key of keys) {
    const value = got[key];
    next = Math.max(next, Number.parseInt(key.slice(partPrefix(name).length), 36) + 1);
    if (await apply(key, value)) parts.set(key, (value as string).length);
  }
  return { parts, snapshotBytes, next };
}

async function open(name: string): Promise<StoredDoc> {
  const doc = new Y.Doc();
  const state = await read(name, doc);
  /** Stored parts (key → bytes) whose updates are all in `doc`. */
  const parts = state.parts;
  let snapshotBytes = state.snapshotBytes;
  let next = state.next;
  let pending: Uint8Array[] = [];
  let chain: Promise<void> = Promise.resolve();
  let queued = false;
  let idle: ReturnType<typeof setTimeout> | undefined;

  // The parts stay until a later compaction succeeds: nothing is lost, only space.
  const compactFailed = (err: unknown) => console.error(`fundwatch: compacting document ${name} failed`, err);
  const partBytes = () => [...parts.values()].reduce((a, b) => a + b, 0);
  const due = () =>
    parts.size >= COMPACT_PARTS || partBytes() > Math.max(COMPACT_MIN_BYTES, snapshotBytes * COMPACT_SHARE);

  /** The whole state as the snapshot, then the parts it covers go (in that order: see the crash argument above). */
  const compact = async () => {
    clearTimeout(idle);
    if (parts.size === 0) return;
    const covered = [...parts.keys()];
    const snapshot = toBase64(Y.encodeStateAsUpdate(doc));
    await chrome.storage.local.set({ [snapshotKey(name)]: snapshot });
    snapshotBytes = snapshot.length;
    await chrome.storage.local.remove(covered);
    for (const k of covered) parts.delete(k);
  };

  const writePart = async () => {
    queued = false;
    const updates = pending;
    pending = [];
    if (updates.length === 0) return;
    const value = toBase64(updates.length === 1 ? updates[0] : Y.mergeUpdates(updates));
    const key = `${partPrefix(name)}${(next++).toString(36)}`;
    try {
      await chrome.storage.local.set({ [key]: value });
    } catch (err) {
      // Not stored: keep the changes for the next save.
      pending = [...updates, ...pending];
      throw err;
    }
    parts.set(key, value.length);
    if (due()) await compact().catch(compactFailed);
    else if (parts.size >= IDLE_PARTS) {
      clearTimeout(idle);
      idle = setTimeout(() => {
        chain = chain.catch(() => undefined).then(() => compact().catch(compactFailed));
      }, IDLE_MS);
    }
  };

  const save = () => {
    if (queued) return chain;
    queued = true;
    chain = chain.catch(() => undefined).then(writePart);
    chain.catch((err) => console.error(`fundwatch: saving document ${name} failed`, err));
    return chain;
  };
  doc.on('update', (update: Uint8Array, origin: unknown) => {
    if (origin === 'storage') return;
    pending.push(update);
    void save();
  });
  // A failed save rejects here, so the handler that made the change answers with the error instead of "saved".
  return { name, doc, flush: () => chain };
}

/** Forgets a document (leaving a team): the stored copy goes, the in-memory one is dropped. */
export async function forgetDoc(name: string): Promise<void> {
  const p = loaded.get(name);
  loaded.delete(name);
  if (p) (await p.catch(() => undefined))?.doc.destroy();
  await chrome.storage.local.remove([snapshotKey(name), ...(await partKeys(name))]);
}
