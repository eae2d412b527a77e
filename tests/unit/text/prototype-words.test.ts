import { describe, expect, it } from 'vitest';
import { zoneText } from '../../../core/format/deadline-text.ts';
import { analyseCall, explain, prepareProfile, rank, score } from '../../../core/match/index.ts';
import type { FundingCall } from '../../../core/model/call.ts';
import { normaliseCall } from '../../../core/model/normalise-call.ts';
import { buildProfileFromText } from '../../../core/profile/from-document.ts';
import { SEED_PROFILES } from '../../../core/profile/seeds.ts';
import { getSource } from '../../../core/sources/registry.ts';
import { stem } from '../../../core/text/stem.ts';

/** Every name a plain object inherits, plus __proto__: text from funder pages may contain any of them. */
const NAMES = [...Object.getOwnPropertyNames(Object.prototype), '__proto__', 'prototype'];
const TEXT = NAMES.join(' ');
const now = new Date('2026-11-20T06:00:00Z');

function call(i: number, text: string): FundingCall {
  return normaliseCall(
    {
      id: `proto:${i}`,
      source: 'import',
      funder: text.slice(0, 40) || 'F',
      programme: text,
      title: `${text} klimat ungdom`,
      summary: `${text}. Kommuner kan söka för samarbete kring klimatanpassning. ${text.toUpperCase()}`,
      url: 'https://example.org/',
      language: i % 2 ? 'sv' : 'en',
      deadlines: [{ date: '2026-12-01', timeZone: 'Europe/Stockholm', kind: 'application' }],
      themes: NAMES,
      applicantTypes: NAMES,
      eligibleCountries: NAMES,
    },
    {},
    now,
  );
}

describe('words that name Object.prototype properties', () => {
  it('stem to strings in both languages', () => {
    for (const w of NAMES)
      for (const lang of ['sv', 'en'] as const) expect(typeof stem(w.toLowerCase(), lang)).toBe('string');
  });

  it('go through analysis, scoring, ranking and explanation without throwing or leaking', () => {
    const calls = [call(0, TEXT), call(1, TEXT), ...NAMES.map((n, i) => call(i + 2, n))];
    const analysed = calls.map(analyseCall);
    const ownTerms = buildProfileFromText(`Kommunen prioriterar ${TEXT} och klimatanpassning. ${TEXT}`, {
      name: 'X',
      lan: 'blekinge',
    });
    for (const profile of [
      ...SEED_PROFILES,
      ownTerms,
      { ...SEED_PROFILES[0], priorities: [{ ...SEED_PROFILES[0].priorities[0], terms: NAMES }] },
    ]) {
      const prepared = prepareProfile(profile);
      for (const r of rank(analysed, prepared, { now })) {
        expect(Number.isFinite(r.match.score)).toBe(true);
        for (const lang of ['sv', 'en'] as const)
          for (const line of explain(r.match, lang)) expect(typeof line).toBe('string');
        JSON.stringify(r.match);
      }
      expect(score(calls[0], profile, { now }).callId).toBe('proto:0');
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('codes from a funder API', () => {
  it('name no programme when they are Object.prototype names (eu-ft frameworkProgramme)', () => {
    const results = NAMES.map((n, i) => ({
      metadata: {
        identifier: [`TOPIC-${i}`],
        title: [`Topic ${n}`],
        callTitle: [`Call ${i}`],
        frameworkProgramme: [n],
        deadlineDate: ['2027-09-02T00:00:00.000+0000'],
        language: ['en'],
      },
    }));
    const calls = getSource('eu-ft').parse({
      body: JSON.stringify({ results }),
      url: 'https://api.tech.ec.europa.eu/search-api/prod/rest/search',
      fetchedAt: '2026-11-20T06:00:00Z',
    });
    expect(calls).toHaveLength(NAMES.length);
    for (const c of calls) expect(c.programme).toBe(`Call ${c.id.replace('eu-ft:TOPIC-', '')}`);
  });
});

describe('zone names', () => {
  it('name their city as written when it is an Object.prototype name', () => {
    for (const n of NAMES) expect(zoneText(`Europe/${n}`, 'sv')).toBe(`${n.replace(/_/g, ' ')}tid`);
    expect(zoneText('Europe/Helsinki', 'sv')).toBe('Helsingforstid');
  });
});

describe('month names', () => {
  it('are looked up as own keys only', async () => {
    const { monthNumber } = await import('../../../core/dates/months.ts');
    for (const n of NAMES) expect(monthNumber(n)).toBeUndefined();
    expect(monthNumber('Mars')).toBe(3);
  });
});
