import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makePdf } from '../support/documents.ts';
import { runNode } from '../support/run-process.ts';

// `fundwatch score --calls <(zcat calls.jsonl.gz)`: the shell hands the CLI a pipe, which has no size and cannot
// be read at a position or opened twice. Each file argument here is a real FIFO fed by a separate `cat`.

const REPO = resolve(import.meta.dirname, '../..');
const BIN = join(REPO, 'cli/bin.mjs');
const dir = mkdtempSync(join(tmpdir(), 'fw-pipes-'));
const writers: ChildProcess[] = [];
let fifos = 0;

/** A FIFO that gives `content` once, to the first reader. */
function fifo(content: string | Buffer, name = `in-${++fifos}`): string {
  const path = join(dir, name);
  execFileSync('mkfifo', [path]);
  const writer = spawn('sh', ['-c', 'cat > "$0"', path], { stdio: ['pipe', 'ignore', 'ignore'] });
  writer.stdin?.on('error', () => undefined);
  writer.stdin?.end(content);
  writers.push(writer);
  return path;
}

/** The real CLI in its own process; a read that never ends (a FIFO opened twice) fails after 30 s, not never. */
async function cli(args: string[]): Promise<{ code: number | null; out: string; err: string }> {
  const r = await runNode([BIN, ...args], { cwd: REPO, timeoutMs: 30_000 });
  return { ...r, err: r.err.replace(/^fundwatch: building the command line.*\n/m, '') };
}

const STRATEGY = [
  'Internationellt program för Exempelby kommun i Blekinge',
  'Kommunen ska prioritera klimatanpassning och samarbete i Östersjöregionen.',
  'Kommunen ska stärka ungdomars delaktighet genom utbyten inom Erasmus+.',
];

describe('files given as pipes and FIFOs (process substitution)', () => {
  beforeAll(async () => {
    // Builds dist/cli if a source is newer, so the timed runs below do not build.
    expect((await cli(['--version'])).code).toBe(0);
  }, 120_000);

  afterAll(() => {
    for (const w of writers) if (w.exitCode === null) w.kill();
  });

  it('scores JSON Lines calls from a FIFO exactly as from the file', async () => {
    const file = 'tests/fixtures/heldout-11/calls.jsonl';
    const fromFile = await cli(['score', '--profile', 'karlskrona', '--calls', file]);
    expect(fromFile.code, fromFile.err).toBe(0);
    // No .jsonl in the name (as /dev/fd/63): the content tells the format.
    const fromFifo = await cli(['score', '--profile', 'karlskrona', '--calls', fifo(readFileSync(join(REPO, file)))]);
    expect(fromFifo.err).toBe(fromFile.err);
    expect(fromFifo.code).toBe(0);
    expect(fromFifo.out).toBe(fromFile.out);
  });

  it('scores a JSON array of calls and a profile, both from FIFOs, as from files', async () => {
    const calls = 'core/data/sample-calls.json';
    writeFileSync(join(dir, 'strategi.txt'), STRATEGY.join('\n\n'));
    const drafted = await cli(['profile', '--from', join(dir, 'strategi.txt')]);
    expect(drafted.code, drafted.err).toBe(0);
    writeFileSync(join(dir, 'profile.json'), drafted.out);
    const fromFiles = await cli(['score', '--profile', join(dir, 'profile.json'), '--calls', calls]);
    expect(fromFiles.code, fromFiles.err).toBe(0);
    const fromFifos = await cli([
      'score',
      '--profile',
      fifo(drafted.out, 'profile-fifo.json'),
      '--calls',
      fifo(readFileSync(join(REPO, calls))),
    ]);
    expect(fromFifos.code, fromFifos.err).toBe(0);
    expect(fromFifos.out).toBe(fromFiles.out);
  });

  it('drafts a profile from a strategy PDF given as a FIFO', async () => {
    writeFileSync(join(dir, 'strategi.pdf'), makePdf([STRATEGY]));
    const fromFile = await cli(['profile', '--from', join(dir, 'strategi.pdf')]);
    expect(fromFile.code, fromFile.err).toBe(0);
    const fromFifo = await cli(['profile', '--from', fifo(makePdf([STRATEGY]))]);
    expect(fromFifo.code, fromFifo.err).toBe(0);
    expect(fromFifo.out).toBe(fromFile.out);
  });

  it('writes a digest from calls given as a FIFO', async () => {
    const args = ['digest', '--profile', 'karlskrona', '--since', '3650d', '--now', '2026-06-01T00:00:00Z'];
    const calls = readFileSync(join(REPO, 'tests/fixtures/heldout-11/calls.jsonl'));
    const fromFile = await cli([...args, '--calls', 'tests/fixtures/heldout-11/calls.jsonl']);
    expect(fromFile.code, fromFile.err).toBe(0);
    const fromFifo = await cli([...args, '--calls', fifo(calls)]);
    expect(fromFifo.code, fromFifo.err).toBe(0);
    expect(fromFifo.out).toBe(fromFile.out);
  });
});
