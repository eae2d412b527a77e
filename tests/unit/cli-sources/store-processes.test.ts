import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SOURCE_IDS } from '../../../core/sources/registry.ts';
import { runNode } from '../../support/run-process.ts';

const REPO = resolve(import.meta.dirname, '../../..');
const MAIN = join(REPO, 'cli/main.ts');

const run = (args: string[]) => runNode(['--import', 'tsx', MAIN, ...args], { cwd: REPO });

const tmp = () => mkdtempSync(join(tmpdir(), 'fw-store-'));

describe('the store file with real processes', () => {
  it('concurrent fetch runs into one store lose nothing', async () => {
    const out = join(tmp(), 'calls.json');
    const groups = [SOURCE_IDS.slice(0, 3), SOURCE_IDS.slice(3, 6), SOURCE_IDS.slice(6, 9), SOURCE_IDS.slice(9)];
    const runs = await Promise.all(
      groups.map((g) => run(['fetch', '--offline', '--sources', g.join(','), '--out', out])),
    );
    for (const r of runs) expect(r.code, r.err).toBe(0);
    const store = JSON.parse(readFileSync(out, 'utf8'));
    expect(Object.keys(store.sources).sort()).toEqual([...SOURCE_IDS].sort());
    const alone = join(tmp(), 'calls.json');
    expect((await run(['fetch', '--offline', '--out', alone])).code).toBe(0);
    expect(store.calls.map((c: { id: string }) => c.id)).toEqual(
      JSON.parse(readFileSync(alone, 'utf8')).calls.map((c: { id: string }) => c.id),
    );
    expect(readdirSync(join(out, '..'))).toEqual(['calls.json']);
  }, 60_000);

  it('a write killed half-way leaves the old store whole, and the next run removes its temp file', async () => {
    const dir = tmp();
    const out = join(dir, 'calls.json');
    expect((await run(['fetch', '--offline', '--sources', 'icld', '--out', out])).code).toBe(0);
    const before = readFileSync(out, 'utf8');
    // A writer that keeps rewriting the store (60 MB) atomically, killed while its temp file is on disk.
    const script = `import { readFileSync } from 'node:fs';
      import { writeFileAtomic } from ${JSON.stringify(join(REPO, 'cli/store-file.ts'))};
      const big = readFileSync(${JSON.stringify(out)}, 'utf8') + ' '.repeat(60_000_000);
      process.stdout.write('ready\\n');
      for (;;) writeFileAtomic(${JSON.stringify(out)}, big);`;
    let leftover: string[] = [];
    for (let attempt = 0; attempt < 5 && leftover.length === 0; attempt++) {
      const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
        cwd: REPO,
      });
      await new Promise<void>((ready) => child.stdout?.once('data', () => ready()));
      await new Promise<void>((killed) => {
        child.on('exit', () => killed());
        const poll = setInterval(() => {
          if (readdirSync(dir).some((n) => n.endsWith('.tmp'))) {
            clearInterval(poll);
            child.kill('SIGKILL');
          }
        }, 1);
      });
      leftover = readdirSync(dir).filter((n) => n.endsWith('.tmp'));
    }
    expect(leftover.length).toBeGreaterThan(0);
    expect(JSON.parse(readFileSync(out, 'utf8'))).toEqual(JSON.parse(before));
    const r = await run(['fetch', '--offline', '--sources', 'uhr', '--out', out]);
    expect(r.code, r.err).toBe(0);
    expect(readdirSync(dir)).toEqual(['calls.json']);
    expect(Object.keys(JSON.parse(readFileSync(out, 'utf8')).sources)).toEqual(['icld', 'uhr']);
  }, 60_000);
});
