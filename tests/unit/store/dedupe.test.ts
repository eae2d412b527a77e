import { describe, expect, it } from 'vitest';
import { fixtureInputs } from '../../../cli/fetch/offline.ts';
import { DISCOVERY_SOURCES, getSource, parseResponses } from '../../../core/sources/registry.ts';
import { mergeFetch } from '../../../core/store/merge.ts';

describe('cross-source dedupe', () => {
  const ids = ['interreg-no', 'interreg-aurora', 'interreg-oks', 'interreg-north-sea'];
  const results = ids.map((id) => {
    const inputs = fixtureInputs(id);
    return { id, ok: true as const, calls: parseResponses(getSource(id), inputs), fetchedAt: inputs[0].fetchedAt };
  });
  const { snapshot } = mergeFetch(undefined, results, new Date('2026-11-20T06:00:00Z'), DISCOVERY_SOURCES);
  const noIds = snapshot.calls.filter((c) => c.source === 'interreg-no').map((c) => c.id);

  it("drops interreg.no events that a programme's own page already lists (dates within a day or two)", () => {
    expect(noIds).not.toContain('interreg-no:24410'); // Aurora call 8
    expect(noIds).not.toContain('interreg-no:24402'); // ÖKS round 10
    expect(noIds).not.toContain('interreg-no:24405'); // North Sea call 7, a day early on interreg.no
  });

  it('keeps interreg.no calls no programme source covers (Sverige-Norge, NPA)', () => {
    expect(noIds).toEqual(expect.arrayContaining(['interreg-no:24388', 'interreg-no:24391']));
  });
});
