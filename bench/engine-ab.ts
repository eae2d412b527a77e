/**
 * Analysis speed of two versions of the engine, in one process: a steadier comparison than two `bench engine`
 * runs on this shared machine, where runs of the same code differ by 1.5×.
 *
 * Both versions of core/match/index.ts are bundled (esbuild, as the CLI ships the engine) — the base from a git
 * ref, the other from the working tree — and loaded side by side. The same 10,000 bench calls (bench/lib/corpus.ts,
 * read and validated once) are analysed cold (each call once, straight after a forced GC) by each version in
 * turn, the order swapped every round, ~20 rounds. What is measured is the process's CPU time (user + system) for
 * the 10,000 analyses, so time lost waiting for a core does not count. Prints each version's median and the
 * ratio of medians (and the median of per-round ratios).
 *
 *   node --expose-gc --import tsx bench/engine-ab.ts [base-ref=main] [rounds=20]
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { readCallsFile } from '../cli/read-calls.ts';
import { REPO, writeCorpus } from './lib/corpus.ts';

const base = process.argv[2] ?? 'main';
const rounds = Number(process.argv[3] ?? 20);
const N = 10_000;
const now = new Date('2026-11-20T06:00:00Z');
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with node --expose-gc');

type Engine = { analyseCall: (c: unknown) => unknown };

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
  const engines: [string, Engine][] = [
    [`base (${base})`, (await import(pathToFileURL(bundle(baseSrc, 'base')).href)) as Engine],
    ['working tree', (await import(pathToFileURL(bundle(REPO, 'work')).href)) as Engine],
  ];

  const file = join(dir, 'calls.jsonl');
  writeCorpus(file, N);
  const calls = readCallsFile(file, now);

  const cpu = (e: Engine): number => {
    gc();
    const t = process.cpuUsage();
    for (const c of calls) e.analyseCall(c);
    const d = process.cpuUsage(t);
    return (d.user + d.system) / 1000;
  };
  // One warm-up pass each, not counted (bundles loaded, code compiled).
  for (const [, e] of engines) cpu(e);

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
