import { spawn } from 'node:child_process';

/**
 * `node <args>` in a process of its own, as a user or a second writer runs it: exit code, stdout and stderr once it
 * closes. With `timeoutMs`, a process that never ends (a read that waits for ever) is killed then, so the test fails
 * rather than hangs.
 */
export function runNode(
  args: string[],
  opts: { cwd: string; timeoutMs?: number },
): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, args, { cwd: opts.cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => {
      out += d;
    });
    child.stderr.on('data', (d) => {
      err += d;
    });
    const timer = opts.timeoutMs ? setTimeout(() => child.kill(), opts.timeoutMs) : undefined;
    child.on('close', (code) => {
      clearTimeout(timer);
      done({ code, out, err });
    });
  });
}
