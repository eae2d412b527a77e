import { describe, expect, it } from 'vitest';
import { InputError } from '../../../core/model/errors.ts';
import { normaliseSnapshot } from '../../../core/store/snapshot.ts';

const call = {
  id: 'vinnova:1',
  source: 'vinnova',
  funder: 'Vinnova',
  title: 'T',
  summary: '',
  url: 'https://www.vinnova.se/',
  language: 'sv',
  deadlines: [{ date: '2027-01-01', time: '14:00', timeZone: 'Europe/Stockholm', kind: 'application' }],
  status: 'closed',
};
const snap = {
  version: 1,
  generatedAt: '2026-11-20T06:00:00.000Z',
  calls: [call],
  sources: { vinnova: { ok: true, count: 1 } },
};

function fieldOf(raw: unknown): string | undefined {
  try {
    normaliseSnapshot(raw, { file: 'calls.json' });
  } catch (e) {
    expect(e).toBeInstanceOf(InputError);
    expect((e as Error).message).toContain('calls.json');
    return (e as InputError).field;
  }
  throw new Error('expected an InputError');
}

describe('normaliseSnapshot', () => {
  it('accepts a valid snapshot and re-derives status from the dates (never trusting the stored one)', () => {
    const s = normaliseSnapshot(snap, {}, new Date('2026-11-20T00:00:00Z'));
    expect(s.calls[0].status).toBe('open');
  });

  it('names the field of a bad call', () => {
    const bad = { ...snap, calls: [{ ...call, deadlines: [{ ...call.deadlines[0], date: '1 jan' }] }] };
    expect(fieldOf(bad)).toBe('calls.0.deadlines.0.date');
  });

  it('names the envelope field', () => {
    expect(fieldOf({ ...snap, version: 2 })).toBe('version');
    expect(fieldOf({ ...snap, sources: { vinnova: { ok: 'yes', count: 1 } } })).toBe('sources.vinnova.ok');
    expect(fieldOf({ ...snap, generatedAt: 'yesterday' })).toBe('generatedAt');
  });

  it('refuses duplicate call ids and non-objects', () => {
    expect(fieldOf({ ...snap, calls: [call, call] })).toBe('calls.1.id');
    expect(() => normaliseSnapshot([], {})).toThrow(InputError);
  });
});
