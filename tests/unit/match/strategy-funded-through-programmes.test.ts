/**
 * The EU Strategy for the Baltic Sea Region is reference data: its calls (the Seed Money Facility) are for the eight
 * Member States around the Baltic Sea, all of Sweden among them, and are scored by its objectives where their text
 * names no topic. As a strategy that pays through other programmes it yields to any programme named with it:
 * "Interreg Baltic Sea Region – seed money for the EUSBSR" is Interreg's call; and a call is the strategy's own only
 * where its funder field names it (the EUSBSR Seed Money Facility), not where another funder serves it.
 */
import { describe, expect, it } from 'vitest';
import { AliasIndex } from '../../../core/match/alias-index.ts';
import { analyse } from '../../../core/match/analyse.ts';
import { score } from '../../../core/match/index.ts';
import { testCall, testProfile } from '../../support/test-call.ts';

describe('a weak alias', () => {
  const index = new AliasIndex([
    { id: 'strategy', keys: [' eu strategy for the baltic sea region '], weak: true },
    { id: 'fund', keys: [' interreg bsr '] },
  ]);
  it('wins alone', () => {
    expect(index.longestIn(' seed money for the eu strategy for the baltic sea region ')).toBe('strategy');
  });
  it('yields to any other name, however short', () => {
    expect(index.longestIn(' interreg bsr seed money for the eu strategy for the baltic sea region ')).toBe('fund');
  });
});

describe('the EU Strategy for the Baltic Sea Region', () => {
  const seedMoney = testCall({
    funder: 'EUSBSR Seed Money Facility',
    programme: 'EU Strategy for the Baltic Sea Region – Seed Money Facility',
    title: 'Seed Money Facility – open call',
    summary: 'The facility supports the preparation of projects. Applications may be submitted until 30 September.',
  });
  it('is a programme of its own', () => {
    expect(analyse(seedMoney).signals.programmeId).toBe('eusbsr');
  });
  it('holds all of Sweden', () => {
    for (const lan of ['kalmar', 'norrbotten', 'ostergotland']) {
      const m = score(seedMoney, testProfile({ kind: 'kommun', lan }));
      expect(m.eligibility.area).toBe('eligible');
    }
  });
  it('yields to the programme that publishes the call', () => {
    const s = analyse(
      testCall({
        funder: 'Interreg Baltic Sea Region',
        programme: 'EU Strategy for the Baltic Sea Region (EUSBSR)',
        title: 'Call open: seed money',
      }),
    ).signals;
    expect(s.programmeId).toBe('interreg-baltic-sea-region');
  });
  it('is what another funder’s call serves, not its programme', () => {
    const s = analyse(
      testCall({
        funder: 'Council of Europe',
        programme: 'Cultural routes grant – EU Strategy for the Baltic Sea Region',
        title: 'Call for project proposals for the EU Strategy for the Baltic Sea Region',
      }),
    ).signals;
    expect(s.programmeId).toBeUndefined();
  });
  it('and to one named beside it in the programme field', () => {
    const s = analyse(
      testCall({
        funder: 'Interreg Baltic Sea Region',
        programme: 'Interreg Baltic Sea Region – seed money for the EU Strategy for the Baltic Sea Region',
        title: 'Seed money for EUSBSR ideas',
      }),
    ).signals;
    expect(s.programmeId).toBe('interreg-baltic-sea-region');
  });
});
