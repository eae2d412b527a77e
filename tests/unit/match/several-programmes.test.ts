/**
 * A call naming several programmes as its own (a page compiling the calls of several Interreg programmes) covers
 * their union: a body inside any of them is not shut out, and the area line names the programme that covers it.
 * Calls written for this test, none copied from a labelled call.
 */
import { describe, expect, it } from 'vitest';
import { score } from '../../../core/match/index.ts';
import type { FundingCall } from '../../../core/model/call.ts';
import { testCall, testProfile } from '../../support/test-call.ts';

const inLan = (lan: string) => testProfile({ id: `test-${lan}`, lan });

const compilation = (over: Partial<FundingCall>): FundingCall =>
  testCall({
    funder: 'Region Test (EU-kontoret)',
    language: 'sv',
    title: 'Öppna utlysningar i våren',
    summary: 'Här finns de utlysningar som är öppna eller på gång.',
    ...over,
  });

describe('a call naming several programmes as its own', () => {
  const byField = compilation({ programme: 'Interreg Aurora / Interreg South Baltic, Interreg North Sea' });
  const byTitle = compilation({
    programme: 'Interreg Aurora',
    title: 'Utlysningar från tre Interreg-program: Aurora, South Baltic och Nordsjöprogrammet',
  });

  for (const [how, call] of [
    ['its programme field', byField],
    ['a list in its title', byTitle],
  ] as const) {
    it(`covers every programme ${how} names`, () => {
      // Kalmar län lies in South Baltic only, Västra Götaland in North Sea only.
      for (const [lan, name] of [
        ['norrbotten', 'Interreg Aurora'],
        ['kalmar', 'Interreg South Baltic'],
        ['vastra-gotaland', 'Interreg North Sea'],
      ]) {
        const m = score(call, inLan(lan));
        expect(m.eligibility.area).toBe('eligible');
        expect(m.eligibility.areaText.sv).toContain(`ingår i programområdet för ${name}.`);
        expect(m.blockers.some((b) => b.kind === 'outside-programme-area')).toBe(false);
      }
    });

    it(`shuts out a body outside all of them and names them all (${how})`, () => {
      const m = score(call, inLan('stockholm'));
      expect(m.eligibility.area).toBe('not-eligible');
      expect(m.eligibility.areaText.sv).toBe(
        'Stockholms län ligger utanför programområdena för Interreg Aurora, Interreg South Baltic och Interreg North Sea.',
      );
      expect(m.eligibility.areaText.en).toBe(
        'Stockholms län is outside the Interreg Aurora, Interreg South Baltic and Interreg North Sea programme areas.',
      );
    });
  }

  it("tells the call's own programme where it covers the body, else the nearest other", () => {
    // The longest name found is the call's own programme (Interreg Baltic Sea Region here).
    const call = compilation({ programme: 'Interreg Baltic Sea Region / Interreg South Baltic, Interreg Aurora' });
    expect(score(call, inLan('kalmar')).eligibility.areaText.sv).toContain('för Interreg Baltic Sea Region.');
    const other = compilation({
      programme: 'Interreg Central Baltic / Östersjöprogrammet / Interreg South Baltic',
    });
    expect(score(other, inLan('kalmar')).eligibility.areaText.sv).toContain('för Interreg South Baltic.');
  });

  it("gives area points only for the call's own programme", () => {
    // Read as South Baltic's (its applicants, its priorities): Aurora covers Norrbotten, South Baltic does not.
    const call = compilation({ programme: 'Interreg South Baltic / Interreg Aurora' });
    expect(score(call, inLan('kalmar')).eligibility.areaPoints).toBeGreaterThan(0);
    const m = score(call, inLan('norrbotten'));
    expect(m.eligibility.area).toBe('eligible');
    expect(m.eligibility.areaPoints).toBe(0);
  });

  it('one programme under two names, or a name with a conjunction in it, is one programme', () => {
    for (const programme of [
      'Interreg Aurora / Interreg Sverige-Finland-Norge',
      'Regionalfondsprogram Småland och Öarna',
    ]) {
      const m = score(compilation({ programme }), inLan('stockholm'));
      expect(m.eligibility.areaText.sv).toContain('utanför programområdet för');
    }
  });
});
