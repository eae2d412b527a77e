/**
 * Engine figures on real call texts (the recorded sources and the relevance set, repeated with new ids; see
 * bench/lib/corpus.ts), each beside a floor or a peer measured in the same run, as a ratio:
 * - in process: cold analysis of 10,000 calls as the CLI and workers do it (each call once, straight after
 *   reading; target ≥ 20,000 calls/s), ranking, explaining every match as `score` does, heap after a forced GC;
 *   the peer is a BM25 index (cli/eval/bm25.ts, the eval's baseline) over the same texts, built and queried
 *   with the profile's priority words: index vs analysis, query vs ranking.
 * - whole process: `fundwatch score` on 10,000 and 100,000 calls through the built CLI (cli/bin.mjs, as
 *   `npm run cli` runs it, npm's own start-up excluded), against the floor of reading and JSON.parse-ing the
 *   same file in a bare node; peak RSS of each (target ≤ 3 s at 10k, 100k ≤ 10× that at ≤ 1 GB); and the 10k run
 *   once more through `npm run cli` as a user types it, npm's start-up included.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Bm25 } from '../../cli/eval/bm25.ts';
import { readCallsFile } from '../../cli/read-calls.ts';
import { analyseCall, explain, prepareProfile, rank } from '../../core/match/index.ts';
import { getSeedProfile } from '../../core/profile/seeds.ts';
import { REPO, realCalls, writeCorpus } from '../lib/corpus.ts';

const N = 10_000;
const now = new Date('2026-11-20T06:00:00Z');
const gc = (globalThis as { gc?: () => void }).gc;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const ms = (t: number) => `${t.toFixed(0)} ms`;
const heap = () => {
  gc?.();
  return process.memoryUsage().heapUsed;
};

/** Runs node with args; returns wall time and the child's own peak RSS (reported by the child at exit). */
function timed(args: string[]): { ms: number; rssKb: number; ok: boolean } {
  const report =
    'data:text/javascript,process.on("exit",()=>process.stderr.write("\\nmaxrss "+process.resourceUsage().maxRSS+"\\n"))';
  const t = performance.now();
  const r = spawnSync(process.execPath, ['--import', report, ...args], {
    cwd: REPO,
    stdio: ['ignore', 'ignore', 'pipe'],
    encoding: 'utf8',
    maxBuffer: 1 << 24,
  });
  const elapsed = performance.now() - t;
  const rss = /maxrss (\d+)/.exec(r.stderr ?? '');
  return { ms: elapsed, rssKb: rss ? Number(rss[1]) : 0, ok: r.status === 0 };
}

/** Node's flags as `npm run cli` and the bin's shebang give them. */
const CLI_FLAGS = ['--max-old-space-size=896', '--max-semi-space-size=32'];

const FLOOR = `const t=require("fs").readFileSync(process.argv[1],"utf8");let n=0;for(const l of t.split("\\n"))if(l){JSON.parse(l);n++}`;

async function inProcess(file: string): Promise<void> {
  const profile = getSeedProfile('karlskrona')!;
  const before = heap();
  let t = performance.now();
  const calls = readCallsFile(file, now);
  const readMs = performance.now() - t;
  t = performance.now();
  const analysed = calls.map(analyseCall);
  const analyseMs = performance.now() - t;
  const heapAnalysed = heap() - before;
  t = performance.now();
  const prepared = prepareProfile(profile);
  const ranked = rank(analysed, prepared, { now });
  const rankMs = performance.now() - t;
  t = performance.now();
  let bytes = 0;
  for (const r of ranked) {
    const m = r.match;
    bytes += JSON.stringify({
      id: m.callId,
      score: m.score,
      band: m.band,
      reasons: m.reasons,
      blockers: m.blockers,
    }).length;
  }
  const explainMs = performance.now() - t;
  t = performance.now();
  for (const r of ranked.slice(0, 20)) {
    explain(r.match, 'sv');
    explain(r.match, 'en');
  }
  const sentencesMs = performance.now() - t;

  // The peer, like for like: index the same text fields, query with the profile's priority words.
  const text = (c: (typeof calls)[number]) =>
    [c.title, c.summary, c.programme ?? '', ...(c.themes ?? []), ...(c.applicantTypes ?? [])].join(' ');
  t = performance.now();
  const bm25 = new Bm25(calls.map((c) => ({ id: c.id, text: text(c) })));
  const indexMs = performance.now() - t;
  const query = profile.priorities.map((p) => `${p.label.sv} ${p.label.en} ${p.terms.join(' ')}`).join(' ');
  t = performance.now();
  bm25.rank(query);
  const queryMs = performance.now() - t;
  const heapAll = heap() - before;

  const rate = Math.round(N / (analyseMs / 1000));
  console.log(`read + validate ${N} calls: ${ms(readMs)}`);
  console.log(
    `analyse ${N} calls cold (each once, as read): ${ms(analyseMs)} → ${rate.toLocaleString('en')} calls/s (target ≥ 20,000)`,
  );
  console.log(
    `  peer BM25 index of the same texts: ${ms(indexMs)} → analysis/index ratio ${(analyseMs / indexMs).toFixed(1)}×`,
  );
  console.log(
    `rank ${N} for one profile: ${ms(rankMs)}; peer BM25 query: ${ms(queryMs)} → ratio ${(rankMs / queryMs).toFixed(1)}×`,
  );
  console.log(`explain all ${N} matches as score prints them (${mb(bytes)} of JSON): ${ms(explainMs)}`);
  console.log(`explain the best 20 in sentences (sv + en): ${ms(sentencesMs)}`);
  console.log(
    `heap after forced GC${gc ? '' : ' (no --expose-gc: not forced)'}: ${mb(heapAnalysed)} for ${N} analysed calls, ${mb(heapAll)} with matches and the BM25 index`,
  );
}

/** `npm run cli -- …` as a user types it (npm's own start-up included); wall time only. */
function timedNpm(args: string[]): { ms: number; ok: boolean } {
  const t = performance.now();
  const r = spawnSync('npm', ['run', '--silent', 'cli', '--', ...args], { cwd: REPO, stdio: 'ignore' });
  return { ms: performance.now() - t, ok: r.status === 0 };
}

/** The fastest of `runs` (this machine is shared: the others' load only ever adds), failures kept. */
function best<T extends { ms: number; ok: boolean }>(runs: number, f: () => T): T {
  let out = f();
  for (let i = 1; i < runs; i++) {
    const r = f();
    if (!r.ok || (out.ok && r.ms < out.ms)) out = r;
  }
  return out;
}

function wholeProcess(files: { n: number; file: string }[]): void {
  const bin = join(REPO, 'cli/bin.mjs');
  // Warm the build check and the file cache once, so the first figure is not the one that pays for them.
  spawnSync(process.execPath, [bin, '--version'], { cwd: REPO, stdio: 'ignore' });
  let tenK = 0;
  for (const { n, file } of files) {
    // 10,000 calls: best of 3 for the run and its floor alike; 100,000: one run each (its ratio to the
    // 10,000 figure can then only come out high).
    const runs = n === 10_000 ? 3 : 1;
    const floor = best(runs, () => timed(['-e', FLOOR, file]));
    const run = best(runs, () => timed([...CLI_FLAGS, bin, 'score', '--profile', 'karlskrona', '--calls', file]));
    if (n === 10_000) tenK = run.ms;
    console.log(
      `fundwatch score, ${n.toLocaleString('en')} calls, whole process${runs > 1 ? ` (best of ${runs})` : ''}: ${s(run.ms)}${run.ok ? '' : ' FAILED'}, peak RSS ${mb(run.rssKb * 1024)}; floor (read + JSON.parse in node) ${s(floor.ms)} → ${(run.ms / floor.ms).toFixed(1)}× the floor`,
    );
    if (n === 10_000) {
      const npm = best(runs, () => timedNpm(['score', '--profile', 'karlskrona', '--calls', file]));
      console.log(
        `  the same through \`npm run cli\` (default output, npm's start-up included, best of ${runs}): ${s(npm.ms)}${npm.ok ? '' : ' FAILED'} (target ≤ 3 s, aim 2 s) → ${(npm.ms / floor.ms).toFixed(1)}× the floor`,
      );
    }
    if (n !== 10_000 && tenK)
      console.log(
        `  ${n.toLocaleString('en')} / 10,000 time ratio: ${(run.ms / tenK).toFixed(1)}× (target ≤ 10×, peak ≤ 1 GB)`,
      );
  }
  const compact = timed([
    ...CLI_FLAGS,
    bin,
    'score',
    '--profile',
    'karlskrona',
    '--calls',
    files[0].file,
    '--explain',
    '20',
    '--format',
    'compact',
  ]);
  console.log(
    `fundwatch score --explain 20 --format compact, 10,000 calls: ${s(compact.ms)}, peak RSS ${mb(compact.rssKb * 1024)}`,
  );
}

export async function run(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'fw-bench-'));
  try {
    const base = realCalls();
    const f10 = join(dir, 'calls-10k.jsonl');
    const f100 = join(dir, 'calls-100k.jsonl');
    writeCorpus(f10, N);
    console.log(`calls: ${base.length} real ones (recorded sources + relevance set) repeated with new ids`);
    console.log(`machine: ${availableParallelism()} cores, load average ${loadavg()[0].toFixed(1)}`);
    await inProcess(f10);
    const quick = process.env.BENCH_QUICK === '1';
    if (!quick) writeCorpus(f100, 100_000);
    wholeProcess(
      quick
        ? [{ n: N, file: f10 }]
        : [
            { n: N, file: f10 },
            { n: 100_000, file: f100 },
          ],
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await run();
