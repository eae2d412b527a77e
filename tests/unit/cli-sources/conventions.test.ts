import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMMAND_NAMES } from '../../../cli/main.ts';
import { runCli } from '../../support/run-cli.ts';

const dir = mkdtempSync(join(tmpdir(), 'fw-conv-'));
mkdirSync(join(dir, 'folder'));
writeFileSync(join(dir, 'plain.txt'), 'x');

describe('bad paths are the user’s input: exit 2, named as given, nothing on stdout', () => {
  it.each([
    [['fetch', '--offline', '--sources', 'icld', '--out', 'folder'], 'folder: is a directory'],
    [
      ['fetch', '--offline', '--sources', 'icld', '--out', 'plain.txt/calls.json'],
      'plain.txt/calls.json: cannot write here',
    ],
    [['score', '--profile', 'karlskrona', '--calls', 'folder'], 'folder: is a directory'],
    [['score', '--profile', 'folder/', '--calls', 'plain.txt'], 'folder/: is a directory'],
    [['ingest', '--source', 'icld', '--file', 'folder'], 'folder: is a directory'],
    [['digest', '--profile', 'karlskrona', '--calls', 'folder'], 'folder: is a directory'],
    [['profile', '--from', 'folder', '--lan', 'blekinge'], 'folder: is a directory'],
    [['score', '--profile', 'karlskrona', '--calls', 'missing.jsonl'], 'missing.jsonl: file not found'],
  ])('%j', async (args, message) => {
    const r = await runCli(args, { cwd: dir });
    expect(r.code, r.err).toBe(2);
    expect(r.err).toContain(message);
    expect(r.err).not.toMatch(/\.tmp|internal error/);
    expect(r.out).toBe('');
  });
});

describe('fetch output', () => {
  it('--json prints one report object with a line per source', async () => {
    const r = await runCli(['fetch', '--offline', '--sources', 'icld,uhr', '--out', join(dir, 'j.json'), '--json']);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.out);
    expect(report).toMatchObject({ ok: true, store: join(dir, 'j.json') });
    expect(report.sources.map((s: { id: string }) => s.id)).toEqual(['icld', 'uhr']);
    expect(r.out.trim().split('\n')).toHaveLength(1);
  });

  it('one progress line per source on stderr when it is a terminal, none otherwise', async () => {
    const tty = await runCli(['fetch', '--offline', '--sources', 'icld,uhr', '--out', join(dir, 'p.json')], {
      tty: true,
    });
    expect(tty.err.trim().split('\n')).toEqual([
      expect.stringMatching(/^icld: \d+ calls$/),
      expect.stringMatching(/^uhr: \d+ calls$/),
    ]);
    const pipe = await runCli(['fetch', '--offline', '--sources', 'icld,uhr', '--out', join(dir, 'q.json')]);
    expect(pipe.err).toBe('');
  });
});

describe('help and version', () => {
  it('every command answers --help with exit 0', async () => {
    expect(COMMAND_NAMES).toContain('team');
    for (const name of COMMAND_NAMES) {
      const r = await runCli([name, '--help']);
      expect(r.code, name).toBe(0);
      expect(r.out).toContain(`usage: fundwatch ${name}`);
    }
    expect((await runCli(['--version'])).out).toMatch(/^fundwatch \d+\.\d+\.\d+\n$/);
  });
});
