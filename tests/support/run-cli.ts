import { resolve } from 'node:path';
import type { CliIo } from '../../cli/io.ts';
import { main } from '../../cli/main.ts';

const REPO = resolve(import.meta.dirname, '../..');

/**
 * `fundwatch <args>` run in this process through cli/main.ts, as a test sees it: exit code, stdout and stderr.
 * From the repository root unless `cwd`; `tty` says stderr is a terminal (progress lines go there only then).
 */
export async function runCli(
  args: string[],
  opts: { cwd?: string; tty?: boolean } = {},
): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: CliIo = {
    stdout: (t) => {
      out += t;
    },
    stderr: (t) => {
      err += t;
    },
    cwd: opts.cwd ?? REPO,
    stderrIsTTY: opts.tty,
  };
  const code = await main(args, io);
  return { code, out, err };
}
