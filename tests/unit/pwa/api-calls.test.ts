import { describe, expect, it } from 'vitest';
import { InputError } from '../../../core/model/errors.ts';
import { okSources, parseApiCalls } from '../../../pwa/calls/api-calls.ts';
import { dataAgeText } from '../../../pwa/components/data-age.tsx';
import { fixtureCalls } from '../../e2e/support/pwa-fixture-calls.ts';

const now = new Date('2026-11-30T10:00:00Z');

describe("the server's /api/calls in the app", () => {
  it('reads calls and the per-source report; an unreadable call is skipped and counted, a bad envelope refused', () => {
    const calls = fixtureCalls(now);
    const body = {
      fetchedAt: '2026-11-30T05:00:00.000Z',
      calls: [...calls, { id: 'x', title: '' }],
      sources: { vinnova: { ok: true, count: 3 }, icld: { ok: false, count: 1, error: 'HTTP 503' } },
    };
    const got = parseApiCalls(JSON.stringify(body), '/api/calls', now);
    expect(got.calls).toHaveLength(calls.length);
    expect(got.skipped).toBe(1);
    expect(okSources(got)).toEqual(['vinnova']);
    expect(() => parseApiCalls('{"calls":[]}', '/api/calls', now)).toThrow(InputError);
    expect(() => parseApiCalls('<html>', '/api/calls', now)).toThrow(/not valid JSON/);
  });

  it('says how old the data is and how many sources answered, in Swedish and English', () => {
    const info = {
      from: 'server' as const,
      fetchedAt: '2026-11-30T05:00:00.000Z',
      sources: Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`s${i}`, { ok: i !== 3, count: 1 }])),
    };
    expect(dataAgeText(info, now, 'sv')).toBe('Uppdaterad i dag 06.00 · 11 av 12 källor');
    expect(dataAgeText(info, now, 'en')).toBe('Updated today 06:00 · 11 of 12 sources');
    expect(dataAgeText({ ...info, fetchedAt: '2026-11-29T20:30:00.000Z' }, now, 'sv')).toMatch(
      /^Uppdaterad i går 21.30/,
    );
    expect(dataAgeText({ from: 'none' }, now, 'sv')).toBeUndefined();
  });
});
