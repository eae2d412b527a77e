import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../extension/shared/defaults.ts';
import {
  normaliseActiveProfile,
  normaliseDigest,
  normaliseOrigin,
  normalisePageCalls,
  normaliseSavedCalls,
  normaliseSeen,
  normaliseSettings,
} from '../../../extension/shared/normalise.ts';

const call = (id: string, title = 'Utlysning') => ({
  id,
  source: 'page',
  funder: 'Interreg South Baltic',
  title,
  summary: 'Kommuner kan söka.',
  url: `https://southbaltic.eu/-/${id}`,
  language: 'sv',
  deadlines: [{ date: '2026-01-15', time: '16:00', timeZone: 'Europe/Warsaw', kind: 'application' }],
});
const saved = (id: string, savedAt: string, extra: Record<string, unknown> = {}) => ({
  id,
  call: call(id),
  score: 70,
  band: 'strong',
  reasons: { sv: ['a'], en: ['a'] },
  savedAt,
  ...extra,
});

describe('normaliseSettings', () => {
  it('gives the defaults for nothing, junk or an old shape', () => {
    expect(normaliseSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(normaliseSettings('junk')).toEqual(DEFAULT_SETTINGS);
    expect(normaliseSettings({ lang: 'de', notifications: 'yes', pwaUrl: 'javascript:alert(1)' })).toEqual(
      DEFAULT_SETTINGS,
    );
  });

  it("defaults to the app's address as `npm start` prints it, also for a stored old default", () => {
    expect(normaliseSettings(undefined).pwaUrl).toBe('http://127.0.0.1:4173/');
    // The old default (localhost) was a second origin with its own empty database; the user never chose it.
    expect(normaliseSettings({ pwaUrl: 'http://localhost:4173/' }).pwaUrl).toBe('http://127.0.0.1:4173/');
    expect(normaliseSettings({ pwaUrl: 'http://localhost:5000/' }).pwaUrl).toBe('http://localhost:5000/');
  });

  it('keeps valid fields and repairs the rest field by field', () => {
    const s = normaliseSettings({
      lang: 'en',
      notifications: { enabled: false, minBand: 'weak', maxListed: 5 },
      addedSites: ['https://example.org/path', 'ftp://x', 42, 'https://example.org'],
      feedUrl: 'https://calls.example.org/calls.json',
    });
    expect(s.lang).toBe('en');
    expect(s.notifications).toEqual({ enabled: false, minBand: 'relevant', maxListed: 5 });
    expect(s.addedSites).toEqual(['https://example.org']);
    expect(s.feedUrl).toBe('https://calls.example.org/calls.json');
    expect(s.pwaUrl).toBe('http://127.0.0.1:4173/');
  });
});

describe('normaliseSavedCalls', () => {
  it('drops entries that fail the call gate, keeps the rest newest first and unique', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const list = normaliseSavedCalls([
      saved('a', '2026-01-01T10:00:00Z'),
      saved('b', '2026-02-01T10:00:00Z'),
      saved('a', '2026-03-01T10:00:00Z'),
      saved('c', '2026-01-05T10:00:00Z', { call: { ...call('c'), deadlines: [{ date: '15/1/2026' }] } }),
      saved('d', '2026-01-06T10:00:00Z', { band: 'excellent' }),
      null,
      'x',
    ]);
    expect(list.map((s) => s.id)).toEqual(['b', 'a']);
    expect(list[1].savedAt).toBe('2026-01-01T10:00:00Z');
    expect(list[0].call.status).toBeDefined();
    expect(String(warn.mock.calls[0]?.[1])).toContain('deadlines.0.date');
    warn.mockRestore();
  });

  it('reads anything that is not a list as empty', () => {
    expect(normaliseSavedCalls({ a: 1 })).toEqual([]);
  });
});

describe('normaliseActiveProfile', () => {
  const seeds = ['karlskrona', 'linkoping'];
  it('falls back to the default seed', () => {
    expect(normaliseActiveProfile(undefined, seeds)).toEqual({ kind: 'seed', id: 'karlskrona' });
    expect(normaliseActiveProfile({ kind: 'seed', id: 'gone' }, seeds)).toEqual({ kind: 'seed', id: 'karlskrona' });
    expect(normaliseActiveProfile({ kind: 'custom', profile: { id: 'x' } }, seeds)).toEqual({
      kind: 'seed',
      id: 'karlskrona',
    });
  });
  it('keeps a known seed and a valid custom profile', () => {
    expect(normaliseActiveProfile({ kind: 'seed', id: 'linkoping' }, seeds)).toEqual({ kind: 'seed', id: 'linkoping' });
    const profile = {
      id: 'egen',
      name: 'Egen',
      kind: 'kommun',
      lan: 'blekinge',
      priorities: [{ id: 'p', label: { sv: 'P', en: 'P' }, weight: 1, concepts: ['climate-adaptation'] }],
    };
    const active = normaliseActiveProfile({ kind: 'custom', profile }, seeds);
    expect(active.kind).toBe('custom');
    if (active.kind === 'custom') expect(active.profile.priorities[0].terms).toEqual([]);
  });
});

describe('other entities', () => {
  it('seen keys and digests survive junk', () => {
    expect([...normaliseSeen({ keys: ['a@1', 2, 'b@'] })]).toEqual(['a@1', 'b@']);
    expect(normaliseSeen(null).size).toBe(0);
    expect(normaliseDigest({ entries: [] })).toBeUndefined();
    const d = normaliseDigest({
      ranAt: '2026-01-01T00:00:00Z',
      entries: [{ callId: 'x', title: 'T', url: 'u', score: 60, band: 'strong' }, { callId: 1 }],
      errors: ['ICLD: HTTP 500', 3],
    });
    expect(d?.entries).toHaveLength(1);
    expect(d?.entries[0].reasons).toEqual({ sv: [], en: [] });
    expect(d?.errors).toEqual(['ICLD: HTTP 500']);
  });

  it('page calls keep a closing status, read an old or unknown one as none, and junk as no calls', () => {
    const base = { title: 'T', url: 'https://southbaltic.eu/-/a', score: 70, band: 'strong' };
    const read = normalisePageCalls({
      url: 'https://southbaltic.eu/news',
      calls: [{ ...base, closing: 'closed' }, base, { ...base, closing: 'tomorrow' }],
    });
    expect(read.calls.map((c) => c.closing)).toEqual(['closed', undefined, undefined]);
    expect(normalisePageCalls('junk')).toEqual({ url: '', calls: [] });
  });

  it('origins: http(s) only, path dropped', () => {
    expect(normaliseOrigin(' https://www.regionkalmar.se/eu/ ')).toBe('https://www.regionkalmar.se');
    expect(normaliseOrigin('file:///etc/passwd')).toBeUndefined();
    expect(normaliseOrigin('not a url')).toBeUndefined();
  });
});
