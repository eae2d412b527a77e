import { describe, expect, it } from 'vitest';
import { fixtureInputs } from '../../../cli/fetch/offline.ts';
import { runFetch } from '../../../cli/fetch/run.ts';
import { getSource, parseResponses } from '../../../core/sources/registry.ts';
import { mergeFetch, type SourceResult } from '../../../core/store/merge.ts';

const first = new Date('2026-11-20T06:00:00Z');
const later = new Date('2026-11-27T06:00:00Z');
const ok = (id: string, calls = parseResponses(getSource(id), fixtureInputs(id))): SourceResult => ({
  id,
  ok: true,
  calls,
  fetchedAt: later.toISOString(),
});
const base = mergeFetch(undefined, [ok('vinnova'), ok('icld'), ok('interreg-south-baltic')], first).snapshot;
const idsOf = (source: string, s = base) => s.calls.filter((c) => c.source === source).map((c) => c.id);

describe('store safety: suspect answers', () => {
  it('a valid but empty answer from a source that had calls keeps them and reports suspect-empty', () => {
    expect(idsOf('icld').length).toBeGreaterThan(0);
    const r = mergeFetch(base, [ok('icld', []), ok('vinnova')], later);
    expect(idsOf('icld', r.snapshot)).toEqual(idsOf('icld'));
    expect(r.summary.find((s) => s.id === 'icld')).toMatchObject({ ok: false, problem: 'suspect-empty', answered: 0 });
    expect(r.snapshot.sources.icld).toMatchObject({ ok: false, problem: 'suspect-empty' });
    expect(r.changes.filter((c) => c.source === 'icld')).toEqual([]);
    expect(r.snapshot.sources.vinnova.ok).toBe(true);
  });

  it('most open calls vanishing at once is suspect-shrink; one call going is normal', () => {
    const calls = parseResponses(getSource('icld'), fixtureInputs('icld'));
    const live = base.calls.filter((c) => c.source === 'icld' && c.status !== 'closed');
    expect(live.length).toBeGreaterThanOrEqual(3);
    const shrunk = mergeFetch(base, [ok('icld', calls.slice(0, 1))], later);
    expect(shrunk.summary[0]).toMatchObject({ ok: false, problem: 'suspect-shrink' });
    expect(idsOf('icld', shrunk.snapshot)).toEqual(idsOf('icld'));
    const gone = live[0].id;
    const oneLess = mergeFetch(
      base,
      [
        ok(
          'icld',
          calls.filter((c) => c.id !== gone),
        ),
      ],
      later,
    );
    expect(oneLess.summary[0]).toMatchObject({ ok: true, withdrawn: 1 });
  });

  it('the user can accept a shrink they checked', () => {
    const r = mergeFetch(base, [ok('icld', [])], later, { acceptShrink: new Set(['icld']) });
    expect(r.summary[0]).toMatchObject({ ok: true, calls: 0 });
    expect(idsOf('icld', r.snapshot)).toEqual([]);
  });

  it('a far-future clock prunes only the sources fetched in this run', () => {
    const far = new Date('2040-01-01T00:00:00Z');
    const r = mergeFetch(base, [ok('vinnova')], far);
    expect(idsOf('icld', r.snapshot)).toEqual(idsOf('icld'));
    expect(idsOf('interreg-south-baltic', r.snapshot)).toEqual(idsOf('interreg-south-baltic'));
    expect(r.summary).toHaveLength(1);
    const failed = mergeFetch(base, [{ id: 'icld', ok: false, error: 'down', attemptedAt: far.toISOString() }], far);
    expect(idsOf('icld', failed.snapshot)).toEqual(idsOf('icld'));
    expect(failed.summary[0]).toMatchObject({ ok: false, problem: 'fetch-failed' });
  });
});

describe('runFetch as a library', () => {
  it('reports per source and does not write without a store path', async () => {
    const r = await runFetch({ sources: ['icld'], offline: true, now: first });
    expect(r).toMatchObject({ ok: true, wrote: false });
    expect(r.summary.map((s) => s.id)).toEqual(['icld']);
  });
});
