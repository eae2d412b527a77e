import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCallsFile } from '../../../cli/read-calls.ts';
import { isCalendarDate, isClockTime, isKnownZone, parseInstant } from '../../../core/model/calendar.ts';
import { InputError } from '../../../core/model/errors.ts';
import { normaliseCall } from '../../../core/model/normalise-call.ts';
import { normaliseSnapshot } from '../../../core/store/snapshot.ts';
import { runCli } from '../../support/run-cli.ts';

const REPO = resolve(import.meta.dirname, '../../..');
const full = {
  id: 'x:1',
  source: 'x',
  funder: 'F',
  title: 'T',
  summary: '',
  url: 'https://example.org/',
  language: 'en',
  deadlines: [{ date: '2026-03-15', time: '17:00', timeZone: 'Europe/Brussels', kind: 'application' }],
};
const withDeadline = (d: Record<string, unknown>) => ({ ...full, deadlines: [{ ...full.deadlines[0], ...d }] });

function refused(raw: unknown): InputError {
  try {
    normaliseCall(raw, { file: 'calls.jsonl', line: 3 });
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error('accepted');
}

describe('the calendar checks', () => {
  it('refuse impossible dates, times and zones and accept real ones', () => {
    expect(['2026-02-28', '2028-02-29', '2026-12-31'].every(isCalendarDate)).toBe(true);
    expect(
      ['2026-02-30', '2026-13-45', '2027-02-29', '2026-04-31', '2026-00-10', '26-01-01'].some(isCalendarDate),
    ).toBe(false);
    expect(['00:00', '23:59', '24:00'].every(isClockTime)).toBe(true);
    expect(['24:30', '24:01', '25:00', '12:60', '9:00'].some(isClockTime)).toBe(false);
    expect(isKnownZone('Europe/Stockholm')).toBe(true);
    expect(isKnownZone('Europe/Stokholm')).toBe(false);
    expect(parseInstant('2026-11-20T06:00:00Z')?.toISOString()).toBe('2026-11-20T06:00:00.000Z');
    expect(parseInstant('2026-11-20T06:00:00+0100')?.toISOString()).toBe('2026-11-20T05:00:00.000Z');
    expect(parseInstant('2026-11-20')?.toISOString()).toBe('2026-11-20T00:00:00.000Z');
    for (const bad of [
      '2026-02-30',
      '2026-13-45',
      '2026-02-30T10:00Z',
      '2026-01-01T24:30Z',
      '2026-01-01T10:00:61Z',
      'soon',
    ])
      expect(parseInstant(bad), bad).toBeUndefined();
  });
});

describe('normaliseCall refuses bad dates with file, line and field', () => {
  it.each([
    [withDeadline({ date: '2026-02-30' }), 'deadlines.0.date'],
    [withDeadline({ date: '2026-13-45' }), 'deadlines.0.date'],
    [withDeadline({ time: '24:30' }), 'deadlines.0.time'],
    [withDeadline({ timeZone: 'Europe/Stokholm' }), 'deadlines.0.timeZone'],
    [{ ...full, opens: '2026-02-30' }, 'opens'],
    [{ ...full, fetchedAt: '2026-02-30T06:00:00Z' }, 'fetchedAt'],
    [{ ...full, deadlines: '2026-01-01' }, 'deadlines'],
    [{ id: 'f', funder: 'F', title: 'T', deadline: '2026-02-30' }, 'deadline'],
    [{ id: 'f', funder: 'F', title: 'T', opens: '2026-13-45' }, 'opens'],
  ])('%j → %s', (raw, field) => {
    const e = refused(raw);
    expect(e.field).toBe(field);
    expect(e.message).toMatch(/^calls\.jsonl, line 3: field/);
  });

  it('accepts 24:00 (the end of the day) and a flat call with a dated deadline', () => {
    expect(normaliseCall(withDeadline({ time: '24:00' })).deadlines[0].time).toBe('24:00');
    expect(normaliseCall({ id: 'f', funder: 'F', title: 'T', deadline: '2026-03-15T17:00' }).deadlines[0].date).toBe(
      '2026-03-15',
    );
  });

  it('names the line of a JSON Lines file and the path in a snapshot', () => {
    const dir = mkdtempSync(join(tmpdir(), 'fw-dates-'));
    const file = join(dir, 'c.jsonl');
    writeFileSync(file, `${JSON.stringify(full)}\n${JSON.stringify(withDeadline({ timeZone: 'Europe/Stokholm' }))}\n`);
    expect(() => readCallsFile(file)).toThrow(/c\.jsonl, line 2: field "deadlines\.0\.timeZone": expected an IANA/);
    const snap = {
      version: 1,
      generatedAt: '2026-11-20T06:00:00Z',
      calls: [withDeadline({ date: '2026-02-30' })],
      sources: {},
    };
    expect(() => normaliseSnapshot(snap, { file: 's.json' })).toThrow(/field "calls\.0\.deadlines\.0\.date"/);
    expect(() => normaliseSnapshot({ ...snap, calls: [], generatedAt: '2026-13-45T00:00:00Z' })).toThrow(/generatedAt/);
  });
});

describe('CLI date flags and funder dates go through the same check', () => {
  const dir = mkdtempSync(join(tmpdir(), 'fw-flags-'));
  it.each([
    [['fetch', '--offline', '--sources', 'icld', '--out', join(dir, 'a.json'), '--now', '2026-02-30'], 'now'],
    [['digest', '--profile', 'karlskrona', '--now', '2026-13-45T00:00:00Z'], 'now'],
    [['digest', '--profile', 'karlskrona', '--since', '2026-02-30'], 'since'],
    [['digest', '--profile', 'karlskrona', '--since', '99999999999999d'], 'since'],
    [
      [
        'ingest',
        '--source',
        'icld',
        '--file',
        'tests/fixtures/sources/icld/feed.xml',
        '--fetched-at',
        '2026-01-01T24:30Z',
      ],
      'fetched-at',
    ],
  ])('%j is exit 2 naming --%s', async (args, flag) => {
    const r = await runCli(args);
    expect(r.code).toBe(2);
    expect(r.err).toContain(`field "${flag}"`);
    expect(r.out).toBe('');
  });

  it('a Vinnova API record with an impossible closing date is refused naming the field', async () => {
    const rounds = JSON.parse(
      readFileSync(join(REPO, 'tests/fixtures/sources/vinnova/ansokningsomgangar.json'), 'utf8'),
    );
    rounds[0].Stangningsdatum = '2026-02-30T14:00:00';
    const file = join(dir, 'rounds.json');
    writeFileSync(file, JSON.stringify(rounds));
    const r = await runCli([
      'ingest',
      '--source',
      'vinnova',
      '--file',
      file,
      '--url',
      'https://data.vinnova.se/api/ansokningsomgangar/2024-11-20',
    ]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/rounds\.json, vinnova:[^:]+: field "deadlines\.0\.date": .*expected a real calendar date/);
    expect(r.out).toBe('');
  });
});
