/**
 * `fundwatch eval` on many relevance sets, a few at a time, each in a process of its own so the figures are exactly
 * what `npm run eval:heldoutN` prints. The CLI is built once first, so the parallel runs do not each rebuild it.
 */
import { execFile, execFileSync } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { REPO } from './corpus.ts';

const CLI = join(REPO, 'cli/bin.mjs');
const run = promisify(execFile);

/** The eval command's output for each folder, in the folders' order; `args` are added to every run. */
export async function evalOutputs(dirs: readonly string[], args: readonly string[] = []): Promise<string[]> {
  execFileSync(process.execPath, [CLI, 'eval', '--help'], { cwd: REPO, stdio: 'ignore' });
  const width = Math.max(1, Math.min(6, availableParallelism() - 1));
  const out: string[] = [];
  for (let i = 0; i < dirs.length; i += width) {
    const batch = dirs.slice(i, i + width).map(async (dir) => {
      const { stdout } = await run(process.execPath, [CLI, 'eval', '--dir', dir, ...args], {
        cwd: REPO,
        maxBuffer: 1 << 26,
      });
      return stdout;
    });
    out.push(...(await Promise.all(batch)));
  }
  return out;
}
