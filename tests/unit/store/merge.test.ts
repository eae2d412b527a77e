import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES_DIR, fixtureInputs } from '../../../cli/fetch/offline.ts';
import { getSource, parseResponses } from '../../../core/sources/registry.ts';
import { changesSince, mergeFetch, type SourceResult } from '../../../core/store/merge.ts';

const first = new Date('2026-11-20T06:00:00Z');
const later = new Date('2026-11-27T06:00:00Z');
const vinnova = getSource('vinnova');
const ok = (id: string, inputs: ReturnType<typeof fixtureInputs>): SourceResult => ({
  id,
  ok: true,
  calls: parseResponses(getSource(id), inputs),
  fetchedAt: inputs[0].fetchedAt,
});

describe('mergeFetch: change detection', () => {
  const one = mergeFetch(undefined, [ok('vinnova', fixtureInputs('vinnova'))], first);
  const two = mergeFetch(one.snapshot, [ok('vinnova', fixtureInputs('later', join(FIXTURES_DIR, 'vinnova')))], later);
  const kinds = (id: string) => two.changes.filter((c) => c.callId === id).map((c) => c.kind);

  it('reports every call of a first fetch as new, sorted and with derived status', () => {
    expect(one.changes.every((c) => c.kind === 'new')).toBe(true);
    expect(one.snapshot.calls.map((c) => c.id)).toEqual([...one.snapshot.calls.map((c) => c.id)].sort());
    expect(one.snapshot.calls.every((c) => c.status !== undefined)).toBe(true);
  });

  it('reports a moved deadline with before and after', () => {
    const moved = two.changes.find((c) => c.callId === 'vinnova:2026-01201');
    expect(moved?.kind).toBe('deadline-moved');
    expect(moved?.before?.deadlines?.[0].date).toBe('2027-02-11');
    expect(moved?.after?.deadlines?.[0].date).toBe('2027-02-25');
  });

  it('reports a changed budget', () => {
    const b = two.changes.find((c) => c.callId === 'vinnova:2026-01355');
    expect(b?.kind).toBe('budget-changed');
    expect(b?.after?.budget?.amount).toBe(30_000_000);
  });

  it('reports a call withdrawn while open, and drops it from the store', () => {
    expect(kinds('vinnova:2026-01512')).toEqual(['withdrawn']);
    expect(two.snapshot.calls.some((c) => c.id === 'vinnova:2026-01512')).toBe(false);
  });

  it('does not call a closed round that drops out of the list "withdrawn"', () => {
    expect(kinds('vinnova:2025-02210')).toEqual([]);
  });

  it('reports text edits as "changed" and new rounds as "new"', () => {
    expect(kinds('vinnova:2026-01600')).toEqual(['changed']);
    expect(kinds('vinnova:2026-01733')).toEqual(['new']);
  });

  it('keeps history so a later digest can ask what changed since a date', () => {
    expect(two.snapshot.history).toHaveLength(2);
    expect(changesSince(two.snapshot, new Date('2026-11-25T00:00:00Z')).length).toBe(two.changes.length);
    expect(two.summary).toEqual([{ id: 'vinnova', ok: true, calls: 4, new: 1, changed: 3, withdrawn: 1 }]);
  });

  it('is stable: merging the same fetch again changes nothing and adds no history', () => {
    const again = mergeFetch(
      two.snapshot,
      [ok('vinnova', fixtureInputs('later', join(FIXTURES_DIR, 'vinnova')))],
      later,
    );
    expect(again.changes).toEqual([]);
    expect(again.snapshot).toEqual(two.snapshot);
  });
});

describe('mergeFetch: a broken source', () => {
  const base = mergeFetch(
    undefined,
    [ok('vinnova', fixtureInputs('vinnova')), ok('icld', fixtureInputs('icld'))],
    first,
  );

  it('is reported by name and keeps its previous calls, while the others update', () => {
    const broken: SourceResult = {
      id: 'icld',
      ok: false,
      error: 'icld: malformed XML (unclosed tags)',
      attemptedAt: later.toISOString(),
    };
    const next = mergeFetch(
      base.snapshot,
      [ok('vinnova', fixtureInputs('later', join(FIXTURES_DIR, 'vinnova'))), broken],
      later,
    );
    const icldBefore = base.snapshot.calls.filter((c) => c.source === 'icld').map((c) => c.id);
    expect(next.snapshot.calls.filter((c) => c.source === 'icld').map((c) => c.id)).toEqual(icldBefore);
    expect(next.snapshot.sources.icld).toMatchObject({ ok: false, error: broken.error, count: icldBefore.length });
    expect(next.snapshot.sources.icld.fetchedAt).toBe(base.snapshot.sources.icld.fetchedAt);
    expect(next.snapshot.sources.vinnova.ok).toBe(true);
    expect(next.summary.find((s) => s.id === 'icld')).toMatchObject({ ok: false, error: broken.error });
    expect(next.changes.some((c) => c.source === 'icld')).toBe(false);
  });

  it('a source failing on its very first fetch leaves an empty, reported slot', () => {
    const r = mergeFetch(
      undefined,
      [{ id: 'uhr', ok: false, error: 'timeout', attemptedAt: first.toISOString() }],
      first,
    );
    expect(r.snapshot.calls).toEqual([]);
    expect(r.snapshot.sources.uhr).toMatchObject({ ok: false, count: 0 });
  });
});

describe('vinnova parse is deterministic', () => {
  it('gives equal content hashes for equal input', () => {
    const a = parseResponses(vinnova, fixtureInputs('vinnova'));
    const b = parseResponses(vinnova, fixtureInputs('vinnova'));
    expect(a.map((c) => c.contentHash)).toEqual(b.map((c) => c.contentHash));
  });
});

describe('mergeFetch: retention', () => {
  it('drops calls closed for over a year on both sides, so they are neither new nor withdrawn', () => {
    const inputs = fixtureInputs('interreg-central-baltic');
    const r = mergeFetch(undefined, [ok('interreg-central-baltic', inputs)], first);
    const ids = r.snapshot.calls.map((c) => c.id);
    expect(ids).not.toContain('interreg-central-baltic:call-1'); // closed March 2022
    expect(ids).not.toContain('interreg-central-baltic:call-4-regular-projects-step-1'); // closed April 2025
    expect(ids).toEqual(expect.arrayContaining(['interreg-central-baltic:call-5', 'interreg-central-baltic:call-7']));
    const again = mergeFetch(r.snapshot, [ok('interreg-central-baltic', inputs)], later);
    expect(again.changes).toEqual([]);
  });
});
