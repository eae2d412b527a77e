import { describe, expect, it, vi } from 'vitest';
import { legacyLines, priorityFigures } from '../../../core/format/priority-figures.ts';
import { score } from '../../../core/match/index.ts';
import { DEFAULT_SETTINGS } from '../../../extension/shared/defaults.ts';
import {
  normaliseActiveProfile,
  normaliseDigest,
  normaliseOrigin,
  normalisePageCalls,
  normaliseReasons,
  normaliseSavedCalls,
  normaliseSeen,
  normaliseSettings,
} from '../../../extension/shared/normalise.ts';
import { testCall, testProfile } from '../../support/test-call.ts';

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
    expect(d?.entries[0].reasons).toEqual([]);
    expect(d?.entries[0].lines).toBeUndefined();
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

/** Two reasons of one priority as the engine gives them, and one of another. */
const reasons = [
  {
    priorityId: 'klimat',
    priorityLabel: { sv: 'Klimat och miljö', en: 'Climate and environment' },
    conceptId: 'climate-adaptation',
    conceptLabel: { sv: 'Klimatanpassning', en: 'Climate adaptation' },
    evidence: [{ term: 'klimatanpassning', quote: '…projekt om klimatanpassning i kommuner…' }],
    points: 20.25,
  },
  {
    priorityId: 'klimat',
    priorityLabel: { sv: 'Klimat och miljö', en: 'Climate and environment' },
    conceptId: 'energy',
    conceptLabel: { sv: 'Energi', en: 'Energy' },
    related: true,
    evidence: [{ term: 'energy', quote: '…energy…', from: 'programme-data', programmePriority: { sv: 'E', en: 'E' } }],
    points: 2,
  },
  {
    priorityId: 'unga',
    priorityLabel: { sv: 'Unga', en: 'Youth' },
    evidence: [{ term: 'ungdomar', quote: '…ungdomar…' }],
    points: 10,
  },
];

/** What an older version wrote: the explanation as lines of text in both languages. */
const oldLines = {
  sv: ['Poäng 70 av 100 (stark matchning).', 'Matchar prioriteringen "Klimat" genom "klimat": +40 p. Citat: …klimat…'],
  en: ['Score 70 of 100 (strong match).', 'Matches the priority "Climate" through "climate": +40 p. Quote: …climate…'],
};

describe('reasons: structured, and the lines older versions stored', () => {
  it('a saved call written by an older version keeps its lines, shown as they were, and no reasons', () => {
    const [s] = normaliseSavedCalls([saved('a', '2026-01-01T10:00:00Z', { reasons: oldLines })]);
    expect(s.reasons).toEqual([]);
    expect(s.lines).toEqual(oldLines);
    expect(legacyLines(s, 'sv')).toEqual(oldLines.sv);
    expect(legacyLines(s, 'en')).toEqual(oldLines.en);
  });

  it('a saved call of this version keeps its structured reasons, which are told in either language', () => {
    const stored = JSON.parse(JSON.stringify(saved('a', '2026-01-01T10:00:00Z', { reasons })));
    const [s] = normaliseSavedCalls([stored]);
    expect(s.reasons).toEqual(reasons);
    expect(s.lines).toBeUndefined();
    expect(legacyLines(s, 'sv')).toBeUndefined();
    expect(priorityFigures(s.reasons, 'sv', 2)).toEqual([
      { priorityId: 'klimat', label: 'Klimat och miljö', figure: '+22,3 p' },
      { priorityId: 'unga', label: 'Unga', figure: '+10 p' },
    ]);
    expect(priorityFigures(s.reasons, 'en', 1)).toEqual([
      { priorityId: 'klimat', label: 'Climate and environment', figure: '+22.3 p' },
    ]);
  });

  it('keeps every field of a real match from the engine', () => {
    const call = testCall({ title: 'Youth exchange', summary: 'Projects for young people and youth work.' });
    const match = score(call, testProfile());
    expect(match.reasons.length).toBeGreaterThan(0);
    expect(normaliseReasons(JSON.parse(JSON.stringify({ reasons: match.reasons }))).reasons).toEqual(match.reasons);
  });

  it('drops a damaged reason, not the others; lines beside real reasons are not shown', () => {
    const got = normaliseReasons({ reasons: [reasons[0], { priorityId: 3 }, 'junk', reasons[2]], lines: oldLines });
    expect(got).toEqual({ reasons: [reasons[0], reasons[2]] });
    expect(normaliseReasons({ reasons: 'junk' })).toEqual({ reasons: [] });
    expect(normaliseReasons({ reasons: { sv: ['a'] } })).toEqual({ reasons: [] });
    expect(normaliseReasons({})).toEqual({ reasons: [] });
  });

  it('a digest written by an older version keeps its lines; a new one its reasons and structured dates', () => {
    const base = { callId: 'x', title: 'T', url: 'https://icld.se/x', funder: 'ICLD', score: 60, band: 'strong' };
    const deadline = { date: '2027-01-15', time: '16:00', timeZone: 'Europe/Stockholm', kind: 'application' };
    const d = normaliseDigest({
      ranAt: '2026-12-01T00:00:00Z',
      entries: [
        { ...base, reasons: oldLines },
        { ...base, callId: 'y', reasons, deadline, opens: '2026-12-10' },
        { ...base, callId: 'z', reasons, deadline: { date: '15/1/2027' }, opens: 'soon' },
      ],
    });
    expect(d?.entries.map((e) => e.callId)).toEqual(['x', 'y', 'z']);
    expect(d?.entries[0]).toMatchObject({ reasons: [], lines: oldLines });
    expect(d?.entries[1]).toMatchObject({ reasons, deadline, opens: '2026-12-10' });
    expect(d?.entries[1].lines).toBeUndefined();
    // A damaged date reads as none; the entry stays.
    expect(d?.entries[2].deadline).toBeUndefined();
    expect(d?.entries[2].opens).toBeUndefined();
    expect(d?.entries[2].reasons).toEqual(reasons);
  });
});
