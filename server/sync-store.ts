import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import * as wsUtils from '@y/websocket-server/utils';
import { Level } from 'level';
import { LeveldbPersistence } from 'y-leveldb';
import * as Y from 'yjs';

/** Marks the load of the stored state, so it is not written back as a new update. */
const FROM_DISK = Symbol('fundwatch:from-disk');

export class StoreLockedError extends Error {}

/** Team documents held in memory right now (one per team with a client connected). */
export function loadedTeams(): number {
  return wsUtils.docs.size;
}

/**
 * The team documents on disk (DATA/teams-ydb, LevelDB through y-leveldb) plugged into @y/websocket-server as its
 * persistence. Updates from clients are written by the sync layer *before* they are applied (see sync.ts);
 * this binding writes the server's own changes (e.g. the feed updating watched calls) and loads documents.
 */
export class SyncStore {
  readonly ldb: LeveldbPersistence;
  private db: Level<unknown, unknown> | undefined;
  private loaded = new WeakMap<Y.Doc, Promise<void>>();
  /** Transaction origins whose updates the sync layer has already stored. */
  readonly clientOrigins = new WeakSet<object>();
  /** Bytes of each loaded team's document: its stored state when loaded plus every client update since. */
  private bytes = new Map<string, number>();

  constructor(dataDir: string) {
    const dir = join(dataDir, 'teams-ydb');
    mkdirSync(dir, { recursive: true });
    const self = this;
    // Keep a handle on the LevelDB instance to open it eagerly: a second server on the same folder fails at
    // start with a clear message instead of on the first write.
    function CapturingLevel(location: string, options: object) {
      self.db = new Level(location, options);
      return self.db;
    }
    this.ldb = new LeveldbPersistence(dir, { Level: CapturingLevel });
  }

  async open(): Promise<void> {
    try {
      await this.db?.open();
    } catch (error) {
      const cause = (error as { cause?: { code?: string } }).cause;
      if (cause?.code === 'LEVEL_LOCKED' || /lock/i.test(String((error as Error).message)))
        throw new StoreLockedError('the sync store is in use by another Fundwatch server (same --data folder)');
      throw error;
    }
    wsUtils.setPersistence({
      provider: this.ldb,
      bindState: (name, doc) => {
        // Registered before loading, so a server-side change during the load is not missed.
        doc.on('update', (update: Uint8Array, origin: unknown) => {
          if (origin === FROM_DISK || (typeof origin === 'object' && origin && this.clientOrigins.has(origin))) return;
          void this.ldb.storeUpdate(name, update);
        });
        const load = this.ldb.getYDoc(name).then((stored) => {
          if (!stored) throw new Error(`could not read team document "${name}" from the store`);
          const state = Y.encodeStateAsUpdate(stored);
          this.bytes.set(name, state.byteLength);
          Y.applyUpdate(doc, state, FROM_DISK);
          stored.destroy();
        });
        load.catch(() => {});
        this.loaded.set(doc, load);
      },
      // Last client left: merge the document's updates into one record (crash-safe: merged first, old after).
      writeState: (name) => this.ldb.flushDocument(name),
    });
  }

  /**
   * Whether a client update of `size` bytes keeps the team's document within `max` bytes; counted when it does.
   * Each message has its own limit (ws maxPayload), but many of them could otherwise grow a document, the disk
   * and every member's device without bound.
   */
  admit(team: string, size: number, max: number): boolean {
    const now = this.bytes.get(team) ?? 0;
    if (now + size > max) return false;
    this.bytes.set(team, now + size);
    return true;
  }

  /** Stores one client update; false when the store refused it (never applied then). */
  async storeClientUpdate(team: string, update: Uint8Array): Promise<boolean> {
    const clock = await this.ldb.storeUpdate(team, update);
    return typeof clock === 'number';
  }

  /** The live document of a team, loaded from disk first. */
  async doc(team: string): Promise<wsUtils.WSSharedDoc> {
    for (;;) {
      const doc = wsUtils.getYDoc(team);
      await this.loaded.get(doc);
      // The last client may have left (unloading it) while we waited: then load again.
      if (wsUtils.docs.get(team) === doc) return doc;
    }
  }

  /**
   * Runs a server-side change on a team's document (stored through the binding above), waits until it is on
   * disk, and unloads the document again when no client holds it.
   */
  async change(team: string, fn: (doc: Y.Doc) => void, origin: object = {}): Promise<void> {
    const doc = await this.doc(team);
    doc.transact(() => fn(doc), origin);
    await this.ldb.flushDocument(team);
    if (doc.conns.size === 0 && wsUtils.docs.get(team) === doc) {
      wsUtils.docs.delete(team);
      doc.destroy();
    }
  }

  /** A read-only copy of a team's state (for digests), without keeping it loaded. */
  async read(team: string): Promise<Y.Doc> {
    const live = wsUtils.docs.get(team);
    if (live) {
      await this.loaded.get(live);
      const copy = new Y.Doc();
      Y.applyUpdate(copy, Y.encodeStateAsUpdate(live));
      return copy;
    }
    const stored = await this.ldb.getYDoc(team);
    return stored ?? new Y.Doc();
  }

  async close(): Promise<void> {
    await this.ldb.destroy();
  }
}
