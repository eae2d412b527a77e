/**
 * Sources figures: parse throughput per source on its recorded fixtures, and one full offline ingest
 * (read fixtures → parse every source → merge into the store → snapshot JSON), target ≤ 2 s.
 */
import { fixtureInputs } from '../../cli/fetch/offline.ts';
import { runFetch } from '../../cli/fetch/run.ts';
import { snapshotToJson } from '../../cli/store-file.ts';
import { getSource, parseResponses, SOURCE_IDS } from '../../core/sources/registry.ts';

const MIN_MS = 300;

function perSource(id: string) {
  const inputs = fixtureInputs(id);
  const bytes = inputs.reduce((n, i) => n + i.body.length, 0);
  const source = getSource(id);
  parseResponses(source, inputs); // warm up
  let runs = 0;
  let calls = 0;
  const start = performance.now();
  while (performance.now() - start < MIN_MS) {
    calls += parseResponses(source, inputs).length;
    runs++;
  }
  const ms = performance.now() - start;
  return { id, ms: ms / runs, callsPerS: (calls / ms) * 1000, mbPerS: (bytes * runs) / 1e6 / (ms / 1000), bytes };
}

export async function run(): Promise<void> {
  console.log('parse throughput per source (recorded fixtures, one fetch = all responses of the source):');
  console.log(
    `${'source'.padEnd(26)}${'KB'.padStart(7)}${'ms/fetch'.padStart(10)}${'calls/s'.padStart(10)}${'MB/s'.padStart(8)}`,
  );
  for (const id of SOURCE_IDS) {
    const r = perSource(id);
    console.log(
      `${r.id.padEnd(26)}${(r.bytes / 1024).toFixed(1).padStart(7)}${r.ms.toFixed(2).padStart(10)}${Math.round(r.callsPerS).toString().padStart(10)}${r.mbPerS.toFixed(1).padStart(8)}`,
    );
  }
  const times: number[] = [];
  let calls = 0;
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    const result = await runFetch({ sourceIds: SOURCE_IDS, offline: true, now: new Date('2026-11-20T06:00:00Z') });
    snapshotToJson(result.snapshot);
    times.push(performance.now() - t0);
    calls = result.snapshot.calls.length;
  }
  const first = times[0];
  const best = Math.min(...times);
  console.log(
    `full offline ingest (${SOURCE_IDS.length} sources, ${calls} calls): first ${first.toFixed(0)} ms, best of 5 ${best.toFixed(0)} ms (target ≤ 2000 ms) ${first <= 2000 ? 'OK' : 'OVER TARGET'}`,
  );
}

if (process.argv[1]?.endsWith('bench/sections/sources.ts')) await run();
