import { normaliseCall } from '../../core/model/normalise-call.ts';
import { DISCOVERY_SOURCES, getPlan, getSource, parseResponses } from '../../core/sources/registry.ts';
import type { SourceInput } from '../../core/sources/types.ts';
import { type MergeResult, mergeFetch, type SourceResult, type SourceSummary } from '../../core/store/merge.ts';
import type { Snapshot } from '../../core/store/snapshot.ts';
import { readSnapshotFile, withStoreLock, writeSnapshotFile } from '../store-file.ts';
import type { HttpOptions } from './http.ts';
import { fetchPlan } from './live.ts';
import { fixtureInputs } from './offline.ts';
import { withFeedItems } from './rss.ts';

export interface FetchRunOptions {
  /** Source ids to fetch (`sources` is accepted as an alias). */
  sourceIds?: readonly string[];
  sources?: readonly string[];
  offline: boolean;
  now: Date;
  /**
   * The store file. When given, the fetch is merged into it under its lock: the file is re-read after the
   * (slow) fetching, merged and written atomically, so concurrent runs lose nothing.
   */
  storePath?: string;
  /** How to name the store in errors (the path as the user gave it); defaults to storePath. */
  storeName?: string;
  /** Without storePath: the snapshot to merge into (pure use, tests). */
  previous?: Snapshot;
  /** Sources whose empty or much smaller answer is accepted this run. */
  acceptShrink?: readonly string[];
  http?: HttpOptions;
  fixturesDir?: string;
  /** Where responses come from; defaults to the fixtures (offline) or the live plan. Tests inject servers here. */
  loadInputs?: (sourceId: string) => Promise<SourceInput[]>;
  /** Called once per source as soon as it is fetched and parsed (before the merge), e.g. for a progress line. */
  onSource?: (result: SourceResult) => void;
}

/** What a fetch run did, per source; `ok` is false when any source failed or was suspect. */
export interface FetchReport extends MergeResult {
  ok: boolean;
  /** True when the store file was written. */
  wrote: boolean;
}

export type { SourceSummary };

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Fetches and parses one source; never throws: a failure becomes a named, skipped result. */
export async function runSource(id: string, opts: FetchRunOptions): Promise<SourceResult> {
  try {
    const source = getSource(id);
    const load =
      opts.loadInputs ??
      (async (sid: string) =>
        opts.offline
          ? fixtureInputs(sid, opts.fixturesDir)
          : withFeedItems(await fetchPlan(getPlan(sid), opts.now, opts.http), sid));
    const inputs = await load(id);
    // Every call through the model's gate here, so one impossible date (a funder API's 2026-02-30) fails this
    // source by name and keeps its previous calls, instead of failing the whole merge.
    const calls = parseResponses(source, inputs).map((c) => normaliseCall(c, { file: id, position: c.id }, opts.now));
    const fetchedAt =
      inputs
        .map((i) => i.fetchedAt)
        .sort()
        .pop() ?? opts.now.toISOString();
    return { id, ok: true, calls, fetchedAt };
  } catch (error) {
    return { id, ok: false, error: message(error), attemptedAt: opts.now.toISOString() };
  }
}

/**
 * Fetches every requested source (one after the other: polite to funders, and the machine has 2 cores), then
 * merges. With `storePath`, the merge happens under the store's lock on a fresh read of the file; a bad store
 * file throws InputError before anything is written. Importable without side effects (the server calls it).
 */
export async function runFetch(opts: FetchRunOptions): Promise<FetchReport> {
  const ids = opts.sourceIds ?? opts.sources ?? [];
  const results: SourceResult[] = [];
  for (const id of ids) {
    const r = await runSource(id, opts);
    opts.onSource?.(r);
    results.push(r);
  }
  const mergeOpts = { discovery: DISCOVERY_SOURCES, acceptShrink: new Set(opts.acceptShrink ?? []) };
  const report = (m: MergeResult, wrote: boolean): FetchReport => ({
    ...m,
    ok: m.summary.every((s) => s.ok),
    wrote,
  });
  const { storePath } = opts;
  if (!storePath) return report(mergeFetch(opts.previous, results, opts.now, mergeOpts), false);
  const shown = opts.storeName ?? storePath;
  return withStoreLock(
    storePath,
    () => {
      const previous = readSnapshotFile(storePath, opts.now, shown);
      const merged = mergeFetch(previous, results, opts.now, mergeOpts);
      writeSnapshotFile(storePath, merged.snapshot, shown);
      return report(merged, true);
    },
    shown,
  );
}
