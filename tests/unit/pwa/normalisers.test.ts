import { describe, expect, it } from 'vitest';
import { InputError } from '../../../core/model/errors.ts';
import { normaliseCall } from '../../../core/model/normalise-call.ts';
import { normaliseDigestRun } from '../../../pwa/db/entities/digest-run.ts';
import { normaliseProfile } from '../../../pwa/db/entities/profile.ts';
import { normaliseSetting, settingsFromRows } from '../../../pwa/db/entities/settings.ts';
import { DEFAULT_SETTINGS } from '../../../pwa/db/entities/settings-defaults.ts';
import { normaliseStoredCall } from '../../../pwa/db/entities/stored-call.ts';
import { normaliseWatchEntry } from '../../../pwa/db/entities/watch-entry.ts';
import { newWatchEntry } from '../../../pwa/db/watchlist-repo.ts';
import { fixtureCalls } from '../../e2e/support/pwa-fixture-calls.ts';

const now = new Date('2026-03-01T10:00:00Z');
const call = normaliseCall(fixtureCalls(now)[0], {}, now);

describe('one normaliser per entity', () => {
  it('watch entry: re-derives status and the deadline index from the call, drops undefined fields', () => {
    const raw = {
      ...newWatchEntry(call, undefined, 'karlskrona', now),
      lastDeadline: 1,
      call: { ...call, status: 'closed', programme: undefined },
    };
    const e = normaliseWatchEntry(raw, { file: 'watchlist' }, now);
    expect(e.call.status).toBe('open');
    expect(e.lastDeadline).toBeGreaterThan(now.getTime());
    expect('savedMatch' in e).toBe(false);
  });

  it('watch entry: names the field that is wrong', () => {
    const raw = { ...newWatchEntry(call, undefined, 'k', now), status: 'kanske' };
    expect(() => normaliseWatchEntry(raw, { file: 'watchlist' }, now)).toThrow(/watchlist: field "status"/);
    const wrongId = { ...newWatchEntry(call, undefined, 'k', now), callId: 'other' };
    expect(() => normaliseWatchEntry(wrongId, {}, now)).toThrow(InputError);
    const badDecision = {
      ...newWatchEntry(call, undefined, 'k', now),
      decisions: [{ at: 'x', who: 'A', from: null, to: 'nej', why: '' }],
    };
    expect(() => normaliseWatchEntry(badDecision, {}, now)).toThrow(/decisions\.0\.to/);
  });

  it('settings: only known keys with values of the right type; unknown rows fall back to defaults', () => {
    expect(normaliseSetting({ key: 'language', value: 'en' })).toEqual({ key: 'language', value: 'en' });
    expect(() => normaliseSetting({ key: 'language', value: 'de' })).toThrow(InputError);
    expect(() => normaliseSetting({ key: 'theme', value: 'dark' })).toThrow(InputError);
    const s = settingsFromRows(
      [{ key: 'language', value: 'en' }, { key: 'feedUrl', value: 5 }, null],
      DEFAULT_SETTINGS,
    );
    expect(s).toEqual({ ...DEFAULT_SETTINGS, language: 'en' });
  });

  it('profile: core schema, defaults filled in', () => {
    const p = normaliseProfile({
      id: 'x',
      name: 'X kommun',
      kind: 'kommun',
      lan: 'kalmar',
      priorities: [{ id: 'a', label: { sv: 'A', en: 'A' }, weight: 1, concepts: [] }],
    });
    expect(p.partnerCountries).toEqual([]);
    expect(p.priorities[0].terms).toEqual([]);
    expect(() => normaliseProfile({ ...p, priorities: [] }, { file: 'profiles' })).toThrow(
      /profiles: field "priorities"/,
    );
  });

  it('digest run and stored call', () => {
    expect(() => normaliseDigestRun({ at: 'x', trigger: 'cron' })).toThrow(/trigger/);
    const s = normaliseStoredCall(
      { id: call.id, call, firstSeenAt: now.toISOString(), previousDeadlines: [] },
      {},
      now,
    );
    expect(s.call.id).toBe(call.id);
    expect(() => normaliseStoredCall({ id: 'a', call: { id: 'a' }, firstSeenAt: 'x', previousDeadlines: [] })).toThrow(
      InputError,
    );
  });
});
