import { dirname, join, resolve } from 'node:path';
import { InputError } from '../../core/model/errors.ts';
import { getSource, SOURCE_IDS } from '../../core/sources/registry.ts';
import type { SourceSummary } from '../../core/store/merge.ts';
import { instantFlag, parseFlags } from '../args.ts';
import { FetchCache } from '../fetch/cache.ts';
import { readManifest } from '../fetch/offline.ts';
import { runFetch, runSource } from '../fetch/run.ts';
import type { CliIo, Command } from '../io.ts';
import { EXIT_FAILED, EXIT_OK } from '../io.ts';
import { checkStorePath, readSnapshotFile } from '../store-file.ts';

function options(args: string[]) {
  return parseFlags(args, {
    offline: { type: 'boolean' },
    sources: { type: 'string' },
    out: { type: 'string' },
    'live-check': { type: 'boolean' },
    now: { type: 'string' },
    cache: { type: 'string' },
    timeout: { type: 'string' },
    json: { type: 'boolean' },
    'accept-shrink': { type: 'string' },
  });
}

function sourceList(arg: string | undefined): string[] {
  if (!arg) return [...SOURCE_IDS];
  const ids = arg
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  for (const id of ids) getSource(id);
  return ids;
}

function status(r: SourceSummary): string {
  if (r.ok) return 'ok';
  return `${r.problem === 'fetch-failed' ? 'ERROR' : `SUSPECT (${r.problem})`}, kept previous calls: ${r.error}`;
}

function table(rows: SourceSummary[]): string {
  const head = `${'source'.padEnd(26)}${'calls'.padStart(6)}${'new'.padStart(6)}${'changed'.padStart(9)}${'withdrawn'.padStart(11)}  status`;
  const lines = rows.map(
    (r) =>
      `${r.id.padEnd(26)}${String(r.calls).padStart(6)}${String(r.new).padStart(6)}${String(r.changed).padStart(9)}${String(r.withdrawn).padStart(11)}  ${status(r)}`,
  );
  return [head, ...lines].join('\n');
}

/**
 * `fetch [--offline] [--sources a,b] [--out data/calls.json] [--now ISO] [--json] [--accept-shrink a,b] [--live-check]`.
 * Offline reads the recorded fixtures and, unless --now is given, takes the newest fixture time as "now", so
 * the bundled snapshot is reproducible.
 */
export const run: Command = async (args: string[], io: CliIo) => {
  const v = options(args);
  const ids = sourceList(v.sources);
  const timeoutMs = v.timeout ? Number(v.timeout) * 1000 : 20_000;
  if (!Number.isFinite(timeoutMs) || timeoutMs <= 0) throw new InputError('expected seconds', {}, 'timeout');
  if (v['live-check']) return liveCheck(ids, io, timeoutMs);

  let now: Date;
  if (v.now) {
    now = instantFlag(v.now, 'now');
  } else if (v.offline) {
    now = new Date(
      ids
        .map((id) => readManifest(id).fetchedAt)
        .sort()
        .pop() ?? Date.now(),
    );
  } else now = new Date();

  const shown = v.out ?? 'data/calls.json';
  const out = resolve(io.cwd, shown);
  // Refuse a bad or unwritable store before fetching anything (it is read again, under the lock, for the merge).
  checkStorePath(out, shown);
  readSnapshotFile(out, now, shown);
  const cache = v.offline
    ? undefined
    : new FetchCache(resolve(io.cwd, v.cache ?? join(dirname(out), '.fetch-cache.json')));
  const progress = io.stderrIsTTY && !v.json;
  const result = await runFetch({
    sourceIds: ids,
    offline: Boolean(v.offline),
    storePath: out,
    storeName: shown,
    now,
    http: { cache, timeoutMs },
    acceptShrink: v['accept-shrink'] ? sourceList(v['accept-shrink']) : [],
    onSource: progress
      ? (r) => io.stderr(`${r.id}: ${r.ok ? `${r.calls.length} calls` : `failed: ${r.error}`}\n`)
      : undefined,
  });
  cache?.save();
  if (v.json) {
    io.stdout(
      `${JSON.stringify({ ok: result.ok, store: shown, calls: result.snapshot.calls.length, changes: result.changes.length, sources: result.summary })}\n`,
    );
  } else {
    io.stdout(`${table(result.summary)}\n`);
    io.stdout(`wrote ${shown}: ${result.snapshot.calls.length} calls, ${result.changes.length} changes\n`);
  }
  const failed = result.summary.filter((s) => !s.ok);
  if (failed.length)
    io.stderr(
      `fundwatch fetch: ${failed.length} source(s) not updated: ${failed.map((f) => `${f.id} (${f.problem})`).join(', ')}\n`,
    );
  return failed.length ? EXIT_FAILED : EXIT_OK;
};

/** `npm run live-check`: fetch each source live and report, without writing anything. */
async function liveCheck(ids: string[], io: CliIo, timeoutMs: number): Promise<number> {
  const now = new Date();
  let failures = 0;
  io.stdout(`live check of ${ids.length} source(s) (network needed)\n`);
  for (const id of ids) {
    const r = await runSource(id, {
      sourceIds: [id],
      offline: false,
      now,
      http: { timeoutMs, retries: 1, backoffMs: 500 },
    });
    if (r.ok) io.stdout(`${id.padEnd(26)} ok     ${r.calls.length} calls\n`);
    else {
      failures++;
      io.stdout(`${id.padEnd(26)} FAILED ${r.error}\n`);
    }
  }
  io.stdout(`${ids.length - failures}/${ids.length} sources ok\n`);
  return failures ? EXIT_FAILED : EXIT_OK;
}
