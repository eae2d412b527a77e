/**
 * A programme open across the Nordic countries but made for a part of them — the Nordic Council of Ministers'
 * Arctic Co-operation Programme, for the Nordic Arctic (programmes.json `focus`) — is, for a body in that part, a
 * programme made for its region: the points of an area drawn around it, and the place its strategy prioritises
 * (the Barents region, the Arctic) as its geographic focus, which the Nordic countries at large are not. A body
 * elsewhere is not shut out, but neither told it lies in the programme's area (the Arctic is what the programme is
 * for, and its län is not in it), and the programme's priorities, the Arctic's, are not read into a short call for it.
 * Calls written for this test.
 */
import { describe, expect, it } from 'vitest';
import { AREA_BOOST } from '../../../core/match/eligibility.ts';
import { score } from '../../../core/match/index.ts';
import type { Match } from '../../../core/model/match.ts';
import { shownPoints, testCall, testPriority, testProfile } from '../../support/test-call.ts';

const north = testProfile({
  kind: 'kommun',
  lan: 'norrbotten',
  priorities: [testPriority('barents', ['nordic-arctic']), testPriority('klimat', ['climate-adaptation'], 1.3)],
});
const south = testProfile({
  kind: 'kommun',
  lan: 'kalmar',
  priorities: [testPriority('barents', ['nordic-arctic']), testPriority('klimat', ['climate-adaptation'])],
});

const arctic = (programme: string) =>
  testCall({
    funder: 'Nordic Council of Ministers',
    programme,
    title: `${programme}: open call`,
    summary: 'Applications are open. Projects must involve partners from three Nordic countries.',
    eligibleCountries: ['Denmark', 'Finland', 'Iceland', 'Norway', 'Sweden'],
    language: 'en',
  });

const part = (m: Match, kind: string) => m.boosts.find((b) => b.kind === kind);

describe('a programme made for a part of its countries', () => {
  it('is, for a body in that part, a programme made for its region: area points and its geographic focus', () => {
    const m = score(arctic('Arctic Co-operation Programme'), north);
    expect(m.eligibility.area).toBe('eligible');
    expect(m.eligibility.areaText.sv).toBe(
      'Nordiska ministerrådets arktiska samarbetsprogram är till för Arktis i Norden, där Norrbottens län ligger.',
    );
    expect(m.eligibility.areaPoints).toBeCloseTo(AREA_BOOST.near, 0);
    expect(part(m, 'geographic-focus')?.text.en).toMatch(/Nordiska ministerrådets arktiska samarbetsprogram/);
    expect(shownPoints(m)).toBe(m.score);
  });

  it('the same call of the Nordic Council of Ministers at large lies in the Nordic countries, its own area', () => {
    const m = score(arctic('Open call'), north);
    expect(m.eligibility.areaText.en).toBe('Sweden is among the eligible countries.');
    expect(part(m, 'geographic-focus')).toBeUndefined();
    expect(score(arctic('Arctic Co-operation Programme'), north).score).toBeGreaterThan(m.score + 20);
  });

  it('shuts no body elsewhere out, nor tells it lies in the area, nor reads the Arctic priorities into the call', () => {
    const m = score(arctic('Arctic Co-operation Programme'), south);
    expect(m.eligibility.area).toBe('unknown');
    expect(m.eligibility.areaPoints).toBe(0);
    expect(m.blockers).toEqual([]);
    expect(m.eligibility.areaText.en).toBe(
      'Nordiska ministerrådets arktiska samarbetsprogram is for the Nordic Arctic; Kalmar län lies outside it.',
    );
    expect(part(m, 'programme-priorities')).toBeUndefined();
    // The place is the strategy's wherever the body lies: the Arctic is part of the Nordic and Arctic cooperation.
    expect(part(m, 'geographic-focus')).toBeDefined();
    expect(shownPoints(m)).toBe(m.score);
  });
});
