import { createHash } from 'node:crypto';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { FetchCache } from '../cli/fetch/cache.ts';
import { runFetch } from '../cli/fetch/run.ts';
import { readSnapshotFile, withStoreLock, writeSnapshotFile } from '../cli/store-file.ts';
import { SOURCE_IDS } from '../core/sources/registry.ts';
import type { CallChange } from '../core/store/changes.ts';
import type { SourceSummary } from '../core/store/merge.ts';
import { emptySnapshot, type Snapshot } from '../core/store/snapshot.ts';
import { ROOT } from './app-build.ts';
import type { Logger } from './log.ts';
import { parseOriginMap, rewritingFetch } from './source-origins.ts';

export const BUNDLED_SNAPSHOT = join(ROOT, 'data/snapshot/calls.json');

/** The /api/calls answer, rendered once per fetch: body, its gzip and its ETag. */
export interface CallsBody {
  json: Buffer;
  gzip: Buffer;
  etag: string;
}

export interface FetchOutcome {
  snapshot: Snapshot;
  changes: CallChange[];
  summary: SourceSummary[];
}

export interface CallsStoreOptions {
  dataDir: string;
  offline: boolean;
  sources?: readonly string[];
  log: Logger;
  /** Per-request timeout for live fetches. */
  timeoutMs?: number;
  /** Called after every fetch that wrote the store (e.g. watched calls follow the feed). */
  onFetched?: (outcome: FetchOutcome) => Promise<void> | void;
  fetchImpl?: typeof fetch;
}

/** The API's view of a snapshot: what the app needs to show calls, their age and each source's state. */
export function callsResponse(s: Snapshot): unknown {
  return { fetchedAt: s.generatedAt, calls: s.calls, sources: s.sources, history: s.history ?? [] };
}

export function renderCalls(s: Snapshot): CallsBody {
  const json = Buffer.from(JSON.stringify(callsResponse(s)));
  const etag = `"${createHash('sha256').update(json).digest('base64url').slice(0, 27)}"`;
  return { json, gzip: gzipSync(json), etag };
}

/**
 * The call store in DATA/calls.json (with its change history), seeded from the bundled snapshot on first start,
 * refreshed by `refresh()` through the CLI's fetch library. One fetch at a time; a failing source keeps its calls.
 */
export class CallsStore {
  readonly file: string;
  private snapshot: Snapshot = emptySnapshot(new Date(0));
  private body: CallsBody = renderCalls(this.snapshot);
  private running: Promise<FetchOutcome> | undefined;

  constructor(private readonly opts: CallsStoreOptions) {
    mkdirSync(opts.dataDir, { recursive: true });
    this.file = join(opts.dataDir, 'calls.json');
  }

  /** Reads the store, seeding it from the bundled snapshot on first start. */
  async open(): Promise<void> {
    const { opts } = this;
    await withStoreLock(this.file, () => {
      if (existsSync(this.file)) return;
      const bundled = readSnapshotFile(BUNDLED_SNAPSHOT);
      if (!bundled) return;
      writeSnapshotFile(this.file, bundled);
      opts.log('calls', 'seeded the store from the bundled snapshot', { file: this.file });
    });
    this.snapshot = readSnapshotFile(this.file) ?? emptySnapshot(new Date());
    this.body = renderCalls(this.snapshot);
  }

  current(): Snapshot {
    return this.snapshot;
  }

  rendered(): CallsBody {
    return this.body;
  }

  /** Runs one fetch (or joins the one running) and stores the result. */
  refresh(now = new Date()): Promise<FetchOutcome> {
    this.running ??= this.fetchOnce(now).finally(() => {
      this.running = undefined;
    });
    return this.running;
  }

  private async fetchOnce(now: Date): Promise<FetchOutcome> {
    const { opts } = this;
    const started = Date.now();
    const cache = opts.offline ? undefined : new FetchCache(join(opts.dataDir, '.fetch-cache.json'));
    // Merged under the store's lock on a fresh read: `fundwatch fetch --out DATA/calls.json` may write too.
    const result = await runFetch({
      sourceIds: opts.sources ?? SOURCE_IDS,
      offline: opts.offline,
      storePath: this.file,
      now,
      http: {
        cache,
        timeoutMs: opts.timeoutMs ?? 20_000,
        retries: 1,
        fetchImpl: opts.fetchImpl ?? rewritingFetch(parseOriginMap(process.env.FUNDWATCH_SOURCE_ORIGINS)),
      },
    });
    cache?.save();
    this.snapshot = result.snapshot;
    this.body = renderCalls(result.snapshot);
    const failed = result.summary.filter((s) => !s.ok);
    opts.log('fetch', `${result.summary.length - failed.length}/${result.summary.length} sources ok`, {
      calls: result.snapshot.calls.length,
      changes: result.changes.length,
      ms: Date.now() - started,
      failed: failed.map((f) => `${f.id}: ${f.error}`).join('; ') || undefined,
    });
    const outcome = { snapshot: result.snapshot, changes: result.changes, summary: result.summary };
    try {
      await opts.onFetched?.(outcome);
    } catch (error) {
      opts.log('fetch', 'after-fetch step failed', { error: error instanceof Error ? error.message : String(error) });
    }
    return outcome;
  }
}
