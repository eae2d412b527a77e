import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isValidZone } from '../../../core/dates/zones.ts';
import { InputError } from '../../../core/model/errors.ts';
import {
  nextOccurrence,
  parseRecurringWindows,
  RECURRING_WINDOWS,
  upcomingWindows,
  windowToCall,
} from '../../../core/sources/recurring.ts';
import { SOURCE_IDS } from '../../../core/sources/registry.ts';

const file = resolve(import.meta.dirname, '../../../core/data/recurring-windows.json');

describe('recurring windows data', () => {
  it('passes its schema, with unique ids, known sources and valid zones', () => {
    const windows = parseRecurringWindows(JSON.parse(readFileSync(file, 'utf8')));
    expect(new Set(windows.map((w) => w.id)).size).toBe(windows.length);
    for (const w of windows) {
      expect(SOURCE_IDS).toContain(w.source);
      expect(isValidZone(w.timeZone)).toBe(true);
    }
  });

  it('rejects a bad window naming the field', () => {
    const bad = { windows: [{ ...RECURRING_WINDOWS[0], closes: '13-45' }] };
    expect(() => parseRecurringWindows(bad)).toThrow(InputError);
    try {
      parseRecurringWindows(bad);
    } catch (e) {
      expect((e as InputError).field).toBe('windows.0.closes');
    }
  });
});

describe('upcomingWindows', () => {
  it('lists the ICLD windows of the next 12 months, including one open now', () => {
    const inMarch = upcomingWindows(new Date('2027-03-01T12:00:00Z'), 12).filter((o) => o.window.source === 'icld');
    expect(inMarch.map((o) => `${o.opens}..${o.closes}`)).toEqual([
      '2027-02-15..2027-03-15',
      '2027-09-15..2027-10-15',
      '2028-02-15..2028-03-15',
    ]);
  });

  it('is earliest-deadline first and never lists a closed window', () => {
    const now = new Date('2026-11-20T00:00:00Z');
    const list = upcomingWindows(now, 6);
    for (const o of list) expect(o.closes >= '2026-11-20').toBe(true);
    expect(list.map((o) => o.closes)).toEqual([...list.map((o) => o.closes)].sort());
  });

  it('turns an approximate window into a call with a fuzzy date and no false exact deadline', () => {
    const w = RECURRING_WINDOWS.find((x) => x.precision === 'approximate')!;
    const call = windowToCall(nextOccurrence(w, new Date('2026-11-20T00:00:00Z')), '2026-11-20T00:00:00Z');
    expect(call.deadlines).toEqual([]);
    expect(call.fuzzyDate).toMatch(/^omkring/);
  });
});
