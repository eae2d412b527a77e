/**
 * A priority every call of a programme is about (programmes.json `everyCall`: Interreg Europe's policy learning
 * between regions) is read into each of its calls, as "all priorities are open" reads them all, and quoted as
 * programme data; the programme's thematic priorities still come only from the call's own words.
 */
import { describe, expect, it } from 'vitest';
import { PROGRAMMES } from '../../../core/data/index.ts';
import { analyse, evidenceOf } from '../../../core/match/analyse.ts';
import { CONCEPT_INDEX } from '../../../core/match/concepts.ts';
import { testCall } from '../../support/test-call.ts';

const call = (programme: string) =>
  testCall({
    funder: 'Interreg Europe',
    programme,
    title: 'Third call for projects',
    summary: 'The third call for interregional cooperation projects opens in March. Applications are submitted online.',
    language: 'en',
  });

const fromData = (c: ReturnType<typeof call>, concept: string) =>
  evidenceOf(c, analyse(c), CONCEPT_INDEX.get(concept) ?? -1).filter((e) => e.from === 'programme-data');

describe('a priority every call of the programme is about', () => {
  it('is read into a call naming no topic, as programme data', () => {
    const c = call('Interreg Europe 2021-2027');
    const ev = fromData(c, 'capacity-building');
    expect(ev.length).toBe(1);
    expect(ev[0].programmePriority?.en).toBe('Policy learning for regional development');
  });
  it('in a call of an earlier period too, with that period’s priority', () => {
    const ev = fromData(call('INTERREG IVC 2007-2013'), 'regional-development');
    expect(ev[0]?.programmePriority?.en).toMatch(/^Policy learning/);
  });
  it('while the thematic priorities are not read in', () => {
    expect(fromData(call('Interreg Europe 2021-2027'), 'green-transition')).toEqual([]);
  });
  it('and a programme without such a priority reads none', () => {
    const c = testCall({
      funder: 'Interreg Baltic Sea Region',
      programme: 'Interreg Baltic Sea Region 2021-2027',
      title: 'Third call for core projects',
      summary: 'The third call for core projects opens in March. Applications are submitted online.',
      language: 'en',
    });
    expect(analyse(c).evidence.length).toBe(0);
  });
  it('is marked in the data only where the programme’s note says so', () => {
    for (const p of PROGRAMMES.programmes) {
      const marked = [...p.priorities, ...(p.periods ?? []).flatMap((x) => x.priorities)].some((x) => x.everyCall);
      if (marked) expect(p.note).toMatch(/everyCall/);
    }
  });
});
