import { describe, expect, it } from 'vitest';
import { pairedBootstrap, verdictOf } from '../../../cli/eval/bootstrap.ts';
import { funderGroups, leaveOneFunderOut } from '../../../cli/eval/funder-folds.ts';

const ids = Array.from({ length: 40 }, (_, i) => `c${i}`);
const grades = new Map(ids.map((id, i) => [id, i < 8 ? 3 : 0]));
const good = [...ids];
const bad = [...ids].reverse();

describe('paired bootstrap', () => {
  it('an identical ranking gives a zero interval: no clear change', () => {
    const r = pairedBootstrap(new Map([['a', { grades, current: good, previous: good }]]), ids, 'ndcg', 300);
    expect(r.mean).toEqual({ delta: 0, low: 0, high: 0 });
    expect(verdictOf(r.mean)).toBe('no clear change');
  });
  it('a clearly better ranking has an interval above zero, a worse one below', () => {
    const up = pairedBootstrap(new Map([['a', { grades, current: good, previous: bad }]]), ids, 'ndcg', 300);
    expect(up.mean.delta).toBeCloseTo(1, 5);
    expect(verdictOf(up.mean)).toBe('better');
    const down = pairedBootstrap(new Map([['a', { grades, current: bad, previous: good }]]), ids, 'p5', 300);
    expect(verdictOf(down.perBody.get('a')!)).toBe('worse');
  });
  it('is seeded: the same input gives the same interval', () => {
    const run = () => pairedBootstrap(new Map([['a', { grades, current: good, previous: bad }]]), ids, 'ndcg', 100);
    expect(run()).toEqual(run());
  });
});

describe('leave one funder out', () => {
  it('measures the set without each funder in turn and names the worst fold', () => {
    const calls = ids.map((id, i) => ({ id, funder: i % 2 ? 'Vinnova' : 'ICLD (x)' }));
    const groups = funderGroups(calls as never);
    expect([...groups.keys()].sort()).toEqual(['ICLD', 'Vinnova']);
    const f = leaveOneFunderOut(new Map([['a', good]]), new Map([['a', grades]]), groups);
    expect(f.folds).toBe(2);
    expect(f.worst).toBeLessThanOrEqual(f.mean);
  });
});
