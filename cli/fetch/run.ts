import { DISCOVERY_SOURCES, getPlan, getSource, parseResponses } from '../../core/sources/registry.ts';
import type { SourceInput } from '../../core/sources/types.ts';
import { type MergeResult, mergeFetch, type SourceResult } from '../../core/store/merge.ts';
import type { Snapshot } from '../../core/store/snapshot.ts';
import type { HttpOptions } from './http.ts';
import { fetchPlan } from './live.ts';
import { fixtureInputs } from './offline.ts';
import { withFeedItems } from './rss.ts';

export interface FetchRunOptions {
  sourceIds: readonly string[];
  offline: boolean;
  previous?: Snapshot;
  now: Date;
  http?: HttpOptions;
  fixturesDir?: string;
  /** Where responses come from; defaults to the fixtures (offline) or the live plan. Tests inject servers here. */
  loadInputs?: (sourceId: string) => Promise<SourceInput[]>;
}

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
    const calls = parseResponses(source, inputs);
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

/** Every requested source, one after the other (polite to funders, and the machine has 2 cores). */
export async function runFetch(opts: FetchRunOptions): Promise<MergeResult> {
  const results: SourceResult[] = [];
  for (const id of opts.sourceIds) results.push(await runSource(id, opts));
  return mergeFetch(opts.previous, results, opts.now, DISCOVERY_SOURCES);
}
