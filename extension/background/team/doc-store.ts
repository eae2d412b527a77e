import * as Y from 'yjs';
import { fromBase64, toBase64 } from '../../../core/doc-link/base64.ts';

/**
 * The extension's copy of a team document (or of the one computer's own, `local`), kept in chrome.storage.local
 * as one encoded Yjs state: every save writes the whole state, so the stored copy is always compacted and a
 * half-written save cannot exist (chrome.storage writes a key atomically). The worker may be stopped at any moment:
 * a change made here is saved before the handler that made it answers (flush); changes from the server or the app
 * are saved as they arrive and, if lost with a stopped worker, come back at the next sync.
 */
export interface StoredDoc {
  name: string;
  doc: Y.Doc;
  /** Resolves when every change so far is in storage. */
  flush(): Promise<void>;
}

const key = (name: string) => `doc:${name}`;
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

async function open(name: string): Promise<StoredDoc> {
  const doc = new Y.Doc();
  const got = (await chrome.storage.local.get(key(name)))[key(name)];
  if (typeof got === 'string' && got) {
    try {
      Y.applyUpdate(doc, fromBase64(got), 'storage');
    } catch (err) {
      // Keep the damaged copy under another key for support, and start from what the server or app has.
      console.error(`fundwatch: stored document ${name} unreadable`, err);
      await chrome.storage.local.set({ [`${key(name)}:damaged`]: got });
    }
  }
  let chain: Promise<void> = Promise.resolve();
  let queued = false;
  const save = () => {
    if (queued) return chain;
    queued = true;
    chain = chain.then(async () => {
      queued = false;
      await chrome.storage.local.set({ [key(name)]: toBase64(Y.encodeStateAsUpdate(doc)) });
    });
    chain.catch((err) => console.error(`fundwatch: saving document ${name} failed`, err));
    return chain;
  };
  doc.on('update', (_u: Uint8Array, origin: unknown) => {
    if (origin !== 'storage') void save();
  });
  return { name, doc, flush: () => chain.catch(() => undefined) };
}

/** Forgets a document (leaving a team): the stored copy goes, the in-memory one is dropped. */
export async function forgetDoc(name: string): Promise<void> {
  const p = loaded.get(name);
  loaded.delete(name);
  if (p) (await p.catch(() => undefined))?.doc.destroy();
  await chrome.storage.local.remove(key(name));
}
