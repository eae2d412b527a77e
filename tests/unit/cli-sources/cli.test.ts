import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { parseSince } from '../../../cli/commands/digest.ts';
import { snapshotToJson, writeFileAtomic } from '../../../cli/store-file.ts';
import { SOURCE_IDS } from '../../../core/sources/registry.ts';
import { normaliseSnapshot } from '../../../core/store/snapshot.ts';
import { runCli } from '../../support/run-cli.ts';

const REPO = resolve(import.meta.dirname, '../../..');

const tmp = () => mkdtempSync(join(tmpdir(), 'fw-cli-'));

describe('fetch --offline', () => {
  it('builds a snapshot from the fixtures with a per-source summary, and a re-run changes nothing', async () => {
    const dir = tmp();
    const out = join(dir, 'calls.json');
    const first = await runCli(['fetch', '--offline', '--out', out]);
    expect(first.code).toBe(0);
    expect(first.out).toMatch(/vinnova\s+4\s+4\s+0\s+0\s+ok/);
    expect(first.out).toMatch(/interreg-no\s+2\s+2/);
    const before = readFileSync(out, 'utf8');
    const again = await runCli(['fetch', '--offline', '--out', out]);
    expect(again.out).toMatch(/0 changes/);
    expect(readFileSync(out, 'utf8')).toBe(before);
    expect(readdirSync(dir)).toEqual(['calls.json']);
  });

  it('fetches only the named sources and refuses an unknown one with exit 2', async () => {
    const out = join(tmp(), 'calls.json');
    const some = await runCli(['fetch', '--offline', '--sources', 'icld,uhr', '--out', out]);
    expect(some.code).toBe(0);
    expect(Object.keys(JSON.parse(readFileSync(out, 'utf8')).sources)).toEqual(['icld', 'uhr']);
    const bad = await runCli(['fetch', '--offline', '--sources', 'nope', '--out', out]);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/unknown source "nope"/);
  });

  it('refuses to merge into a corrupt store, leaving it untouched', async () => {
    const out = join(tmp(), 'calls.json');
    writeFileSync(out, '{"version": 1, "calls": [');
    const r = await runCli(['fetch', '--offline', '--out', out]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/invalid JSON/);
    expect(readFileSync(out, 'utf8')).toBe('{"version": 1, "calls": [');
  });
});

describe('the committed offline snapshot', () => {
  it('is valid and complete: every source ok, every call through the gate', () => {
    const raw = JSON.parse(readFileSync(join(REPO, 'data/snapshot/calls.json'), 'utf8'));
    const s = normaliseSnapshot(raw, { file: 'data/snapshot/calls.json' });
    expect(Object.keys(s.sources).sort()).toEqual([...SOURCE_IDS].sort());
    expect(Object.values(s.sources).every((x) => x.ok && x.count > 0)).toBe(true);
    expect(new Set(s.calls.map((c) => c.source)).size).toBe(SOURCE_IDS.length);
  });

  it('equals a fresh offline build of the fixtures', async () => {
    const out = join(tmp(), 'calls.json');
    await runCli(['fetch', '--offline', '--out', out]);
    expect(readFileSync(join(REPO, 'data/snapshot/calls.json'), 'utf8')).toBe(readFileSync(out, 'utf8'));
  });
});

describe('ingest', () => {
  it('prints one JSON line per call of a saved response', async () => {
    const r = await runCli([
      'ingest',
      '--source',
      'interreg-no',
      '--file',
      'tests/fixtures/sources/interreg-no/calendar.ics',
      '--fetched-at',
      '2026-11-20T06:00:00Z',
    ]);
    expect(r.code).toBe(0);
    const lines = r.out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(6);
    expect(lines[0]).toMatchObject({ source: 'interreg-no', status: 'closed' });
  });

  it('a bad file is exit 2 with one message naming source, file and position, and nothing on stdout', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'rounds.json'), '[\n  {"Diarienummer": "2026-1",\n  "Titel": }\n]');
    const r = await runCli(['ingest', '--source', 'vinnova', '--file', 'rounds.json'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toMatch(/^fundwatch ingest: rounds\.json, line 3, column \d+: source vinnova: invalid JSON/);
    expect(r.err.trim().split('\n')).toHaveLength(1);
  });

  it('names a missing file and an unknown source', async () => {
    expect((await runCli(['ingest', '--source', 'vinnova', '--file', 'nope.json'])).err).toMatch(
      /nope\.json: file not found/,
    );
    expect((await runCli(['ingest', '--source', 'x', '--file', 'nope.json'])).code).toBe(2);
  });
});

describe('digest', () => {
  const base = [
    'digest',
    '--profile',
    'karlskrona',
    '--calls',
    'data/snapshot/calls.json',
    '--now',
    '2026-11-20T08:00:00Z',
  ];

  it('prints a Markdown digest by default', async () => {
    const r = await runCli(base);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^# Fundwatch/);
    expect(r.out).toContain('## Nya matchande utlysningar');
  });

  it('prints HTML and ICS that ical.js reads back', async () => {
    expect((await runCli([...base, '--format', 'html', '--lang', 'en'])).out).toMatch(/<html lang="en">/);
    const ics = (await runCli([...base, '--format', 'ics'])).out;
    const cal = new ICAL.Component(ICAL.parse(ics) as unknown[]);
    expect(cal.getAllSubcomponents('vevent').length).toBeGreaterThan(0);
  });

  it('refuses bad options with exit 2', async () => {
    expect((await runCli([...base, '--format', 'pdf'])).code).toBe(2);
    expect((await runCli([...base, '--since', 'last week'])).err).toMatch(/since/);
    expect((await runCli(['digest', '--profile', 'nowhere-kommun', '--calls', 'data/snapshot/calls.json'])).code).toBe(
      2,
    );
  });

  it('reads --since as hours, days, weeks or a date', () => {
    const now = new Date('2026-11-20T00:00:00Z');
    expect(parseSince('7d', now).toISOString()).toBe('2026-11-13T00:00:00.000Z');
    expect(parseSince('2w', now).toISOString()).toBe('2026-11-06T00:00:00.000Z');
    expect(parseSince('48h', now).toISOString()).toBe('2026-11-18T00:00:00.000Z');
    expect(parseSince('2026-11-01', now).toISOString()).toBe('2026-11-01T00:00:00.000Z');
  });
});

describe('writeFileAtomic', () => {
  it('replaces a file whole and leaves no temp file', () => {
    const dir = tmp();
    const path = join(dir, 'sub', 'calls.json');
    writeFileAtomic(path, 'one');
    writeFileAtomic(path, 'two');
    expect(readFileSync(path, 'utf8')).toBe('two');
    expect(readdirSync(join(dir, 'sub'))).toEqual(['calls.json']);
  });

  it('keeps the old file when the write fails', () => {
    const dir = tmp();
    const path = join(dir, 'calls.json');
    writeFileAtomic(path, 'old');
    // A directory where the temp file's parent should be makes the write fail.
    expect(() => writeFileAtomic(join(path, 'x.json'), 'new')).toThrow();
    expect(readFileSync(path, 'utf8')).toBe('old');
    expect(existsSync(path)).toBe(true);
  });

  it('writes snapshots as stable JSON with a final newline', () => {
    expect(snapshotToJson({ version: 1, generatedAt: 'x', calls: [], sources: {} }).endsWith('}\n')).toBe(true);
  });
});
