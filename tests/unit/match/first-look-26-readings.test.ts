/**
 * Readings set 26's first look showed wrong, each as a general rule. Sentences written for this test from how
 * funders generally write, none copied from a call of the set:
 * - a programme made for part of the Nordic countries (the Arctic) does not tell a body elsewhere it is in the
 *   programme's area;
 * - Nordkalotten named as where the call works is Norrbotten's part of it.
 */
import { describe, expect, it } from 'vitest';
import { score } from '../../../core/match/index.ts';
import { testCall, testProfile } from '../../support/test-call.ts';

const kalmar = testProfile({ kind: 'kommun' });
const norrbotten = testProfile({ id: 'north', name: 'Nordby kommun', kind: 'kommun', lan: 'norrbotten' });

describe('a programme made for the Nordic Arctic', () => {
  const call = testCall({
    funder: 'Nordiska ministerrådet',
    programme: 'Arktiska samarbetsprogrammet',
    title: 'Arktiska samarbetsprogrammet öppnar för ansökningar',
    summary: 'Programmet stöder projekt för hållbar utveckling och klimatanpassning.',
    language: 'sv',
  });
  it('is not said to be open where the body lies outside its part', () => {
    const e = score(call, kalmar).eligibility;
    expect(e.area).toBe('unknown');
    expect(e.areaText.sv).toMatch(/Kalmar län ligger utanför/);
    expect(e.areaPoints).toBe(0);
  });
  it('is made for a body inside it', () => {
    const e = score(call, norrbotten).eligibility;
    expect(e.area).toBe('eligible');
    expect(e.areaText.sv).toMatch(/Norrbottens län ligger/);
  });
});

describe('Nordkalotten as where the call works', () => {
  const call = testCall({
    funder: 'Gränsrådet',
    title: 'Ansök om stöd',
    summary: 'Rådet stöder en välbalanserad utveckling på Nordkalotten och ett starkt samarbetsområde i norr.',
    language: 'sv',
  });
  it('leaves a body in the south outside', () => {
    expect(score(call, kalmar).blockers.map((b) => b.kind)).toContain('outside-programme-area');
  });
  it('has a body in Norrbotten inside', () => {
    const m = score(call, norrbotten);
    expect(m.blockers.map((b) => b.kind)).not.toContain('outside-programme-area');
    expect(m.eligibility.area).toBe('eligible');
  });
});
