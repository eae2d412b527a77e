import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CliIo } from '../../cli/io.ts';
import { main } from '../../cli/main.ts';
import pkg from '../../package.json' with { type: 'json' };

const REPO = resolve(import.meta.dirname, '../..');
const BUILT = join(REPO, 'dist/cli/main.js');

function node(args: string[], cwd = REPO) {
  const r = spawnSync(process.execPath, args, { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('the built command line (dist/cli, plain JavaScript)', () => {
  beforeAll(() => {
    // bin.mjs builds dist/cli when it is missing or older than a source; later calls run the build directly.
    const r = node([join(REPO, 'cli/bin.mjs'), '--version']);
    expect(r.code, r.err).toBe(0);
    expect(r.out).toBe(`fundwatch ${pkg.version}\n`);
  }, 120_000);

  it('needs no TypeScript loader: no .ts import and no tsx in the build', () => {
    for (const f of readdirSync(join(REPO, 'dist/cli'))) {
      const js = readFileSync(join(REPO, 'dist/cli', f), 'utf8');
      expect(js, f).not.toMatch(/from\s+["'][^"']+\.ts["']|import\(["'][^"']+\.ts["']\)|["']tsx["']/);
    }
  });

  it('scores exactly as the sources do', async () => {
    const args = ['score', '--profile', 'karlskrona', '--calls', 'data/snapshot/calls.json'];
    const built = node([BUILT, ...args]);
    expect(built.code, built.err).toBe(0);
    let out = '';
    const io: CliIo = {
      stdout: (t) => {
        out += t;
      },
      stderr: () => undefined,
      cwd: REPO,
    };
    expect(await main(args, io)).toBe(0);
    expect(built.out).toBe(out);
    expect(built.out.split('\n').filter(Boolean).length).toBeGreaterThan(30);
  });

  it('finds its own files (the recorded fixtures) from any working folder', () => {
    const dir = mkdtempSync(join(tmpdir(), 'fw-built-'));
    const r = node([BUILT, 'fetch', '--offline', '--sources', 'icld', '--out', 'calls.json'], dir);
    expect(r.code, r.err).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'calls.json'), 'utf8')).sources.icld.ok).toBe(true);
  });

  it('answers --help per command and exits 2 on a bad command', () => {
    const help = node([BUILT, 'score', '--help']);
    expect(help.code).toBe(0);
    expect(help.out).toMatch(/usage: fundwatch score --profile/);
    const bad = node([BUILT, 'constructor']);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/unknown command "constructor"/);
  });
});
