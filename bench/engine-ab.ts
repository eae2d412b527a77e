/**
 * Analysis speed of two versions of the engine: a steadier comparison than two `bench engine` runs on this shared
 * machine, where runs of the same code differ by 1.5×.
 *
 * Both versions of core/match/index.ts are bundled (esbuild, as the CLI ships the engine) — the base from a git
 * ref, the other from the working tree. Each round runs each version in a fresh process of its own, the order swapped
 * every round: the process reads the same 10,000 bench calls (bench/lib/corpus.ts, read and validated once by this
 * script), analyses them once to warm up, and then once more straight after a forced GC. What is measured is that
 * process's CPU time (user + system) for the second pass, so time lost waiting for a core does not count. Two
 * bundles in one process measured the one loaded second as up to 1.3× slower with identical code (shared JIT and
 * heap state), hence a process each. Prints each version's median and the ratio of medians (and the median of
 * per-round ratios).
 *
 *   node --import tsx bench/engine-ab.ts [base-ref=main] [rounds=20]
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { readCallsFile } from '../cli/read-calls.ts';
import { REPO, writeCorpus } from './lib/corpus.ts';

const base = process.argv[2] ?? 'main';
const rounds = Number(process.argv[3] ?? 20);
const N = 10_000;
const now = new Date('2026-11-20T06:00:00Z');

/** One measured pass of one bundle, in a process of its own: prints the CPU milliseconds of the second pass. */
const CHILD = `
const [bundle, callsFile] = process.argv.slice(2);
const calls = JSON.parse(require('node:fs').readFileSync(callsFile, 'utf8'));
import(require('node:url').pathToFileURL(bundle).href).then((e) => {
  for (const c of calls) e.analyseCall(c);
  globalThis.gc();
  const t = process.cpuUsage();
  for (const c of calls) e.analyseCall(c);
  const d = process.cpuUsage(t);
  console.log((d.user + d.system) / 1000);
});
`;

const dir = mkdtempSync(join(tmpdir(), 'fw-engine-ab-'));
try {
  // The base version's sources as committed, beside this checkout's node_modules.
  const baseSrc = join(dir, 'base');
  execFileSync(
    'sh',
    ['-c', `mkdir -p "${baseSrc}" && git archive "${base}" core tsconfig.base.json | tar -x -C "${baseSrc}"`],
    {
      cwd: REPO,
    },
  );
  symlinkSync(join(REPO, 'node_modules'), join(baseSrc, 'node_modules'));
  const bundle = (root: string, name: string): string => {
    const out = join(dir, `${name}.mjs`);
    execFileSync(
      join(REPO, 'node_modules/.bin/esbuild'),
      [
        join(root, 'core/match/index.ts'),
        '--bundle',
        '--format=esm',
        '--platform=node',
        '--log-level=warning',
        `--outfile=${out}`,
      ],
      { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] },
    );
    return out;
  };
  const engines: [string, string][] = [
    [`base (${base})`, bundle(baseSrc, 'base')],
    ['working tree', bundle(REPO, 'work')],
  ];

  const file = join(dir, 'calls.jsonl');
  writeCorpus(file, N);
  const callsFile = join(dir, 'calls.json');
  writeFileSync(callsFile, JSON.stringify(readCallsFile(file, now)));
  const child = join(dir, 'child.cjs');
  writeFileSync(child, CHILD);
  const cpu = (bundled: string): number =>
    Number(execFileSync(process.execPath, ['--expose-gc', child, bundled, callsFile], { encoding: 'utf8' }).trim());

  const times: number[][] = [[], []];
  for (let r = 0; r < rounds; r++) {
    const order = r % 2 === 0 ? [0, 1] : [1, 0];
    for (const i of order) times[i].push(cpu(engines[i][1]));
  }
  const median = (xs: number[]) => {
    const s = [...xs].sort((a, b) => a - b);
    return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
  };
  console.log(`machine: ${availableParallelism()} cores, load average ${loadavg()[0].toFixed(1)}; ${rounds} rounds`);
  for (const [i, [name]] of engines.entries()) {
    const m = median(times[i]);
    console.log(
      `${name}: median ${m.toFixed(0)} ms CPU for ${N.toLocaleString('en')} calls → ${Math.round(N / (m / 1000)).toLocaleString('en')} calls/s of CPU (min ${Math.min(...times[i]).toFixed(0)}, max ${Math.max(...times[i]).toFixed(0)})`,
    );
  }
  const perRound = times[1].map((t, r) => t / times[0][r]);
  console.log(
    `working tree / base CPU time: ${(median(times[1]) / median(times[0])).toFixed(3)} (ratio of medians); per-round median ${median(perRound).toFixed(3)}, range ${Math.min(...perRound).toFixed(3)}–${Math.max(...perRound).toFixed(3)}`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
